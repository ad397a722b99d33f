import type { DataModel } from '../core/data/model.js';
import type { Messages } from '../core/i18n/messages.js';
import { barsMessages, type BarsSummaryFacts } from './bars-messages.js';

export interface BarsSummaryInput {
  readonly model: DataModel;
  readonly seriesNames: readonly string[];
  readonly shown: (row: number, series: number) => string;
  readonly messages: Messages;
  readonly target?: { readonly value: number; readonly text: string; readonly label: string } | undefined;
}

/**
 * The sentence screen readers hear for the chart: its kind and size, the highest and lowest item of each series
 * and, with a target, how many items meet it (in the last series). Ties go to the item listed first.
 */
export function barsSummary({ model, seriesNames, shown, messages, target }: BarsSummaryInput): string {
  const extremes = seriesNames.map((series, s) => {
    let high = -1;
    let low = -1;
    model.rows.forEach((row, r) => {
      const value = row.values[s];
      if (value === null || value === undefined) return;
      if (high < 0 || value > (model.rows[high]!.values[s] ?? -Infinity)) high = r;
      if (low < 0 || value < (model.rows[low]!.values[s] ?? Infinity)) low = r;
    });
    const point = (r: number) => ({ label: model.rows[r]?.label ?? '', value: r < 0 ? messages.noData : shown(r, s) });
    return { series, highest: point(high), lowest: point(low) };
  });
  const facts: BarsSummaryFacts = {
    items: model.rows.length,
    series: seriesNames,
    extremes,
    // With several series the target is judged on the last one: by convention the latest survey wave.
    ...(target
      ? {
          target: {
            value: target.text,
            label: target.label,
            meeting: model.rows.filter((row) => (row.values[seriesNames.length - 1] ?? -Infinity) >= target.value).length,
            // Rows without a value in that series are neither meeting nor missing the target.
            total: model.rows.filter((row) => row.values[seriesNames.length - 1] != null).length,
            ...(seriesNames.length > 1 ? { series: seriesNames[seriesNames.length - 1] } : {}),
          },
        }
      : {}),
  };
  return barsMessages(messages.locale).barsSummary(facts);
}
