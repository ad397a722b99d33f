import type { ChangeDirection, ChangeTone } from './stat-messages.js';

/** Which way is good news, as the author says with `direction`; `neutral` (the default) gives no verdict. */
export const DIRECTIONS = ['neutral', 'up-is-good', 'down-is-good'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface FigureChange {
  readonly direction: ChangeDirection;
  readonly tone: ChangeTone;
  /** The size of the change, never negative; 0 when the figures are equal. */
  readonly difference: number;
}

/**
 * Compares the headline figure with the previous one. The difference is absolute (in percentage points for
 * percentages), never a relative change: 5% → 15% is "up 10 percentage points", not "up 200%". Floating-point
 * noise is removed (57.4 − 55.1 is 2.3, not 2.3000000000000043), and figures equal to 12 significant digits count
 * as no change.
 */
export function compareFigures(current: number, previous: number, goodWay: Direction): FigureChange {
  const difference = Number((current - previous).toPrecision(12));
  const scale = Math.max(Math.abs(current), Math.abs(previous), 1);
  if (Math.abs(difference) <= scale * 1e-12) return { direction: 'same', tone: 'neutral', difference: 0 };
  const direction: ChangeDirection = difference > 0 ? 'up' : 'down';
  const tone: ChangeTone = goodWay === 'neutral' ? 'neutral' : (direction === 'up') === (goodWay === 'up-is-good') ? 'good' : 'bad';
  return { direction, tone, difference: Math.abs(difference) };
}
