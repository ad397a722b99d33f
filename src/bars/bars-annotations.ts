import type { NoteGeometry } from '../core/annotations/annotation-geometry.js';
import { MARKER_RADIUS, NARROW_NOTES, NOTE_STYLE } from '../core/annotations/note-layout.js';
import { round } from '../core/layout/geometry.js';
import type { TextMeasurer } from '../core/layout/measure-text.js';
import type { BarsGeometry } from './bars-layout.js';
import { VALUE_STYLE } from './bars-layout.js';

/** Room a numbered marker needs right of a value label: the gap and the marker. */
export const MARKER_ROOM = 2 * MARKER_RADIUS + 8;
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
 * line (a wide chart); undefined when they do not, for the chart to be laid out again with `MARKER_ROOM` kept right
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
