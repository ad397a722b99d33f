/**
 * Reads the parts of a picture (./figure-parts.ts) from widgets pre-rendered by renderToString (src/ssr): the heading,
 * key, chart, notes and source each widget's declarative shadow root holds. Each mark's classes (series-1, muted,
 * scale-3, tone-good …) are resolved to the literal colours of the widget's theme with ./mark-styles.ts, so the chart's
 * <svg> needs no stylesheet. trust-stat draws its figure as HTML: its number and lines are set as SVG text here.
 * A dashboard gives one picture per chart in it; a chart that shows no source or note of its own carries its
 * dashboard's, which the dashboard shows once in its footer for all its charts (a chart never leaves without its source).
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { SSR_LANG_ATTRIBUTE, SSR_WIDTH_ATTRIBUTE } from '../core/trust-element.js';
import { DASHBOARD_TAG, WIDGET_TAGS } from '../widgets.js';
import { missingSourceLine, type FigureParts, type KeyEntry } from './figure-parts.js';
import { IMAGE_PADDING, placeSvg, textBlock } from './figure-svg.js';
import { imageText } from './glyphs.js';
import { markRules, resolveMarkStyle, type MarkRule, type StyledElement } from './mark-styles.js';
import { PALETTES, imageTheme, type Palette, type Token } from './palette.js';
import { escapeXml, svgNumber, xmlAttributes } from './xml.js';

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Element = DefaultTreeAdapterTypes.Element;
type P5Template = DefaultTreeAdapterTypes.Template;

/** One widget found in the page: its parts, or why it has no picture. */
export type FoundWidget =
  { readonly name: string; readonly tag: string; readonly parts: FigureParts } | { readonly name: string; readonly tag: string; readonly skipped: string };

const WIDGETS = new Set<string>(WIDGET_TAGS);
const SVG_NS = 'http://www.w3.org/2000/svg';

const isElement = (node: P5Node): node is P5Element => 'tagName' in node;
const attribute = (element: P5Element, name: string): string | undefined => element.attrs.find((a) => a.name === name && !a.prefix)?.value;
const classesOf = (element: P5Element): Set<string> => new Set((attribute(element, 'class') ?? '').split(/\s+/).filter(Boolean));
const hasClass = (element: P5Element, name: string): boolean => classesOf(element).has(name);

function children(node: P5Node): P5Node[] {
  if (isElement(node) && node.tagName === 'template') return (node as P5Template).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** Elements under `node` (not inside nested shadow roots), in document order, that `test` accepts. */
function findAll(node: P5Node, test: (element: P5Element) => boolean): P5Element[] {
  const found: P5Element[] = [];
  const visit = (current: P5Node) => {
    for (const child of 'childNodes' in current ? current.childNodes : []) {
      if (!isElement(child)) continue;
      if (test(child)) found.push(child);
      if (child.tagName !== 'template') visit(child);
    }
  };
  visit(node);
  return found;
}
const find = (node: P5Node, test: (element: P5Element) => boolean) => findAll(node, test)[0];

/** The text nodes under `node`, whitespace collapsed but kept at the ends. */
function rawText(node: P5Node): string {
  const collect = (current: P5Node): string =>
    current.nodeName === '#text' ? (current as DefaultTreeAdapterTypes.TextNode).value : children(current).map(collect).join('');
  return collect(node).replace(/\s+/g, ' ');
}

/** The text a reader sees: the text nodes, whitespace collapsed and trimmed. */
const textOf = (node: P5Node): string => rawText(node).trim();

/** Layout arithmetic's float noise (406.79999999999995) cut to 2 decimals: a hundredth of a pixel is below any screen's. */
const roundNumbers = (value: string): string => value.replace(/-?\d+\.\d{3,}/g, (number) => svgNumber(Number(number)));

/** SVG attributes that only matter on a live page (keyboard, screen readers, CSS hooks): left out of an image. */
const PAGE_ONLY = /^(class|part|role|tabindex|focusable|transform-origin|aria-.*)$/;

/** `element` (an SVG element) as XML, each element given the literal attributes its classes resolve to. */
function svgMarkup(element: P5Element, rules: readonly MarkRule[], palette: Palette, parent?: StyledElement, inherited = new Map<string, string>()): string {
  const styled: StyledElement = { tag: element.tagName, classes: classesOf(element), parent };
  const { attributes, custom } = resolveMarkStyle(styled, rules, palette, inherited);
  if (attributes.get('display') === 'none') return '';
  attributes.delete('display');
  const own = element.attrs
    .filter((a) => !PAGE_ONLY.test(a.name))
    .map((a) => ` ${a.prefix ? `${a.prefix}:` : ''}${a.name}="${escapeXml(roundNumbers(a.value))}"`)
    .join('');
  const paint = (from: ReadonlyMap<string, string>) => [...from].map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('');
  const namespace = parent ? '' : ` xmlns="${SVG_NS}"`;
  const inner = element.childNodes
    .map((child) => {
      if (isElement(child)) return svgMarkup(child, rules, palette, styled, custom);
      if (child.nodeName === '#text') return escapeXml(imageText((child as DefaultTreeAdapterTypes.TextNode).value));
      return '';
    })
    .join('');
  if (attributes.get('paint-order') === 'stroke') {
    // A label's halo (a stroke in the background colour, drawn under the fill) as a copy of the text behind it:
    // PowerPoint and older tools ignore paint-order and would draw the halo over the letters.
    attributes.delete('paint-order');
    const halo = new Map(attributes).set('fill', attributes.get('stroke') ?? 'none');
    const letters = new Map([...attributes].filter(([name]) => !name.startsWith('stroke')));
    const tag = element.tagName;
    return `<${tag}${namespace}${own}${paint(halo)}>${inner}</${tag}><${tag}${own}${paint(letters)}>${inner}</${tag}>`;
  }
  return `<${element.tagName}${namespace}${own}${paint(attributes)}>${inner}</${element.tagName}>`;
}

/** Number and qualifier sizes of trust-stat's `size-N` classes (stat-styles.ts). */
const STAT_SIZES: Readonly<Record<string, readonly [figure: number, qualifier: number]>> = {
  'size-1': [64, 28],
  'size-2': [56, 25],
  'size-3': [48, 22],
  'size-4': [40, 18],
  'size-5': [32, 16],
};
const STAT_GAP = 6;

/** trust-stat's HTML figure (number, label, frequency, margin, change, ranges) drawn as an SVG of `width`. */
function statSvg(stat: P5Element, width: number, palette: Palette): { markup: string; height: number } {
  const sizeClass = [...classesOf(stat)].find((name) => name in STAT_SIZES);
  const [figureSize, qualifierSize] = STAT_SIZES[sizeClass ?? ''] ?? [24, 16];
  const parts: string[] = [];
  let y = 0;
  for (const child of stat.childNodes) {
    if (!isElement(child)) continue;
    const classes = classesOf(child);
    if (y > 0) y += STAT_GAP;
    if (classes.has('figure')) {
      if (classes.has('missing')) {
        const block = textBlock(textOf(child), 0, y, width, { size: 24, weight: 700, lineHeight: 32, colour: palette['muted-text'] });
        parts.push(block.markup);
        y += block.height;
        continue;
      }
      const lineHeight = Math.round(figureSize * 1.1);
      const spans = child.childNodes
        .filter(isElement)
        .map((span) => {
          const size = hasClass(span, 'qualifier') ? qualifierSize : figureSize;
          // Untrimmed: a qualifier's text holds the space between it and the number ("More than ", " in 10").
          return `<tspan${xmlAttributes({ 'font-size': size })}>${escapeXml(imageText(rawText(span)))}</tspan>`;
        })
        .join('');
      parts.push(
        `<text${xmlAttributes({ x: 0, y: svgNumber(y + figureSize * 0.9), 'font-weight': 'bold', fill: palette['series-1'], 'xml:space': 'preserve' })}>${spans}</text>`,
      );
      y += lineHeight;
    } else if (classes.has('label')) {
      const block = textBlock(textOf(child), 0, y, width, { size: 18, weight: 700, lineHeight: 23, colour: palette.text });
      parts.push(block.markup);
      y += block.height;
    } else if (classes.has('frequency')) {
      const block = textBlock(textOf(child), 0, y, width, { size: 16, weight: 400, lineHeight: 22, colour: palette.text });
      parts.push(block.markup);
      y += block.height;
    } else if (classes.has('margin')) {
      const block = textBlock(textOf(child), 0, y, width, { size: 14, weight: 400, lineHeight: 20, colour: palette['muted-text'] });
      parts.push(block.markup);
      y += block.height;
    } else if (classes.has('change')) {
      const tone: Token = classes.has('unclear') ? 'muted-text' : classes.has('good') ? 'positive' : classes.has('bad') ? 'negative' : 'text';
      const colour = palette[tone];
      const arrow = find(child, (element) => element.tagName === 'path');
      const indent = arrow ? 24 : 0;
      if (arrow) {
        const d = attribute(arrow, 'd') ?? '';
        parts.push(`<path${xmlAttributes({ d, fill: colour, transform: `translate(0 ${svgNumber(y + 2.5)}) scale(1.125)` })}/>`);
      }
      const words = find(child, (element) => hasClass(element, 'change-text'));
      const block = textBlock(words ? textOf(words) : textOf(child), indent, y, width - indent, { size: 16, weight: 700, lineHeight: 22, colour });
      parts.push(block.markup);
      y += block.height;
    } else if (classes.has('ranges')) {
      const svg = find(child, (element) => element.tagName === 'svg');
      if (!svg) continue;
      const height = Number(attribute(svg, 'height')) || 0;
      parts.push(placeSvg(svgMarkup(svg, markRules('trust-stat'), palette), 0, y, 'ranges'));
      y += height;
    } else {
      y -= STAT_GAP;
    }
  }
  const height = Math.ceil(y);
  return { markup: `<svg${xmlAttributes({ xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` })}>${parts.join('')}</svg>`, height };
}

/** The key's entries from the frame's HTML legend: each swatch's class resolved to its colour. */
function keyEntries(figure: P5Element, tag: string, palette: Palette): KeyEntry[] {
  const legend = find(figure, (element) => element.tagName === 'ul' && hasClass(element, 'legend'));
  if (!legend) return [];
  const rules = markRules(tag);
  return findAll(legend, (element) => element.tagName === 'li').map((item) => {
    const swatch = find(item, (element) => hasClass(element, 'swatch'));
    const classes = swatch ? classesOf(swatch) : new Set<string>();
    const outline = classes.has('dont-know');
    const styled = resolveMarkStyle({ tag: 'rect', classes, parent: undefined }, rules, palette, new Map()).attributes;
    const colour = outline ? palette['muted-mark'] : (styled.get('fill') ?? palette.text);
    return { label: textOf(item), colour, ...(outline ? { outline } : {}) };
  });
}

/** The pre-rendered shadow root of an element (its `<template shadowrootmode>`), if it has one. */
function shadowRootOf(element: P5Element): P5Node | undefined {
  const template = element.childNodes.find(
    (child): child is P5Template => isElement(child) && child.tagName === 'template' && attribute(child, 'shadowrootmode') !== undefined,
  );
  return template?.content;
}

/** The shadow root of the dashboard `widget` is in, if any: its footer holds the source and note its charts share. */
function dashboardRootOf(widget: P5Element): P5Node | undefined {
  for (let node: P5Node | null = widget.parentNode; node && isElement(node); node = node.parentNode) {
    if (node.tagName === DASHBOARD_TAG) return shadowRootOf(node);
  }
  return undefined;
}

/** The theme a widget is drawn in: its own, else the nearest dashboard's (which hands it down), else light. */
function themeOf(widget: P5Element) {
  for (let node: P5Node | null = widget; node && isElement(node); node = node.parentNode) {
    const theme = attribute(node, 'theme');
    if (theme !== undefined && node.tagName.startsWith('trust-')) return imageTheme(theme);
  }
  return imageTheme(undefined);
}

const NOTE_CLASSES = ['caution', 'axis-note', 'band-note', 'significance'];

/** One pre-rendered widget's parts, or why it has none. */
function widgetParts(widget: P5Element, tag: string): FigureParts | string {
  const shadowRoot = shadowRootOf(widget);
  if (!shadowRoot) return 'not pre-rendered';
  const figure = find(shadowRoot, (element) => element.tagName === 'figure');
  if (!figure) return 'not pre-rendered';
  if (find(figure, (element) => hasClass(element, 'problems') && hasClass(element, 'error'))) return 'shows an error instead of its chart';
  const chart = find(figure, (element) => hasClass(element, 'chart'));
  if (!chart) return 'has no chart yet (its figures load in the browser)';
  const theme = themeOf(widget);
  const palette = PALETTES[theme];
  const layoutWidth = Number(attribute(widget, SSR_WIDTH_ATTRIBUTE)) || 640;

  let chartSvg: string;
  let chartWidth = layoutWidth;
  let chartHeight: number;
  const svg = chart.childNodes.find((child): child is P5Element => isElement(child) && child.tagName === 'svg');
  const stat = find(chart, (element) => hasClass(element, 'stat'));
  if (svg) {
    chartSvg = svgMarkup(svg, markRules(tag), palette);
    chartWidth = Number(attribute(svg, 'width')) || layoutWidth;
    chartHeight = Number(attribute(svg, 'height')) || 0;
  } else if (stat) {
    ({ markup: chartSvg, height: chartHeight } = statSvg(stat, layoutWidth, palette));
  } else {
    return 'draws a chart the exporter does not know';
  }

  const heading = find(figure, (element) => hasClass(element, 'heading'));
  const subheading = find(figure, (element) => hasClass(element, 'subheading'));
  const caption = find(figure, (element) => element.tagName === 'figcaption');
  const dashboard = dashboardRootOf(widget);
  const byPart = (node: P5Node | undefined, part: string) => node && find(node, (element) => attribute(element, 'part') === part);
  // In a dashboard, a chart shows only a source or note of its own; the shared ones are in the dashboard's footer.
  const sourceLine = byPart(caption, 'source') ?? byPart(dashboard, 'source');
  const link = sourceLine && find(sourceLine, (element) => element.tagName === 'a');
  const note = byPart(caption, 'note') ?? byPart(dashboard, 'note');
  const summary = find(shadowRoot, (element) => attribute(element, 'id') === 'summary');
  const notes = findAll(figure, (element) => element.tagName === 'p' && NOTE_CLASSES.some((name) => hasClass(element, name))).map(textOf);
  const lang = attribute(widget, SSR_LANG_ATTRIBUTE) ?? attribute(widget, 'lang');
  const text = (element: P5Element | undefined) => (element ? textOf(element) || undefined : undefined);
  return {
    width: chartWidth + 2 * IMAGE_PADDING,
    theme,
    ...(lang ? { lang } : {}),
    ...(text(heading) ? { heading: text(heading) } : {}),
    ...(text(subheading) ? { subheading: text(subheading) } : {}),
    key: keyEntries(figure, tag, palette),
    chartSvg,
    chartWidth,
    chartHeight,
    notes: notes.filter(Boolean),
    ...(text(note) ? { note: text(note) } : {}),
    source: text(sourceLine) ?? missingSourceLine(lang),
    ...(link && attribute(link, 'href') ? { sourceUrl: attribute(link, 'href') } : {}),
    ...(text(summary) ? { summary: text(summary) } : {}),
  };
}

/** A file name from a widget's id: letters, digits, `-` and `_` only (never a path), else `<tag>-<n>`. */
function imageName(widget: P5Element, tag: string, count: number, taken: Set<string>): string {
  const id = (attribute(widget, 'id') ?? '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  let name = id || `${tag}-${count}`;
  for (let n = 2; taken.has(name); n++) name = `${id || tag}-${n}`;
  taken.add(name);
  return name;
}

/**
 * Every widget in a page pre-rendered by renderToString, in document order (the charts inside a dashboard too), each
 * with its picture's parts or the reason it has none.
 */
export function partsFromSsr(html: string): FoundWidget[] {
  const document = parse(html);
  const counts = new Map<string, number>();
  const taken = new Set<string>();
  return findAll(document, (element) => WIDGETS.has(element.tagName)).map((widget) => {
    const tag = widget.tagName;
    const count = (counts.get(tag) ?? 0) + 1;
    counts.set(tag, count);
    const name = imageName(widget, tag, count, taken);
    const parts = widgetParts(widget, tag);
    return typeof parts === 'string' ? { name, tag, skipped: parts } : { name, tag, parts };
  });
}
