import type { DataModel, DataRow } from '../data/model.js';
import { readSampleSize } from '../data/sample-size-columns.js';
import { SERIES_SEPARATOR } from '../data/parse-data-attribute.js';
import { problem, type Problem } from '../problems.js';
import { proportionInterval, type ProportionInterval } from '../stats/proportion-interval.js';

/** Below this many people a figure is withheld from the chart unless the author allows small samples. */
export const WITHHOLD_BELOW = 30;
/** Below this many people (unless `min-sample-size` says otherwise) a figure gets a caution note. */
export const DEFAULT_CAUTION_BELOW = 100;

/**
 * Reads `sample-size`: one number for every series ("1,000") or one per series ("800 | 1,000"). Problems are
 * warnings: without sample sizes the chart is still true, it just shows no margins of error.
 */
export function readSampleSizeAttribute(text: string | null | undefined, seriesCount: number, locale: string, warnings: Problem[]): (number | undefined)[] {
  if (!text?.trim()) return [];
  const parts = text.split(SERIES_SEPARATOR).map((part) => part.trim());
  const sizes = parts.map((part) => {
    const size = readSampleSize(part, locale);
    if (size === 'invalid') warnings.push(problem('sample-size', (m) => m.invalidSampleSizeAttribute(part.slice(0, 40))));
    return typeof size === 'number' ? size : undefined;
  });
  if (sizes.length === 1) return Array.from({ length: seriesCount }, () => sizes[0]);
  if (sizes.length !== seriesCount) {
    warnings.push(problem('sample-size', (m) => m.seriesMismatch('sample-size', seriesCount, sizes.length)));
  }
  return sizes;
}

/** The sample behind one value: the row's own `n`, else the series' or chart's `sample-size`. */
export const sampleSizeOf = (row: DataRow, series: number, perSeries: readonly (number | undefined)[]): number | undefined =>
  row.sampleSizes?.[series] ?? perSeries[series];

export interface SmallSample {
  readonly label: string;
  readonly series: number;
  readonly n: number;
}

/**
 * Withholds values measured on fewer than 30 people (the value becomes missing and the row records why), and
 * lists the small samples that deserve a caution note.
 */
export function applySampleRules(
  model: DataModel,
  perSeries: readonly (number | undefined)[],
  cautionBelow: number,
  allowSmall: boolean,
): { model: DataModel; caution: SmallSample[]; withheld: SmallSample[] } {
  const caution: SmallSample[] = [];
  const withheld: SmallSample[] = [];
  const rows = model.rows.map((row) => {
    let changed = false;
    const values = row.values.map((value, s) => {
      const n = sampleSizeOf(row, s, perSeries);
      if (value === null || n === undefined) return value;
      if (n < WITHHOLD_BELOW && !allowSmall) {
        withheld.push({ label: row.label, series: s, n });
        changed = true;
        return null;
      }
      if (n < cautionBelow) caution.push({ label: row.label, series: s, n });
      return value;
    });
    if (!changed) return row;
    return { ...row, values, withheld: row.values.map((value, s) => value !== null && values[s] === null) };
  });
  return { model: { ...model, rows }, caution, withheld };
}

/** The 95% interval of a percentage, when its sample size is known. */
export function intervalOf(row: DataRow, series: number, perSeries: readonly (number | undefined)[]): ProportionInterval | undefined {
  const value = row.values[series];
  const n = sampleSizeOf(row, series, perSeries);
  return value === null || value === undefined || n === undefined ? undefined : proportionInterval(value, n);
}
