/**
 * The problems with a `src` address and the file it gave, in English: the words an editor reads in the widget and
 * a developer in the console. They load with the code that reads `src` (source-load.ts), so charts without `src`
 * never download them. Other languages give them in their shared catalogue (cy.ts), and a page can override them
 * with `addMessages`, like every other sentence. Addresses arrive absolute; numbers already written out.
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
};
