import type { PointBox } from '../chart-context.js';

/** Room a tooltip of two short lines needs above or below its mark, with the gap between them. */
const ROOM = 60;
const GAP = 8;

/**
 * Where a point's tooltip goes (renderTooltip draws it), as CSS: beside its mark and never on it, above it where there
 * is room, else below, else beside. It is shifted sideways in proportion to where the mark is across the chart (not at
 * all at the left edge, by its whole width at the right), so it never leaves the chart. No Lit: it loads with the code
 * that shows a tooltip (point-interaction.ts), after the first paint.
 */
export function tooltipPlace(box: PointBox, width: number, height: number): string {
  const centre = box.x + box.width / 2;
  const across = Math.round(Math.min(Math.max(centre / width, 0), 1) * 100);
  return box.y >= ROOM
    ? `left:${centre}px;top:${box.y - GAP}px;transform:translate(-${across}%,-100%)`
    : height - box.y - box.height >= ROOM
      ? `left:${centre}px;top:${box.y + box.height + GAP}px;transform:translateX(-${across}%)`
      : centre < width / 2
        ? `left:${box.x + box.width + GAP}px;top:${box.y + box.height / 2}px;transform:translateY(-50%)`
        : `left:${box.x - GAP}px;top:${box.y + box.height / 2}px;transform:translate(-100%,-50%)`;
}
