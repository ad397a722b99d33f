import type { DataModel } from '../core/data/model.js';
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
  /** Whether a value carries a qualifier ("more than", or the `qualifier` attribute): its change is not exact. */
  readonly approximate: (row: number, series: number) => boolean;
  /** The size of a change, always positive: "10 percentage points" for percentages, "3" or "£5m" otherwise. */
  readonly change: (amount: number) => string;
  readonly messages: TrendMessages;
}

/**
 * The sentence screen readers hear: how many waves from when to when, then, for each series, its first and last
 * value and the change between them (in percentage points for percentages), naming any waves without a figure.
 */
export function trendSummary({ model, seriesNames, order, waves, shown, approximate, change, messages }: TrendSummaryInput): string {
  let previous: { first: number; last: number } | undefined;
  const perSeries: TrendSeriesFacts[] = seriesNames.map((name, s) => {
    const present = order.filter((row) => (model.rows[row]?.values[s] ?? null) !== null);
    const missing = order.filter((row) => (model.rows[row]?.values[s] ?? null) === null).map((row) => waves[row]!);
    const firstRow = present[0];
    const lastRow = present[present.length - 1];
    if (firstRow === undefined || lastRow === undefined) return { name, direction: 'none', namesWaves: true, missing };
    const first = { wave: waves[firstRow]!, value: shown(firstRow, s) };
    const last = { wave: waves[lastRow]!, value: shown(lastRow, s) };
    // Waves are named unless the series before spoke of the same two waves.
    const namesWaves = !previous || previous.first !== firstRow || previous.last !== lastRow;
    previous = { first: firstRow, last: lastRow };
    if (firstRow === lastRow) return { name, direction: 'one', last, namesWaves, missing };
    const amount = model.rows[lastRow]!.values[s]! - model.rows[firstRow]!.values[s]!;
    if (first.value === last.value || amount === 0) return { name, direction: 'same', first, last, namesWaves, missing };
    const exact = !approximate(firstRow, s) && !approximate(lastRow, s);
    return {
      name,
      direction: amount > 0 ? 'up' : 'down',
      first,
      last,
      ...(exact ? { change: change(Math.abs(amount)) } : {}),
      namesWaves,
      missing,
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
