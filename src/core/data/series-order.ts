import type { Result } from '../problems.js';
import type { DataModel, DataRow } from './model.js';

/**
 * The model with its series in `order` (names as in the records; `value` is the unnamed single series), any others
 * after them as they were. Records read from a file lose their column order where headers are years: an object
 * lists keys such as "2024" and "2022" in ascending order, whatever order they were added in.
 */
export function inSeriesOrder(result: Result<DataModel>, order: readonly string[]): Result<DataModel> {
  if (!result.ok) return result;
  const { series } = result.value;
  const wanted = order.map((name) => series.indexOf(name === 'value' ? '' : name)).filter((index) => index >= 0);
  const indexes = [...new Set([...wanted, ...series.keys()])];
  if (indexes.every((index, position) => index === position)) return result;
  const pick = <T>(list: readonly T[]): T[] => indexes.map((index) => list[index]!);
  const rows: DataRow[] = result.value.rows.map((row) => ({
    ...row,
    values: pick(row.values),
    qualifiers: pick(row.qualifiers),
    ...(row.sampleSizes ? { sampleSizes: pick(row.sampleSizes) } : {}),
    ...(row.withheld ? { withheld: pick(row.withheld) } : {}),
  }));
  return { ok: true, value: { ...result.value, series: pick(series), rows } };
}
