/**
 * figureSvg(parts): one self-contained SVG document of a widget, as a newsletter, slide or rasteriser needs it: heading,
 * subheading, key, chart, notes and source line, on the theme's background. Text is <text>, wrapped with the
 * library's own wrapText and estimated widths (what the server has); colours are literal attributes, with no
 * stylesheet, classes or custom properties, so resvg, PowerPoint and Inkscape draw it alike. Pure: no I/O.
 */
import { estimateTextWidth, type TextMeasurer } from '../core/layout/measure-text.js';
import { wrapText } from '../core/layout/wrap-text.js';
import type { FigureParts, KeyEntry } from './figure-parts.js';
import { imageText } from './glyphs.js';
import { PALETTES } from './palette.js';
import { escapeXml, svgNumber, xmlAttributes } from './xml.js';

/** The widget's own spacing (frame-styles.ts): 1rem padding, 0.5rem between the figure's parts. */
export const IMAGE_PADDING = 16;
const GAP = 8;
/** Noto Sans first: the font the PNGs are drawn with, bundled; then what an editor's machine may have. */
export const IMAGE_FONT_FAMILY = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
/** Lines a heading or note may wrap to before it is cut with an ellipsis: room for any sensible heading. */
const MAX_TEXT_LINES = 8;

interface TextStyle {
  readonly size: number;
  readonly weight: 400 | 700;
  readonly lineHeight: number;
  readonly colour: string;
}

/**
 * How the browser's Download menu draws a figure as the page shows it (src/core/export): the page's font, widths
 * measured with it, and the colours read from the live widget (its theme, dark mode, the author's custom properties).
 * The command line gives none of these: its images use the bundled font, estimated widths and the theme's palette.
 */
export interface FigureStyle {
  readonly measure?: TextMeasurer;
  readonly fontFamily?: string;
  readonly colours?: { readonly text: string; readonly mutedText: string; readonly background: string };
}

/** Text lines and the height they take. */
interface TextBlock {
  readonly markup: string;
  readonly height: number;
}

/** Where the baseline of a line sits in its line box: half the leading, then about 0.85 em of ascent less descent. */
const baseline = (style: TextStyle): number => (style.lineHeight - style.size) / 2 + style.size * 0.85;

/** `text` wrapped to `width` as one <text> with a <tspan> a line, its top at `top`. */
export function textBlock(
  text: string,
  x: number,
  top: number,
  width: number,
  style: TextStyle,
  extra: Record<string, string> = {},
  measure: TextMeasurer = estimateTextWidth,
): TextBlock {
  const lines = wrapText(imageText(text), width, measure, { size: style.size, weight: style.weight }, MAX_TEXT_LINES);
  if (!lines.length) return { markup: '', height: 0 };
  const tspans = lines
    .map((line, i) => `<tspan${xmlAttributes({ x: svgNumber(x), y: svgNumber(top + i * style.lineHeight + baseline(style)) })}>${escapeXml(line)}</tspan>`)
    .join('');
  const attributes = xmlAttributes({
    'font-size': style.size,
    'font-weight': style.weight === 700 ? 'bold' : undefined,
    fill: style.colour,
    ...extra,
  });
  return { markup: `<text${attributes}>${tspans}</text>`, height: lines.length * style.lineHeight };
}

/** The key as rows of squares and words, wrapped to `width` like the widget's flex-wrapped list. */
function keyBlock(entries: readonly KeyEntry[], x: number, top: number, width: number, text: string, measure: TextMeasurer): TextBlock {
  const size = 14;
  const square = 14;
  const lineHeight = 20;
  const rowGap = 4;
  const columnGap = 16;
  let cursor = 0;
  let row = 0;
  const parts: string[] = [];
  for (const entry of entries) {
    const labelWidth = Math.min(measure(imageText(entry.label), { size }), width - square - 6);
    const itemWidth = square + 6 + labelWidth;
    if (cursor > 0 && cursor + itemWidth > width) {
      cursor = 0;
      row++;
    }
    const rowTop = top + row * (lineHeight + rowGap);
    const squareTop = rowTop + (lineHeight - square) / 2;
    parts.push(
      entry.outline
        ? `<rect${xmlAttributes({ x: svgNumber(x + cursor + 1), y: svgNumber(squareTop + 1), width: square - 2, height: square - 2, fill: 'none', stroke: entry.colour, 'stroke-width': 2 })}/>`
        : `<rect${xmlAttributes({ x: svgNumber(x + cursor), y: svgNumber(squareTop), width: square, height: square, fill: entry.colour })}/>`,
      `<text${xmlAttributes({ x: svgNumber(x + cursor + square + 6), y: svgNumber(rowTop + baseline({ size, weight: 400, lineHeight, colour: text })), 'font-size': size, fill: text })}>${escapeXml(imageText(entry.label))}</text>`,
    );
    cursor += itemWidth + columnGap;
  }
  return { markup: `<g>${parts.join('')}</g>`, height: entries.length ? (row + 1) * lineHeight + row * rowGap : 0 };
}

/**
 * An <svg> (the chart's own), placed at (x, y). Drawn at its own size (a viewBox of its width and height, as the widgets
 * write it), it becomes a translated group: nothing is clipped at its edge (value labels may reach past it, as on the
 * page), and PowerPoint and other tools that handle nested <svg> poorly draw it alike. Any other <svg> stays nested.
 */
export function placeSvg(chartSvg: string, x: number, y: number, id: string): string {
  const open = /^<svg\b([^>]*)>/.exec(chartSvg);
  const attribute = (name: string) => (open ? new RegExp(`\\s${name}="([^"]*)"`).exec(open[1]!)?.[1] : undefined);
  const [width, height, viewBox] = [attribute('width'), attribute('height'), attribute('viewBox')];
  const at = `${svgNumber(x)} ${svgNumber(y)}`;
  if (
    open &&
    chartSvg.endsWith('</svg>') &&
    viewBox
      ?.trim()
      .split(/[\s,]+/)
      .join(' ') === `0 0 ${width} ${height}`
  ) {
    return `<g id="${id}" transform="translate(${at})">${chartSvg.slice(open[0].length, -'</svg>'.length)}</g>`;
  }
  return chartSvg.replace(/^<svg\b/, `<svg id="${id}" x="${svgNumber(x)}" y="${svgNumber(y)}" overflow="visible"`);
}

/**
 * One SVG document drawing the whole figure. Every string from `parts` is escaped (a heading of `<script>` stays
 * text); `chartSvg` is trusted markup, written by ./parts-from-ssr.ts from the widget's own drawing.
 */
export function figureSvg(parts: FigureParts, style: FigureStyle = {}): string {
  const palette = PALETTES[parts.theme];
  const { measure = estimateTextWidth, colours } = style;
  const text = colours?.text ?? palette.text;
  const muted = colours?.mutedText ?? palette['muted-text'];
  const x = IMAGE_PADDING;
  const inner = Math.max(1, parts.width - 2 * IMAGE_PADDING);
  const body: string[] = [];
  let y = IMAGE_PADDING;
  const add = (block: TextBlock) => {
    if (!block.height) return;
    body.push(block.markup);
    y += block.height + GAP;
  };

  if (parts.heading) add(textBlock(parts.heading, x, y, inner, { size: 20, weight: 700, lineHeight: 25, colour: text }, {}, measure));
  if (parts.subheading) add(textBlock(parts.subheading, x, y, inner, { size: 16, weight: 400, lineHeight: 22, colour: muted }, {}, measure));
  add(keyBlock(parts.key, x, y, inner, text, measure));
  body.push(placeSvg(parts.chartSvg, x, y, 'chart'));
  y += parts.chartHeight + GAP;
  const small = { size: 14, weight: 400, lineHeight: 20, colour: muted } as const;
  for (const note of parts.notes) add(textBlock(note, x, y, inner, small, {}, measure));
  const source = textBlock(parts.source, x, y, inner, small, {}, measure);
  const sourceUrl = parts.sourceUrl && /^https?:\/\//i.test(parts.sourceUrl) ? parts.sourceUrl : undefined;
  add(sourceUrl ? { ...source, markup: `<a${xmlAttributes({ href: sourceUrl })}>${source.markup}</a>` } : source);
  if (parts.note) add(textBlock(parts.note, x, y, inner, small, {}, measure));
  const height = Math.ceil(y - GAP + IMAGE_PADDING);

  const title = parts.heading ? `<title>${escapeXml(parts.heading)}</title>` : '';
  const description = parts.summary ? `<desc>${escapeXml(parts.summary)}</desc>` : '';
  const root = xmlAttributes({
    xmlns: 'http://www.w3.org/2000/svg',
    'xml:lang': parts.lang,
    width: parts.width,
    height,
    viewBox: `0 0 ${parts.width} ${height}`,
    role: 'img',
    'font-family': style.fontFamily ?? IMAGE_FONT_FAMILY,
    fill: text,
  });
  const background = `<rect${xmlAttributes({ width: '100%', height: '100%', fill: colours?.background ?? palette.background })}/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg${root}>${title}${description}${background}${body.join('')}</svg>\n`;
}
