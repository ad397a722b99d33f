import { DOT_RADIUS, VALUE_GAP } from './change-dumbbell.js';

/** The scale never gets narrower than this, whatever the labels need. */
const MIN_PLOT_WIDTH = 60;

/**
 * A value label to fit: the value it must clear, its width, and which side it sits on. `pad` is the room between
 * that value's position and the label's gap: a dot's radius (the default), or about nothing for a whisker's end.
 */
export interface SideLabel {
  readonly value: number;
  readonly width: number;
  readonly side: 'left' | 'right';
  readonly pad?: number;
}

/**
 * The pixel range of the axis: as wide as `[start, stop]`, then pulled in until every value label fits between
 * `regionLeft` and `regionRight`. Moving the left end by d moves a value at fraction t of the axis by d·(1 − t),
 * so each round moves each end by exactly what its worst label needs; a few rounds settle both ends.
 */
export function fitRange(
  domain: readonly [number, number],
  start: number,
  stop: number,
  labels: readonly SideLabel[],
  regionLeft: number,
  regionRight: number,
): [number, number] {
  let left = start;
  let right = Math.max(stop, start + MIN_PLOT_WIDTH);
  const span = domain[1] - domain[0] || 1;
  for (let round = 0; round < 40; round++) {
    let moveLeft = 0;
    let moveRight = 0;
    for (const label of labels) {
      const t = (label.value - domain[0]) / span;
      const x = left + t * (right - left);
      const pad = label.pad ?? DOT_RADIUS;
      if (label.side === 'left') {
        const short = regionLeft - (x - pad - VALUE_GAP - label.width);
        if (short > 0 && t < 1) moveLeft = Math.max(moveLeft, short / (1 - t));
      } else {
        const over = x + pad + VALUE_GAP + label.width - regionRight;
        if (over > 0 && t > 0) moveRight = Math.max(moveRight, over / t);
      }
    }
    if (moveLeft < 0.01 && moveRight < 0.01) break;
    left += moveLeft;
    right -= moveRight;
    if (right - left < MIN_PLOT_WIDTH) {
      right = left + MIN_PLOT_WIDTH;
      break;
    }
  }
  return [left, right];
}
