/**
 * The shapes every widget's pure layout hands to its renderer: lines of text, boxes and vertical spans, in CSS px
 * from the SVG's top left corner.
 */

/** One line of SVG text: its words and where its baseline sits (`x` is read by the text's `text-anchor`). */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** SVG's `text-anchor`: which point of the text `x` names. */
export type Anchor = 'start' | 'middle' | 'end';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A vertical extent, such as where gridlines run. */
export interface Span {
  readonly top: number;
  readonly bottom: number;
}

/** Rounds to hundredths of a pixel: finer than any screen shows, and SVG path strings stay short. */
export const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Wrapped lines set one under another: line `i` has its baseline at `top + i × lineHeight + baseline`, `baseline`
 * being how far below the top of its line the text sits.
 */
export function stackLines(lines: readonly string[], x: number, top: number, lineHeight: number, baseline: number): TextLine[] {
  return lines.map((text, i) => ({ text, x, y: top + i * lineHeight + baseline }));
}
