import { csvParseRows, tsvParseRows } from 'd3-dsv';

/** What a fetched file holds: a table of text cells under a header row, or records from JSON. */
export type SourceFormat = 'csv' | 'tsv' | 'json';

/** A fetched file read into named columns, cells as given (text from CSV/TSV; any JSON value from JSON). */
export interface SourceTable {
  readonly format: SourceFormat;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** Why a fetched body is not a table, for the widget to word (see the `source*` messages). */
export type SourceFormatProblem =
  | { readonly kind: 'html' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'malformed-json'; readonly detail: string }
  | { readonly kind: 'json-shape'; readonly detail: string }
  | { readonly kind: 'no-header' }
  | { readonly kind: 'too-many-rows'; readonly rows: number; readonly limit: number };

export type SourceRead = { readonly ok: true; readonly table: SourceTable } | { readonly ok: false; readonly problem: SourceFormatProblem };

/** More rows than any chart can show legibly, and enough to stop a mistaken 50 MB export from freezing the page. */
export const MAX_SOURCE_ROWS = 10_000;

const BY_CONTENT_TYPE: readonly [RegExp, SourceFormat | 'html'][] = [
  [/^text\/html|^application\/xhtml\+xml/, 'html'],
  [/^text\/csv|^application\/csv|^text\/comma-separated-values/, 'csv'],
  [/^text\/tab-separated-values/, 'tsv'],
  [/^application\/(?:[\w.+-]+\+)?json|^text\/json/, 'json'],
];

/**
 * The format of a body: from its content type when that is specific, then from the address's extension (Google
 * Sheets' `…/pub?output=csv` names its format in the query), then from the content itself (a header row with at
 * least as many tabs as commas is TSV: pasted spreadsheet headers hold commas, rarely tabs). A body that looks like
 * HTML is HTML whatever the headers say: a login page or a "file not found" page served with 200 is the classic.
 */
export function detectFormat(contentType: string | null | undefined, address: string, body: string): SourceFormat | 'html' {
  const start = body.replace(/^\uFEFF/, '').trimStart();
  if (/^<(?:!doctype|html|head|body|\?xml|!--|[a-z][\w-]*[\s>/])/i.test(start)) return 'html';
  const type = (contentType ?? '').toLowerCase().trim();
  for (const [pattern, format] of BY_CONTENT_TYPE) if (pattern.test(type)) return format;
  const fromAddress = formatFromAddress(address);
  if (fromAddress) return fromAddress;
  if (start.startsWith('[') || start.startsWith('{')) return 'json';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  const tabs = count(firstLine, '\t');
  return tabs > 0 && tabs >= count(firstLine, ',') ? 'tsv' : 'csv';
}

function formatFromAddress(address: string): SourceFormat | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const output = (url.searchParams.get('output') ?? url.searchParams.get('format') ?? '').toLowerCase();
  if (output === 'csv' || output === 'tsv' || output === 'json') return output;
  const extension = /\.(csv|tsv|tab|json)$/i.exec(url.pathname)?.[1]?.toLowerCase();
  return extension === 'tab' ? 'tsv' : (extension as SourceFormat | undefined);
}

const count = (text: string, character: string) => text.split(character).length - 1;

/**
 * Reads a body in `format` into a table. CSV and TSV through d3-dsv (quoted cells, embedded newlines and commas);
 * the first row is the header, blank header cells get their column letter's position ("Column 3"), repeated names
 * a suffix, so no cell is lost. JSON: an array of records, or an object holding one (`{"rows": […]}`, `{"data": […]}`),
 * or an object of label → value. Cells stay as given: numbers are read later, in the page's locale.
 */
export function readSource(body: string, format: SourceFormat | 'html'): SourceRead {
  if (format === 'html') return { ok: false, problem: { kind: 'html' } };
  const text = body.replace(/^\uFEFF/, '');
  if (!text.trim()) return { ok: false, problem: { kind: 'empty' } };
  return format === 'json' ? readJson(text) : readDelimited(format === 'tsv' ? tsvParseRows(text) : csvParseRows(text), format);
}

function readDelimited(cells: string[][], format: 'csv' | 'tsv'): SourceRead {
  const lines = cells.filter((row) => row.some((cell) => cell.trim() !== ''));
  const [header, ...body] = lines;
  if (!header || body.length === 0) return { ok: false, problem: { kind: 'no-header' } };
  if (body.length > MAX_SOURCE_ROWS) return { ok: false, problem: { kind: 'too-many-rows', rows: body.length, limit: MAX_SOURCE_ROWS } };
  const columns = uniqueNames(header.map((name, index) => name.trim() || `Column ${index + 1}`));
  const rows = body.map((row) => Object.fromEntries(columns.map((name, index) => [name, row[index] ?? ''])));
  return { ok: true, table: { format, columns, rows } };
}

function readJson(text: string): SourceRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'malformed-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const records = recordsIn(parsed);
  if (!records) return { ok: false, problem: { kind: 'json-shape', detail: describe(parsed) } };
  if (records.length > MAX_SOURCE_ROWS) return { ok: false, problem: { kind: 'too-many-rows', rows: records.length, limit: MAX_SOURCE_ROWS } };
  const bad = records.findIndex((record) => !isRecord(record));
  if (bad >= 0) return { ok: false, problem: { kind: 'json-shape', detail: `item ${bad + 1} is ${describe(records[bad])}` } };
  const columns = uniqueNames([...new Set((records as Record<string, unknown>[]).flatMap((record) => Object.keys(record)))]);
  return { ok: true, table: { format: 'json', columns, rows: records as Record<string, unknown>[] } };
}

/** The records a JSON document holds: an array; `rows`/`data`/`values`/`records` of an object; or label → value. */
function recordsIn(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value as unknown[];
  if (!isRecord(value)) return undefined;
  for (const key of ['rows', 'data', 'values', 'records']) {
    const inner = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
    if (Array.isArray(inner)) return inner as unknown[];
  }
  const entries = Object.entries(value);
  if (entries.length > 0 && entries.every(([, cell]) => typeof cell === 'number' || typeof cell === 'string' || cell === null)) {
    return entries.map(([label, cell]) => ({ label, value: cell }));
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object without a list of rows' : `a ${typeof value}`;
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const times = (seen.get(name) ?? 0) + 1;
    seen.set(name, times);
    return times === 1 ? name : `${name} (${times})`;
  });
}
