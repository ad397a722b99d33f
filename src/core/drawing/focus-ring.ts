import { nothing, svg } from 'lit';
import type { Box } from '../layout/geometry.js';

/** How far the ring's outer stroke reaches past its shape: half its width (frame-styles.ts, `.focus-ring .outer`). */
const RING_REACH = 3;

/**
 * The keyboard focus ring around `box`: a light ring drawn over a wider dark one, so that 2 px of each show. At the
 * chart's edges it is pulled inside the chart (`width` × `height`), where no container can clip it.
 */
export function focusRing(box: Box, width: number, height: number, rx = 0) {
  const x = Math.max(box.x, RING_REACH);
  const y = Math.max(box.y, RING_REACH);
  const w = Math.min(box.x + box.width, width - RING_REACH) - x;
  const h = Math.min(box.y + box.height, height - RING_REACH) - y;
  const rect = (className: string) => svg`<rect class=${className} x=${x} y=${y} width=${w} height=${h} rx=${rx || nothing}></rect>`;
  return svg`<g class="focus-ring">${rect('outer')}${rect('inner')}</g>`;
}
