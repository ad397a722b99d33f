/** One datum as a developer passes it through `.data`. */
export interface Datum {
  label: string;
  value: number | string | null;
  /** Words that must stay with the number, such as "more than" or "over". */
  qualifier?: string;
  /** How many people the figure comes from (for margins of error and small-sample notes). */
  n?: number;
  /**
   * The interval the figure's source publishes for it (such as a 95% confidence interval from the survey's report):
   * its lower and upper ends. Both are needed; they win over a margin worked out from `n`.
   */
  lower?: number | string | null;
  upper?: number | string | null;
}

/** One category with a value per series, e.g. `{ label: 'Trained on new tech', values: { 2022: 5, 2024: 15 } }`. */
export interface SeriesRow {
  label: string;
  values: Record<string, number | string | null>;
  qualifiers?: Record<string, string>;
  /**
   * How many people the row's figures come from; per series with keys such as `"n 2024"` beside `values`. Intervals
   * a source publishes go the same way, in keys such as `"lower 2024"` and `"upper 2024"`.
   */
  n?: number;
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
  /** The interval published with each value (`lower-column` / `upper-column`, or `lower` / `upper` keys), where given. */
  readonly intervals?: readonly (PublishedInterval | undefined)[];
  /** True where a value was withheld because fewer than 30 people gave it (see `allow-small-samples`). */
  readonly withheld?: readonly boolean[];
}

/**
 * One end of a published interval as read: a number, null where the cell is empty, or the text as written where it
 * is not a number (kept so that the view can say which). The view checks intervals against their values.
 */
export type PublishedBound = number | null | string;

/** The interval a source publishes for one value, as read (see PublishedBound). */
export interface PublishedInterval {
  readonly lower: PublishedBound;
  readonly upper: PublishedBound;
}

export interface DataModel {
  /** Series names, in order; one empty name for a single unnamed series. */
  readonly series: readonly string[];
  readonly rows: readonly DataRow[];
  /** Heading of the label column, from a table's first header cell. */
  readonly labelHeader?: string | undefined;
  /** A child table's `<caption>`, used as the heading when the author gave none. */
  readonly caption?: string | undefined;
}

/**
 * Where the data came from, in order of precedence: `.data`, the `data` attribute, `src`, a widget's own attributes
 * (such as `value` on <trust-stat>; the origin names that attribute), then the child table.
 */
export type DataOrigin = '.data' | 'data' | 'src' | 'table' | (string & {});
