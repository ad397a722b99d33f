import type { englishCount, englishPlural } from './grammar.js';
import type { ProblemMessages } from './messages.js';

/** The grammar these sentences share with the English a reader gets, handed over by messages.ts (as cy.ts gets it). */
export interface EnglishGrammar {
  readonly englishCount: typeof englishCount;
  readonly englishPlural: typeof englishPlural;
}

/**
 * English that explains a problem to the page's author: what is wrong with an attribute or the data, and how to fix
 * it. Most pages never show one, so these sentences load only when a widget has a problem to show (a chunk of their
 * own in the CDN files; see `registerProblemWords` in messages.ts). The widget waits for them before it draws, so
 * the first frame that shows a problem explains it in full. Imports nothing at run time.
 */
export const englishProblems = ({ englishCount, englishPlural }: EnglishGrammar): ProblemMessages => ({
  uncertaintyNeedsSampleSize: 'no sample size is known, so no margins of error can be drawn. Set sample-size, or add an n column.',
  uncertaintyNeedsPercent: 'margins of error are worked out for percentages only (unit="percent").',
  invalidSampleSizeAttribute: (value) => `“${value}” is not a whole number of people, so no margins of error are shown.`,
  problemIn: (attribute, message) => `${attribute}: ${message}`,
  emptyData: 'there is no data to show. Add rows to the table, or set the data attribute.',
  notANumber: (text, label) => `“${text}” (for “${label}”) is not a number.`,
  percentTooHigh: (label, value) => `“${label}” is ${value}, more than 100%. If these are not percentages, set unit="count" or unit="number".`,
  negativePercent: (label, value) => `“${label}” is ${value}; a percentage cannot be negative.`,
  negativeNotAllowed: (label, value, unit) => `“${label}” is ${value}; a ${unit} cannot be negative. Use unit="number" for values that can fall below zero.`,
  tooLargeToDraw: (label, value) => `“${label}” is ${value}, far too large to draw: check for a mistyped figure.`,
  fieldworkReversed: (given, corrected) => `“${given}” ends before it starts: write the earlier date first (${corrected}).`,
  fieldworkNotADate: (given) =>
    `“${given}” is not a real date: write dates as YYYY-MM-DD (2024-03-15), YYYY-MM or YYYY, and a period as two dates with a / between them.`,
  tooManyRows: (count, max) => `the data has ${count} rows; this chart draws at most ${max}. Chart a selection or a summary, and link to the full table.`,
  invalidJson: (detail) => `the data is not valid JSON (${detail}).`,
  jsonShape: (detail) => `the data should be a list of {"label", "value"} rows: ${detail}`,
  compactSyntax: (part) => `“${part}” should read “label: number”, for example “Worried about cyber-attacks: 57”.`,
  seriesMismatch: (label, expected, found) =>
    `“${label}” has ${englishCount(found, 'value', 'values')}, but there ${englishPlural(expected, 'is', 'are')} ${expected} series.`,
  missingLabel: (row) => `row ${row} has no label.`,
  invalidSampleSize: (text, label) => `“${text}” (the sample size for “${label}”) is not a whole number of people.`,
  tableWithoutRows: 'the table has no rows of data.',
  notOneOf: (value, allowed, fallback) => `“${value}” is not one of ${allowed.join(', ')}; using ${fallback}.`,
  unknownUnit: (value, allowed) => `“${value}” is not a unit. Use one of ${allowed.join(', ')}.`,
  invalidLocale: (value, fallback) => `“${value}” is not a language tag such as en-GB or cy; using ${fallback}.`,
  invalidCurrency: (value) => `“${value}” is not a three-letter currency code such as GBP or EUR.`,
  invalidFormat: (value) => `“${value}” is not a number format such as “.1f” or “,.0f”.`,
  notANumberAttribute: (value) => `“${value}” is not a number; it was ignored.`,
  tooLargeAttribute: (value) => `“${value}” is far too large to draw; it was ignored.`,
  unsafeUrl: (value) => `“${value}” is not an http or https address, so the source is shown without a link.`,
  unknownAttribute: (name) => `“${name}” is not an attribute of this chart; it was ignored. Check its spelling.`,
  highlightNotFound: (value) => `no bar is labelled “${value}”, so none is highlighted.`,
  maxBelowData: (max, largest) => `the axis maximum ${max} is below the largest value ${largest}; the axis was extended to fit.`,
  unexpected: (detail) => `something went wrong while drawing (${detail}).`,
});
