import type { ImageTheme } from './palette.js';

/**
 * The source line of a picture whose chart names no source, in the chart's language: a picture never leaves without
 * one, and a Welsh chart's picture says it in Welsh.
 */
export const missingSourceLine = (lang: string | undefined): string => (/^cy\b/i.test(lang ?? '') ? 'Ffynhonnell: heb ei nodi' : 'Source: not given');

/** One entry of a chart's key: a colour square (or outline) and its words. */
export interface KeyEntry {
  readonly label: string;
  /** The literal colour (`#rrggbb`) of the square. */
  readonly colour: string;
  /** Drawn as an outline, not a filled square (likert's "Don't know"). */
  readonly outline?: boolean;
}

/**
 * What a static picture of one widget is made of, as plain values (no DOM nodes): read from a pre-rendered widget by
 * ./parts-from-ssr.ts, drawn by ./figure-svg.ts. The browser's download buttons can fill it from a live widget later.
 */
export interface FigureParts {
  /** The whole image's width, in CSS pixels (the chart's width plus the padding on both sides). */
  readonly width: number;
  readonly theme: ImageTheme;
  /** The language of the text (`xml:lang` on the image), e.g. `cy` for a Welsh chart. */
  readonly lang?: string;
  readonly heading?: string;
  readonly subheading?: string;
  /** The chart's HTML key (bars with several series, likert); charts that draw their key in the SVG have none here. */
  readonly key: readonly KeyEntry[];
  /** The chart's own `<svg>…</svg>` markup, every colour a literal fill or stroke: no classes or stylesheet needed. */
  readonly chartSvg: string;
  readonly chartWidth: number;
  readonly chartHeight: number;
  /** Lines under the chart: axis and band notes, small-sample cautions, significance notes. */
  readonly notes: readonly string[];
  /** The author's note (`note="…"`), in the caption after the source. */
  readonly note?: string;
  /** The whole source line as the widget shows it, "Source: BT research". Never empty: a chart never leaves without it. */
  readonly source: string;
  /** The source's address, linked from the source line in the SVG. */
  readonly sourceUrl?: string;
  /** The chart's text summary (what screen readers hear), as the image's description. */
  readonly summary?: string;
}
