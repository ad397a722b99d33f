import { placeLabels } from '../core/annotations/place-labels.js';
import { round, type Box, type TextLine } from '../core/layout/geometry.js';
import type { TextMeasurer } from '../core/layout/measure-text.js';

/** What `labels` asks for: every value written beside its point, only the line ends (default), or none. */
export const LABEL_CHOICES = ['ends', 'all', 'none'] as const;
export type LabelChoice = (typeof LABEL_CHOICES)[number];

/** Values beside points are smaller than the line-end values, and never below 12 px (guidance R27). */
export const POINT_LABEL_STYLE = { size: 12, weight: 700 } as const;

/** A point that may get its value written beside it. */
export interface PointToLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** First points of a series and annotated points are placed first, so they are the last to be dropped. */
  readonly keep: boolean;
}

/**
 * `labels="all"`: each value written just above its point (or below, where a mark, a line or another label is in
 * the way). A label that finds no place is dropped, the points that matter most (`keep`) being placed first; the
 * rest keep their order along the line. Answers the labels kept, in the order given.
 */
export function pointLabels(
  points: readonly PointToLabel[],
  obstacles: readonly Box[],
  bounds: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number },
  measure: TextMeasurer,
): (TextLine & { readonly anchor: 'middle' })[] {
  const order = points.map((_, i) => i).sort((a, b) => Number(points[b]!.keep) - Number(points[a]!.keep) || a - b);
  const height = POINT_LABEL_STYLE.size + 2;
  const placed = placeLabels(
    order.map((i) => {
      const p = points[i]!;
      return { x: p.x, y: p.y, width: Math.ceil(measure(p.text, POINT_LABEL_STYLE)) + 2, height, gap: 9 };
    }),
    obstacles,
    bounds,
    1,
    0,
  );
  const byPoint = new Map(order.map((i, k) => [i, placed[k]]));
  return points.flatMap((p, i) => {
    const box = byPoint.get(i);
    return box ? [{ text: p.text, x: round(box.x + box.width / 2), y: round(box.y + height - 3), anchor: 'middle' as const }] : [];
  });
}
