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

/** A sample size: a positive whole number of people, or missing. Anything else is invalid. */
export function readSampleSize(raw: unknown, locale: string): number | null | 'invalid' {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 ? raw : 'invalid';
  if (typeof raw !== 'string') return 'invalid';
  const parsed = parseNumberText(raw, locale);
  if (parsed.kind === 'missing') return null;
  if (parsed.kind === 'invalid' || parsed.qualifier) return 'invalid';
  return Number.isInteger(parsed.value) && parsed.value > 0 ? parsed.value : 'invalid';
}
