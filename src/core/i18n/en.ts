import { englishCount, englishPlural, joinList } from './grammar.js';
import type { Messages } from './messages.js';

/** English (the fallback for every other language). */
export const en: Messages = {
  locale: 'en-GB',
  source: 'Source:',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  defaultCaption: 'Chart data',
  labelColumn: 'Item',
  valueColumn: 'Value',
  noData: 'no data',
  legend: 'Key',
  target: 'Target',
  pageColours: 'the page’s colours',
  ratio: (value) => `1 in ${value}`,
  qualified: (qualifier, value) => `${qualifier} ${value}`,
  keyboardHint: 'Use the arrow keys to move between bars.',
  pointAnnouncement: ({ label, series, value, position, total }) => `${label}${series ? `, ${series}` : ''}: ${value}. ${position} of ${total}.`,
  barsSummary: ({ items, series, extremes, target }) => {
    const kind =
      series.length > 1
        ? `Grouped bar chart, ${englishCount(items, 'item', 'items')}, ${series.length} series (${joinList(series, 'and')}).`
        : `Bar chart, ${englishCount(items, 'item', 'items')}.`;
    const parts = extremes.map(({ series: name, highest, lowest }) => {
      const prefix = series.length > 1 ? `${name}: ` : '';
      if (!highest.label) return prefix ? `${prefix}no data.` : 'No data.';
      return items > 1 && highest.label !== lowest.label
        ? `${prefix}Highest: ${highest.label}, ${highest.value}. Lowest: ${lowest.label}, ${lowest.value}.`
        : `${prefix}${highest.label}, ${highest.value}.`;
    });
    const goal = target
      ? ` ${target.label}: ${target.value}. ${target.series ? `In ${target.series}, ` : ''}${target.meeting} of ${target.total} meet it.`
      : '';
    return `${kind} ${parts.join(' ')}${goal}`;
  },
  aboutThisData: 'About this data',
  aboutQuestion: 'Question',
  aboutPopulation: 'Who',
  aboutBase: 'Base',
  aboutSampleSize: 'Sample size',
  aboutFieldwork: 'Fieldwork',
  aboutMethod: 'Method',
  aboutCommissionedBy: 'Commissioned by',
  aboutUncertainty: 'Margin of error',
  sampleSizeValue: (n) => `${n} people`,
  marginRule:
    'Ranges are 95% confidence intervals. “± 3.1” is the usual margin of error, used when at least 10 people gave each answer; otherwise the range is a Wilson interval, written “3% (1–7)”. For online panels they are approximate.',
  marginSummary: (largest) => `Margin of error (95%): up to ±${largest} percentage points.`,
  intervalNormal: (value, margin) => `${value} ± ${margin}`,
  intervalRange: (value, low, high) => `${value} (${low}–${high})`,
  rangeColumn: (series) => (series ? `${series}: 95% range` : '95% range'),
  smallSampleCaution: (items, below) => `Small samples: fewer than ${below} people answered for ${joinList(items, 'and')}. Treat these figures with caution.`,
  withheldNote: (items, below) => `Not shown: fewer than ${below} people answered for ${joinList(items, 'and')}, too few for a reliable figure.`,
  sampleOf: (label, n) => `“${label}” (${n})`,
  uncertaintyNeedsSampleSize: 'no sample size is known, so no margins of error can be drawn. Set sample-size, or add an n column.',
  uncertaintyNeedsPercent: 'margins of error are worked out for percentages only (unit="percent").',
  publishedIntervalRule:
    'Ranges given with the figures are the intervals their source published, shown as published: they were not worked out here from sample sizes.',
  intervalNeedsBothColumns: (given, missing) => `an interval needs both ends: set ${missing} as well as ${given}. No published intervals are shown until then.`,
  intervalBoundNotANumber: (text, label) => `“${text}” (in the interval for “${label}”) is not a number, so that interval is not shown.`,
  valueOutsideInterval: (label, value, low, high) =>
    `“${label}” is ${value}, outside its published interval ${low}–${high}, so that interval is not shown. Check that the interval belongs to this figure.`,
  withheld: 'too few answers',
  invalidSampleSizeAttribute: (value) => `“${value}” is not a whole number of people, so no margins of error are shown.`,
  errorHeading: 'This chart can’t be shown',
  warningHeading: 'Check this chart',
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
  loadingFigures: 'Loading figures…',
  figuresUpdated: (time) => `Figures updated at ${time}`,
  figuresNotUpdated: (time) => `Could not update the figures; showing those from ${time}.`,
  sourceNetwork: (url) =>
    `Could not load the figures from ${url}: the server could not be reached. Check the address, and that the server lets other sites read the file.`,
  refreshTooShort: (given, least) => `“${given}” seconds is too often to fetch the figures; they are fetched every ${least} seconds.`,
};
