import type { SourceTable } from './source-format.js';

/** How a widget picks its figures from a fetched table (its `*-column` and `filter` attributes). */
export interface ColumnChoice {
  /** `label-column`: the row labels. Default: the first column. */
  readonly label?: string | undefined;
  /** `value-column`: one column of values (one series). */
  readonly value?: string | undefined;
  /** `series-columns`: several columns of values, one series each, in this order. */
  readonly series?: readonly string[] | undefined;
  /** `from-column` / `to-column` (trust-change): the two times compared. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** `n-column`: the sample size behind each row. */
  readonly n?: string | undefined;
  /** `filter`: keep only rows whose column holds this text (every condition must hold). */
  readonly filter?: readonly FilterCondition[] | undefined;
}

export interface FilterCondition {
  readonly column: string;
  readonly value: string;
}

/** A column the author named that the file does not have: which attribute named it, and what the file offers. */
export interface MissingColumn {
  readonly kind: 'missing-column';
  readonly attribute: string;
  readonly column: string;
  readonly available: readonly string[];
}

/**
 * `series`: the value columns in the order chosen (`value` alone for one `value-column`). Records cannot carry that
 * order themselves: an object lists keys that look like whole numbers ("2022", "2024") first and ascending.
 */
export type ColumnResult =
  | {
      readonly ok: true;
      readonly records: Record<string, unknown>[];
      readonly series: readonly string[];
      /** The file's names of the columns used: the label column, the value columns, then the `n-column` if any. */
      readonly header: readonly string[];
    }
  | { readonly ok: false; readonly problem: MissingColumn };

/**
 * `filter="Trust=Leeds; Year=2024"`: conditions separated by `;`, each `column=value` (spaces around either side
 * ignored). A condition without `=` is returned in `invalid`, for the widget to report.
 */
export function parseFilter(text: string | null | undefined): { conditions: FilterCondition[]; invalid: string[] } {
  const conditions: FilterCondition[] = [];
  const invalid: string[] = [];
  for (const part of (text ?? '').split(';')) {
    if (!part.trim()) continue;
    const at = part.indexOf('=');
    const column = at > 0 ? part.slice(0, at).trim() : '';
    if (!column) invalid.push(part.trim());
    else conditions.push({ column, value: part.slice(at + 1).trim() });
  }
  return { conditions, invalid };
}

/** `series-columns="2022, 2023, 2024"` as a list; blank entries dropped. */
export const parseColumnList = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

/**
 * The rows a widget draws, as records for normaliseRecords (`{label, <series>: value, n}`): the chosen columns of the
 * rows the filter keeps. Columns are matched exactly first, then ignoring case and spacing, as people retype headers.
 * With no choice at all, a plain sheet just works: the first column labels the rows and every other column is a
 * series (sample size columns such as `n` are recognised later, as in a child table).
 */
export function chooseColumns(table: SourceTable, choice: ColumnChoice): ColumnResult {
  const find = (attribute: string, wanted: string): string | MissingColumn => {
    if (table.columns.includes(wanted)) return wanted;
    const loose = normalise(wanted);
    return table.columns.find((column) => normalise(column) === loose) ?? { kind: 'missing-column', attribute, column: wanted, available: table.columns };
  };
  const named: [string, string][] = [];
  const pick = (attribute: string, wanted: string | undefined): string | MissingColumn | undefined =>
    wanted === undefined ? undefined : find(attribute, wanted);

  const label = pick('label-column', choice.label) ?? table.columns[0];
  if (typeof label === 'object') return { ok: false, problem: label };
  if (label === undefined) return { ok: true, records: [], series: [], header: [] };

  const valueAttributes: [string, string | undefined][] = [
    ['value-column', choice.value],
    ...(choice.series ?? []).map((name): [string, string] => ['series-columns', name]),
    ['from-column', choice.from],
    ['to-column', choice.to],
  ];
  for (const [attribute, wanted] of valueAttributes) {
    const found = pick(attribute, wanted);
    if (typeof found === 'object') return { ok: false, problem: found };
    if (found !== undefined) named.push([attribute, found]);
  }
  const n = pick('n-column', choice.n);
  if (typeof n === 'object') return { ok: false, problem: n };

  const conditions: [string, string][] = [];
  for (const condition of choice.filter ?? []) {
    const column = find('filter', condition.column);
    if (typeof column === 'object') return { ok: false, problem: column };
    conditions.push([column, condition.value]);
  }
  const kept = table.rows.filter((row) => conditions.every(([column, value]) => cellText(row[column]).trim() === value));

  // One value column keeps the single-series shape (`value`), so the chart has no one-entry key.
  const single = named.length === 1 && named[0]![0] === 'value-column';
  const valueColumns = named.length > 0 ? named.map(([, column]) => column) : table.columns.filter((column) => column !== label && column !== n);
  const records = kept.map((row) => {
    const record: Record<string, unknown> = { label: cellText(row[label]) };
    if (single) record['value'] = row[valueColumns[0]!] ?? null;
    else for (const column of valueColumns) record[column] = row[column] ?? null;
    if (n !== undefined) record['n'] = row[n] ?? null;
    return record;
  });
  return { ok: true, records, series: single ? ['value'] : valueColumns, header: [label, ...valueColumns, ...(n === undefined ? [] : [n])] };
}

const normalise = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
const cellText = (cell: unknown): string =>
  typeof cell === 'string'
    ? cell
    : typeof cell === 'number' || typeof cell === 'boolean'
      ? String(cell)
      : cell === null || cell === undefined
        ? ''
        : JSON.stringify(cell);
