/**
 * public-trust-widgets/export (Node): static images of the widgets in an HTML page, with no browser. Each widget is
 * pre-rendered with the same layout code as renderToString (src/ssr), read into plain parts (./figure-parts.ts) and
 * drawn as one self-contained SVG (./figure-svg.ts); svgToPng turns that into a PNG with @resvg/resvg-js.
 *
 * ```js
 * import { widgetImages, svgToPng } from 'public-trust-widgets/export';
 * for (const image of widgetImages(html, { width: 640 }).images) {
 *   writeFileSync(`${image.name}.svg`, image.svg);
 *   writeFileSync(`${image.name}.png`, await svgToPng(image.svg));
 * }
 * ```
 */
import { renderToString, type RenderProblem } from '../ssr/index.js';
import type { FigureParts } from './figure-parts.js';
import { IMAGE_PADDING, figureSvg } from './figure-svg.js';
import { partsFromSsr } from './parts-from-ssr.js';

export type { FigureParts, KeyEntry } from './figure-parts.js';
export { figureSvg, IMAGE_FONT_FAMILY, IMAGE_PADDING } from './figure-svg.js';
export { partsFromSsr, type FoundWidget } from './parts-from-ssr.js';
export { IMAGE_THEMES, PALETTES, type ImageTheme, type Palette } from './palette.js';
export { svgToPng, type PngOptions } from './png.js';
export { imageFontFiles } from './fonts.js';

/** Options for widgetImages. */
export interface ImageOptions {
  /** Width of each image in CSS pixels, padding included (default 672: a 640 px chart). A chart in a dashboard gets its grid cell's share. */
  width?: number;
  /** Language of the page the HTML comes from, for widgets with no `lang` above them. */
  lang?: string;
  /** The page's address, to resolve relative `source-url` links against. */
  baseUrl?: string;
  /** Receives each problem a widget reports while it is laid out. */
  onProblem?: (problem: RenderProblem) => void;
}

/** One widget's picture. */
export interface WidgetImage {
  /** A file name without extension: the widget's id (letters, digits, - and _), else `<tag>-<n>`. */
  readonly name: string;
  readonly tag: string;
  readonly parts: FigureParts;
  /** The SVG document. */
  readonly svg: string;
}

/** A widget with no picture, and why (it shows an error, or its figures load only in the browser). */
export interface SkippedWidget {
  readonly name: string;
  readonly tag: string;
  readonly reason: string;
}

/** Default image width: the pre-renderer's default 640 px chart with the widget's padding around it. */
export const DEFAULT_IMAGE_WIDTH = 640 + 2 * IMAGE_PADDING;

/**
 * One SVG image per widget in `html` (a page or fragment; the charts in a dashboard each get one), laid out at
 * `width`. Widgets with `src` need their figures inlined first (inlineSources from public-trust-widgets/ssr).
 */
export function widgetImages(html: string, options: ImageOptions = {}): { images: WidgetImage[]; skipped: SkippedWidget[] } {
  const width = options.width ?? DEFAULT_IMAGE_WIDTH;
  if (typeof width !== 'number' || !Number.isFinite(width) || width <= 2 * IMAGE_PADDING) {
    throw new RangeError(`public-trust-widgets/export: width must be a number of pixels above ${2 * IMAGE_PADDING}, not ${String(options.width)}`);
  }
  // Linked stylesheets: the images need none, and inlining each widget's would only be parsed and dropped.
  const rendered = renderToString(html, {
    width: width - 2 * IMAGE_PADDING,
    styles: 'link',
    stylesheetHref: 'unused.css',
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.onProblem ? { onProblem: options.onProblem } : {}),
  });
  const images: WidgetImage[] = [];
  const skipped: SkippedWidget[] = [];
  for (const found of partsFromSsr(rendered)) {
    if ('skipped' in found) skipped.push({ name: found.name, tag: found.tag, reason: found.skipped });
    else images.push({ name: found.name, tag: found.tag, parts: found.parts, svg: figureSvg(found.parts) });
  }
  return { images, skipped };
}
