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
