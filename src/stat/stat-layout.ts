import type { TextMeasurer } from '../core/layout/measure-text.js';

/**
 * The sizes the headline figure can take, largest first, in CSS pixels (`size-1` … `size-5` in stat-styles.ts).
 * The qualifier ("over", "more than") is set smaller beside the number. The largest is 4rem at the default text size.
 */
export const FIGURE_SIZES = [
  { figure: 64, qualifier: 28 },
  { figure: 56, qualifier: 25 },
  { figure: 48, qualifier: 22 },
  { figure: 40, qualifier: 18 },
  { figure: 32, qualifier: 16 },
] as const;

/** Canvas measures plain digits; the figure is drawn bold with tabular digits, so allow a little more room. */
export const MEASURE_SLACK = 1.05;

export interface StatFigureText {
  /** Words before the number ("over"), as the locale orders them; may be empty. */
  readonly before: string;
  /** The number itself ("1.7 million", "57%", "1 in 2,582"). */
  readonly number: string;
  /** Words after the number, for languages that put them there; may be empty. */
  readonly after: string;
}

export interface StatLayoutInput {
  readonly figure: StatFigureText;
  /** Content width in CSS pixels. */
  readonly width: number;
  readonly measure: TextMeasurer;
}

export interface StatGeometry {
  /** 1-based index into FIGURE_SIZES: the class `size-N`. */
  readonly size: number;
  readonly figureSize: number;
  readonly qualifierSize: number;
  /** Width the figure needs on one line at that size. */
  readonly needed: number;
  /**
   * False when even the smallest size is too wide for one line (a huge number in standard notation on a phone):
   * the figure may then break between words and, as a last resort, inside the number.
   */
  readonly fits: boolean;
}

/** Splits the formatted figure ("over 1.7 million") around its number ("1.7 million"). */
export function splitFigure(full: string, number: string): StatFigureText {
  const at = number ? full.indexOf(number) : -1;
  if (at < 0) return { before: '', number: full, after: '' };
  return { before: full.slice(0, at).trim(), number, after: full.slice(at + number.length).trim() };
}

/** The width the figure needs on one line at one of FIGURE_SIZES. */
export function figureWidth({ before, number, after }: StatFigureText, size: (typeof FIGURE_SIZES)[number], measure: TextMeasurer): number {
  const words = (text: string) => (text ? measure(`${text} `, { size: size.qualifier, weight: 600 }) : 0);
  return (words(before) + measure(number, { size: size.figure, weight: 700 }) + words(after)) * MEASURE_SLACK;
}

/**
 * Picks the largest size at which the headline figure fits on one line in `width`, so "1 in 2,582" and
 * "over 1.7 million" never wrap or overflow at 320 px. Pure: the browser measures with canvas, tests with
 * `estimateTextWidth`.
 */
export function statLayout({ figure, width, measure }: StatLayoutInput): StatGeometry {
  let index = FIGURE_SIZES.findIndex((size) => figureWidth(figure, size, measure) <= width);
  const fits = index >= 0;
  if (!fits) index = FIGURE_SIZES.length - 1;
  const size = FIGURE_SIZES[index]!;
  return { size: index + 1, figureSize: size.figure, qualifierSize: size.qualifier, needed: figureWidth(figure, size, measure), fits };
}
