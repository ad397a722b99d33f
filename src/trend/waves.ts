/** How precisely a wave label names a time: "2024", "2024-03" or "2024-03-15". */
export type WavePrecision = 'year' | 'month' | 'day';

/** A wave label read as a date (milliseconds since 1970, UTC, at the start of the period) or as a name. */
export type ParsedWave = { readonly kind: 'date'; readonly time: number; readonly precision: WavePrecision } | { readonly kind: 'name' };

/** How the author asked waves to be spaced along the x axis (the `spacing` attribute). */
export const SPACINGS = ['auto', 'even', 'time'] as const;
export type Spacing = (typeof SPACINGS)[number];

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Start of a UTC day; `setUTCFullYear` keeps years below 100 as written (Date.UTC would add 1900). */
function utc(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/**
 * Reads a wave label. Only the ISO forms `YYYY`, `YYYY-MM` and `YYYY-MM-DD` are dates (a real month and day, so
 * "2024-13" and "2023-02-29" are names); "Wave 3", "Spring 2024" or "2023/24" are names. No date library: the
 * three forms are all a survey needs, and they cannot be misread as US or UK day-month order.
 */
export function parseWave(label: string): ParsedWave {
  const text = label.trim();
  const year = YEAR.exec(text);
  if (year) return { kind: 'date', time: utc(Number(year[1]), 0, 1), precision: 'year' };
  const month = MONTH.exec(text);
  if (month) {
    const m = Number(month[2]);
    if (m >= 1 && m <= 12) return { kind: 'date', time: utc(Number(month[1]), m - 1, 1), precision: 'month' };
    return { kind: 'name' };
  }
  const day = DAY.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const time = utc(y, m - 1, d);
    const check = new Date(time);
    if (m >= 1 && m <= 12 && check.getUTCMonth() === m - 1 && check.getUTCDate() === d) return { kind: 'date', time, precision: 'day' };
  }
  return { kind: 'name' };
}

/** Why the waves were spaced evenly although dates were expected. */
export type WaveProblem = { readonly kind: 'mixed'; readonly date: string; readonly name: string } | { readonly kind: 'not-a-date'; readonly label: string };

export interface WaveAxis {
  /** `even`: categories in the order written. `time`: placed in proportion to the time between waves. */
  readonly scale: 'even' | 'time';
  /** Row indices in the order they are drawn and visited (time order on a time scale). */
  readonly order: readonly number[];
  /** Position of each row (by row index) along the axis, from 0 (first) to 1 (last). */
  readonly positions: readonly number[];
  /** Each row's label as the reader sees it: names and years as written, months and days in the locale's words. */
  readonly display: readonly string[];
  readonly problem?: WaveProblem;
}

/**
 * Decides how waves sit along the x axis.
 * - `auto` (default): plain years ("2022", "2024") and wave names are evenly spaced categories in the order written;
 *   when any label is a month or a day ("2024-03", "2024-03-15") and all are dates, waves are placed in proportion
 *   to time (a year counts as 1 January). Dates mixed with names fall back to even spacing, with a problem.
 * - `even`: always categories in the order written.
 * - `time`: years and dates in proportion to time; any name falls back to even spacing, with a problem.
 */
export function waveAxis(labels: readonly string[], spacing: Spacing, locale: string): WaveAxis {
  const parsed = labels.map(parseWave);
  const display = labels.map((label, i) => displayWave(label, parsed[i]!, locale));
  const nameAt = parsed.findIndex((wave) => wave.kind === 'name');
  const preciseAt = parsed.findIndex((wave) => wave.kind === 'date' && wave.precision !== 'year');

  let problem: WaveProblem | undefined;
  let time = false;
  if (spacing === 'time') {
    time = nameAt < 0;
    if (!time) problem = { kind: 'not-a-date', label: labels[nameAt]!.trim() };
  } else if (spacing === 'auto' && preciseAt >= 0) {
    time = nameAt < 0;
    if (!time) problem = { kind: 'mixed', date: labels[preciseAt]!.trim(), name: labels[nameAt]!.trim() };
  }
  // In `auto`, plain years among names ("2022", "Wave 3") are categories like the names: nothing to report.

  const indices = labels.map((_, i) => i);
  if (!time) {
    const last = Math.max(labels.length - 1, 1);
    const positions = indices.map((i) => (labels.length === 1 ? 0.5 : i / last));
    return { scale: 'even', order: indices, positions, display, ...(problem ? { problem } : {}) };
  }
  const times = parsed.map((wave) => (wave.kind === 'date' ? wave.time : 0));
  // Waves written out of order are drawn in time order; equal dates keep the order written (sort is stable).
  const order = [...indices].sort((a, b) => times[a]! - times[b]!);
  const start = Math.min(...times);
  const span = Math.max(...times) - start;
  const positions = times.map((t) => (span === 0 ? 0.5 : (t - start) / span));
  return { scale: 'time', order, positions, display };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** CLDR's short months in British English ("Sept", not "Sep"). */
const BRITISH_SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "2024-03" → "Mar 2024", "2024-03-15" → "15 Mar 2024" (in the reader's locale); names and years as written. */
export function displayWave(label: string, wave: ParsedWave, locale: string): string {
  if (wave.kind === 'name' || wave.precision === 'year') return label.trim();
  const date = new Date(wave.time);
  // British English, the library's audience, without Intl: the page's first Intl.DateTimeFormat costs 20–40 ms in
  // Chromium, paid on the first paint of a trend over months. Written as Intl.DateTimeFormat('en-GB') writes it
  // (test/node/fieldwork-dates.test.mjs checks every month against Node's, the pre-renderer's); years before 1000 go to Intl.
  if (locale === 'en-GB' && date.getUTCFullYear() >= 1000) {
    const month = `${BRITISH_SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
    return wave.precision === 'month' ? month : `${date.getUTCDate()} ${month}`;
  }
  const key = `${locale}|${wave.precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      wave.precision === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en-GB', options);
    }
    dateFormats.set(key, format);
  }
  return format.format(wave.time);
}
