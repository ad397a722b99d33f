import { round, type Anchor, type Box, type TextLine } from '../core/layout/geometry.js';
import type { LinearScale } from '../core/layout/linear-scale.js';
import { widestText, type TextMeasurer } from '../core/layout/measure-text.js';
import type { ChangeRowInput, ValueSide } from './change-row.js';

/** Value labels, and the words written instead of a missing dumbbell: 14 px on 18 px lines (never below 12 px, R27). */
export const VALUE_STYLE = { size: 14, weight: 400 } as const;
export const LINE_HEIGHT = 18;
/** Radius of both dots. */
export const DOT_RADIUS = 6;
/** The filled dot's radius when it sits on the hollow one. */
export const SMALL_DOT_RADIUS = 3;
/** Length of the arrow head on the line joining the dots. */
export const ARROW_LENGTH = 6;
const ARROW_HALF_WIDTH = 4.5;
/** Space between a dot's edge and its value label. */
export const VALUE_GAP = 5;
/** A 95% range is drawn this far above (the earlier value) or below (the later value) the dots' centre line. */
export const WHISKER_OFFSET = 10;
/** Half the height of the caps at a range's ends. */
export const WHISKER_CAP = 3;

export interface DumbbellGeometry {
  readonly row: number;
  /** Vertical centre of the dots. */
  readonly y: number;
  /** Where the dots sit; null when the row is missing either value (then no dumbbell is drawn). */
  readonly fromX: number | null;
  readonly toX: number | null;
  /** Radius of the filled dot. */
  readonly toRadius: number;
  readonly direction: 'up' | 'down' | 'same';
  /** The line from the edge of the hollow dot towards the filled one; absent when the dots touch. */
  readonly line?: { readonly x1: number; readonly x2: number } | undefined;
  /** The arrow head's three corners ("x,y x,y x,y"), its tip on the filled dot's edge; absent when there is no room. */
  readonly arrow?: string | undefined;
  readonly values: readonly (TextLine & { readonly anchor: Anchor; readonly end: 'from' | 'to' })[];
  /** The change beside the row: `text` whole, `x`/`y` its first line, `lines` as drawn (long words wrap). */
  readonly change?: (TextLine & { readonly anchor: Anchor; readonly lines: readonly TextLine[] }) | undefined;
  /**
   * Each end's 95% interval as a thin whisker with end caps: the earlier value's above the dots, the later value's
   * below, so overlapping ranges stay apart and never hide the arrow.
   */
  readonly whiskers: readonly Whisker[];
  /** The words written instead of a dumbbell when a value is missing, wrapped. */
  readonly missing?: readonly TextLine[] | undefined;
  /** The track the dots sit on, from the start to the end of the axis. */
  readonly track: { readonly x1: number; readonly x2: number };
  /** The box round the whole reading (both dots, values and whiskers), or round the words of a row without both values. */
  readonly focus: Box;
  /**
   * What the arrow keys move between along a row with both values: its "from" end, then its "to" end, each with the
   * box its focus ring goes round (the dot, its value and its whisker). Empty for a row without both values.
   */
  readonly ends: readonly { readonly end: 'from' | 'to'; readonly focus: Box }[];
}

export interface Whisker {
  readonly end: 'from' | 'to';
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

/**
 * One row's dumbbell centred on `y`: the dots, the line and arrow head between them, the whiskers, the value labels
 * on the sides `sides` gives, and the focus ring around all of it. A row missing either value gets its words
 * (`missingLines`) written from the start of the axis instead.
 */
export function dumbbell(
  row: ChangeRowInput,
  index: number,
  y: number,
  scale: LinearScale,
  sides: readonly ValueSide[],
  change: DumbbellGeometry['change'],
  missingLines: readonly string[],
  measure: TextMeasurer,
): DumbbellGeometry {
  const [start, stop] = scale.range;
  const track = { x1: start, x2: stop };
  const baseline = y + VALUE_STYLE.size * 0.35;
  if (row.from === null || row.to === null) {
    const top = y - (missingLines.length * LINE_HEIGHT) / 2;
    const textWidth = widestText(missingLines, measure, VALUE_STYLE);
    return {
      row: index,
      y,
      fromX: null,
      toX: null,
      toRadius: 0,
      direction: 'same',
      values: [],
      change,
      whiskers: [],
      missing: missingLines.map((text, i) => ({ text, x: start, y: top + i * LINE_HEIGHT + LINE_HEIGHT / 2 + VALUE_STYLE.size * 0.35 })),
      track,
      focus: { x: start - 4, y: top - 3, width: textWidth + 8, height: missingLines.length * LINE_HEIGHT + 6 },
      ends: [],
    };
  }
  const fromX = scale(row.from);
  const toX = scale(row.to);
  const direction = row.to > row.from ? 'up' : row.to < row.from ? 'down' : 'same';
  const distance = Math.abs(toX - fromX);
  const sign = toX >= fromX ? 1 : -1;
  let line: DumbbellGeometry['line'];
  let arrow: string | undefined;
  if (distance >= 2 * DOT_RADIUS + ARROW_LENGTH + 1) {
    const tip = toX - sign * DOT_RADIUS;
    const base = tip - sign * ARROW_LENGTH;
    line = { x1: fromX + sign * (DOT_RADIUS + 1), x2: base + sign * 0.5 };
    arrow = `${round(tip)},${round(y)} ${round(base)},${round(y - ARROW_HALF_WIDTH)} ${round(base)},${round(y + ARROW_HALF_WIDTH)}`;
  } else if (distance > 2 * DOT_RADIUS + 2) {
    line = { x1: fromX + sign * (DOT_RADIUS + 1), x2: toX - sign * DOT_RADIUS };
  }
  const whiskers: Whisker[] = [];
  if (row.fromRange) whiskers.push({ end: 'from', x1: scale(row.fromRange.low), x2: scale(row.fromRange.high), y: y - WHISKER_OFFSET });
  if (row.toRange) whiskers.push({ end: 'to', x1: scale(row.toRange.low), x2: scale(row.toRange.high), y: y + WHISKER_OFFSET });
  // Value labels sit outside the dots and outside every whisker of the row.
  const leftmost = Math.min(...whiskers.map((w) => w.x1 - 1));
  const rightmost = Math.max(...whiskers.map((w) => w.x2 + 1));
  const values = sides.map(({ side, end }) => {
    const x = end === 'from' ? fromX : toX;
    return {
      text: end === 'from' ? row.fromText : row.toText,
      x: side === 'left' ? Math.min(x - DOT_RADIUS, leftmost) - VALUE_GAP : Math.max(x + DOT_RADIUS, rightmost) + VALUE_GAP,
      y: baseline,
      anchor: side === 'left' ? ('end' as const) : ('start' as const),
      end,
    };
  });
  // The whole reading's ring frames both dots, both values and any whiskers; an end's, its own dot, value and whisker.
  const extentsOf = (ends: readonly ('from' | 'to')[]) => {
    const extents = ends.flatMap((end) => {
      const x = end === 'from' ? fromX : toX;
      return [x - DOT_RADIUS - 1, x + DOT_RADIUS + 1, ...whiskers.filter((w) => w.end === end).flatMap((w) => [w.x1 - 1, w.x2 + 1])];
    });
    for (const value of values.filter((value) => ends.includes(value.end))) {
      const w = measure(value.text, VALUE_STYLE);
      extents.push(value.anchor === 'end' ? value.x - w : value.x + w);
    }
    return [Math.min(...extents) - 4, Math.max(...extents) + 4] as const;
  };
  const band = whiskers.length
    ? { y: y - WHISKER_OFFSET - WHISKER_CAP - 2, height: 2 * (WHISKER_OFFSET + WHISKER_CAP + 2) }
    : { y: y - DOT_RADIUS - 5, height: 2 * DOT_RADIUS + 11 };
  const box = ([low, high]: readonly [number, number]): Box => ({ x: low, width: high - low, ...band });
  return {
    row: index,
    y,
    fromX,
    toX,
    // On top of the hollow dot (no change, or nearly none) the filled dot shrinks so the ring around it still shows.
    toRadius: distance < 3 ? SMALL_DOT_RADIUS : DOT_RADIUS - 1,
    direction,
    line,
    arrow,
    values,
    change,
    whiskers,
    track,
    focus: box(extentsOf(['from', 'to'])),
    ends: (['from', 'to'] as const).map((end) => ({ end, focus: box(extentsOf([end])) })),
  };
}
