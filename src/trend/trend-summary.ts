import type { DataModel } from '../core/data/model.js';
import { changeSignificance } from '../core/stats/change-significance.js';
import type { TrendMessages, TrendSeriesFacts } from './trend-messages.js';

export interface TrendSummaryInput {
  readonly model: DataModel;
  /** Series names as shown; '' for a single unnamed series. */
  readonly seriesNames: readonly string[];
  /** Row indices in drawing (time) order. */
  readonly order: readonly number[];
  /** Each row's wave label as the reader sees it. */
  readonly waves: readonly string[];
  /** A value as shown ("15%", "more than 90%"). */
  readonly shown: (row: number, series: number) => string;
  /** A value as read out in the summary, with its 95% interval when known ("15% ± 2.2"). Default: `shown`. */
  readonly described?: ((row: number, series: number) => string) | undefined;
  /**
   * The sample size behind a percentage, when known. Given only for percentages: when the first and the last value
   * both have one, a change within the margin of error is worded "no clear change" instead of "rose" or "fell".
   */
  readonly sampleSize?: ((row: number, series: number) => number | undefined) | undefined;
  /** Whether a value carries a qualifier ("more than", or the `qualifier` attribute): its change is not exact. */
  readonly approximate: (row: number, series: number) => boolean;
  /** The size of a change, always positive: "10 percentage points" for percentages, "3" or "£5m" otherwise. */
  readonly change: (amount: number) => string;
  readonly messages: TrendMessages;
}

/**
 * The sentence screen readers hear: how many waves from when to when, then, for each series, its first and last
 * value (with its margin of error when known) and the change between them (in percentage points for percentages),
 * naming any waves without a figure and those withheld for too few answers. A change between two percentages with
 * known sample sizes is only called a rise or a fall when a two-proportion z test finds it clear at the 95% level.
 */
export function trendSummary({
  model,
  seriesNames,
  order,
  waves,
  shown,
  described = shown,
  sampleSize,
  approximate,
  change,
  messages,
}: TrendSummaryInput): string {
  let previous: { first: number; last: number } | undefined;
  const perSeries: TrendSeriesFacts[] = seriesNames.map((name, s) => {
    const present = order.filter((row) => (model.rows[row]?.values[s] ?? null) !== null);
    const absent = order.filter((row) => (model.rows[row]?.values[s] ?? null) === null);
    const isWithheld = (row: number) => !!model.rows[row]?.withheld?.[s];
    const missing = absent.filter((row) => !isWithheld(row)).map((row) => waves[row]!);
    const withheld = absent.filter(isWithheld).map((row) => waves[row]!);
    const gaps = { missing, withheld };
    const firstRow = present[0];
    const lastRow = present[present.length - 1];
    if (firstRow === undefined || lastRow === undefined) return { name, direction: 'none', namesWaves: true, ...gaps };
    const first = { wave: waves[firstRow]!, value: described(firstRow, s) };
    const last = { wave: waves[lastRow]!, value: described(lastRow, s) };
    // Waves are named unless the series before spoke of the same two waves.
    const namesWaves = !previous || previous.first !== firstRow || previous.last !== lastRow;
    previous = { first: firstRow, last: lastRow };
    if (firstRow === lastRow) return { name, direction: 'one', last, namesWaves, ...gaps };
    const from = model.rows[firstRow]!.values[s]!;
    const to = model.rows[lastRow]!.values[s]!;
    const amount = to - from;
    if (shown(firstRow, s) === shown(lastRow, s) || amount === 0) return { name, direction: 'same', first, last, namesWaves, ...gaps };
    const exact = !approximate(firstRow, s) && !approximate(lastRow, s);
    const fromN = sampleSize?.(firstRow, s);
    const toN = sampleSize?.(lastRow, s);
    // Only exact figures are tested: "more than 90%" is not a number to test.
    const test = exact && fromN !== undefined && toN !== undefined ? changeSignificance(from, fromN, to, toN) : undefined;
    if (test && !test.clear) return { name, direction: 'unclear', first, last, namesWaves, ...gaps };
    return {
      name,
      direction: amount > 0 ? 'up' : 'down',
      first,
      last,
      ...(exact ? { change: change(Math.abs(amount)) } : {}),
      namesWaves,
      ...gaps,
    };
  });
  const firstRow = order[0] ?? 0;
  const lastRow = order[order.length - 1] ?? 0;
  return messages.trendSummary({
    waves: order.length,
    firstWave: waves[firstRow] ?? '',
    lastWave: waves[lastRow] ?? '',
    series: seriesNames.length,
    perSeries,
  });
}
