import type { AnnotationGeometry, RangeGeometry, ReferenceGeometry } from '../core/annotations/annotation-geometry.js';
import type { RangeSpec, ReferenceSpec } from '../core/annotations/annotation-spec.js';
import type { MatchedNote } from '../core/annotations/match-notes.js';
import { layoutNotes, NOTE_LINE, NOTE_STYLE, type NoteAnchor } from '../core/annotations/note-layout.js';
import { overlaps } from '../core/annotations/place-labels.js';
import { round, type Box } from '../core/layout/geometry.js';
import type { TextMeasurer } from '../core/layout/measure-text.js';
import { problem, type Problem } from '../core/problems.js';
import type { TrendGeometry } from './trend-layout.js';

/** Room above the plot for notes (two lines) and for the words of shaded ranges. */
export const NOTE_HEADROOM = 2 * NOTE_LINE + 4;
export const RANGE_HEADROOM = NOTE_LINE + 2;

export interface TrendAnnotationInput {
  readonly geometry: TrendGeometry;
  readonly order: readonly number[];
  readonly notes: readonly MatchedNote[];
  readonly references: readonly ReferenceSpec[];
  readonly ranges: readonly (RangeSpec & { readonly fromRow: number; readonly toRow: number })[];
  /** The y domain, to place reference lines. */
  readonly lower: number;
  readonly upper: number;
  /** A value as written on a reference line's label ("50%"). */
  readonly valueText: (value: number) => string;
  readonly measure: TextMeasurer;
  readonly problems: Problem[];
  /** The axis attribute that would bring an off-axis line in (`y-max` or `y-min`), for the problem's fix. */
  readonly fixFor: (value: number) => string;
  /** The room left above the plot for notes (see `NOTE_HEADROOM`): they stay below the key. */
  readonly headroom: number;
  /** Other words on the plot that notes keep off (the missing waves' words). */
  readonly taken?: readonly Box[];
}

/** Boxes along a line between points, so that notes keep off the lines as well as the markers. */
function lineBoxes(points: readonly { x: number; y: number }[]): Box[] {
  const boxes: Box[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const steps = Math.min(60, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 6));
    for (let s = 1; s < steps; s++) {
      const t = s / steps;
      boxes.push({ x: a.x + (b.x - a.x) * t - 1.5, y: a.y + (b.y - a.y) * t - 1.5, width: 3, height: 3 });
    }
  }
  return boxes;
}

/**
 * Lays out what the author asked a trend to say: shaded ranges of waves (words above the plot), reference lines
 * across it (words at its right end, above the line), and notes beside their points, away from the markers, lines,
 * line-end labels and each other, or numbered markers on a narrow chart. A reference line off the axis is reported.
 */
export function trendAnnotations(input: TrendAnnotationInput): AnnotationGeometry & { readonly obstacles: readonly Box[] } {
  const { geometry: g, order, measure } = input;
  const { plot } = g;
  const xByRow = new Map(order.map((row, i) => [row, g.waveTicks[i]!.x]));
  const yOf = (value: number) => plot.bottom - ((value - input.lower) / (input.upper - input.lower || 1)) * (plot.bottom - plot.top);

  const ranges: RangeGeometry[] = input.ranges.map((range) => {
    const at = (row: number) => order.indexOf(row);
    const [first, last] = [at(range.fromRow), at(range.toRow)].sort((a, b) => a - b) as [number, number];
    const x = (i: number) => g.waveTicks[i]?.x;
    // Half way to the neighbouring waves, so that a range of one wave is a band around it.
    const left = Math.max(plot.left, (x(first)! + (x(first - 1) ?? x(first)! - 16)) / 2);
    const right = Math.min(plot.right, (x(last)! + (x(last + 1) ?? x(last)! + 16)) / 2);
    const box = { x: round(left), y: plot.top, width: round(right - left), height: plot.bottom - plot.top };
    return range.text ? { box, label: { text: range.text, x: round(left + 2), y: plot.top - 4, anchor: 'start' as const } } : { box };
  });

  const marks: Box[] = [
    ...g.series.flatMap((s) => s.points.map((p) => ({ x: p.x - 7, y: p.y - 7, width: 14, height: 14 }))),
    // Lines of a few hundred points at most: beyond that notes may touch a line, never a marker.
    ...(order.length <= 200 ? g.series.flatMap((s) => lineBoxes(s.points)) : []),
  ];
  const references: ReferenceGeometry[] = input.references.flatMap((reference) => {
    if (reference.value < input.lower || reference.value > input.upper) {
      const [value, low, high] = [reference.value, input.lower, input.upper].map(input.valueText) as [string, string, string];
      const fix = input.fixFor(reference.value);
      input.problems.push(problem('reference', (m) => m.referenceOffAxis(value, low, high, fix)));
      return [];
    }
    const y = round(yOf(reference.value));
    const text = reference.text ? `${reference.text}: ${input.valueText(reference.value)}` : input.valueText(reference.value);
    const width = measure(text, NOTE_STYLE);
    // The words above the line at its right end, else below it, else at its left end: wherever no mark is.
    const places = [
      { x: plot.right - 2 - width, below: false },
      { x: plot.right - 2 - width, below: true },
      { x: plot.left + 4, below: false },
      { x: plot.left + 4, below: true },
    ].map(({ x, below }) => ({ x, y: below ? y + 3 : y - 4 - NOTE_STYLE.size, width, height: NOTE_STYLE.size + 2 }));
    const labelBox = places.find((box) => !marks.some((mark) => overlaps(box, mark))) ?? places[0]!;
    return [
      {
        x1: plot.left,
        x2: plot.right,
        y1: y,
        y2: y,
        label: { text, x: round(labelBox.x), y: round(labelBox.y + NOTE_STYLE.size), anchor: 'start' as const },
        labelBox,
      },
    ];
  });

  const obstacles: Box[] = [
    ...marks,
    ...(input.taken ?? []),
    ...g.series.map((s) => ({ x: plot.right, y: s.label.top, width: g.width - plot.right, height: s.label.bottom - s.label.top })),
    ...references.flatMap((r) => (r.labelBox ? [r.labelBox] : [])),
    ...ranges.flatMap((r) => (r.label ? [{ x: r.label.x, y: r.label.y - NOTE_STYLE.size, width: measure(r.label.text, NOTE_STYLE), height: NOTE_LINE }] : [])),
  ];

  // A note on a wave sits by the highest point there (or on the baseline, for a wave without figures).
  const anchors: NoteAnchor[] = input.notes.map((note, i) => {
    const points = g.series.filter((s) => note.series === undefined || s.index === note.series).flatMap((s) => s.points.filter((p) => p.row === note.row));
    const y = points.length ? Math.min(...points.map((p) => p.y)) : plot.bottom;
    return { number: i + 1, text: note.text, place: note.place, x: xByRow.get(note.row) ?? plot.left, y };
  });
  const { notes, collapsed } = layoutNotes(
    anchors,
    obstacles,
    { left: plot.left, right: plot.right, top: plot.top - input.headroom, bottom: plot.bottom - 2 },
    measure,
    g.width,
  );
  const placed = notes.flatMap((note) => (note.box ? [note.box] : note.marker ? [{ x: note.marker.x - 8, y: note.marker.y - 8, width: 16, height: 16 }] : []));
  return { ranges, references, notes, collapsed, obstacles: [...obstacles, ...placed] };
}
