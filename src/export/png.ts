/// <reference types="node" />
/**
 * SVG to PNG with @resvg/resvg-js (an optional peer dependency: only PNGs need it), at 2× pixel ratio, with the
 * bundled Noto Sans and no system fonts, so the same SVG gives the same pixels on every machine.
 */
import { IMAGE_FONT_FAMILY } from './figure-svg.js';
import { imageFontFiles } from './fonts.js';

/** Options for svgToPng. */
export interface PngOptions {
  /** Device pixels per CSS pixel: 2 (default) for sharp images on high-density screens and in print. */
  readonly pixelRatio?: number;
  /** Font files to draw text with; default the bundled Noto Sans (./fonts.ts). */
  readonly fontFiles?: readonly string[];
}

type ResvgModule = typeof import('@resvg/resvg-js');

let resvg: Promise<ResvgModule> | undefined;

/** The rasteriser, loaded on first use; a clear message when it is not installed. */
function loadResvg(): Promise<ResvgModule> {
  resvg ??= import('@resvg/resvg-js').catch((error: unknown) => {
    resvg = undefined;
    throw new Error(`public-trust-widgets: PNG images need the rasteriser @resvg/resvg-js. Run: npm install @resvg/resvg-js\n(${(error as Error).message})`);
  });
  return resvg;
}

/** A PNG of `svg` (one of figureSvg's documents), `pixelRatio` times its size. */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const { Resvg } = await loadResvg();
  const pixelRatio = options.pixelRatio ?? 2;
  const family = IMAGE_FONT_FAMILY.split(',')[0]!.replace(/'/g, '').trim();
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: pixelRatio },
    font: { fontFiles: [...(options.fontFiles ?? imageFontFiles())], loadSystemFonts: false, defaultFontFamily: family, sansSerifFamily: family },
  });
  return image.render().asPng();
}
