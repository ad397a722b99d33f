import type { DataModel, DataRow } from '../data/model.js';
import { readSampleSize } from '../data/sample-size-columns.js';
import { SERIES_SEPARATOR } from '../data/parse-data-attribute.js';
import { problem, type Problem } from '../problems.js';
import { proportionInterval, type ProportionInterval } from '../stats/proportion-interval.js';

/** Below this many people a figure is withheld from the chart unless the author allows small samples. */
export const WITHHOLD_BELOW = 30;
/** Below this many people (unless `min-sample-size` says otherwise) a figure gets a caution note. */
export const DEFAULT_CAUTION_BELOW = 100;

/** One `|`-separated part of `sample-size`, as written and as read (undefined when it is not a whole number). */
export interface SampleSizePart {
  readonly text: string;
  readonly size: number | undefined;
}

/** `sample-size` as read once for the whole view: its parts, and the parts that are not whole numbers of people. */
export interface SampleSizeAttribute {
  readonly parts: readonly SampleSizePart[];
  readonly problems: readonly Problem[];
}

/**
 * Reads `sample-size`: one number for every series ("1,000") or one per series ("800 | 1,000"). Problems are
 * warnings: without sample sizes the chart is still true, it just shows no margins of error.
 */
export function parseSampleSizeAttribute(text: string | null | undefined, locale: string): SampleSizeAttribute {
  if (!text?.trim()) return { parts: [], problems: [] };
  const problems: Problem[] = [];
  const parts = text.split(SERIES_SEPARATOR).map((part) => {
    const written = part.trim();
    const size = readSampleSize(written, locale);
    if (size === 'invalid') problems.push(problem('sample-size', (m) => m.invalidSampleSizeAttribute(written.slice(0, 40))));
    return { text: written, size: typeof size === 'number' ? size : undefined };
  });
  return { parts, problems };
}

/** The `sample-size` of each series: one number serves them all; otherwise one each, in order. */
export function sampleSizesBySeries({ parts }: SampleSizeAttribute, seriesCount: number): { sizes: (number | undefined)[]; problems: Problem[] } {
  const sizes = parts.map((part) => part.size);
  if (sizes.length === 1) return { sizes: Array.from({ length: seriesCount }, () => sizes[0]), problems: [] };
  if (sizes.length && sizes.length !== seriesCount) {
    return { sizes, problems: [problem('sample-size', (m) => m.seriesMismatch('sample-size', seriesCount, sizes.length))] };
  }
  return { sizes, problems: [] };
}

/** parseSampleSizeAttribute and sampleSizesBySeries in one step, adding their problems to `warnings`. */
export function readSampleSizeAttribute(text: string | null | undefined, seriesCount: number, locale: string, warnings: Problem[]): (number | undefined)[] {
  const read = parseSampleSizeAttribute(text, locale);
  const bySeries = sampleSizesBySeries(read, seriesCount);
  warnings.push(...read.problems, ...bySeries.problems);
  return bySeries.sizes;
}

/**
 * A widget's own sample-size attribute (`previous-sample-size`, `from-sample-size`): the series it sizes, and the
 * problem for a value that is not a whole number of people, in the widget's own words.
 */
export interface OwnSampleSize {
  readonly text: string | null | undefined;
  /** The series it sizes; undefined when the data has none for it (the value is still checked). */
  readonly series: number | undefined;
  readonly invalid: (shown: string) => Problem;
}

/** Reads a widget's own sample-size attributes into one size per series (undefined where none); each wins over `sample-size`. */
export function readOwnSampleSizes(own: readonly OwnSampleSize[], seriesCount: number, locale: string): { sizes: (number | undefined)[]; problems: Problem[] } {
  const sizes: (number | undefined)[] = Array.from({ length: seriesCount }, () => undefined);
  const problems: Problem[] = [];
  for (const { text, series, invalid } of own) {
    const written = text?.trim();
    if (!written) continue;
    const size = readSampleSize(written, locale);
    if (size === 'invalid') problems.push(invalid(written.slice(0, 40)));
    if (typeof size === 'number' && series !== undefined && series < seriesCount) sizes[series] = size;
  }
  return { sizes, problems };
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

/** A value's published interval, once checked: both ends numbers, the value between them. */
export interface CheckedInterval {
  readonly low: number;
  readonly high: number;
}

/** What is wrong with one published interval, if anything (see checkInterval). */
type IntervalVerdict =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly interval: CheckedInterval }
  | { readonly kind: 'not-a-number'; readonly bound: 'lower' | 'upper'; readonly text: string }
  | { readonly kind: 'outside'; readonly bound: 'lower' | 'upper'; readonly low: number; readonly high: number; readonly value: number };

/**
 * The one rule for a published interval: it is drawn when both ends are numbers and the value lies between them
 * (inclusive). An end that is not a number, or a value outside its interval (the columns are swapped, or belong to
 * another figure), drops that interval with a warning; a missing value or a missing end drops it quietly.
 */
function checkInterval(row: DataRow, series: number): IntervalVerdict {
  const published = row.intervals?.[series];
  const value = row.values[series];
  if (!published) return { kind: 'none' };
  for (const bound of ['lower', 'upper'] as const) {
    const end = published[bound];
    if (typeof end === 'string') return { kind: 'not-a-number', bound, text: end };
  }
  const { lower, upper } = published;
  if (typeof lower !== 'number' || typeof upper !== 'number' || value === null || value === undefined) return { kind: 'none' };
  if (lower > value || upper < value) return { kind: 'outside', bound: lower > value ? 'lower' : 'upper', low: lower, high: upper, value };
  return { kind: 'ok', interval: { low: lower, high: upper } };
}

/** The interval the source publishes for a value, when it has one that passes checkInterval. */
export function publishedIntervalOf(row: DataRow, series: number): CheckedInterval | undefined {
  const verdict = checkInterval(row, series);
  return verdict.kind === 'ok' ? verdict.interval : undefined;
}

/** The attributes a published interval's problems are named by: `lower-column` / `upper-column` for `src`, else the data's origin. */
export interface IntervalAttributes {
  readonly lower: string;
  readonly upper: string;
}

/**
 * Warnings for the published intervals publishedIntervalOf drops (at most `max`, so that a file of swapped columns
 * does not bury the chart), worded with the value as the reader sees it.
 */
export function publishedIntervalProblems(model: DataModel, attributes: IntervalAttributes, shown: (value: number) => string, max = 3): Problem[] {
  const problems: Problem[] = [];
  for (const row of model.rows) {
    if (!row.intervals) continue;
    for (let series = 0; series < row.values.length && problems.length < max; series++) {
      const verdict = checkInterval(row, series);
      if (verdict.kind === 'not-a-number') {
        const { bound, text } = verdict;
        problems.push(problem(attributes[bound], (m) => m.intervalBoundNotANumber(text, row.label)));
      } else if (verdict.kind === 'outside') {
        const { bound, low, high, value } = verdict;
        problems.push(problem(attributes[bound], (m) => m.valueOutsideInterval(row.label, shown(value), shown(low), shown(high))));
      }
    }
  }
  return problems;
}

/**
 * `lower-column` and `upper-column` as written: both or neither (one end alone is no interval), and with several
 * value columns one column each, in the same order. `seriesCount` is undefined while the data is not from `src`.
 */
export function intervalAttributeProblems(
  lowerColumn: string | null | undefined,
  upperColumn: string | null | undefined,
  seriesCount: number | undefined,
): Problem[] {
  const count = (text: string | null | undefined) => (text ?? '').split(',').filter((name) => name.trim()).length;
  const lower = count(lowerColumn);
  const upper = count(upperColumn);
  if (!lower && !upper) return [];
  if (!lower || !upper) {
    const [given, missing] = lower ? ['lower-column', 'upper-column'] : ['upper-column', 'lower-column'];
    return [problem(given, (m) => m.intervalNeedsBothColumns(given, missing))];
  }
  if (seriesCount === undefined) return [];
  return (
    [
      ['lower-column', lower],
      ['upper-column', upper],
    ] as const
  ).flatMap(([attribute, found]) => (found === seriesCount ? [] : [problem(attribute, (m) => m.seriesMismatch(attribute, seriesCount, found))]));
}
