import type { DataModel, DataRow } from '../data/model.js';
import { readSampleSizeForm, type SampleSizeReading } from '../data/sample-size-columns.js';
import { numberFormat } from '../format/number.js';
import { SERIES_SEPARATOR } from '../data/parse-data-attribute.js';
import { parseNumberText } from '../data/parse-number.js';
import { problem, type Problem } from '../problems.js';
import { effectiveSampleSize } from '../stats/design-effect.js';
import { proportionInterval, type ProportionInterval } from '../stats/proportion-interval.js';

/**
 * Reads `design-effect`: a number of at least 1 (1 is a simple random sample). Anything else is a warning and is
 * ignored (1).
 */
export function readDesignEffect(text: string | null | undefined, locale: string, warnings: Problem[]): number {
  const written = text?.trim();
  if (!written) return 1;
  const parsed = parseNumberText(written, locale);
  if (parsed.kind === 'number' && !parsed.qualifier && parsed.value >= 1 && parsed.value < 1e6) return parsed.value;
  warnings.push(problem('design-effect', (m) => m.invalidDesignEffect(written.slice(0, 40))));
  return 1;
}

/** Below this many people a figure is withheld from the chart unless the author allows small samples. */
export const WITHHOLD_BELOW = 30;
/** Below this many people (unless `min-sample-size` says otherwise) a figure gets a caution note. */
export const DEFAULT_CAUTION_BELOW = 100;

/** One `|`-separated part of `sample-size`, as written and as read (undefined when it is not a whole number). */
export interface SampleSizePart {
  readonly text: string;
  readonly size: number | undefined;
  /** Written as approximate ("about 11,000", "11,000+"): its margins are approximate too. */
  readonly approximate?: boolean;
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
  const parts = text.split(SERIES_SEPARATOR).map((part): SampleSizePart => {
    const written = part.trim();
    const read = readSampleSizeForm(written, locale);
    if (read === 'invalid') problems.push(problem('sample-size', (m) => m.invalidSampleSizeAttribute(written.slice(0, 40))));
    if (!read || read === 'invalid') return { text: written, size: undefined };
    noteShorthand('sample-size', written, read, problems);
    return { text: written, size: read.size, ...(read.approximate ? { approximate: true } : {}) };
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

/**
 * Reads a widget's own sample-size attributes into one size per series (undefined where none); each wins over
 * `sample-size`. `approximate` when one was written as approximate ("about 2,000").
 */
export function readOwnSampleSizes(
  own: readonly OwnSampleSize[],
  seriesCount: number,
  locale: string,
): { sizes: (number | undefined)[]; problems: Problem[]; approximate: boolean } {
  const sizes: (number | undefined)[] = Array.from({ length: seriesCount }, () => undefined);
  const problems: Problem[] = [];
  let approximate = false;
  for (const { text, series, invalid } of own) {
    const written = text?.trim();
    if (!written) continue;
    const read = readSampleSizeForm(written, locale);
    if (read === 'invalid') problems.push(invalid(written.slice(0, 40)));
    if (!read || read === 'invalid' || series === undefined || series >= seriesCount) continue;
    sizes[series] = read.size;
    approximate ||= read.approximate;
    // The attribute is named by the widget's own problem for it.
    noteShorthand(invalid(written).attribute, written, read, problems);
  }
  return { sizes, problems, approximate };
}

/** A gentle warning that says how shorthand was read ("read “11k” as 11,000"), so that the author can check it. */
function noteShorthand(attribute: string, written: string, read: SampleSizeReading, problems: Problem[]): void {
  if (read.shorthand) problems.push(problem(attribute, (m) => m.sampleSizeReadAs(written.slice(0, 40), numberFormat(m.locale, {}).format(read.size))));
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

/**
 * The model and per-series sizes with every sample size replaced by its effective size (see `design-effect`), so that
 * margins, Wilson ranges and change tests all allow for it, and none twice. Sample rules and the sizes shown to
 * readers keep the people who answered. A design effect of 1 changes nothing.
 */
export function withDesignEffect<M extends DataModel>(
  model: M,
  perSeries: readonly (number | undefined)[],
  designEffect: number,
): { model: M; perSeries: (number | undefined)[] } {
  const effective = (n: number | undefined) => (n === undefined || designEffect === 1 ? n : effectiveSampleSize(n, designEffect));
  const rows = model.rows.map((row) => (row.sampleSizes ? { ...row, sampleSizes: row.sampleSizes.map(effective) } : row));
  return { model: designEffect === 1 ? model : { ...model, rows }, perSeries: perSeries.map(effective) };
}
