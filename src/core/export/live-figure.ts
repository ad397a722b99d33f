/**
 * Fills FigureParts (src/export/figure-parts.ts) from a live widget, as the command line fills them from pre-rendered
 * HTML (src/export/parts-from-ssr.ts): heading, subheading, key, chart, notes, note, source and summary read from the
 * shadow DOM, every colour as the browser computed it, text widths measured in the page's own font.
 */
import { missingSourceLine, type FigureParts, type KeyEntry } from '../../export/figure-parts.js';
import { IMAGE_PADDING, placeSvg, textBlock, type FigureStyle } from '../../export/figure-svg.js';
import { imageTheme } from '../../export/palette.js';
import { escapeXml, svgNumber, xmlAttributes } from '../../export/xml.js';
import { createTextMeasurer, type TextMeasurer } from '../layout/measure-text.js';
import type { TrustElement } from '../trust-element.js';
import { inlineSvg } from './inline-svg.js';
import { literalColour } from './literal-colour.js';

/** A widget's picture: its parts, and how to draw them as the page does. */
export interface LiveFigure {
  readonly parts: FigureParts;
  readonly style: Required<FigureStyle>;
}

const NOTES = 'p.caution, p.axis-note, p.band-note, p.significance';

const words = (element: Element | null | undefined): string | undefined => element?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
const hex = (css: string, fallback: string): string => {
  const colour = literalColour(css);
  return colour && colour.alpha > 0 ? colour.hex : fallback;
};

/**
 * The widget's source line (or note), else its dashboard's: a dashboard shows the source and note its charts share
 * once, in its own footer, and each chart then shows only one of its own.
 */
export function captionPartOf(widget: Element, part: 'source' | 'note'): Element | undefined {
  const own = widget.shadowRoot?.querySelector(`figcaption [part="${part}"]`);
  return own ?? widget.closest('trust-dashboard')?.shadowRoot?.querySelector(`[part="${part}"]`) ?? undefined;
}

/** The colour behind the widget: its own background, else the nearest ancestor's that paints one, else white. */
function backgroundOf(widget: Element): string {
  for (let element: Element | null = widget; element; element = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null)) {
    const colour = literalColour(getComputedStyle(element).backgroundColor);
    if (colour && colour.alpha > 0) return colour.hex;
  }
  return '#ffffff';
}

/** Runs the widget's entrance animations to their end: an image taken mid-animation would show half-grown bars. */
function finishAnimations(root: ShadowRoot): void {
  for (const animation of root.getAnimations?.() ?? []) {
    try {
      animation.finish();
    } catch {
      // An endless animation cannot finish; it is not an entrance.
    }
  }
}

/** Text style for figure-svg's textBlock from an element's computed font. */
function textStyleOf(element: Element) {
  const style = getComputedStyle(element);
  const size = parseFloat(style.fontSize) || 16;
  return {
    size,
    weight: Number(style.fontWeight) >= 600 ? (700 as const) : (400 as const),
    lineHeight: parseFloat(style.lineHeight) || size * 1.3,
    colour: hex(style.color, '#000000'),
  };
}

/** trust-stat's HTML figure (number, label, frequency, margin, change, ranges) as an SVG, each part where the page puts it. */
function statSvg(stat: HTMLElement, measure: TextMeasurer, fontFamily: string): { markup: string; width: number; height: number } {
  const box = stat.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const parts: string[] = [];
  for (const child of stat.children) {
    const rect = child.getBoundingClientRect();
    if (!rect.height) continue;
    const top = rect.top - box.top;
    const style = textStyleOf(child);
    if (child.classList.contains('figure') && !child.classList.contains('missing')) {
      const spans = [...child.children]
        .map((span) => `<tspan${xmlAttributes({ 'font-size': parseFloat(getComputedStyle(span).fontSize) })}>${escapeXml(span.textContent ?? '')}</tspan>`)
        .join('');
      // The baseline where the page's line box puts it: half the leading, then about 0.9 em.
      const baseline = top + (style.lineHeight - style.size) / 2 + style.size * 0.9;
      parts.push(
        `<text${xmlAttributes({ x: 0, y: svgNumber(baseline), 'font-weight': 'bold', 'font-size': style.size, fill: style.colour, 'xml:space': 'preserve' })}>${spans}</text>`,
      );
      continue;
    }
    const svg = child.querySelector('svg');
    if (svg && child.classList.contains('ranges')) {
      parts.push(placeSvg(inlineSvg(svg, fontFamily), svg.getBoundingClientRect().left - box.left, svg.getBoundingClientRect().top - box.top, 'ranges'));
      continue;
    }
    let indent = 0;
    const arrow = svg?.querySelector('path');
    if (svg && arrow) {
      const arrowBox = svg.getBoundingClientRect();
      const scale = arrowBox.width / 16;
      indent = arrowBox.right - box.left + 6;
      parts.push(
        `<path${xmlAttributes({ d: arrow.getAttribute('d') ?? '', fill: hex(getComputedStyle(arrow).fill, style.colour), transform: `translate(${svgNumber(arrowBox.left - box.left)} ${svgNumber(arrowBox.top - box.top)}) scale(${svgNumber(scale)})` })}/>`,
      );
    }
    const text = words(svg ? (child.querySelector('.change-text') ?? child) : child);
    if (text) parts.push(textBlock(text, indent, top, width - indent, style, {}, measure).markup);
  }
  const height = Math.ceil(box.height);
  return {
    markup: `<svg${xmlAttributes({ xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}` })}>${parts.join('')}</svg>`,
    width,
    height,
  };
}

/** The key's entries: each swatch's computed colour (an outline's border colour for likert's "Don't know"). */
function keyEntries(figure: Element): KeyEntry[] {
  return [...figure.querySelectorAll('.legend li')].map((item) => {
    const swatch = item.querySelector('.swatch');
    const style = swatch ? getComputedStyle(swatch) : undefined;
    const fill = literalColour(style?.backgroundColor ?? '');
    const outline = !fill || fill.alpha === 0;
    const colour = outline ? hex(style?.borderTopColor ?? '', '#768692') : fill.hex;
    return { label: words(item) ?? '', colour, ...(outline ? { outline } : {}) };
  });
}

/**
 * The parts of `widget`'s picture as it is drawn now. Throws an Error saying why where there is nothing to export:
 * not drawn yet, still loading, or showing an error instead of its chart.
 */
export function liveFigure(widget: TrustElement): LiveFigure {
  const name = `<${widget.localName}>`;
  const root = widget.shadowRoot;
  const figure = root?.querySelector('figure');
  if (!root || !figure) throw new Error(`${name} has not drawn its chart yet: there is nothing to export.`);
  if (figure.querySelector('.problems.error')) throw new Error(`${name} shows an error instead of its chart: the chart has nothing to export.`);
  const chart = figure.querySelector('.chart');
  if (!chart) throw new Error(`${name} has no chart to export (its figures are still loading).`);
  finishAnimations(root);

  const hostStyle = getComputedStyle(widget);
  const fontFamily = hostStyle.fontFamily || 'sans-serif';
  const measure = createTextMeasurer(fontFamily);
  const sourceLine = captionPartOf(widget, 'source');
  const text = hex(getComputedStyle(figure.querySelector('.heading') ?? figure).color, '#000000');
  const mutedText = hex(getComputedStyle(sourceLine ?? figure.querySelector('.subheading') ?? figure).color, text);
  const style = { measure, fontFamily, colours: { text, mutedText, background: backgroundOf(widget) } };

  let chartSvg: string;
  let chartWidth: number;
  let chartHeight: number;
  const svg = chart.querySelector(':scope > svg');
  const stat = chart.querySelector<HTMLElement>('.stat');
  if (svg instanceof SVGSVGElement) {
    chartSvg = inlineSvg(svg, fontFamily);
    chartWidth = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
    chartHeight = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  } else if (stat) {
    ({ markup: chartSvg, width: chartWidth, height: chartHeight } = statSvg(stat, measure, fontFamily));
  } else {
    throw new Error(`${name} draws a chart the exporter does not know.`);
  }

  const heading = words(figure.querySelector('.heading'));
  const subheading = words(figure.querySelector('.subheading'));
  const note = words(captionPartOf(widget, 'note'));
  const summary = words(root.querySelector('#summary'));
  const href = sourceLine?.querySelector('a')?.href;
  const lang = widget.closest('[lang]')?.getAttribute('lang') || undefined;
  const parts: FigureParts = {
    width: chartWidth + 2 * IMAGE_PADDING,
    theme: imageTheme(widget.getAttribute('theme')),
    ...(lang ? { lang } : {}),
    ...(heading ? { heading } : {}),
    ...(subheading ? { subheading } : {}),
    key: keyEntries(figure),
    chartSvg,
    chartWidth,
    chartHeight,
    notes: [...figure.querySelectorAll(NOTES)].flatMap((element) => words(element) ?? []),
    ...(note ? { note } : {}),
    source: words(sourceLine) ?? missingSourceLine(lang),
    ...(href ? { sourceUrl: href } : {}),
    ...(summary ? { summary } : {}),
  };
  return { parts, style };
}
