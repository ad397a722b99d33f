/**
 * Fieldwork dates as a reader expects them. ISO dates and ranges become words in the reader's language
 * ("2024-03-01/2024-03-15" → "1–15 March 2024", "2024-03" → "March 2024"); anything else is the author's text.
 *
 * Browsers with reduced locale data (Debian's Chromium has no Welsh dates) fall back to English month names; when
 * the catalogue supplies `monthNames`, those are used instead.
 */
export function formatFieldwork(text: string, locale: string, monthNames?: readonly string[]): string {
  const trimmed = text.trim();
  const parts = trimmed.split('/').map((part) => part.trim());
  if (parts.length > 2) return trimmed;
  const dates = parts.map(parseIsoDate);
  if (dates.some((date) => !date)) return trimmed;
  const [from, to] = dates as IsoDate[];
  const precision = to && to.precision !== from!.precision ? 'day' : from!.precision;
  const language = locale.split('-')[0];
  const native = new Intl.DateTimeFormat(locale).resolvedOptions().locale.split('-')[0] === language;
  if (!native && monthNames?.length === 12) return formatWithNames(from!, to, precision, monthNames);
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    ...(precision !== 'year' ? { month: 'long' as const } : {}),
    ...(precision === 'day' ? { day: 'numeric' as const } : {}),
  });
  return to ? format.formatRange(from!.date, to.date) : format.format(from!.date);
}

type Precision = 'year' | 'month' | 'day';
interface IsoDate {
  readonly date: Date;
  readonly precision: Precision;
}

/** "1–15 Mawrth 2024", "1 Mawrth – 15 Ebrill 2024", "Mawrth–Ebrill 2024", "2023–2024": day, month, year. */
function formatWithNames(from: IsoDate, to: IsoDate | undefined, precision: Precision, months: readonly string[]): string {
  const parts = ({ date }: IsoDate) => ({ day: date.getUTCDate(), month: months[date.getUTCMonth()]!, year: date.getUTCFullYear() });
  const a = parts(from);
  const one = (p: typeof a) => (precision === 'year' ? `${p.year}` : precision === 'month' ? `${p.month} ${p.year}` : `${p.day} ${p.month} ${p.year}`);
  if (!to) return one(a);
  const b = parts(to);
  if (precision === 'year' || a.year !== b.year) return `${one(a)} – ${one(b)}`;
  if (precision === 'month') return a.month === b.month ? one(a) : `${a.month}–${b.month} ${a.year}`;
  return a.month === b.month ? `${a.day}–${b.day} ${a.month} ${a.year}` : `${a.day} ${a.month} – ${b.day} ${b.month} ${a.year}`;
}

function parseIsoDate(text: string): IsoDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  // Reject impossible dates ("2024-02-31") rather than letting Date roll them over.
  if (month && date.getUTCMonth() !== Number(month) - 1) return undefined;
  if (day && date.getUTCDate() !== Number(day)) return undefined;
  return { date, precision: day ? 'day' : month ? 'month' : 'year' };
}
