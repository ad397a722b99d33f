import { fail, ok, problem, type Problem, type Result } from '../problems.js';
import { FROM_SRC_ATTRIBUTE } from './from-src.js';
import type { Messages } from '../i18n/messages.js';
import type { SourceMessages } from '../source/source-words.js';
import type { DataModel, DataOrigin, PublishedInterval, TrustData } from './model.js';
import { normaliseRecords } from './normalise-records.js';
import { inSeriesOrder } from './series-order.js';
import { parseDataAttribute } from './parse-data-attribute.js';
import { parseTable } from './parse-table.js';

/**
 * The data as read, with where it came from, and any non-fatal problems met on the way (a widget's own attributes).
 * `loading`: `src` wins but its figures have not arrived, and there is nothing else to draw meanwhile.
 */
export type DataResult = Result<DataModel & { origin: DataOrigin }> & { readonly warnings?: readonly Problem[]; readonly loading?: boolean };

/** What `src` has given so far (the widget's SourceController keeps it); undefined when the widget has no `src`. */
export type SourceData =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'records';
      readonly records: readonly Readonly<Record<string, unknown>>[];
      /** The value columns in the author's (or the file's) order, which the records' keys may not keep. */
      readonly series: readonly string[];
      /** The chosen columns' names as the file has them, the label column first: the data table's headers. */
      readonly header?: readonly string[] | undefined;
      /** Each record's published interval per series, in `series` order (`lower-column` / `upper-column`), checked. */
      readonly intervals?: readonly (PublishedInterval | undefined)[][] | undefined;
      /** Why published intervals were dropped: shown as warnings. */
      readonly problems?: readonly Problem[] | undefined;
      /** The words of the code that read `src` (its own English, the page's or the language's), for the intervals. */
      readonly words?: ((m: Messages) => SourceMessages) | undefined;
    }
  | { readonly kind: 'problem'; readonly problem: Problem };

/** `src` is on its way and nothing else can be drawn: the widget shows its loading state. */
const LOADING: DataResult = { ok: false, problems: [], loading: true };

export interface DataSources {
  readonly property: TrustData | string | undefined;
  readonly attribute: string | null | undefined;
  /**
   * Data written in a widget's own attributes (`value`, `of` …): undefined when they are absent. Read only when
   * neither `.data` nor `data` is given, so its problems are never reported beside data that won.
   */
  readonly own?: (() => DataResult | undefined) | undefined;
  readonly table: HTMLTableElement | null | undefined;
  /** The figures from `src`, when the widget has it. */
  readonly source?: SourceData | undefined;
  /** `src` is its dashboard's: the widget's own attributes and child table win over it. */
  readonly sourceInherited?: boolean | undefined;
  readonly locale: string;
  /**
   * `direction-column` (<trust-change>): the key of `.data` or `data` records that holds each row's good way, as it
   * names a child table's column (parse-table.ts reads it from the table's host) and a `src` file's.
   */
  readonly directionColumn?: string | null | undefined;
}

/** A source that is parsed (and may be remembered); a widget's own attributes answer for themselves. */
type ParsedSource =
  | { readonly origin: '.data'; readonly property: TrustData | string }
  | { readonly origin: 'data'; readonly text: string }
  | ({ readonly origin: 'src' } & Omit<Extract<SourceData, { kind: 'records' }>, 'kind'>)
  | { readonly origin: 'table'; readonly table: HTMLTableElement };

/**
 * The one place that decides which data wins: the `.data` property, then the `data` attribute, then `src`, then a
 * widget's own attributes, then a child `<table>`, then the `src` of the dashboard around the widget. A higher source that is present but broken wins all the same, so
 * that it is reported, never silently skipped for a lower one. While `src` is on its way the lower sources are drawn
 * meanwhile (nothing the reader had is lost: the child table is both the no-script fallback and the first frame);
 * with none of them, the result is `loading`.
 */
function winningSource({ property, attribute, own, table, source, sourceInherited }: DataSources): ParsedSource | { readonly given: DataResult } | undefined {
  if (property !== undefined && property !== null) return { origin: '.data', property };
  if (attribute !== undefined && attribute !== null && attribute.trim() !== '') return { origin: 'data', text: attribute };
  const fromSource = (): ParsedSource | { readonly given: DataResult } | undefined =>
    source?.kind === 'records' ? { ...source, origin: 'src' } : source?.kind === 'problem' ? { given: fail(source.problem) } : undefined;
  // A dashboard's `src` fills in for widgets with no data of their own; a widget's own `src` wins over both.
  const fromOwnSource = sourceInherited ? undefined : fromSource();
  if (fromOwnSource) return fromOwnSource;
  const fromOwn = own?.();
  if (fromOwn) return { given: fromOwn };
  // A table the pre-renderer wrote from the dashboard's src stands in for it until its figures load (drawn on the
  // server and by the hydrating render alike); any other child table is the widget's own data.
  const written = sourceInherited && table?.hasAttribute(FROM_SRC_ATTRIBUTE) ? table : undefined;
  if (table && !written) return { origin: 'table', table };
  const inherited = sourceInherited ? fromSource() : undefined;
  if (inherited) return inherited;
  if (written) return { origin: 'table', table: written };
  return source ? { given: LOADING } : undefined;
}

function parseSource(source: ParsedSource | undefined, locale: string, directionColumn?: string | null): DataResult {
  if (!source) return fail(problem('data', (m) => m.emptyData));
  const { origin } = source;
  const result: Result<DataModel> =
    source.origin === '.data'
      ? typeof source.property === 'string'
        ? parseDataAttribute(source.property, locale, directionColumn)
        : normaliseRecords(source.property, '.data', locale, directionColumn)
      : source.origin === 'data'
        ? parseDataAttribute(source.text, locale, directionColumn)
        : source.origin === 'src'
          ? namedAsTheFile(inSeriesOrder(normaliseRecords(source.records, 'src', locale), source.series), source.header)
          : parseTable(source.table, locale);
  if (!result.ok) return result;
  if (!result.value.rows.length) return fail(problem(origin, (m) => m.emptyData));
  if (source.origin !== 'src' || !source.intervals) return ok({ ...result.value, origin });
  // One row per record, and (inSeriesOrder) the series in `source.series` order, as the intervals come.
  const { intervals, words, problems } = source;
  const rows = result.value.rows.map((row, r) => ({ ...row, intervals: intervals[r] }));
  return { ...ok({ ...result.value, origin, rows, words }), warnings: problems };
}

/**
 * The figures from `src` with the file's own column names, as the pre-renderer's table gives them (headed
 * "Answer | 2024", not "Item | Value"): the label column's header, and the name of a single value column, which the
 * records leave unnamed so that the chart draws no one-entry key.
 */
function namedAsTheFile(result: Result<DataModel>, header: readonly string[] | undefined): Result<DataModel> {
  if (!result.ok || !header?.length) return result;
  const [labelHeader, firstValue] = header;
  const single = result.value.series.length === 1 && result.value.series[0] === '' && firstValue;
  return ok({ ...result.value, labelHeader: labelHeader || undefined, ...(single ? { series: [firstValue] } : {}) });
}

/** Reads the data from the source that wins (see winningSource). */
export function resolveData(sources: DataSources): DataResult {
  const source = winningSource(sources);
  return source && 'given' in source ? source.given : parseSource(source, sources.locale, sources.directionColumn);
}

/**
 * resolveData that remembers its last answer, so that a resize, a keypress or a new heading does not read the data
 * again (10,000 rows take tens of milliseconds). The answer is kept while the sources are the same: `.data` by
 * identity (assign a new array to change it, as with any Lit property), the `data` text, the same child table at
 * the same `tableVersion` (which the light-DOM observer moves on every edit), the same records from `src` (a new
 * array on every load that changed them), the same locale and the same `direction-column`. A widget's own attributes are few and quick to read:
 * they are read afresh.
 */
export function createDataResolver(): (sources: DataSources, tableVersion: number) => DataResult {
  let last:
    { source: ParsedSource | undefined; locale: string; directionColumn: string | null | undefined; tableVersion: number; result: DataResult } | undefined;
  const sameSource = (a: ParsedSource | undefined, b: ParsedSource | undefined): boolean =>
    a === b ||
    (!!a &&
      !!b &&
      a.origin === b.origin &&
      (a.origin === '.data'
        ? a.property === (b as typeof a).property
        : a.origin === 'data'
          ? a.text === (b as typeof a).text
          : a.origin === 'src'
            ? a.records === (b as typeof a).records
            : a.table === (b as typeof a).table));
  return (sources, tableVersion) => {
    const source = winningSource(sources);
    if (source && 'given' in source) return source.given;
    const { locale, directionColumn } = sources;
    const same =
      last && last.tableVersion === tableVersion && last.locale === locale && last.directionColumn === directionColumn && sameSource(last.source, source);
    if (!same || !last) last = { source, locale, directionColumn, tableVersion, result: parseSource(source, locale, directionColumn) };
    return last.result;
  };
}
