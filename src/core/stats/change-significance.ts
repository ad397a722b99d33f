import { Z_95 } from './proportion-interval.js';

export interface ChangeTest {
  /** The change in percentage points (to − from). */
  readonly points: number;
  /** z statistic of the difference; Infinity when both samples are certain (0% or 100%) and differ. */
  readonly z: number;
  /** True when |z| ≥ 1.96: a change unlikely to be sampling noise at the 95% level. */
  readonly clear: boolean;
}

/**
 * Is the change between two survey percentages from independent samples more than sampling noise?
 * Two-proportion z test with the unpooled standard error √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂), 95% level: when |z| < 1.96
 * the honest wording is "no clear change". Returns undefined when either sample size is missing or invalid.
 */
export function changeSignificance(fromPercent: number, fromN: number, toPercent: number, toN: number): ChangeTest | undefined {
  const valid = (percent: number, n: number) => Number.isFinite(percent) && percent >= 0 && percent <= 100 && Number.isInteger(n) && n > 0;
  if (!valid(fromPercent, fromN) || !valid(toPercent, toN)) return undefined;
  const p1 = fromPercent / 100;
  const p2 = toPercent / 100;
  const points = toPercent - fromPercent;
  const se = Math.sqrt((p1 * (1 - p1)) / fromN + (p2 * (1 - p2)) / toN);
  if (se === 0) return { points, z: points === 0 ? 0 : Math.sign(points) * Infinity, clear: points !== 0 };
  const z = (p2 - p1) / se;
  return { points, z, clear: Math.abs(z) >= Z_95 };
}
