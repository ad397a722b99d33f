import { problem, type Problem } from './problems.js';
import { parseNumberText } from './data/parse-number.js';
import { MAX_DRAWABLE } from './data/validate.js';

/**
 * Reads an attribute that must be one of a fixed list. An unknown value is reported and the fallback used, so a
 * typo never blanks the chart.
 */
export function readChoice<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T, problems: Problem[]): T {
  if (value === null || value === undefined || value === '') return fallback;
  const normalised = value.trim().toLowerCase();
  const found = allowed.find((choice) => choice === normalised);
  if (found) return found;
  problems.push(problem(attribute, (m) => m.notOneOf(value, allowed, fallback)));
  return fallback;
}

/** Reads an optional numeric attribute ("95", "95%", "2,582"); anything else, or beyond MAX_DRAWABLE, is reported and ignored. */
export function readNumber(attribute: string, value: string | number | null | undefined, problems: Problem[], locale = 'en-GB'): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  let number = NaN;
  if (typeof value === 'number') number = value;
  else {
    const parsed = parseNumberText(value, locale);
    if (parsed.kind === 'number') number = parsed.value;
  }
  if (Number.isFinite(number) && Math.abs(number) <= MAX_DRAWABLE) return number;
  if (Number.isFinite(number)) {
    problems.push(problem(attribute, (m) => m.tooLargeAttribute(String(value).slice(0, 80))));
    return undefined;
  }
  problems.push(problem(attribute, (m) => m.notANumberAttribute(String(value).slice(0, 80))));
  return undefined;
}

/** Only http and https links are followed; `javascript:`, `data:` and relative oddities are refused. */
export function safeHttpUrl(attribute: string, value: string | null | undefined, problems: Problem[]): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const base = typeof document === 'undefined' ? 'https://invalid.example/' : document.baseURI;
    const url = new URL(value.trim(), base);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // fall through: reported below
  }
  problems.push(problem(attribute, (m) => m.unsafeUrl(value.slice(0, 120))));
  return undefined;
}

/** Attributes any HTML element may carry; they are never reported as unknown. */
const GLOBAL_ATTRIBUTES = new Set([
  'id',
  'class',
  'style',
  'lang',
  'dir',
  'hidden',
  'title',
  'slot',
  'part',
  'exportparts',
  'tabindex',
  'role',
  'is',
  'inert',
  'translate',
  'draggable',
  'spellcheck',
  'autofocus',
  'nonce',
  'popover',
  'accesskey',
  'contenteditable',
  'enterkeyhint',
  'inputmode',
  'itemscope',
  'itemtype',
  'itemprop',
  'itemid',
  'itemref',
  'defer-hydration',
]);

/** Whether an attribute named `name` is one to report: not `known`, not global, not data-, aria- or on…. */
export const isUnknownAttribute = (name: string, known: ReadonlySet<string>): boolean =>
  !known.has(name) && !GLOBAL_ATTRIBUTES.has(name) && !/^(data-|aria-|on)/.test(name);

/** Attribute names on `element` that it does not understand: likely typos ("heading-levle", "colour"). */
export function unknownAttributes(element: Element, known: Iterable<string>): Problem[] {
  const knownSet = new Set(known);
  return Array.from(element.attributes, (attribute) => attribute.name)
    .filter((name) => isUnknownAttribute(name, knownSet))
    .map((name) => problem(name, (m) => m.unknownAttribute(name)));
}
