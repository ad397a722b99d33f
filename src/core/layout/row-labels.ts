import { widestText, type TextMeasurer, type TextStyle } from './measure-text.js';

/**
 * Below this width the charts with a label per row (bars, dumbbells, diverging bars) put each label above its row
 * instead of in a column beside the rows, so the marks keep the full width of a phone.
 */
export const STACK_BELOW = 480;

/** The label column beside the rows: as wide as the widest label, but at most `maxShare` of the chart's width. */
export function labelColumnWidth(labels: readonly string[], style: TextStyle, width: number, maxShare: number, measure: TextMeasurer): number {
  return Math.min(widestText(labels, measure, style), width * maxShare);
}
