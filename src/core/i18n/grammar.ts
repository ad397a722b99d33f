/**
 * Small pieces of grammar the message catalogues share, so that each catalogue keeps only its words.
 */

/**
 * Joins items the way the catalogues write lists: commas between them, `and` (or `or`, or the Welsh "a", "neu")
 * before the last one, with no serial comma: "a, b and c". An empty list gives "", one item gives itself. The Welsh
 * "a" becomes "ac" before a vowel. (Spoken numbers are left alone: "a 8" is read "ac wyth" by a Welsh reader anyway.)
 *
 * Not `Intl.ListFormat`: it disagrees between engines and with these sentences. For "cy", Node 20 (ICU 78) writes
 * "a, b, a(c) c" and Chromium, which ships no Welsh list data, falls back to "a, b, and c"; plain "en" (a page's
 * `lang="en"`) adds the serial comma. A server-rendered sentence must read the same once the browser renders it.
 */
export function joinList(items: readonly string[], and: string): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1]!;
  // Welsh "a" (and) is "ac" before a vowel ("Cymru ac Ynys Môn"); w and y are vowels in Welsh.
  const word = and === 'a' && /^[aeiouwyâêîôûŵŷáéíóúàèìòù]/i.test(last) ? 'ac' : and;
  return `${items.slice(0, -1).join(', ')} ${word} ${last}`;
}

/**
 * The English word for a count: `one` for exactly 1 (or -1), `other` for every other number, as CLDR's English rule
 * (and `Intl.PluralRules('en')`, which test/core/messages.test.ts compares it with) has it. Without Intl: a plural
 * rules object built when this module loads was the one Intl object a page of English charts still built.
 * `englishPlural(1, 'item', 'items')` → "item". Welsh catalogues need no such helper: Welsh counts with the singular
 * noun ("4 eitem").
 */
export function englishPlural(count: number, one: string, other: string): string {
  return Math.abs(count) === 1 ? one : other;
}

/** A count written as digits and its English noun: `englishCount(3, 'item', 'items')` → "3 items". */
export function englishCount(count: number, one: string, other: string): string {
  return `${count} ${englishPlural(count, one, other)}`;
}

/**
 * The text with its first letter in capitals, for a sentence that starts with a value or a phrase ("no data" →
 * "No data"). Locale-independent on purpose, so that a page rendered on a server whose default locale is Turkish
 * reads the same as in the browser.
 */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
