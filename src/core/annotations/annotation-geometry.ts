import type { Anchor, Box, TextLine } from '../layout/geometry.js';

/** A note drawn on the chart: its words beside its point with a short leader, or a numbered marker (collapsed). */
export interface NoteGeometry {
  /** 1, 2, 3 … in reading order: the marker's number and the note's place in the list under the chart. */
  readonly number: number;
  readonly text: string;
  /** What the note belongs to, as the reader sees it ("2017", "2017, Staff"). */
  readonly place: string;
  /** The note's lines (start-anchored) and their box; empty when collapsed to a marker. */
  readonly lines: readonly TextLine[];
  readonly box?: Box;
  /** From the point to the note's nearest edge. */
  readonly leader?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
  /** The numbered marker that stands for the note on a narrow chart. */
  readonly marker?: { readonly x: number; readonly y: number; readonly r: number };
}

/** A labelled line at a value: across the plot (trend, change) or down it (bars). */
export interface ReferenceGeometry {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Its words; a line drawn in pieces (between rows whose labels sit above them) has them on its first piece only. */
  readonly label?: TextLine & { readonly anchor: Anchor };
  /** The label's box, which notes avoid. */
  readonly labelBox?: Box;
}

/** A shaded range, with its words at its top. */
export interface RangeGeometry {
  readonly box: Box;
  readonly label?: TextLine & { readonly anchor: Anchor };
}

/** Everything an author asked to be said on a chart, laid out. */
export interface AnnotationGeometry {
  readonly ranges: readonly RangeGeometry[];
  readonly references: readonly ReferenceGeometry[];
  readonly notes: readonly NoteGeometry[];
  /** The notes are numbered markers, their words listed under the chart (narrow charts, or no room beside the marks). */
  readonly collapsed: boolean;
}

export const NO_ANNOTATIONS: AnnotationGeometry = { ranges: [], references: [], notes: [], collapsed: false };
