import type { Box } from '../layout/geometry.js';

/** A label to place beside a point: its size, and how far from the point it sits. */
export interface LabelToPlace {
  /** The point it belongs to. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Space between the point and the label's nearest edge. */
  readonly gap: number;
}

/** Where a label went: its box, and whether it sits above or below its point. */
export interface PlacedLabel extends Box {
  readonly side: 'above' | 'below';
}

/** How many label heights a label may be stacked away from its point when both nearest places are taken. */
const MAX_STACK = 3;

/** Whether two boxes overlap, or come nearer than `margin`. */
export const overlaps = (a: Box, b: Box, margin = 0): boolean =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

/**
 * Places labels beside their points so that none covers a mark (`obstacles`) or another label, and none leaves
 * `bounds`: above its point first, then below (flipped at the top and bottom edges), then stacked further away, a
 * label's height at a time. Each is centred on its point and slid sideways to stay inside at the left and right
 * edges. Labels are placed in the order given, so put the ones that matter most first; a label that finds no place
 * is undefined in the answer, for the caller to drop or show another way. Pure: no DOM.
 */
export function placeLabels(
  labels: readonly LabelToPlace[],
  obstacles: readonly Box[],
  bounds: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number },
  margin = 2,
  maxStack = MAX_STACK,
): (PlacedLabel | undefined)[] {
  const taken: Box[] = [...obstacles];
  return labels.map((label) => {
    const x = Math.min(Math.max(label.x - label.width / 2, bounds.left), bounds.right - label.width);
    const candidates: PlacedLabel[] = [];
    for (let step = 0; step <= maxStack; step++) {
      const away = label.gap + step * label.height;
      candidates.push({ side: 'above', x, y: label.y - away - label.height, width: label.width, height: label.height });
      candidates.push({ side: 'below', x, y: label.y + away, width: label.width, height: label.height });
    }
    const inside = (box: Box) =>
      x >= bounds.left - 0.5 && box.y >= bounds.top && box.y + box.height <= bounds.bottom && box.x + box.width <= bounds.right + 0.5;
    const found = candidates.find((box) => inside(box) && !taken.some((other) => overlaps(box, other, margin)));
    if (found) taken.push(found);
    return found;
  });
}
