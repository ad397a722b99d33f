/**
 * The social card: an SVG of exactly 1200×675 (the 16:9 size social sites show in full) with the heading, the chart
 * (with its key) scaled to fit, and the source line, on the theme's background. Painted at 1× (1200×675 px): sites
 * show cards at 600 px or less, so that is already twice the pixels they draw with. A long heading shrinks, then wraps;
 * nothing is cut off.
 */
import type { FigureParts } from '../../export/figure-parts.js';
import { figureSvg, textBlock, type FigureStyle } from '../../export/figure-svg.js';
import { escapeXml, svgNumber, xmlAttributes } from '../../export/xml.js';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 675;
const PADDING = 48;
const GAP = 24;
/** The most of the card's height a heading may take before it is set smaller. */
const HEADING_SHARE = 0.3;
/** Scaled up no more than this: a small chart blown up to the card's size looks coarse beside its heading. */
const MOST_SCALE = 2.5;

/** The card as an SVG document. */
export function cardSvg(parts: FigureParts, style: Required<FigureStyle>): string {
  const { colours, measure } = style;
  const inner = CARD_WIDTH - 2 * PADDING;
  const body: string[] = [];
  let top = PADDING;
  if (parts.heading) {
    let heading = { markup: '', height: 0 };
    for (let size = 48; size >= 24; size -= 4) {
      heading = textBlock(parts.heading, PADDING, top, inner, { size, weight: 700, lineHeight: Math.round(size * 1.2), colour: colours.text }, {}, measure);
      if (heading.height <= CARD_HEIGHT * HEADING_SHARE) break;
    }
    body.push(heading.markup);
    top += heading.height + GAP;
  }
  const sourceStyle = { size: 22, weight: 400, lineHeight: 28, colour: colours.mutedText } as const;
  const sourceHeight = textBlock(parts.source, PADDING, 0, inner, sourceStyle, {}, measure).height;
  const sourceTop = CARD_HEIGHT - PADDING - sourceHeight;
  body.push(textBlock(parts.source, PADDING, sourceTop, inner, sourceStyle, {}, measure).markup);

  // The key and chart, as the figure draws them, without its words: the card has its own heading and source.
  const figure = figureSvg(
    {
      width: parts.width,
      theme: parts.theme,
      key: parts.key,
      chartSvg: parts.chartSvg,
      chartWidth: parts.chartWidth,
      chartHeight: parts.chartHeight,
      notes: [],
      source: '',
    },
    style,
  );
  const size = /<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(figure);
  const [width, height] = [Number(size?.[1]) || parts.width, Number(size?.[2]) || parts.chartHeight];
  const boxHeight = Math.max(1, sourceTop - GAP - top);
  const scale = Math.min(CARD_WIDTH / width, boxHeight / height, MOST_SCALE);
  const left = (CARD_WIDTH - width * scale) / 2;
  const placed = figure.replace(/^<\?xml[^>]*\?>\s*/, '').trim();
  body.push(
    `<g transform="translate(${svgNumber(left)} ${svgNumber(top + (boxHeight - height * scale) / 2)}) scale(${Math.round(scale * 10000) / 10000})">${placed}</g>`,
  );

  const root = xmlAttributes({
    xmlns: 'http://www.w3.org/2000/svg',
    'xml:lang': parts.lang,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    viewBox: `0 0 ${CARD_WIDTH} ${CARD_HEIGHT}`,
    role: 'img',
    'font-family': style.fontFamily,
    fill: colours.text,
  });
  const title = parts.heading ? `<title>${escapeXml(parts.heading)}</title>` : '';
  const background = `<rect${xmlAttributes({ width: '100%', height: '100%', fill: colours.background })}/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg${root}>${title}${background}${body.join('')}</svg>\n`;
}
