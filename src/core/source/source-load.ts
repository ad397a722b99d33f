import { resolveSourceAddress } from './source-address.js';
import { pageSources, type FetchedSource, type FetchProblem } from './source-cache.js';
import {
  chooseColumns,
  parseColumnList,
  parseFilter,
  type ColumnResult,
  type FilterCondition,
  type IntervalProblem,
  type MissingColumn,
  type PublishedInterval,
} from './source-columns.js';
import { detectFormat, readSource, type SourceFormatProblem, type SourceRead } from './source-format.js';

export { sourceProblem, sourceWords } from './source-problems.js';

/**
 * A widget's `src`, read into records, in one call: the address checked, the body fetched through the page's shared
 * cache, its format detected, parsed, and the author's columns and filter applied. Loaded with a dynamic `import()`
 * only by widgets that have `src`, so that charts without it never download d3-dsv or any of this. It imports nothing
 * the page's script holds (no Lit, no words): in a CDN build it is a chunk of its own, and a chunk importing the
 * script back could load a second copy of it. Problems come back as plain values; the widget puts them in words.
 */

/** The column and filter attributes as written (null or undefined when absent). */
export interface SourceColumnAttributes {
  readonly labelColumn?: string | null | undefined;
  readonly valueColumn?: string | null | undefined;
  readonly seriesColumns?: string | null | undefined;
  readonly fromColumn?: string | null | undefined;
  readonly toColumn?: string | null | undefined;
  readonly nColumn?: string | null | undefined;
  /** `direction-column` (trust-change): the column of each row's good way. */
  readonly directionColumn?: string | null | undefined;
  /** The columns holding each value column's published interval, comma-separated in the same order. */
  readonly lowerColumn?: string | null | undefined;
  readonly upperColumn?: string | null | undefined;
  readonly filter?: string | null | undefined;
}

export interface SourceRequest {
  readonly src: string;
  /** The page's address, that a relative `src` is resolved against. */
  readonly base: string;
  readonly columns: SourceColumnAttributes;
  readonly timeoutMs: number;
  /** For a refresh: a body fetched before this time (ms since the epoch) is fetched again. */
  readonly notBefore?: number | undefined;
  readonly signal: AbortSignal;
}

/** Why `src` gave no records. `url` is the absolute address where there is one. */
export type SourceLoadProblem =
  | { readonly kind: 'unsafe'; readonly given: string }
  | { readonly kind: 'invalid-filter'; readonly parts: readonly string[] }
  | { readonly kind: 'no-rows-kept'; readonly filter: string; readonly url: string }
  | ((FetchProblem | SourceFormatProblem | MissingColumn) & { readonly url: string });

export type SourceLoad =
  | {
      readonly ok: true;
      readonly url: string;
      /** The body as fetched: two loads with the same body have the same figures. */
      readonly body: string;
      readonly fetchedAt: number;
      readonly records: Record<string, unknown>[];
      /** The value columns, in the order chosen (see ColumnResult). */
      readonly series: readonly string[];
      /** The chosen columns' names as the file has them: the label column first (see ColumnResult). */
      readonly header: readonly string[];
      /** Published intervals per record and series, checked (see chooseColumns), and why any were dropped. */
      readonly intervals?: (PublishedInterval | undefined)[][] | undefined;
      readonly problems?: IntervalProblem[] | undefined;
    }
  | { readonly ok: false; readonly problem: SourceLoadProblem };

/** One parse per body, however many widgets on the page draw from it. */
const parsed = new WeakMap<FetchedSource, SourceRead>();

export async function loadSource(request: SourceRequest): Promise<SourceLoad> {
  const address = resolveSourceAddress(request.src, request.base);
  if (!address.ok) return { ok: false, problem: { kind: 'unsafe', given: request.src } };
  const { columns } = request;
  const filter = parseFilter(columns.filter);
  if (filter.invalid.length) return { ok: false, problem: { kind: 'invalid-filter', parts: filter.invalid } };
  const { url } = address;
  const outcome = await pageSources.load(url, {
    timeoutMs: request.timeoutMs,
    notBefore: request.notBefore,
    signal: request.signal,
    sameOrigin: address.sameOrigin,
  });
  if (!outcome.ok) return { ok: false, problem: { ...outcome.problem, url } };
  const { source } = outcome;
  let read = parsed.get(source);
  if (!read) {
    read = readSource(source.body, detectFormat(source.contentType, url, source.body));
    parsed.set(source, read);
  }
  const chosen = recordsFrom(read, request.columns, filter.conditions);
  if (!chosen.ok) return { ok: false, problem: { ...chosen.problem, url } };
  if (!chosen.records.length && filter.conditions.length) return { ok: false, problem: { kind: 'no-rows-kept', filter: columns.filter ?? '', url } };
  const { records, series, header, intervals, problems } = chosen;
  return { ok: true, url, body: source.body, fetchedAt: source.fetchedAt, records, series, header, intervals, problems };
}

/**
 * The records a widget draws from a file already read: its columns and filter applied. Also used by the
 * pre-renderer, which reads `src` itself at build time.
 */
export function recordsFrom(
  read: SourceRead,
  columns: SourceColumnAttributes,
  conditions: readonly FilterCondition[],
): ColumnResult | { readonly ok: false; readonly problem: SourceFormatProblem } {
  if (!read.ok) return read;
  const given = (text: string | null | undefined) => (text?.trim() ? text.trim() : undefined);
  const series = parseColumnList(columns.seriesColumns);
  return chooseColumns(read.table, {
    label: given(columns.labelColumn),
    value: given(columns.valueColumn),
    series: series.length ? series : undefined,
    from: given(columns.fromColumn),
    to: given(columns.toColumn),
    n: given(columns.nColumn),
    direction: given(columns.directionColumn),
    lower: parseColumnList(columns.lowerColumn),
    upper: parseColumnList(columns.upperColumn),
    filter: conditions,
  });
}
