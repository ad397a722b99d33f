import { problem, type Problem } from '../problems.js';

/**
 * Fieldwork dates as a reader expects them. ISO dates and ranges become words in the reader's language
 * ("2024-03-01/2024-03-15" → "1–15 March 2024", "2024-03" → "March 2024"); anything else is the author's text.
 *
 * Browsers with reduced locale data (Debian's Chromium has no Welsh dates) fall back to English month names; when
 * the catalogue supplies `monthNames`, those are used instead.
 */
export function formatFieldwork(text: string, locale: string, monthNames?: readonly string[]): string {
  const trimmed = text.trim();
  const range = parseIsoRange(trimmed);
  // A range that ends before it starts is kept as written (fieldworkProblem warns): words would hide the mistake.
  if (!range || isReversed(range)) return trimmed;
  const { from, to } = range;
  const precision = to && to.precision !== from.precision ? 'day' : from.precision;
  if (writesBritishDates(locale, range)) return formatWithNames(from, to, precision, ENGLISH_MONTHS, ENGLISH_DASH);
  const language = locale.split('-')[0];
  const native = dateFormat(locale, 'plain').resolvedOptions().locale.split('-')[0] === language;
  if (!native && monthNames?.length === 12) return formatWithNames(from, to, precision, monthNames);
  const format = dateFormat(locale, precision);
  return to ? format.formatRange(from.date, to.date) : format.format(from.date);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per locale and precision for the page, built when a chart first shows fieldwork dates
 * (building one loads the locale's calendar data; every render of every widget asked for a new one).
 */
function dateFormat(locale: string, precision: Precision | 'plain'): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let found = dateFormats.get(key);
  if (!found) {
    found =
      precision === 'plain'
        ? new Intl.DateTimeFormat(locale)
        : new Intl.DateTimeFormat(locale, {
            timeZone: 'UTC',
            year: 'numeric',
            ...(precision !== 'year' ? { month: 'long' as const } : {}),
            ...(precision === 'day' ? { day: 'numeric' as const } : {}),
          });
    if (dateFormats.size > 100) dateFormats.clear();
    dateFormats.set(key, found);
  }
  return found;
}

/** Text shaped like ISO dates ("2024-13", "2024-02-31/2024-03"), whether or not the dates exist. */
const ISO_SHAPED = /^\d{4}(?:-\d{1,2}){0,2}(?:\s*\/\s*\d{4}(?:-\d{1,2}){0,2})?$/;

/**
 * The problem with a `fieldwork` value that is meant as ISO dates but is a typing slip: a date that does not exist
 * ("2024-13", "2024-02-31") or a range that ends before it starts ("2024-03-15/2024-03-01"). Undefined for anything
 * else, free text included.
 */
export function fieldworkProblem(text: string | null | undefined): Problem | undefined {
  const trimmed = text?.trim() ?? '';
  if (!ISO_SHAPED.test(trimmed)) return undefined;
  const range = parseIsoRange(trimmed);
  if (!range) return problem('fieldwork', (m) => m.fieldworkNotADate(trimmed));
  if (!isReversed(range)) return undefined;
  const [start, end] = trimmed.split('/').map((part) => part.trim());
  return problem('fieldwork', (m) => m.fieldworkReversed(trimmed, `${end}/${start}`));
}

interface IsoRange {
  readonly from: IsoDate;
  readonly to: IsoDate | undefined;
}

/** "2024-03-01/2024-03-15" or one date; undefined for free text and impossible dates. */
function parseIsoRange(text: string): IsoRange | undefined {
  const parts = text.split('/').map((part) => part.trim());
  if (parts.length > 2) return undefined;
  const [from, to] = parts.map(parseIsoDate);
  if (!from || (parts.length === 2 && !to)) return undefined;
  return { from, to };
}

/** Whether the range's last day comes before its first ("2024-03/2024-02"; "2024-03/2024-03-31" is fine). */
function isReversed({ from, to }: IsoRange): boolean {
  return !!to && lastDay(to) < from.date.getTime();
}

function lastDay({ date, precision }: IsoDate): number {
  const end = new Date(date.getTime());
  if (precision === 'year') end.setUTCFullYear(end.getUTCFullYear() + 1);
  else if (precision === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
  else return date.getTime();
  return end.getTime() - 1;
}

type Precision = 'year' | 'month' | 'day';
interface IsoDate {
  readonly date: Date;
  readonly precision: Precision;
}

/**
 * "1–15 Mawrth 2024", "1 Mawrth – 15 Ebrill 2024", "Mawrth–Ebrill 2024", "2023 – 2024": day, month, year. With `dash`,
 * as Intl writes a range (British English): `dash` between its ends, and a range whose ends read the same written once.
 */
function formatWithNames(from: IsoDate, to: IsoDate | undefined, precision: Precision, months: readonly string[], dash?: string): string {
  const parts = ({ date }: IsoDate) => ({ day: date.getUTCDate(), month: months[date.getUTCMonth()]!, year: date.getUTCFullYear() });
  const a = parts(from);
  const one = (p: typeof a) => (precision === 'year' ? `${p.year}` : precision === 'month' ? `${p.month} ${p.year}` : `${p.day} ${p.month} ${p.year}`);
  const b = to ? parts(to) : a;
  if (!to || (dash && one(a) === one(b))) return one(a);
  const [long, short] = dash ? [dash, dash] : [' – ', '–'];
  if (precision === 'year' || a.year !== b.year) return `${one(a)}${long}${one(b)}`;
  if (precision === 'month') return a.month === b.month ? one(a) : `${a.month}${short}${b.month} ${a.year}`;
  return a.month === b.month ? `${a.day}${short}${b.day} ${a.month} ${a.year}` : `${a.day} ${a.month}${long}${b.day} ${b.month} ${a.year}`;
}

/**
 * British English, the library's audience, is written without Intl, as Intl.DateTimeFormat('en-GB') writes it (checked
 * against Node's Intl, the pre-renderer's, in test/node/fieldwork-dates.test.mjs): the page's first
 * Intl.DateTimeFormat costs 20–40 ms in Chromium, paid on the first paint of any chart with fieldwork dates. Years
 * before 1000 are left to Intl. (A bare "en" is read as en-GB before it gets here.)
 */
const writesBritishDates = (locale: string, { from, to }: IsoRange): boolean =>
  locale === 'en-GB' && from.date.getUTCFullYear() >= 1000 && (!to || to.date.getUTCFullYear() >= 1000);

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** CLDR's English range: an en dash between thin spaces ("1 – 15 March 2024"). */
const ENGLISH_DASH = '\u2009–\u2009';

function parseIsoDate(text: string): IsoDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999 ("0050-03" would become March 1950).
  const date = new Date(0);
  date.setUTCFullYear(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1);
  // Reject impossible dates ("2024-02-31") rather than letting Date roll them over.
  if (month && date.getUTCMonth() !== Number(month) - 1) return undefined;
  if (day && date.getUTCDate() !== Number(day)) return undefined;
  return { date, precision: day ? 'day' : month ? 'month' : 'year' };
}
