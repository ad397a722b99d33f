/** The two-sided 95% normal quantile. */
export const Z_95 = 1.959963984540054;

/**
 * A 95% interval for a survey percentage, in percentage points.
 * - `normal`: the textbook margin of error, shown as "57% ± 3.1"; used when n·p ≥ 10 and n·(1−p) ≥ 10.
 * - `wilson`: the Wilson score interval, shown as a range "3% (1–7)"; used for small samples and percentages near
 *   0 or 100, where the normal interval would be too narrow or spill below 0 / above 100.
 */
export type ProportionInterval =
  | { readonly method: 'normal'; readonly margin: number; readonly low: number; readonly high: number }
  | { readonly method: 'wilson'; readonly low: number; readonly high: number };

/**
 * The 95% interval of a percentage `percent` (0–100) measured on a simple random sample of `n` people.
 * Returns undefined when n is not a positive whole number. For online panels the interval is approximate:
 * say so in the chart's note.
 */
export function proportionInterval(percent: number, n: number): ProportionInterval | undefined {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100 || !Number.isInteger(n) || n <= 0) return undefined;
  const p = percent / 100;
  if (n * p >= 10 && n * (1 - p) >= 10) {
    const margin = Z_95 * Math.sqrt((p * (1 - p)) / n) * 100;
    return { method: 'normal', margin, low: percent - margin, high: percent + margin };
  }
  const z2 = Z_95 * Z_95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z_95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { method: 'wilson', low: Math.max(0, centre - half) * 100, high: Math.min(1, centre + half) * 100 };
}
