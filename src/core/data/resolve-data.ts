import { fail, ok, problem, type Result } from '../problems.js';
import type { DataModel, DataOrigin, TrustData } from './model.js';
import { normaliseRecords } from './normalise-records.js';
import { parseDataAttribute } from './parse-data-attribute.js';
import { parseTable } from './parse-table.js';

export interface DataSources {
  readonly property: TrustData | string | undefined;
  readonly attribute: string | null | undefined;
  readonly table: HTMLTableElement | null | undefined;
  readonly locale: string;
}

/**
 * Picks the data in order of precedence: the `.data` property, then the `data` attribute, then a child `<table>`.
 * A higher source that is present but broken is reported, never silently skipped for a lower one.
 */
export function resolveData({ property, attribute, table, locale }: DataSources): Result<DataModel & { origin: DataOrigin }> {
  let result: Result<DataModel>;
  let origin: DataOrigin;
  if (property !== undefined && property !== null) {
    origin = '.data';
    result = typeof property === 'string' ? parseDataAttribute(property, locale) : normaliseRecords(property, '.data', locale);
  } else if (attribute !== undefined && attribute !== null && attribute.trim() !== '') {
    origin = 'data';
    result = parseDataAttribute(attribute, locale);
  } else if (table) {
    origin = 'table';
    result = parseTable(table, locale);
  } else {
    return fail(problem('data', (m) => m.emptyData));
  }
  if (!result.ok) return result;
  if (!result.value.rows.length) return fail(problem(origin, (m) => m.emptyData));
  return ok({ ...result.value, origin });
}

/**
 * resolveData that remembers its last answer, so that a resize, a keypress or a new heading does not read the data
 * again (10,000 rows take tens of milliseconds). The answer is kept while the sources are the same: `.data` by
 * identity (assign a new array to change it, as with any Lit property), the `data` text, the same child table at
 * the same `tableVersion` (which the light-DOM observer moves on every edit) and the same locale.
 */
export function createDataResolver(): (sources: DataSources, tableVersion: number) => Result<DataModel & { origin: DataOrigin }> {
  let last: { sources: DataSources; tableVersion: number; result: Result<DataModel & { origin: DataOrigin }> } | undefined;
  return (sources, tableVersion) => {
    const same =
      last &&
      last.tableVersion === tableVersion &&
      last.sources.property === sources.property &&
      last.sources.attribute === sources.attribute &&
      last.sources.table === sources.table &&
      last.sources.locale === sources.locale;
    if (!same || !last) last = { sources, tableVersion, result: resolveData(sources) };
    return last.result;
  };
}
