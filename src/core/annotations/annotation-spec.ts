/**
 * What an author asked to be said on a chart, as written in its attributes and before it is matched to the data:
 * notes on a label or a point (`notes`), labelled lines at a value (`reference`) and shaded ranges (`highlight`).
 */

/** A note on a row label ("2017"), or on one series' point at it ("2017 | Staff"). */
export interface NoteSpec {
  /** The row label it belongs to, as written. */
  readonly at: string;
  /** The series it belongs to, when written after a `|`. */
  readonly series?: string;
  /** The note itself, plain text. */
  readonly text: string;
}

/** A labelled line across the chart at a value ("50: Half of respondents"). */
export interface ReferenceSpec {
  readonly value: number;
  /** What the line marks; may be empty (the value alone is then shown). */
  readonly text: string;
}

/** A shaded range ("2020–2021: Pandemic"): its ends as written, matched later to labels or values. */
export interface RangeSpec {
  readonly from: string;
  readonly to: string;
  readonly text: string;
}
