import { round, type Box } from '../layout/geometry.js';
import type { TextMeasurer } from '../layout/measure-text.js';
import { wrapText } from '../layout/wrap-text.js';
import type { NoteGeometry } from './annotation-geometry.js';
import { placeLabels } from './place-labels.js';

/** Notes are secondary text, but never below 12 px (guidance R27). */
export const NOTE_STYLE = { size: 12, weight: 400 } as const;
export const NOTE_LINE = 15;
/** Below this chart width notes are numbered markers with their words under the chart (the 360 px bucket). */
export const NARROW_NOTES = 480;
const MAX_NOTE_LINES = 3;
const MAX_NOTE_WIDTH = 150;
/** Space between a point and its note, room for the leader line. */
const NOTE_GAP = 12;
export const MARKER_RADIUS = 8;

/** A note to place: its number, words, place and the point it belongs to. */
export interface NoteAnchor {
  readonly number: number;
  readonly text: string;
  readonly place: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Lays out notes beside their points: wrapped to a few short lines, above the point where there is room, else below,
 * else stacked further away, never over a mark (`obstacles`) or another note. On a narrow chart, or when any note
 * finds no place, every note becomes a numbered marker beside its point instead (`collapsed`), for the words to be
 * listed under the chart: numbers in the same order on the chart and in the list.
 */
export function layoutNotes(
  anchors: readonly NoteAnchor[],
  obstacles: readonly Box[],
  bounds: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number },
  measure: TextMeasurer,
  width: number,
): { notes: NoteGeometry[]; collapsed: boolean } {
  if (!anchors.length) return { notes: [], collapsed: false };
  const maxWidth = Math.min(MAX_NOTE_WIDTH, (bounds.right - bounds.left) / 2);
  if (width >= NARROW_NOTES) {
    const wrapped = anchors.map((a) => wrapText(a.text, maxWidth, measure, NOTE_STYLE, MAX_NOTE_LINES));
    const sizes = wrapped.map((lines) => ({
      width: Math.ceil(Math.max(...lines.map((line) => measure(line, NOTE_STYLE)))) + 4,
      height: lines.length * NOTE_LINE + 2,
    }));
    const placed = placeLabels(
      anchors.map((a, i) => ({ x: a.x, y: a.y, ...sizes[i]!, gap: NOTE_GAP })),
      obstacles,
      bounds,
    );
    if (placed.every(Boolean)) {
      const notes = anchors.map((a, i) => {
        const box = placed[i]!;
        const edge = box.side === 'above' ? box.y + box.height : box.y;
        const leaderX = Math.min(Math.max(a.x, box.x + 2), box.x + box.width - 2);
        return {
          number: a.number,
          text: a.text,
          place: a.place,
          box: { x: round(box.x), y: round(box.y), width: box.width, height: box.height },
          lines: wrapped[i]!.map((text, l) => ({ text, x: round(box.x + 2), y: round(box.y + (l + 1) * NOTE_LINE - 3) })),
          leader: {
            x1: round(a.x),
            y1: round(a.y + (box.side === 'above' ? -7 : 7)),
            x2: round(leaderX),
            y2: round(edge + (box.side === 'above' ? 1 : -1)),
          },
        };
      });
      return { notes, collapsed: false };
    }
  }
  // Numbered markers: beside the point where there is room, on it at worst (the number is still read in the list).
  const size = MARKER_RADIUS * 2;
  const placed = placeLabels(
    anchors.map((a) => ({ x: a.x, y: a.y, width: size, height: size, gap: 9 })),
    obstacles,
    bounds,
    1,
  );
  const notes = anchors.map((a, i) => {
    const box = placed[i] ?? { x: a.x - MARKER_RADIUS, y: a.y - 9 - size, width: size, height: size };
    return {
      number: a.number,
      text: a.text,
      place: a.place,
      lines: [],
      marker: { x: round(box.x + MARKER_RADIUS), y: round(box.y + MARKER_RADIUS), r: MARKER_RADIUS },
    };
  });
  return { notes, collapsed: true };
}
