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
/**
 * How to write a figure that could not be read: "79,0" is 79.0 with a decimal comma (or the page's locale is not set);
 * anything else is written in digits.
 */
const numberHint = (text: string): string =>
  /^[^.]*\d,(\d{1,2}|\d{4,})\D*$/.test(text)
    ? `Write ${text.replace(',', '.')}, with a full stop before the decimals; or, if your page writes decimals with a comma, set locale (for example locale="de-DE").`
    : 'Write the figure in digits, such as 57, 57.5% or “over 1.7 million”.';

export const englishProblems = ({ englishCount, englishPlural }: EnglishGrammar): ProblemMessages => ({
  uncertaintyNeedsSampleSize: 'no sample size is known, so no margins of error can be drawn. Set sample-size, or add an n column.',
  uncertaintyNeedsPercent: 'margins of error are worked out for percentages only: set unit="percent" if these are percentages, or remove show-uncertainty.',
  invalidSampleSizeAttribute: (value) =>
    `“${value}” is not a whole number of people, so no margins of error are shown. Write how many people answered, such as 1,000 or “about 1,000”.`,
  sampleSizeReadAs: (text, people) => `read “${text}” as ${people} people: if that is not right, write the number in full.`,
  invalidDesignEffect: (value) =>
    `“${value}” is not a design effect; it was ignored. Write a number of 1 or more, such as 1.5, as the survey’s authors give it (1 means no allowance).`,
  problemIn: (attribute, message) => `${attribute}: ${message}`,
  emptyData: 'there is no data to show. Add rows to the table, or set the data attribute.',
  notANumber: (text, label) => `“${text}” (for “${label}”) is not a number. ${numberHint(text)}`,
  percentTooHigh: (label, value) => `“${label}” is ${value}, more than 100%. If these are not percentages, set unit="count" or unit="number".`,
  negativePercent: (label, value) =>
    `“${label}” is ${value}; a percentage cannot be negative. Check the figure, or set unit="number" for a change or a balance that can fall below zero.`,
  negativeNotAllowed: (label, value, unit) => `“${label}” is ${value}; a ${unit} cannot be negative. Use unit="number" for values that can fall below zero.`,
  tooLargeToDraw: (label, value) => `“${label}” is ${value}, far too large to draw: check for a mistyped figure.`,
  fieldworkReversed: (given, corrected) => `“${given}” ends before it starts: write the earlier date first (${corrected}).`,
  fieldworkNotADate: (given) =>
    `“${given}” is not a real date: write dates as YYYY-MM-DD (2024-03-15), YYYY-MM or YYYY, and a period as two dates with a / between them.`,
  tooManyRows: (count, max) => `the data has ${count} rows; this chart draws at most ${max}. Chart a selection or a summary, and link to the full table.`,
  invalidJson: (detail) =>
    `the data is not valid JSON (${detail}). Check its quotes, commas and brackets, or write it in the compact form “Worried: 57; Concerned: 60”.`,
  jsonShape: (detail) => `the data should be a list of {"label", "value"} rows: ${detail}`,
  compactSyntax: (part) => `“${part}” should read “label: number”, for example “Worried about cyber-attacks: 57”.`,
  seriesMismatch: (label, expected, found) =>
    `“${label}” has ${englishCount(found, 'value', 'values')}, but there ${englishPlural(expected, 'is', 'are')} ${expected} series. Give one value per series, separated by |, with a dash (–) where there is none.`,
  missingLabel: (row) => `row ${row} has no label. Name it in the first column (or with a "label" key), or remove the row.`,
  invalidSampleSize: (text, label) =>
    `“${text}” (the sample size for “${label}”) is not a whole number of people. Write how many people answered, such as 1,000, or leave it empty.`,
  tableWithoutRows: 'the table has no rows of data. Add a row under the header for each bar: its label, then its figures.',
  notOneOf: (value, allowed, fallback) => `“${value}” is not one of ${allowed.join(', ')}; using ${fallback}.`,
  pageColours: 'the page’s colours',
  unknownUnit: (value, allowed) => `“${value}” is not a unit. Use one of ${allowed.join(', ')}.`,
  invalidLocale: (value, fallback) => `“${value}” is not a language tag such as en-GB or cy; using ${fallback}.`,
  invalidCurrency: (value) => `“${value}” is not a three-letter currency code such as GBP or EUR.`,
  invalidFormat: (value) => `“${value}” is not a number format such as “.1f” or “,.0f”.`,
  notANumberAttribute: (value) => `“${value}” is not a number; it was ignored. ${numberHint(value)}`,
  tooLargeAttribute: (value) => `“${value}” is far too large to draw; it was ignored. Check for a mistyped figure.`,
  unsafeUrl: (value) => `“${value}” is not an http or https address, so the source is shown without a link. Write the full address, starting https://.`,
  unknownAttribute: (name) => `“${name}” is not an attribute of this chart; it was ignored. Check its spelling.`,
  highlightNotFound: (value) => `no bar is labelled “${value}”, so none is highlighted. Copy the label exactly from the data.`,
  annotationNoColon: (entry, example) => `“${entry}” has no colon, so it is not shown. Write where it goes, a colon, then the words: “${example}”.`,
  annotationEmpty: (place) => `the entry “${place}” has no words, so it is not shown. Write the words after the colon, or remove the entry.`,
  annotationMarkup: (place) => `the words for “${place}” contain tags; they are shown as plain text, without the tags. Write the words only.`,
  noteNotFound: (place, known) => `“${place}” is not a label in the data, so its note is not shown. Copy the label exactly, such as ${known}.`,
  noteSeriesNotFound: (series, known) => `“${series}” is not a series of this chart, so its note is not shown. Name one of ${known} after the |.`,
  referenceNotANumber: (text) => `“${text}” is not a number, so no line is drawn. Write the value, a colon, then the words: “50: Half of respondents”.`,
  referenceOffAxis: (value, low, high, fix) =>
    `the line at ${value} is off the axis, which runs from ${low} to ${high}, so it is not drawn. Check the value, or set ${fix} to include it.`,
  rangeNotFound: (text) =>
    `“${text}” is not a label or a range of labels in the data, so nothing is shaded. Write two labels joined by a dash, such as “2020–2021: Pandemic”.`,
  annotationsNotLoaded: (attribute) =>
    `the code that draws what “${attribute}” asks for could not be loaded, so the chart is shown without it. Reload the page; if it stays, check that the chunks folder is served beside the script.`,
  footNoteNowhere: (words) =>
    `the note “${words}” in the table’s foot does not say where it goes, so it is not shown. Put the label in the row’s first cell, or write it in the attribute: <td data-note="2017">.`,
  notesTwice: (count) =>
    `the chart has notes in this attribute and ${count === 1 ? 'one' : count} in its table’s foot (data-note); only the attribute’s are shown. Keep one of the two.`,
  directionCellUnreadable: (text, label) =>
    `“${text}” (row “${label}”) is not a direction, so that row takes the chart’s direction. Write up-is-good, down-is-good or neutral (or “higher is better”, “lower is better”).`,
  directionCellOverridden: (text, label) =>
    `the column says “${text}” for row “${label}”, but the direction attribute names that row too, and it wins. Say it in one place: remove the row from direction, or change the cell.`,
  directionColumnIgnored: (column) =>
    `the column “${column}” holds which way is good, which only <trust-change> shows, so this chart leaves it out. Remove the column, or draw the data with <trust-change>.`,
  maxBelowData: (max, largest) =>
    `the axis maximum ${max} is below the largest value ${largest}; the axis was extended to fit. Set it to ${largest} or more, or remove it.`,
  refreshTooShort: (given, least) => `“${given}” seconds is too often to fetch the figures; they are fetched every ${least} seconds.`,
  unexpected: (detail) =>
    `something went wrong while drawing (${detail}). Please report it, with the chart’s attributes and data, to the library’s issue tracker.`,
});
