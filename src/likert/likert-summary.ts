import type { DataRow } from '../core/data/model.js';
import { numberFormat } from '../core/format/number.js';
import type { LikertScale } from './likert-scale.js';

/** One row as shares of 100, whatever the input unit. */
export interface LikertRow {
  readonly label: string;
  /** True when the row has no figures (every value missing, or counts that add up to 0). */
  readonly missing: boolean;
  /** Share (0–100) of each answer of the scale, in `scale.answers` order; a missing value counts as 0. */
  readonly shares: readonly number[];
  /** Share of the "don't know" answer, when the scale has one. */
  readonly dontKnow: number | undefined;
  readonly positive: number;
  readonly negative: number;
  readonly neutral: number | undefined;
  /** Positive minus negative share, in percentage points. */
  readonly net: number;
  /** Sum of the values as written (percentages: should be about 100; counts: the number of people). */
  readonly total: number;
}

/**
 * Turns one row of the model into shares. Percentages are taken as written (a row that does not add up to 100 is
 * drawn as it is and reported); counts become shares of the row's total, "don't know" included.
 */
export function likertRow(row: DataRow, scale: LikertScale, counts: boolean): LikertRow {
  const value = (i: number) => Math.max(0, row.values[i] ?? 0);
  const all = [...scale.answers, ...(scale.dontKnow !== undefined ? [scale.dontKnow] : [])];
  const total = all.reduce((sum, i) => sum + value(i), 0);
  const missing = all.every((i) => row.values[i] === null || row.values[i] === undefined) || (counts && total === 0);
  const share = (i: number) => (missing ? 0 : counts ? (value(i) / total) * 100 : value(i));
  const sum = (indices: readonly number[]) => indices.reduce((s, i) => s + share(i), 0);
  const positive = sum(scale.positive);
  const negative = sum(scale.negative);
  return {
    label: row.label,
    missing,
    shares: scale.answers.map(share),
    dontKnow: scale.dontKnow !== undefined ? share(scale.dontKnow) : undefined,
    positive,
    negative,
    neutral: scale.neutral !== undefined ? share(scale.neutral) : undefined,
    net: positive - negative,
    total,
  };
}

/** Percentages that add up to 99–101 pass (rounding); anything else is reported with the row's sum. */
export const addsUp = (row: LikertRow): boolean => row.missing || (row.total >= 99 && row.total <= 101);

/**
 * A net score as a signed number of percentage points in the reader's locale, with a true minus sign (U+2212):
 * "+12", "−30", "0". One decimal place at most.
 */
export function formatNet(value: number, locale: string): string {
  const rounded = Math.round(value * 10) / 10;
  const text = numberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(Object.is(rounded, -0) ? 0 : rounded);
  return text.replace(/-/g, '\u2212');
}
