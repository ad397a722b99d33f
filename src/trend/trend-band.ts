import { round } from '../core/layout/geometry.js';
import { MARKER_RADIUS } from './trend-markers.js';

/** Width of the band drawn at a wave whose neighbours have no interval: a short bar around its marker. */
export const LONE_BAND_WIDTH = 2 * MARKER_RADIUS + 2;

/**
 * The SVG path of a shaded band between each point's `high` and `low` (screen y), broken wherever a point is null,
 * exactly as `linePath` breaks the line: one closed shape per run of neighbouring waves, along the tops from left to
 * right and back along the bottoms. A wave alone between gaps gets a short bar `loneWidth` wide around its marker,
 * so its interval is still drawn.
 */
export function bandPath(points: readonly ({ readonly x: number; readonly high: number; readonly low: number } | null)[], loneWidth = LONE_BAND_WIDTH): string {
  let path = '';
  let run: { x: number; high: number; low: number }[] = [];
  const end = () => {
    if (run.length === 1) {
      const p = run[0]!;
      const h = loneWidth / 2;
      path += `M${round(p.x - h)},${round(p.high)}L${round(p.x + h)},${round(p.high)}L${round(p.x + h)},${round(p.low)}L${round(p.x - h)},${round(p.low)}Z`;
    } else if (run.length > 1) {
      const tops = run.map((p) => `${round(p.x)},${round(p.high)}`);
      const bottoms = [...run].reverse().map((p) => `${round(p.x)},${round(p.low)}`);
      path += `M${[...tops, ...bottoms].join('L')}Z`;
    }
    run = [];
  };
  for (const point of points) {
    if (point) run.push(point);
    else end();
  }
  end();
  return path;
}
