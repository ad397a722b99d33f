import type { PublishedBound } from './model.js';
import { parseNumberText } from './parse-number.js';

/**
 * Where a record key (or a file's column, once `lower-column` / `upper-column` have named it) holds one end of an
 * interval a source publishes rather than a value:
 * - `lower` / `upper`: the ends of the interval of the one series beside them;
 * - `lower <series>` / `upper <series>` ("lower 2024"): the ends of that series' interval.
 * Whether a key really is one is decided against the series and the other keys (see `intervalKeys`): "Lower income"
 * stays a series unless there is also a series named "income" and an "Upper income" key, and a lone "Lower" column
 * beside a value column is a series as it always was.
 */
export interface IntervalKey {
  readonly bound: 'lower' | 'upper';
  /** The series it belongs to; undefined for a bare `lower` / `upper`. */
  readonly series: string | undefined;
}

export function intervalKey(key: string): IntervalKey | undefined {
  const match = /^(lower|upper)(?:\s+(.+))?$/i.exec(key.trim().replace(/\s+/g, ' '));
  if (!match) return undefined;
  return { bound: match[1]!.toLowerCase() as 'lower' | 'upper', series: match[2]?.trim() };
}

/**
 * The index of the series an interval key belongs to, or -1 when it belongs to none (then it is a series itself):
 * a bare `lower` / `upper` belongs to the only other series; `lower <series>` to the series of that name.
 */
export function intervalTarget(key: IntervalKey, series: readonly string[]): number {
  if (key.series === undefined) return series.length === 1 ? 0 : -1;
  const wanted = key.series.toLowerCase();
  return series.findIndex((name) => name.toLowerCase() === wanted);
}

/** Which end of which series' interval a key holds (see intervalKeys). */
export interface IntervalColumn {
  readonly bound: 'lower' | 'upper';
  readonly series: string;
}

/**
 * The keys (or column headers) among `keys` that hold published interval ends: those that name a series of
 * `series` (see intervalTarget) and come with the other end for the same series. Every other key is left as it is.
 */
export function intervalKeys(keys: Iterable<string>, series: readonly string[]): Map<string, IntervalColumn> {
  const found = new Map<string, IntervalColumn>();
  for (const key of keys) {
    const parsed = intervalKey(key);
    const target = parsed ? intervalTarget(parsed, series) : -1;
    if (parsed && target >= 0) found.set(key, { bound: parsed.bound, series: series[target]! });
  }
  const ends = new Set([...found.values()].map(({ bound, series: name }) => `${bound}\n${name}`));
  for (const [key, { bound, series: name }] of found) if (!ends.has(`${bound === 'lower' ? 'upper' : 'lower'}\n${name}`)) found.delete(key);
  return found;
}

/**
 * One end of a published interval, read with the same number reader as values ("54%", "54.2", "54,2" in Welsh
 * pages): a number, null when empty, or the text as written when it is not a plain number ("more than 54" is not).
 */
export function readBound(raw: unknown, locale: string): PublishedBound {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : String(raw);
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  const parsed = parseNumberText(text, locale);
  if (parsed.kind === 'missing') return null;
  return parsed.kind === 'number' && !parsed.qualifier ? parsed.value : text.trim().slice(0, 40);
}
