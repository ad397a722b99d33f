/**
 * Paints the SVG that src/export/figure-svg.ts writes onto a canvas, for the PNG downloads. The usual route (the SVG as
 * a blob: or data: <img>, drawn on a canvas) is blocked by a strict Content-Security-Policy's img-src, which news and
 * NHS sites send; a general library (canvg 4 is about 50 KB brotli with its dependencies) is far more than our own
 * small subset needs: svg, g and a with transforms; rect, line, path (Path2D), circle, ellipse, polyline, polygon;
 * text and tspan with fill, stroke, dash arrays, opacity, font and anchor. Canvas text uses the fonts the page has
 * loaded, so the PNG is drawn in the page's own font.
 */
import { readSvg, type SvgNode } from './read-svg.js';

/** What SVG passes down from an element to its children. */
interface Paint {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dash: readonly number[];
  readonly lineCap: CanvasLineCap;
  readonly lineJoin: CanvasLineJoin;
  readonly fillOpacity: number;
  readonly strokeOpacity: number;
  readonly fontSize: number;
  readonly fontWeight: string;
  readonly fontStyle: string;
  readonly fontFamily: string;
  readonly anchor: string;
  readonly baseline: string;
  readonly paintOrder: string;
  readonly preserveSpace: boolean;
}

const INITIAL: Paint = {
  fill: '#000000',
  stroke: 'none',
  strokeWidth: 1,
  dash: [],
  lineCap: 'butt',
  lineJoin: 'miter',
  fillOpacity: 1,
  strokeOpacity: 1,
  fontSize: 16,
  fontWeight: '400',
  fontStyle: 'normal',
  fontFamily: 'sans-serif',
  anchor: 'start',
  baseline: 'auto',
  paintOrder: 'normal',
  preserveSpace: false,
};

const numbers = (text: string | undefined): number[] => (text ?? '').match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
const number = (text: string | undefined, fallback = 0): number => numbers(text)[0] ?? fallback;

/** The paint of `node`, from its attributes over what its parent passes down. */
function paintOf(node: SvgNode, inherited: Paint): Paint {
  const a = (name: string) => node.attributes.get(name);
  const weight = a('font-weight');
  return {
    fill: a('fill') ?? inherited.fill,
    stroke: a('stroke') ?? inherited.stroke,
    strokeWidth: a('stroke-width') === undefined ? inherited.strokeWidth : number(a('stroke-width'), 1),
    dash: a('stroke-dasharray') === undefined ? inherited.dash : a('stroke-dasharray') === 'none' ? [] : numbers(a('stroke-dasharray')),
    lineCap: (a('stroke-linecap') as CanvasLineCap | undefined) ?? inherited.lineCap,
    lineJoin: (a('stroke-linejoin') as CanvasLineJoin | undefined) ?? inherited.lineJoin,
    fillOpacity: a('fill-opacity') === undefined ? inherited.fillOpacity : number(a('fill-opacity'), 1),
    strokeOpacity: a('stroke-opacity') === undefined ? inherited.strokeOpacity : number(a('stroke-opacity'), 1),
    fontSize: a('font-size') === undefined ? inherited.fontSize : number(a('font-size'), inherited.fontSize),
    fontWeight: weight === undefined ? inherited.fontWeight : weight === 'bold' ? '700' : weight === 'normal' ? '400' : weight,
    fontStyle: a('font-style') ?? inherited.fontStyle,
    fontFamily: a('font-family') ?? inherited.fontFamily,
    anchor: a('text-anchor') ?? inherited.anchor,
    baseline: a('dominant-baseline') ?? inherited.baseline,
    paintOrder: a('paint-order') ?? inherited.paintOrder,
    preserveSpace: a('xml:space') === undefined ? inherited.preserveSpace : a('xml:space') === 'preserve',
  };
}

/** Applies an SVG `transform` attribute (translate, scale, rotate, matrix, skewX/Y) to the context. */
function applyTransform(context: CanvasRenderingContext2D, transform: string | undefined): void {
  for (const [, name, args] of (transform ?? '').matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const [p = 0, q, r, s = 0, t = 0, u = 0] = numbers(args);
    if (name === 'translate') context.translate(p, q ?? 0);
    else if (name === 'scale') context.scale(p, q ?? p);
    else if (name === 'rotate') {
      context.translate(q ?? 0, r ?? 0);
      context.rotate((p * Math.PI) / 180);
      context.translate(-(q ?? 0), -(r ?? 0));
    } else if (name === 'matrix') context.transform(p, q ?? 0, r ?? 0, s, t, u);
    else if (name === 'skewX') context.transform(1, 0, Math.tan((p * Math.PI) / 180), 1, 0, 0);
    else if (name === 'skewY') context.transform(1, Math.tan((p * Math.PI) / 180), 0, 1, 0, 0);
  }
}

/** Fills and strokes a shape in `paint`'s order. */
function fillAndStroke(context: CanvasRenderingContext2D, paint: Paint, fill: () => void, stroke: () => void): void {
  const steps = [
    () => {
      if (paint.fill === 'none' || paint.fillOpacity <= 0) return;
      const alpha = context.globalAlpha;
      context.globalAlpha = alpha * paint.fillOpacity;
      context.fillStyle = paint.fill;
      fill();
      context.globalAlpha = alpha;
    },
    () => {
      if (paint.stroke === 'none' || paint.strokeWidth <= 0 || paint.strokeOpacity <= 0) return;
      const alpha = context.globalAlpha;
      context.globalAlpha = alpha * paint.strokeOpacity;
      context.strokeStyle = paint.stroke;
      context.lineWidth = paint.strokeWidth;
      context.lineCap = paint.lineCap;
      context.lineJoin = paint.lineJoin;
      // An odd-length dash array repeats (SVG's rule); the canvas does the same.
      context.setLineDash(paint.dash.every((n) => n === 0) ? [] : [...paint.dash]);
      stroke();
      context.globalAlpha = alpha;
    },
  ];
  if (paint.paintOrder.startsWith('stroke')) steps.reverse();
  for (const step of steps) step();
}

const BASELINES: Readonly<Record<string, CanvasTextBaseline>> = {
  middle: 'middle',
  central: 'middle',
  hanging: 'hanging',
  'text-before-edge': 'top',
  'text-after-edge': 'bottom',
  ideographic: 'ideographic',
};

/** Where the next piece of text goes when it names no position of its own. */
interface TextCursor {
  x: number;
  y: number;
}

function paintText(context: CanvasRenderingContext2D, node: SvgNode, paint: Paint, cursor: TextCursor): void {
  const x = node.attributes.get('x');
  const y = node.attributes.get('y');
  if (x !== undefined) cursor.x = number(x);
  if (y !== undefined) cursor.y = number(y);
  cursor.x += number(node.attributes.get('dx'));
  cursor.y += number(node.attributes.get('dy'));
  for (const child of node.children) {
    if (typeof child !== 'string') {
      if (child.tag === 'tspan' || child.tag === 'a') paintText(context, child, paintOf(child, paint), cursor);
      continue;
    }
    const words = paint.preserveSpace ? child : child.replace(/\s+/g, ' ');
    if (!words) continue;
    context.font = `${paint.fontStyle} ${paint.fontWeight} ${paint.fontSize}px ${paint.fontFamily}`;
    context.textAlign = paint.anchor === 'middle' ? 'center' : paint.anchor === 'end' ? 'right' : 'left';
    context.textBaseline = BASELINES[paint.baseline] ?? 'alphabetic';
    const at = { ...cursor };
    fillAndStroke(
      context,
      paint,
      () => context.fillText(words, at.x, at.y),
      () => context.strokeText(words, at.x, at.y),
    );
    // Text that follows on the same line starts where this ends (trust-stat's qualifier and number).
    if (paint.anchor === 'start') cursor.x += context.measureText(words).width;
  }
}

/** A length attribute, with percentages of the image's own size (the background's `100%`). */
function length(value: string | undefined, whole: number): number {
  return value?.trim().endsWith('%') ? (number(value) / 100) * whole : number(value);
}

function paintNode(context: CanvasRenderingContext2D, node: SvgNode, inherited: Paint, size: { width: number; height: number }, root = false): void {
  const a = (name: string) => node.attributes.get(name);
  if (a('display') === 'none' || a('visibility') === 'hidden') return;
  const paint = paintOf(node, inherited);
  context.save();
  context.globalAlpha *= number(a('opacity'), 1);
  applyTransform(context, a('transform'));
  const shape = (build: (path: Path2D) => void) => {
    const path = new Path2D();
    build(path);
    fillAndStroke(
      context,
      paint,
      () => context.fill(path),
      () => context.stroke(path),
    );
  };
  switch (node.tag) {
    case 'svg': {
      if (!root) {
        context.translate(number(a('x')), number(a('y')));
        const [vx = 0, vy = 0, vw, vh] = numbers(a('viewBox'));
        const width = number(a('width'), vw ?? size.width);
        const height = number(a('height'), vh ?? size.height);
        if (a('overflow') !== 'visible') {
          context.beginPath();
          context.rect(0, 0, width, height);
          context.clip();
        }
        if (vw && vh) context.scale(width / vw, height / vh);
        context.translate(-vx, -vy);
      }
      for (const child of node.children) if (typeof child !== 'string') paintNode(context, child, paint, size);
      break;
    }
    case 'g':
    case 'a':
      for (const child of node.children) if (typeof child !== 'string') paintNode(context, child, paint, size);
      break;
    case 'rect': {
      const [x, y] = [length(a('x'), size.width), length(a('y'), size.height)];
      const [width, height] = [length(a('width'), size.width), length(a('height'), size.height)];
      const radius = Math.min(number(a('rx') ?? a('ry')), width / 2, height / 2);
      if (width > 0 && height > 0)
        shape((path) => (radius > 0 && path.roundRect ? path.roundRect(x, y, width, height, radius) : path.rect(x, y, width, height)));
      break;
    }
    case 'line':
      shape((path) => {
        path.moveTo(number(a('x1')), number(a('y1')));
        path.lineTo(number(a('x2')), number(a('y2')));
      });
      break;
    case 'path':
      if (a('d')) {
        const path = new Path2D(a('d'));
        fillAndStroke(
          context,
          paint,
          () => context.fill(path),
          () => context.stroke(path),
        );
      }
      break;
    case 'circle':
      shape((path) => path.arc(number(a('cx')), number(a('cy')), Math.max(0, number(a('r'))), 0, 2 * Math.PI));
      break;
    case 'ellipse':
      shape((path) => path.ellipse(number(a('cx')), number(a('cy')), Math.max(0, number(a('rx'))), Math.max(0, number(a('ry'))), 0, 0, 2 * Math.PI));
      break;
    case 'polyline':
    case 'polygon':
      shape((path) => {
        const points = numbers(a('points'));
        for (let i = 0; i + 1 < points.length; i += 2) {
          if (i) path.lineTo(points[i]!, points[i + 1]!);
          else path.moveTo(points[i]!, points[i + 1]!);
        }
        if (node.tag === 'polygon') path.closePath();
      });
      break;
    case 'text':
      paintText(context, node, paint, { x: 0, y: 0 });
      break;
    default:
    // title, desc and anything else draw nothing.
  }
  context.restore();
}

/**
 * A canvas with `markup` (an SVG document from figure-svg.ts) painted at `scale` device pixels per CSS pixel, or at
 * the size given. Waits for the page's fonts, so that text is drawn in them and not in a fallback.
 */
export async function paintSvg(markup: string, scale: number): Promise<HTMLCanvasElement> {
  const root = readSvg(markup);
  const width = number(root.attributes.get('width'));
  const height = number(root.attributes.get('height'));
  if (!(width > 0 && height > 0)) throw new Error('The image has no size');
  await document.fonts?.ready;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images (no canvas)');
  context.scale(scale, scale);
  paintNode(context, root, INITIAL, { width, height }, true);
  return canvas;
}

/** The canvas as a PNG file. */
export function canvasPng(canvas: HTMLCanvasElement, name: string): Promise<File> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(new File([blob], name, { type: 'image/png' })) : reject(new Error('The browser could not make the PNG'))),
      'image/png',
    ),
  );
}
