import type { FrequencyRelation } from './stat-messages.js';

export interface NaturalFrequency {
  readonly relation: FrequencyRelation;
  readonly count: number;
  readonly denominator: number;
  readonly qualifier?: string | undefined;
}

/** Denominators tried in turn: "in every 100" unless that would round a real share to 0 or to all. */
export const DENOMINATORS = [100, 1000, 10000] as const;

/**
 * A percentage as a natural frequency ("57%" → "about 57 in every 100"). The rules, documented in
 * docs/trust-stat.md:
 * - the count is the share of 100 rounded to a whole number (57.4 → 57, 57.5 → 58), with "about", because a survey
 *   percentage is an estimate even when it is a whole number;
 * - the author's own qualifier ("more than", "over") replaces "about": "more than 90 in every 100";
 * - exactly 0 and exactly 100 are written without "about" ("0 in every 100", "100 in every 100");
 * - a share that would round to 0 or to the whole denominator moves to 1,000 and then 10,000 (0.4 → "about 4 in
 *   every 1,000"; 99.6 → "about 996 in every 1,000"); beyond that it reads "fewer than 1 in every 10,000" or
 *   "more than 9,999 in every 10,000".
 */
export function naturalFrequency(percent: number, qualifier?: string): NaturalFrequency {
  const words = qualifier?.trim() || undefined;
  if (!words && (percent === 0 || percent === 100)) return { relation: 'exact', count: percent, denominator: 100 };
  for (const denominator of DENOMINATORS) {
    const count = Math.round((percent * denominator) / 100);
    const roundsToNone = percent > 0 && count === 0;
    const roundsToAll = percent < 100 && count === denominator;
    if (roundsToNone || roundsToAll) continue;
    return words ? { relation: 'qualified', count, denominator, qualifier: words } : { relation: 'about', count, denominator };
  }
  const last = DENOMINATORS[DENOMINATORS.length - 1];
  return percent < 50 ? { relation: 'fewer-than', count: 1, denominator: last } : { relation: 'more-than', count: last - 1, denominator: last };
}
