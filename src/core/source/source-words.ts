/**
 * The problems with a `src` address and the file it gave, in English: the words an editor reads in the widget and
 * a developer in the console; and what a refresh says (only a chart with `src` refreshes). They load with the code
 * that reads `src` (source-load.ts), so charts without `src` never download them. Other languages give them in their
 * shared catalogue (cy.ts), and a page can override them with `addMessages`, like every other sentence. Addresses
 * arrive absolute; numbers already written out.
 */
export interface SourceMessages {
  sourceUnsafe: (given: string) => string;
  /** `status` as the server gave it ("404 Not Found"). */
  sourceStatus: (url: string, status: string) => string;
  sourceTimeout: (url: string, seconds: string) => string;
  sourceTooLarge: (url: string, limit: string) => string;
  /** The address gave a web page (a login or "not found" page), not a data file. */
  sourceWebPage: (url: string) => string;
  sourceEmpty: (url: string) => string;
  sourceInvalidJson: (url: string, detail: string) => string;
  sourceShape: (url: string, detail: string) => string;
  sourceNoRows: (url: string) => string;
  sourceTooManyRows: (url: string, rows: string, limit: string) => string;
  sourceMissingColumn: (attribute: string, column: string, available: readonly string[]) => string;
  sourceInvalidFilter: (part: string) => string;
  /** `filter` kept none of the file's rows. */
  sourceNoRowsKept: (filter: string, url: string) => string;
  /** Only one of `lower-column` / `upper-column` is set. */
  intervalNeedsBothColumns: (given: string, missing: string) => string;
  /** An end of a published interval is not a number. */
  intervalBoundNotANumber: (text: string, label: string) => string;
  /** A value lies outside the interval published for it (all three as written in the file). */
  valueOutsideInterval: (label: string, value: string, low: string, high: string) => string;
  /** How published intervals came about (shown under "About this data"): the source's, not worked out here. */
  publishedIntervalRule: string;
  /** trust-stat's line under the figure for a published interval: "Interval published with the figures: 57% (54–60)". */
  statPublishedInterval: (interval: string) => string;
  /** Said politely to screen readers when a refresh brings new figures ("14:05"). */
  figuresUpdated: (time: string) => string;
  /** Shown over the chart when a refresh failed and the figures from `time` stay on screen. */
  figuresNotUpdated: (time: string) => string;
}

export const englishSourceWords: SourceMessages = {
  sourceUnsafe: (given) => `“${given}” is not a web address (http:// or https://, or an address on this site), so no figures were loaded.`,
  sourceStatus: (url, status) => `Could not load the figures from ${url}: the server answered ${status}. Check the address, and that the sheet is published.`,
  sourceTimeout: (url, seconds) =>
    `Could not load the figures from ${url}: the server did not answer within ${seconds} ${seconds === '1' ? 'second' : 'seconds'}. Try again later.`,
  sourceTooLarge: (url, limit) => `The file at ${url} is larger than ${limit}, too large for a chart. Publish only the sheet this chart needs.`,
  sourceWebPage: (url) =>
    `${url} is a web page, not a CSV file: in Google Sheets use File → Share → Publish to web, and choose CSV. A sign-in page also means the file is not public.`,
  sourceEmpty: (url) => `The file at ${url} is empty.`,
  sourceInvalidJson: (url, detail) => `The file at ${url} is not valid JSON (${detail}).`,
  sourceShape: (url, detail) => `The file at ${url} holds no rows of figures: JSON should be a list of rows, or label: value pairs (this is ${detail}).`,
  sourceNoRows: (url) => `The file at ${url} has a header row but no rows of figures under it.`,
  sourceTooManyRows: (url, rows, limit) => `The file at ${url} has ${rows} rows; a chart reads at most ${limit}. Publish a summary sheet instead.`,
  sourceMissingColumn: (attribute, column, available) =>
    `${attribute}="${column}" names a column the file does not have. Its columns are: ${available.map((name) => `“${name}”`).join(', ') || 'none'}.`,
  sourceNoRowsKept: (filter, url) => `No row of ${url} matches filter="${filter}". Check the column’s values, as written in the file.`,
  sourceInvalidFilter: (part) => `“${part}” is not a condition: write filter="Column=value", several separated by ;.`,
  intervalNeedsBothColumns: (given, missing) => `an interval needs both ends: set ${missing} as well as ${given}. No published intervals are shown until then.`,
  intervalBoundNotANumber: (text, label) => `“${text}” (in the interval for “${label}”) is not a number, so that interval is not shown.`,
  valueOutsideInterval: (label, value, low, high) =>
    `“${label}” is ${value}, outside its published interval ${low}–${high}, so that interval is not shown. Check that the interval belongs to this figure.`,
  publishedIntervalRule:
    'Ranges given with the figures are the intervals their source published, shown as published: they were not worked out here from sample sizes.',
  statPublishedInterval: (interval) => `Interval published with the figures: ${interval}`,
  figuresUpdated: (time) => `Figures updated at ${time}`,
  figuresNotUpdated: (time) => `Could not update the figures; showing those from ${time}.`,
};
