import { nice, ticks } from 'd3-array';

/** A linear map from data values to pixels, with d3's tick choice. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** About `count` round values inside the domain (d3-array's `ticks`). */
  ticks(count: number): number[];
}

/**
 * Linear scale built on d3-array's `ticks` and `nice`. d3-scale's `scaleLinear` gives the same numbers but pulls in
 * d3-interpolate and d3-color (about 16 KB minified) to interpolate colours, which our CSS-coloured charts never do.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], options: { nice?: boolean } = {}): LinearScale {
  const rounded = options.nice ? nice(domain[0], domain[1], 10) : domain;
  // Rounding outwards can overflow to Infinity near Number.MAX_VALUE: keep the domain as given then.
  const [start, stop] = Number.isFinite(rounded[0]) && Number.isFinite(rounded[1]) ? rounded : domain;
  // Halve everything where the span itself overflows (−MAX_VALUE to MAX_VALUE), so positions stay finite.
  const k = Number.isFinite(stop - start) ? 1 : 0.5;
  const span = stop * k - start * k || 1;
  const [r0, r1] = range;
  const scale = ((value: number) => r0 + ((value * k - start * k) / span) * (r1 - r0)) as LinearScale;
  return Object.assign(scale, {
    domain: [start, stop] as const,
    range: [r0, r1] as const,
    // d3's tick step overflows the same way: pick ticks for half the domain and double them.
    ticks: (count: number) => (k === 1 ? ticks(start, stop, count) : ticks(start * k, stop * k, count).map((tick) => tick / k)).filter(Number.isFinite),
  });
}
