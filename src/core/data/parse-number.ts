import { numberSeparators } from '../format/plain-number.js';

/** A number as written by a person: "57", "57.5%", "more than 90%", "over 1.7 million", "£92m", "2,582". */
export type ParsedNumber =
  { readonly kind: 'number'; readonly value: number; readonly qualifier?: string } | { readonly kind: 'missing' } | { readonly kind: 'invalid' };

/** How statistical tables write "no figure": blank, dashes, n/a, and ONS's ".." (not available) and "x" (suppressed). */
// Not "*": pollsters such as YouGov and Ipsos print it for "less than 0.5%", which is a value, not a gap.
const MISSING = new Set(['', '-', '–', '—', 'n/a', 'na', '..', 'x', ':']);

const MULTIPLIERS: Record<string, number> = {
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  million: 6,
  bn: 9,
  billion: 9,
  tn: 12,
  trillion: 12,
};

// A leading-dot number (".5") must not follow a letter, or "c.57" would read as 0.57 with the qualifier "c".
const PATTERN =
  /^(?<qualifier>.*?)\s*(?<sign>[-+])?\s*[£$€]?\s*(?<digits>\d[\d.,'\s]*|(?<!\p{L})[.,]\d+)\s*(?<suffix>%|k|thousand|mn?|million|bn|billion|tn|trillion)?\s*$/iu;

/**
 * Longer than any figure a person writes ("an estimated total of more than 1.7 million"). PATTERN backtracks
 * polynomially on long runs of digits and spaces ("1" + 800 spaces + "x" took 40 s), so longer text is refused
 * before it runs, and runs of spaces are collapsed first.
 */
const MAX_LENGTH = 100;

const separatorsCache = new Map<string, { group: string; decimal: string }>();

function separators(locale: string): { group: string; decimal: string } {
  let found = separatorsCache.get(locale);
  if (!found) {
    // Known without Intl for British English: a page's first Intl.NumberFormat costs 20–40 ms (see plain-number.ts).
    found = numberSeparators(locale);
    separatorsCache.set(locale, found);
  }
  return found;
}

/**
 * Reads a number the way the page's locale writes it (`2.582,5` in de-DE). Thousands separators must group by
 * threes, so "57,5" in en-GB is refused rather than silently read as 575.
 */
export function parseNumberText(raw: string, locale = 'en-GB'): ParsedNumber {
  return readNumberText(raw, locale)[0];
}

/**
 * parseNumberText, and how many decimals the author typed ("34.0": 1, "57": 0, "1.7 million": 0), so that a chart
 * can keep the precision the author wrote (see DataModel.decimals).
 */
export function readNumberText(raw: string, locale = 'en-GB'): [ParsedNumber, number] {
  const text = raw
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length > MAX_LENGTH) return [{ kind: 'invalid' }, 0];
  if (MISSING.has(text.toLowerCase())) return [{ kind: 'missing' }, 0];
  const match = PATTERN.exec(text);
  if (!match?.groups) return [{ kind: 'invalid' }, 0];
  const { qualifier = '', sign = '', digits = '', suffix = '' } = match.groups;
  // A figure typed the English way on a page in another language ("57.5" on a German page) is still read when the
  // page's own convention cannot read it; an ambiguous one ("1.500" on a German page: 1,500) keeps the page's meaning.
  const plain = plainDigits(digits.trim(), separators(locale)) ?? plainDigits(digits.trim(), separators('en-GB'));
  if (plain === undefined) return [{ kind: 'invalid' }, 0];
  const exponent = MULTIPLIERS[suffix.toLowerCase()] ?? 0;
  const value = Number(`${sign}${plain}e${exponent}`);
  if (!Number.isFinite(value)) return [{ kind: 'invalid' }, 0];
  const words = qualifier.trim();
  // A qualifier is words ("more than", "over", "about", "c.") or a comparison sign; anything else is not a number.
  if (words && !/^(\p{L}[\p{L}.\s]*|[<>≈~≥≤]=?)$/u.test(words)) return [{ kind: 'invalid' }, 0];
  // Decimals typed before a multiplier ("1.7 million") are the multiplier's, not the figure's.
  const decimals = exponent ? 0 : (plain.split('.')[1]?.length ?? 0);
  return [words ? { kind: 'number', value, qualifier: words } : { kind: 'number', value }, decimals];
}

function plainDigits(digits: string, { group, decimal }: { group: string; decimal: string }): string | undefined {
  const groupChars = group.trim() === '' ? [' '] : [group, ...(group === '.' ? [] : [' ', "'"])];
  const [whole = '', fraction, extra] = digits.split(decimal);
  if (extra !== undefined) return undefined;
  let integer = whole;
  for (const g of groupChars) {
    if (!integer.includes(g)) continue;
    const groups = integer.split(g);
    const valid = /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((part) => /^\d{3}$/.test(part));
    if (!valid) return undefined;
    integer = groups.join('');
  }
  if (!/^\d*$/.test(integer) || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined;
  if (integer === '' && fraction === undefined) return undefined;
  return `${integer || '0'}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/**
 * `decimals` for the model (see DataModel.decimals): only when the author typed a trailing zero somewhere ("34.0"),
 * the sign that the decimals matter; "57.5" beside "60" is shown as today ("57.5%", "60%").
 */
export const withDecimals = (decimals: readonly (number | undefined)[], padded: boolean): { decimals?: number[] } =>
  padded ? { decimals: Array.from(decimals, (d) => d ?? 0) } : {};

/** Whether a figure was typed with a trailing zero after its decimal point ("34.0", "30.40"). */
export const typedTrailingZero = (raw: string): boolean => /[.,]\d*0\s*%?\s*$/.test(raw.trim());
