import { round } from '../core/layout/geometry.js';

/** Radius of the circle marker; the other shapes have about the same area. */
export const MARKER_RADIUS = 5;

/** A second cue beside colour: each series has its own marker shape (then they repeat, as the colours do). */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'plus'] as const;
export type Shape = (typeof SHAPES)[number];

/** The shape of the series at `index`. */
export const shapeOf = (index: number): Shape => SHAPES[index % SHAPES.length]!;

/** An SVG path for a marker of `shape` centred on (x, y), of about the area of a circle of radius `r`. */
export function markerPath(shape: Shape, x: number, y: number, r = MARKER_RADIUS): string {
  const p = (points: [number, number][]) => `M${points.map(([dx, dy]) => `${round(x + dx)},${round(y + dy)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${round(x - r)},${round(y)}A${r},${r} 0 1,0 ${round(x + r)},${round(y)}A${r},${r} 0 1,0 ${round(x - r)},${round(y)}Z`;
    case 'square': {
      const h = r * 0.89;
      return p([
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ]);
    }
    case 'triangle': {
      // Equilateral, drawn about its centre; circumradius for the area of the circle.
      const h = r * 1.5;
      return p([
        [0, -h],
        [h * 0.87, h * 0.5],
        [-h * 0.87, h * 0.5],
      ]);
    }
    case 'triangle-down': {
      const h = r * 1.5;
      return p([
        [0, h],
        [h * 0.87, -h * 0.5],
        [-h * 0.87, -h * 0.5],
      ]);
    }
    case 'diamond': {
      const h = r * 1.25;
      return p([
        [0, -h],
        [h, 0],
        [0, h],
        [-h, 0],
      ]);
    }
    case 'plus': {
      const a = r * 1.15;
      const b = r * 0.4;
      return p([
        [-b, -a],
        [b, -a],
        [b, -b],
        [a, -b],
        [a, b],
        [b, b],
        [b, a],
        [-b, a],
        [-b, b],
        [-a, b],
        [-a, -b],
        [-b, -b],
      ]);
    }
  }
}
