/**
 * What `Intl.NumberFormat` writes for the plain cases that most charts need, written without Intl. The first
 * Intl.NumberFormat of a page is slow (in Chromium 20–40 ms, more than a whole chart takes to draw: the engine
 * loads the number data of every locale it has before it can pick one); a British English chart of percentages
 * or plain numbers never needs it. Only British English, the library's default, and the English locales whose
 * numbers CLDR writes the same way (American, Australian, Canadian, Irish, New Zealand), and only these options:
 * `style` decimal or percent, `minimumFractionDigits`, `maximumFractionDigits`, `signDisplay` auto or negative,
 * `useGrouping` true or false (d3's ",.1f" and ".1f"). Everything else goes to Intl. test/core/plain-number.test.ts
 * compares both over a wide range of values, in every test browser and in Node.
 */

/** Writes one number exactly as Intl would, or returns undefined for a value it leaves to Intl (NaN, ±Infinity, 1e21 up). */
export type PlainNumberFormat = (value: number) => string | undefined;

const HANDLED = new Set(['style', 'minimumFractionDigits', 'maximumFractionDigits', 'signDisplay', 'useGrouping']);
/**
 * Locales whose numbers read "1,234.5", "-3" and "57%", as CLDR's en-GB (the library's default) does. Not every
 * English: en-IN groups "12,34,567", en-ZA and most of Europe's English write "1 234,5".
 */
const LOCALES = new Set(['en-GB', 'en-US', 'en-AU', 'en-CA', 'en-IE', 'en-NZ']);

/** The formatter for `locale` and `options`, or undefined when Intl must do it. */
export function plainNumberFormat(locale: string, options: Intl.NumberFormatOptions): PlainNumberFormat | undefined {
  if (!LOCALES.has(locale)) return undefined;
  for (const [key, value] of Object.entries(options)) if (value !== undefined && !HANDLED.has(key)) return undefined;
  const { style = 'decimal', useGrouping = true } = options;
  // 'negative' is ES2023, missing from this TypeScript's lib: compared as a string.
  const signDisplay: string = options.signDisplay ?? 'auto';
  // (useGrouping may also be a string in ES2023: "min2", "auto", "always"; those go to Intl.)
  if ((style !== 'decimal' && style !== 'percent') || (signDisplay !== 'auto' && signDisplay !== 'negative') || typeof useGrouping !== 'boolean')
    return undefined;
  const digits = fractionDigits(options.minimumFractionDigits, options.maximumFractionDigits, style === 'percent' ? 0 : 3);
  if (!digits) return undefined;
  const { min, max } = digits;
  const percent = style === 'percent';
  return (value) => {
    if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return undefined;
    const negative = value < 0 || Object.is(value, -0);
    const { integer, fraction } = roundHalfExpand(Math.abs(value), percent ? 2 : 0, max);
    let shown = fraction;
    while (shown.length > min && shown.endsWith('0')) shown = shown.slice(0, -1);
    const zero = /^0*$/.test(integer + fraction);
    const sign = negative && (signDisplay === 'auto' || !zero) ? '-' : '';
    // Zero shifted for a percentage reads "000": one zero before the point, as Intl writes it.
    const whole = integer.replace(/^0+(?=\d)/, '');
    return `${sign}${useGrouping ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole}${shown ? `.${shown}` : ''}${percent ? '%' : ''}`;
  };
}

/** Intl's rules for the fraction digits: defaults by style, a lone minimum raises the maximum, min > max is an error. */
function fractionDigits(min: number | undefined, max: number | undefined, defaultMax: number): { min: number; max: number } | undefined {
  const valid = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= 20);
  if (!valid(min) || !valid(max)) return undefined;
  const lowest = min ?? 0;
  const highest = max ?? Math.max(lowest, defaultMax);
  // Intl throws for min > max given both, and lowers a default minimum to an explicit maximum.
  if (min !== undefined && max !== undefined && min > max) return undefined;
  return { min: Math.min(lowest, highest), max: highest };
}

/**
 * `magnitude` × 10^`shift`, rounded to `places` fraction digits, ties away from zero (Intl's default, halfExpand),
 * as decimal digit strings. Intl rounds the shortest decimal that reads back as the same double ("1.005", not the
 * double's exact 1.00499999…), which is what `toExponential()` writes; working on its digits keeps that exact.
 */
function roundHalfExpand(magnitude: number, shift: number, places: number): { integer: string; fraction: string } {
  const [mantissa = '0', exponentText = '0'] = magnitude.toExponential().split('e');
  const significant = mantissa.replace('.', '');
  // Digits before the decimal point once shifted.
  const point = Number(exponentText) + 1 + shift;
  let integer: string;
  let fraction: string;
  if (point <= 0) {
    integer = '0';
    fraction = '0'.repeat(-point) + significant;
  } else if (point >= significant.length) {
    integer = significant + '0'.repeat(point - significant.length);
    fraction = '';
  } else {
    integer = significant.slice(0, point);
    fraction = significant.slice(point);
  }
  if (fraction.length <= places) return { integer, fraction: fraction.padEnd(places, '0') };
  const roundUp = fraction.charCodeAt(places) >= 53; // '5'
  fraction = fraction.slice(0, places);
  if (!roundUp) return { integer, fraction };
  const carried = increment(integer + fraction);
  const split = carried.length - places;
  return { integer: carried.slice(0, split) || '0', fraction: carried.slice(split) };
}

/** A decimal digit string plus one in its last place ("0999" → "1000", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - 1 - i);
}

/**
 * The grouping and decimal separators of `locale`'s numbers ("1,234.5" → "," and "."), for reading numbers as
 * people type them; British English and the locales written like it without Intl (see above), others from Intl.NumberFormat.
 */
export function numberSeparators(locale: string): { group: string; decimal: string } {
  if (LOCALES.has(locale)) return { group: ',', decimal: '.' };
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}
