import type { NoteGeometry } from '../core/annotations/annotation-geometry.js';
import { MARKER_RADIUS, NARROW_NOTES, NOTE_STYLE } from '../core/annotations/note-layout.js';
import { round } from '../core/layout/geometry.js';
import type { TextMeasurer } from '../core/layout/measure-text.js';
import type { ValueAxisGeometry } from '../core/annotations/value-axis.js';
import type { BarGeometry, BarsGeometry } from './bars-layout.js';
import { VALUE_STYLE } from './bars-layout.js';
import { TICK_STYLE } from '../core/layout/axis-ticks.js';

const NOTE_GAP = 8;

/** A note matched to a bar (by index into the geometry's bars). */
export interface BarNote {
  readonly bar: number;
  readonly number: number;
  readonly text: string;
  readonly place: string;
}

/**
 * Notes on bars, on the bar's own row: the words right after its value label when every note fits there on one
 * line (a wide chart); undefined when they do not, for the chart to be laid out again with room kept right
 * of the values and the notes drawn `collapsed`: a numbered marker after each value label, the words listed under
 * the chart. Pure: no DOM.
 */
export function barNotes(
  notes: readonly BarNote[],
  g: BarsGeometry,
  measure: TextMeasurer,
  collapsed: boolean,
): { notes: NoteGeometry[]; collapsed: boolean } | undefined {
  if (!notes.length) return { notes: [], collapsed: false };
  const ends = notes.map((note) => {
    const bar = g.bars[note.bar]!;
    // A negative bar's value sits left of it: its note starts after the bar, at zero.
    const end = bar.label.anchor === 'start' ? bar.label.x + measure(bar.label.text, VALUE_STYLE) : bar.x + bar.width;
    return { end, middle: bar.y + bar.height / 2 };
  });
  const fits = g.width >= NARROW_NOTES && notes.every((note, i) => ends[i]!.end + NOTE_GAP + measure(note.text, NOTE_STYLE) <= g.width);
  if (!collapsed) {
    if (!fits) return undefined;
    return {
      collapsed: false,
      notes: notes.map((note, i) => {
        const { end, middle } = ends[i]!;
        const width = measure(note.text, NOTE_STYLE);
        const x = round(end + NOTE_GAP);
        return {
          number: note.number,
          text: note.text,
          place: note.place,
          lines: [{ text: note.text, x, y: round(middle + NOTE_STYLE.size * 0.35) }],
          box: { x, y: round(middle - NOTE_STYLE.size / 2), width, height: NOTE_STYLE.size },
        };
      }),
    };
  }
  return {
    collapsed: true,
    notes: notes.map((note, i) => {
      const { end, middle } = ends[i]!;
      return {
        number: note.number,
        text: note.text,
        place: note.place,
        lines: [],
        marker: { x: round(end + 6 + MARKER_RADIUS), y: round(middle), r: MARKER_RADIUS },
      };
    }),
  };
}

/**
 * Bars laid out `dy` lower, leaving room above them for the words of reference lines. Pure: every position moves
 * alike, so the chart's own layout need not know of reference lines.
 */
export function movedDown(g: BarsGeometry, dy: number): BarsGeometry {
  if (!dy) return g;
  const down = <T extends { readonly y: number }>(item: T): T => ({ ...item, y: item.y + dy });
  return {
    ...g,
    height: g.height + dy,
    labels: g.labels.map((lines) => lines.map(down)),
    bars: g.bars.map((bar) => ({ ...down(bar), label: down(bar.label), ...(bar.errorBar ? { errorBar: down(bar.errorBar) } : {}) })),
    lineSpans: g.lineSpans.map((span) => ({ top: span.top + dy, bottom: span.bottom + dy })),
    plotTop: g.plotTop + dy,
    plotBottom: g.plotBottom + dy,
    ticks: g.ticks.map(down),
    ...(g.target ? { target: { ...g.target, label: down(g.target.label) } } : {}),
  };
}

/**
 * Laid-out bars as a value axis for reference lines: the scale read back from the bars (a bar's length is its value
 * times the scale's slope, from zero) and the axis's ends from its ticks and bars (the last tick is always its end).
 * The lines' words go above the target's label when there is one. Undefined when no bar or target has a length.
 */
export function barsValueAxis(
  g: BarsGeometry,
  valueOf: (bar: BarGeometry) => number | null,
  target: number | undefined,
): (BarsGeometry & ValueAxisGeometry) | undefined {
  const lengths = g.bars.flatMap((bar) => {
    const value = valueOf(bar);
    return value ? [{ size: Math.abs(value), pixels: bar.width }] : [];
  });
  const longest = lengths.sort((a, b) => b.size - a.size)[0];
  const slope = longest ? longest.pixels / longest.size : target && g.target ? (g.target.x - g.zeroX) / target : 0;
  if (!slope || !Number.isFinite(slope)) return undefined;
  const xs = [g.zeroX, ...g.ticks.map((tick) => tick.x), ...g.bars.flatMap((bar) => [bar.x, bar.x + bar.width])];
  const range = [Math.min(...xs), Math.max(...xs)] as const;
  // Rounded, so that a line at the axis's end (100%) is on it.
  const valueAt = (x: number) => Math.round(((x - g.zeroX) / slope) * 1e6) / 1e6;
  return {
    ...g,
    domain: [valueAt(range[0]), valueAt(range[1])],
    range,
    ...(g.target ? { wordsTop: g.target.label.y - TICK_STYLE.size } : {}),
  };
}
