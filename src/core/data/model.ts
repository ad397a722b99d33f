import type { Messages } from '../i18n/messages.js';
import type { SourceMessages } from '../source/source-words.js';
/** One datum as a developer passes it through `.data`. */
export interface Datum {
  label: string;
  value: number | string | null;
  /** Words that must stay with the number, such as "more than" or "over". */
  qualifier?: string;
  /** How many people the figure comes from (for margins of error and small-sample notes). */
  n?: number;
  /** Which way is good for this row, as <trust-change>'s `direction` says it ("up-is-good", "lower is better"). */
  direction?: string;
}

/** One category with a value per series, e.g. `{ label: 'Trained on new tech', values: { 2022: 5, 2024: 15 } }`. */
export interface SeriesRow {
  label: string;
  values: Record<string, number | string | null>;
  qualifiers?: Record<string, string>;
  /** How many people the row's figures come from; per series with keys such as `"n 2024"` beside `values`. */
  n?: number;
  /** Which way is good for this row, as <trust-change>'s `direction` says it ("up-is-good", "lower is better"). */
  direction?: string;
}

/** What the `.data` property accepts. */
export type TrustData = readonly Datum[] | readonly SeriesRow[];

/** The normalised model every widget draws from, whatever the input form. */
export interface DataRow {
  readonly label: string;
  /** One value per series, `null` where there is no data. */
  readonly values: readonly (number | null)[];
  readonly qualifiers: readonly (string | undefined)[];
  /** Sample size behind each value, from an `n` column or key (per row or per series), where given. */
  readonly sampleSizes?: readonly (number | undefined)[];
  /** The interval the source publishes for each value (`lower-column` / `upper-column`), where it has one that holds. */
  readonly intervals?: readonly (PublishedInterval | undefined)[];
  /** True where a value was withheld because fewer than 30 people gave it (see `allow-small-samples`). */
  readonly withheld?: readonly boolean[];
  /** The row's cell of a direction column (see direction-header.ts), as written: <trust-change> reads it. */
  readonly direction?: string;
}

/** An interval published with a value, checked where it was read: its low and high ends, the value between them. */
export type PublishedInterval = readonly [low: number, high: number];

export interface DataModel {
  /** From `src` with published intervals: the words the code that read it brings (see SourceData). */
  readonly words?: ((m: Messages) => SourceMessages) | undefined;
  /** Series names, in order; one empty name for a single unnamed series. */
  readonly series: readonly string[];
  readonly rows: readonly DataRow[];
  /** Heading of the label column, from a table's first header cell. */
  readonly labelHeader?: string | undefined;
  /** A child table's `<caption>`, used as the heading when the author gave none. */
  readonly caption?: string | undefined;
  /**
   * The most decimals the author typed in each series ("34.0" and "30.4": 1), present when some figure was typed with
   * a trailing zero ("34.0"). The chart shows values with them, so that "34.0" is not shown as "34" beside "30.4".
   * Numbers given as JS numbers through `.data` have no typed decimals.
   */
  readonly decimals?: readonly number[];
  /** An `n` column or key gave some size as approximate ("about 1,000"): its margins are approximate too. */
  readonly approximateSizes?: boolean;
  /** The header (or key) of the column set aside as each row's direction, as written; absent without one. */
  readonly directionColumn?: string;
}

/**
 * Where the data came from, in order of precedence: `.data`, the `data` attribute, `src`, a widget's own attributes
 * (such as `value` on <trust-stat>; the origin names that attribute), then the child table.
 */
export type DataOrigin = '.data' | 'data' | 'src' | 'table' | (string & {});
