import type { DataRow } from '../data/model.js';
import type { ValueFormatter } from '../format/number.js';
import type { Messages } from './messages.js';

/** The two words a chart has for a value it cannot show. */
export type MissingWords = Pick<Messages, 'withheld' | 'noData'>;

/**
 * A row's value in one series as the reader sees it, the same in the chart, the data table, the summary and the
 * keyboard announcement: formatted with the qualifier written beside it ("more than 90%"), or `qualifier` when there
 * is none; and where there is no value, why: "too few answers" when it was withheld for a small sample, otherwise
 * "no data".
 */
export function shownValue(row: DataRow, series: number, format: ValueFormatter, words: MissingWords, qualifier?: string): string {
  const value = row.values[series] ?? null;
  if (value === null) return row.withheld?.[series] ? words.withheld : words.noData;
  return format(value, row.qualifiers[series] ?? qualifier);
}
