import { fail, ok, problem, type Result } from '../problems.js';
import type { Messages } from '../i18n/messages.js';
import { plainNumberFormat } from './plain-number.js';
import { COMPACT_FROM, type Notation, type Unit } from './units.js';

export interface NumberFormatSettings {
  readonly unit: Unit;
  readonly locale: string;
  /** ISO 4217 code, used when `unit` is `currency`. */
  readonly currency: string;
  /** Optional d3-format specifier (".1f", ",.0f", "+.1f", ".3s"), applied through Intl so the locale still holds. */
  readonly format?: string | null | undefined;
  readonly notation: Notation;
  readonly messages: Messages;
  /** Decimals the author typed (see DataModel.decimals): shown on every value, unless `format` says otherwise. */
  readonly decimals?: number | undefined;
}

/** Formats one value for the reader, keeping its qualifier ("more than 90%"). */
export type ValueFormatter = (value: number, qualifier?: string) => string;

/**
 * Builds the formatter a widget uses everywhere a number is shown or read out (labels, table, summary).
 * Returns problems for an unknown currency code or a format specifier it cannot honour.
 */
export function createValueFormatter(settings: NumberFormatSettings): Result<ValueFormatter> {
  const { unit, locale, currency, format, notation, messages, decimals } = settings;
  const fromSpecifier = format ? intlOptionsFromSpecifier(format) : ok<Intl.NumberFormatOptions>({});
  if (!fromSpecifier.ok) return fromSpecifier;
  if (unit === 'currency' && !isCurrencyCode(currency)) {
    return fail(problem('currency', (m) => m.invalidCurrency(currency)));
  }
  const explicit = fromSpecifier.value;
  const unitDefaults = unitOptions(unit, currency);
  const base: Intl.NumberFormatOptions = {
    // Values that round to zero (-0.001) are written "0", never "-0". 'negative' is ES2023 (Chrome 106, Firefox 116,
    // Safari 15.4, all older than the CSS this library needs), hence the cast; an explicit "+" still wins.
    signDisplay: 'negative' as unknown as Intl.NumberFormatOptions['signDisplay'],
    ...unitDefaults,
    // "34.0" typed is "34.0" shown, beside "30.4" ("34" would look less precise than it is); `format` still wins.
    ...(decimals && !format
      ? { minimumFractionDigits: Math.min(decimals, 20), maximumFractionDigits: Math.min(Math.max(decimals, unitDefaults.maximumFractionDigits ?? 0), 20) }
      : {}),
    ...explicit,
  };
  const standard = numberFormat(locale, base);
  const compactOptions: Intl.NumberFormatOptions = {
    ...base,
    notation: 'compact',
    // "1.7 million" reads better than "1.7M" in a sentence; money keeps the house style "£92m".
    compactDisplay: unit === 'currency' ? 'short' : 'long',
    ...(explicit.maximumFractionDigits === undefined && explicit.maximumSignificantDigits === undefined
      ? { maximumSignificantDigits: 3, minimumFractionDigits: undefined, maximumFractionDigits: undefined }
      : {}),
  };
  const houseMoney = unit === 'currency' && writesHouseMoney(locale);
  // Built only when a value needs it: compact notation loads more locale data than most charts ever use.
  const compact = (value: number): string => {
    const format = numberFormat(locale, compactOptions);
    return houseMoney ? houseCompactMoney(format, value) : format.format(value);
  };
  // Percentages are never compacted: "1.7 million%" helps nobody (and a percentage that large is an error anyway).
  const useCompact = (value: number): boolean =>
    unit !== 'percent' && (explicit.notation === 'compact' || notation === 'compact' || (notation === 'auto' && !format && Math.abs(value) >= COMPACT_FROM));

  return ok((value: number, qualifier?: string) => {
    const shown = unit === 'percent' ? value / 100 : value;
    const written = Object.is(shown, -0) ? 0 : shown;
    let text = useCompact(value) ? compact(written) : standard.format(written);
    if (unit === 'ratio') text = messages.ratio(text);
    return qualifier ? messages.qualified(qualifier, text) : text;
  });
}

/** The part of Intl.NumberFormat that the widgets use. */
export interface NumberFormatter {
  format(value: number): string;
  formatToParts(value: number): Intl.NumberFormatPart[];
}

const formatCache = new Map<string, NumberFormatter>();

/**
 * A number formatter for `locale` and `options`, shared by every widget on the page (every render of every widget
 * asks for the same few). The Intl.NumberFormat behind it is built only when a number first needs it: the first one
 * of a page costs 20–40 ms in Chromium, and British English percentages and plain numbers never need it (see
 * plain-number.ts).
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): NumberFormatter {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatCache.get(key);
  if (!found) {
    found = lazyNumberFormat(locale, options);
    if (formatCache.size > 200) formatCache.clear();
    formatCache.set(key, found);
  }
  return found;
}

function lazyNumberFormat(locale: string, options: Intl.NumberFormatOptions): NumberFormatter {
  let intl: Intl.NumberFormat | undefined;
  const native = () => (intl ??= new Intl.NumberFormat(locale, options));
  const plain = plainNumberFormat(locale, options);
  return {
    format: (value) => plain?.(value) ?? native().format(value),
    formatToParts: (value) => native().formatToParts(value),
  };
}

/**
 * The house style for short money in British English, the library's audience: "£92m", "£1.7bn", "£45.6k" (as
 * the NAO and the BBC write it). Newer CLDR data says the same for en-GB, but each browser formats with its own
 * copy: WebKitGTK on Debian (ICU 72, CLDR 42) wrote "£92M" where Chromium, Firefox and Node wrote "£92m". Every
 * CLDR version picks the same scale (thousands, millions…) and places it the same way; only the letters differ
 * (K, M, B, T in older data), so they are written here: k, m, bn, tn.
 */
/** Locales written in the house style: British English (a bare "en" is read as en-GB before it gets here). */
const writesHouseMoney = (locale: string): boolean => /^en-GB(?:-|$)/i.test(locale);

/** `value` in short money with the house style's letters ("£92m", "-£1.7bn", "£999k"). */
function houseCompactMoney(format: NumberFormatter, value: number): string {
  return format
    .formatToParts(value)
    .map((part) => (part.type === 'compact' ? part.value.toLowerCase().replace(/^[bt]$/, '$&n') : part.value))
    .join('');
}

function unitOptions(unit: Unit, currency: string): Intl.NumberFormatOptions {
  switch (unit) {
    case 'percent':
      return { style: 'percent', maximumFractionDigits: 1 };
    case 'currency':
      return { style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: 0 };
    case 'count':
    case 'ratio':
      return { maximumFractionDigits: 1 };
    case 'number':
      return { maximumFractionDigits: 2 };
  }
}

let currencies: Set<string> | undefined;

function isCurrencyCode(code: string): boolean {
  if (!/^[A-Za-z]{3}$/.test(code)) return false;
  // Intl accepts any three letters ("UKP", "GPB" print as "UKP 92M"), so check the list of real currencies.
  if (typeof Intl.supportedValuesOf === 'function') {
    currencies ??= new Set(Intl.supportedValuesOf('currency'));
    return currencies.has(code.toUpperCase());
  }
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

/**
 * Maps the parts of a d3-format specifier that make sense for a chart label onto Intl options. Padding, fill and
 * alignment have no meaning in a label and are ignored; binary, octal, hex and character types are refused.
 */
export function intlOptionsFromSpecifier(specifier: string): Result<Intl.NumberFormatOptions> {
  const refuse = fail<Intl.NumberFormatOptions>(problem('format', (m) => m.invalidFormat(specifier)));
  const spec = parseSpecifier(specifier);
  if (!spec) return refuse;
  const options: Intl.NumberFormatOptions = { useGrouping: spec.comma };
  const precision = spec.precision;
  const digits = (min: number | undefined, max: number | undefined) => {
    options.minimumFractionDigits = spec.trim ? 0 : min;
    options.maximumFractionDigits = max;
  };
  switch (spec.type) {
    case 'f':
    case '%':
      if (precision !== undefined) digits(precision, precision);
      break;
    case '':
      if (precision !== undefined) digits(0, precision);
      break;
    case 'd':
      digits(0, 0);
      break;
    case 'r':
    case 'g':
    case 'n':
      if (precision !== undefined) options.maximumSignificantDigits = Math.max(1, precision);
      if (spec.type === 'n') options.useGrouping = true;
      break;
    case 's':
      options.notation = 'compact';
      if (precision !== undefined) options.maximumSignificantDigits = Math.max(1, precision);
      break;
    case 'e':
      options.notation = 'scientific';
      if (precision !== undefined) digits(precision, precision);
      break;
    default:
      return refuse;
  }
  if (spec.sign === '+') options.signDisplay = 'exceptZero';
  if (spec.sign === '(') options.currencySign = 'accounting';
  // Intl throws a RangeError for precisions it cannot honour (".200f", ".30r"): a problem, not an exception. Options
  // that plain-number.ts writes (".1f", ",.0f", ".1%") are within Intl's range: checking them would build the page's
  // first Intl.NumberFormat (20–40 ms in Chromium) for a British English chart that otherwise never needs one.
  if (plainNumberFormat('en-GB', options)) return ok(options);
  try {
    new Intl.NumberFormat('en', options);
  } catch {
    return refuse;
  }
  return ok(options);
}

/** `specifier` with its trailing zeros trimmed (d3's `~`), for an axis: ".1f" gives "20%", never "20.0%". */
export const axisSpecifier = (specifier: string): string => specifier.replace(/~?([a-z%]?)$/i, '~$1');

/**
 * d3-format's specifier grammar, [[fill]align][sign][symbol][0][width][,][.precision][~][type], parsed with the
 * same regular expression d3-format uses. Importing d3-format for it kept its default-locale set-up in the bundle
 * (5 KB minified) for one line.
 */
const SPECIFIER = /^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;

interface Specifier {
  readonly sign: string;
  readonly comma: boolean;
  readonly precision: number | undefined;
  readonly trim: boolean;
  readonly type: string;
}

function parseSpecifier(specifier: string): Specifier | undefined {
  const match = SPECIFIER.exec(specifier);
  if (!match) return undefined;
  return {
    sign: match[3] ?? '-',
    comma: !!match[7],
    precision: match[8] ? Number(match[8].slice(1)) : undefined,
    trim: !!match[9],
    type: match[10] ?? '',
  };
}
