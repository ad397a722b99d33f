/** A value's 95% interval, in the data's units. */
export interface ValueRange {
  readonly low: number;
  readonly high: number;
}

/** One row as the element hands it to the layout: its label, its two values and how to write them. */
export interface ChangeRowInput {
  readonly label: string;
  /** The earlier value, or null when there is none. */
  readonly from: number | null;
  /** The later value, or null when there is none. */
  readonly to: number | null;
  /** The values as shown ("5%", "more than 90%"). */
  readonly fromText: string;
  readonly toText: string;
  /**
   * Beside the row: "+10 pts", "−8 pts", "no change". Empty for a row without both values. A line feed marks where
   * the text may break first when the change column is narrow ("no clear change\n(+3 pts)").
   */
  readonly changeText: string;
  /** Written in the track of a row without both values ("no data"). */
  readonly missingText: string;
  /** The 95% intervals to draw as whiskers (`show-uncertainty` with a known sample size). */
  readonly fromRange?: ValueRange | undefined;
  readonly toRange?: ValueRange | undefined;
}

/** Which side of its dot a value label goes, and which end of the row it names. */
export interface ValueSide {
  readonly side: 'left' | 'right';
  readonly end: 'from' | 'to';
}

/** The intervals a row draws: only for a row with both values. */
export function rangesOf(row: ChangeRowInput): ValueRange[] {
  if (row.from === null || row.to === null) return [];
  return [row.fromRange, row.toRange].filter((range): range is ValueRange => range !== undefined);
}

/**
 * Which side of its dot each value label goes: outwards from the pair, the smaller value's label on the left and
 * the larger one's on the right. Equal values with the same text get one label.
 */
export function valueSides(row: ChangeRowInput): ValueSide[] {
  if (row.from === null || row.to === null) return [];
  if (row.from === row.to && row.fromText === row.toText) return [{ side: 'right', end: 'to' }];
  return row.to >= row.from
    ? [
        { side: 'left', end: 'from' },
        { side: 'right', end: 'to' },
      ]
    : [
        { side: 'left', end: 'to' },
        { side: 'right', end: 'from' },
      ];
}
