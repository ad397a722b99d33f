import { round, stackLines, type Box, type TextLine } from '../core/layout/geometry.js';
import { widestText, type TextMeasurer } from '../core/layout/measure-text.js';
import { wrapText } from '../core/layout/wrap-text.js';
import type { WaffleShape } from './waffle-messages.js';

/** Key text: 14 px, never below 12 px (guidance R27). */
export const LEGEND_STYLE = { size: 14, weight: 400 } as const;
const LINE_HEIGHT = 18;
/** Size of the shape beside each key entry. */
export const SWATCH = 14;
const SWATCH_GAP = 8;
const ITEM_GAP_X = 20;
const ITEM_GAP_Y = 6;
/** Space between a key above the grid and the grid. */
const LEGEND_GAP = 12;
/** Space between the grid and a key beside it, and the narrowest key worth putting there. */
const SIDE_GAP = 24;
const SIDE_MIN = 200;
const SIDE_MAX = 480;
/**
 * Room on every side of the grid and the key for the focus ring, which is drawn outside the shapes: FOCUS_PAD and half
 * the ring's 6 px outer stroke, so that no container clips it (issue 17 item 8).
 */
export const RING_ROOM = 6;
/** How far the focus ring stands off the shapes it surrounds. */
export const FOCUS_PAD = 3;
/** Shapes stop growing here: a unit chart is counted, not admired. */
export const MAX_CELL = 24;
/** The smallest shape for each kind: squares and circles stay visible at 6 px, a person needs 12 px to read as one. */
export const MIN_CELL: Readonly<Record<WaffleShape, number>> = { square: 6, circle: 6, person: 12 };
/** Up to this many shapes sit in one row ("1 in 10" as a line of ten). */
const ONE_ROW_UP_TO = 12;

export interface WaffleLayoutInput {
  /** How many shapes: the whole (`of`). */
  readonly total: number;
  /** Shapes for each filled category, in order. Whatever is left of `total` is the rest, drawn last. */
  readonly counts: readonly number[];
  /** Key text for each category, and for the rest when there is one ("Sufficient: 36"). */
  readonly legend: readonly string[];
  readonly width: number;
  readonly shape: WaffleShape;
  readonly measure: TextMeasurer;
}

export interface WaffleCell {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** Index into the categories; the rest is `counts.length`. */
  readonly category: number;
  readonly rest: boolean;
}

export interface LegendEntry {
  readonly category: number;
  readonly rest: boolean;
  readonly swatch: { readonly x: number; readonly y: number; readonly size: number };
  readonly lines: readonly TextLine[];
  /** The entry's extent (swatch and text), for the focus ring. */
  readonly box: Box;
}

export interface WaffleGeometry {
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  readonly rows: number;
  readonly cell: number;
  readonly gap: number;
  /** `top` on phones and wherever the key does not fit beside the grid. */
  readonly legendPlacement: 'top' | 'side';
  readonly grid: Box;
  readonly cells: readonly WaffleCell[];
  readonly legend: readonly LegendEntry[];
  /** One SVG path per category (the rest last): around its shapes and its key entry, for the focus ring. */
  readonly outlines: readonly string[];
}

/**
 * Columns for a grid of `total` shapes on a wide screen: a complete rectangle close to a square when `total` has a
 * divisor between √total and 1.5 √total (100 → 10 × 10, 108 → 12 × 9, 50 → 10 × 5), otherwise ⌈√total⌉ columns
 * with a shorter last row. Up to 12 shapes make one row.
 */
export function preferredColumns(total: number): number {
  if (total <= ONE_ROW_UP_TO) return Math.max(1, total);
  const root = Math.sqrt(total);
  for (let columns = Math.ceil(root); columns <= Math.floor(root * 1.5); columns++) {
    if (total % columns === 0) return columns;
  }
  return Math.ceil(root);
}

/**
 * Columns, shape size and gap for `total` shapes in `width` px: the preferred columns, fewer when the shapes would
 * be smaller than the shape's minimum. Gaps are 3 px between shapes of 16 px or more, 2 px from 10 px, 1 px below,
 * so neighbouring colours never touch (WCAG 1.4.11 asks for a separator where they do not contrast 3:1).
 */
export function gridSize(total: number, width: number, shape: WaffleShape): { columns: number; cell: number; gap: number } {
  const min = MIN_CELL[shape];
  const fit = Math.max(1, Math.floor((width + 1) / (min + 1)));
  const columns = Math.min(preferredColumns(total), fit);
  for (const [gap, from] of [
    [3, 16],
    [2, 10],
  ] as const) {
    const cell = Math.min(MAX_CELL, Math.floor((width - (columns - 1) * gap) / columns));
    if (cell >= Math.max(from, min)) return { columns, cell, gap };
  }
  // `fit` was worked out with 1 px gaps, so the shapes are at least the minimum here (unless width is below it).
  return { columns, cell: Math.max(min, Math.min(MAX_CELL, Math.floor((width - (columns - 1)) / columns))), gap: 1 };
}

/**
 * Pure geometry for a unit chart: a grid that keeps the natural denominator (one shape per unit, filled in reading
 * order category by category, the rest last) and a key, beside the grid when there is room and above it otherwise.
 * No DOM: text widths come from `measure`.
 */
export function waffleLayout(input: WaffleLayoutInput): WaffleGeometry {
  const { total, counts, width, shape } = input;
  const { columns, cell, gap } = gridSize(total, width - 2 * RING_ROOM, shape);
  const rows = Math.ceil(total / columns);
  const step = cell + gap;
  const gridWidth = columns * cell + (columns - 1) * gap;
  const gridHeight = rows * cell + (rows - 1) * gap;

  const sideRoom = width - 2 * RING_ROOM - gridWidth - SIDE_GAP;
  const side = sideRoom >= SIDE_MIN;
  const legendX = RING_ROOM + (side ? gridWidth + SIDE_GAP : 0);
  const legendWidth = side ? Math.min(SIDE_MAX, sideRoom) : width - 2 * RING_ROOM;
  const legendTop = RING_ROOM;
  const { entries, height: legendHeight } = legendLayout(input, legendX, legendTop, legendWidth, side);

  const gridY = side ? RING_ROOM : legendTop + legendHeight + LEGEND_GAP;
  const grid: Box = { x: RING_ROOM, y: gridY, width: gridWidth, height: gridHeight };

  const cells: WaffleCell[] = [];
  const starts: number[] = [];
  let index = 0;
  const categoryCounts = [...counts, Math.max(0, total - counts.reduce((a, b) => a + b, 0))];
  categoryCounts.forEach((count, category) => {
    starts.push(index);
    for (let i = 0; i < count && index < total; i++, index++) {
      cells.push({
        x: RING_ROOM + (index % columns) * step,
        y: gridY + Math.floor(index / columns) * step,
        size: cell,
        category,
        rest: category === counts.length,
      });
    }
  });

  const outlines = entries.map((entry) => {
    const start = starts[entry.category] ?? 0;
    const end = start + (categoryCounts[entry.category] ?? 0);
    return `${regionPath(start, end, columns, gridY, cell, gap, RING_ROOM)}${boxPath(entry.box)}`;
  });

  const bottom = Math.max(gridY + gridHeight + RING_ROOM, side ? legendTop + legendHeight + RING_ROOM : 0);
  return {
    width,
    height: Math.ceil(bottom),
    columns,
    rows,
    cell,
    gap,
    legendPlacement: side ? 'side' : 'top',
    grid,
    cells,
    legend: entries,
    outlines,
  };
}

/** Key entries in one row when they fit, otherwise one under another, each wrapped to the room it has. */
function legendLayout(input: WaffleLayoutInput, x0: number, y0: number, width: number, side: boolean): { entries: LegendEntry[]; height: number } {
  const { legend, counts, measure } = input;
  const textRoom = Math.max(40, width - SWATCH - SWATCH_GAP);
  const natural = legend.map((text) => measure(text, LEGEND_STYLE));
  const oneRow = !side && natural.reduce((sum, w) => sum + SWATCH + SWATCH_GAP + w, 0) + ITEM_GAP_X * (legend.length - 1) <= width;
  const entries: LegendEntry[] = [];
  let x = x0;
  let y = y0;
  legend.forEach((text, category) => {
    const lines = oneRow ? [text] : wrapText(text, textRoom, measure, LEGEND_STYLE);
    const textWidth = widestText(lines, measure, LEGEND_STYLE);
    const height = lines.length * LINE_HEIGHT;
    const textX = x + SWATCH + SWATCH_GAP;
    entries.push({
      category,
      rest: category === counts.length,
      swatch: { x, y: y + (LINE_HEIGHT - SWATCH) / 2, size: SWATCH },
      lines: stackLines(lines, textX, y, LINE_HEIGHT, LEGEND_STYLE.size),
      box: { x, y, width: SWATCH + SWATCH_GAP + textWidth, height },
    });
    if (oneRow) x = textX + textWidth + ITEM_GAP_X;
    else y += height + ITEM_GAP_Y;
  });
  const height = oneRow ? LINE_HEIGHT : Math.max(0, y - y0 - ITEM_GAP_Y);
  return { entries, height };
}

/**
 * The outline around shapes `start` … `end - 1` of a grid filled in reading order: a rectangle within one row, two
 * rectangles for a run that wraps without overlapping, otherwise one eight-cornered shape (like a text selection).
 * The grid's first column starts at `left`.
 */
export function regionPath(start: number, end: number, columns: number, top: number, cell: number, gap: number, left = 0): string {
  if (end <= start) return '';
  const step = cell + gap;
  const r0 = Math.floor(start / columns);
  const c0 = start % columns;
  const r1 = Math.floor((end - 1) / columns);
  const c1 = (end - 1) % columns;
  const leftOf = (c: number) => round(left + c * step - FOCUS_PAD);
  const right = (c: number) => round(left + c * step + cell + FOCUS_PAD);
  const upper = (r: number) => round(top + r * step - FOCUS_PAD);
  const lower = (r: number) => round(top + r * step + cell + FOCUS_PAD);
  const rect = (x1: number, y1: number, x2: number, y2: number) => `M${x1} ${y1}H${x2}V${y2}H${x1}Z`;
  if (r0 === r1) return rect(leftOf(c0), upper(r0), right(c1), lower(r0));
  if (r1 === r0 + 1 && c1 < c0) return rect(leftOf(c0), upper(r0), right(columns - 1), lower(r0)) + rect(leftOf(0), upper(r1), right(c1), lower(r1));
  const belowFirst = round(top + r0 * step + cell + gap / 2);
  const aboveLast = round(top + r1 * step - gap / 2);
  return `M${leftOf(c0)} ${upper(r0)}H${right(columns - 1)}V${aboveLast}H${right(c1)}V${lower(r1)}H${leftOf(0)}V${belowFirst}H${leftOf(c0)}Z`;
}

function boxPath({ x, y, width, height }: Box): string {
  const x1 = round(x - FOCUS_PAD);
  const y1 = round(y - FOCUS_PAD + 1);
  return `M${x1} ${y1}H${round(x + width + FOCUS_PAD)}V${round(y + height + FOCUS_PAD - 1)}H${x1}Z`;
}

/**
 * A person, drawn in a 24 × 24 box: a round head over rounded shoulders. Scaled to the shape size with an SVG
 * `transform` attribute (no inline style, so strict CSP holds) and drawn from this constant only: no external assets.
 */
export const PERSON_PATH = 'M12 1a5 5 0 1 1 0 10a5 5 0 1 1 0-10zM3.5 23v-5.5a5.5 5.5 0 0 1 5.5-5.5h6a5.5 5.5 0 0 1 5.5 5.5v5.5z';
