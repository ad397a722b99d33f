import { parseNumberText } from './parse-number.js';

/**
 * Where a table column or JSON key holds sample sizes rather than values:
 * - `n` (or "sample size", "base size"): the sample behind every value in the row;
 * - `n <series>` ("n 2024"), or `n from` / `n to` for the first and last series: the sample behind one series.
 */
export type SampleSizeColumn = { readonly kind: 'row' } | { readonly kind: 'series'; readonly name: string };

export function sampleSizeColumn(header: string): SampleSizeColumn | undefined {
  const name = header.trim().replace(/\s+/g, ' ');
  if (/^(n|sample size|base size)$/i.test(name)) return { kind: 'row' };
  const match = /^n\s+(.+)$/i.exec(name) ?? /^(?:sample size|base size)\s*\((.+)\)$/i.exec(name);
  return match?.[1] ? { kind: 'series', name: match[1].trim() } : undefined;
}

/** Index of the series a `n <name>` column belongs to: by name, or `from`/`to` for the first/last. */
export function seriesIndexFor(name: string, series: readonly string[]): number {
  const lower = name.toLowerCase();
  const found = series.findIndex((s) => s.toLowerCase() === lower);
  if (found >= 0) return found;
  if (lower === 'from') return 0;
  if (lower === 'to') return series.length - 1;
  return -1;
}

/**
 * A sample size as read: whole people, whether the author wrote it as approximate ("about 11,000", "c. 11,000",
 * "11,000+", "tua 11,000"), and whether it was shorthand ("11k", "1.2m") worth telling the author how it was read.
 */
export interface SampleSizeReading {
  readonly size: number;
  readonly approximate: boolean;
  readonly shorthand: boolean;
}

/** Words people put before a sample size they rounded, in English and Welsh; "over"/"dros" for "11,000+". */
const APPROXIMATE = /^(about|around|approx(imately|\.)?|roughly|nearly|almost|over|more than|c\.?|ca\.?|circa|[~≈>]|tua|oddeutu|bron|dros|mwy na)$/i;

/**
 * An exact sample size: a positive whole number of people ("1,000", "11k"), or missing; an approximate one ("about
 * 11,000") or anything else is invalid. The widgets read sizes with readSampleSizeForm, which accepts approximate ones.
 */
export function readSampleSize(raw: unknown, locale: string): number | null | 'invalid' {
  const read = readSampleSizeForm(raw, locale);
  return read && read !== 'invalid' ? (read.approximate ? 'invalid' : read.size) : read;
}

/** A sample size as people write it, exact or approximate, saying which and whether it was shorthand. */
export function readSampleSizeForm(raw: unknown, locale: string): SampleSizeReading | null | 'invalid' {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 ? { size: raw, approximate: false, shorthand: false } : 'invalid';
  if (typeof raw !== 'string') return 'invalid';
  // "11,000+" says at least 11,000: approximate, like "over 11,000".
  const plus = /\d\s*\+$/.test(raw.trim());
  const written = plus ? raw.trim().slice(0, -1) : raw;
  const parsed = parseNumberText(written, locale);
  if (parsed.kind === 'missing' && !plus) return null;
  if (parsed.kind !== 'number' || (parsed.qualifier && !APPROXIMATE.test(parsed.qualifier))) return 'invalid';
  if (!Number.isInteger(parsed.value) || parsed.value <= 0) return 'invalid';
  return { size: parsed.value, approximate: plus || !!parsed.qualifier, shorthand: /\p{L}\s*$/u.test(written.trim()) };
}
