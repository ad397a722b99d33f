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
  /** `direction-column` (trust-change): each row's good way. Default: a column headed "direction" (see below). */
  readonly direction?: string | undefined;
  /** `lower-column` / `upper-column`: the ends of each value column's published interval, in the same order. */
  readonly lower?: readonly string[] | undefined;
  readonly upper?: readonly string[] | undefined;
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

/** A published interval checked against its value: both ends numbers, the value between them. */
export type PublishedInterval = readonly [low: number, high: number];

/**
 * Why published intervals were dropped, as plain values (source-problems.ts words them): one of `lower-column` /
 * `upper-column` alone, a count that is not one per value column, an end that is not a number, a value outside.
 */
export type IntervalProblem =
  | { readonly kind: 'interval-one-column'; readonly attribute: string; readonly missing: string }
  | { readonly kind: 'interval-count'; readonly attribute: string; readonly expected: number; readonly found: number }
  | { readonly kind: 'interval-not-a-number'; readonly attribute: string; readonly text: string; readonly label: string }
  | {
      readonly kind: 'value-outside-interval';
      readonly attribute: string;
      readonly label: string;
      readonly value: string;
      readonly low: string;
      readonly high: string;
    };

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
      /** Each record's published interval per value column (in `series` order), where the file has one that holds. */
      readonly intervals?: (PublishedInterval | undefined)[][];
      readonly problems?: IntervalProblem[];
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
 * The rows a widget draws, as records for normaliseRecords (`{label, <series>: value, n, direction}`): the chosen columns of the
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
  const direction = pick('direction-column', choice.direction) ?? table.columns.find((column) => column !== label && DIRECTION_HEADER.test(normalise(column)));
  if (typeof direction === 'object') return { ok: false, problem: direction };
  const bounds: string[][] = [];
  for (const [attribute, names] of [
    ['lower-column', choice.lower],
    ['upper-column', choice.upper],
  ] as const) {
    const found = (names ?? []).map((name) => find(attribute, name));
    const missing = found.find((column) => typeof column === 'object');
    if (missing) return { ok: false, problem: missing };
    bounds.push(found as string[]);
  }

  const conditions: [string, string][] = [];
  for (const condition of choice.filter ?? []) {
    const column = find('filter', condition.column);
    if (typeof column === 'object') return { ok: false, problem: column };
    conditions.push([column, condition.value]);
  }
  const kept = table.rows.filter((row) => conditions.every(([column, value]) => cellText(row[column]).trim() === value));

  // One value column keeps the single-series shape (`value`), so the chart has no one-entry key.
  const single = named.length === 1 && named[0]![0] === 'value-column';
  const [lower = [], upper = []] = bounds;
  const boundColumns = [...lower, ...upper];
  const valueColumns =
    named.length > 0
      ? named.map(([, column]) => column)
      : table.columns.filter((column) => column !== label && column !== n && column !== direction && !boundColumns.includes(column));
  const records = kept.map((row) => {
    const record: Record<string, unknown> = { label: cellText(row[label]) };
    if (single) record['value'] = row[valueColumns[0]!] ?? null;
    else for (const column of valueColumns) record[column] = row[column] ?? null;
    if (n !== undefined) record['n'] = row[n] ?? null;
    if (direction !== undefined) record['direction'] = cellText(row[direction]);
    return record;
  });
  const result = { ok: true as const, records, series: single ? ['value'] : valueColumns, header: [label, ...valueColumns, ...(n === undefined ? [] : [n])] };
  return lower.length || upper.length ? { ...result, ...readIntervals(kept, label, valueColumns, lower, upper) } : result;
}

/**
 * The published intervals of the kept rows: the value column in each place of the list takes the lower and upper
 * columns in the same place of theirs. Each interval is checked here, so that the page's script only draws: an end
 * that is not a number, or a value outside its interval (columns swapped, or another figure's), drops that interval
 * with a problem (three at most, so that a file of swapped columns does not bury the chart); an empty end, quietly.
 */
function readIntervals(
  rows: readonly Record<string, unknown>[],
  label: string,
  valueColumns: readonly string[],
  lower: readonly string[],
  upper: readonly string[],
): { intervals: (PublishedInterval | undefined)[][]; problems: IntervalProblem[] } {
  const problems: IntervalProblem[] = [];
  if (!lower.length || !upper.length) {
    const [attribute, missing] = lower.length ? ['lower-column', 'upper-column'] : ['upper-column', 'lower-column'];
    return { intervals: [], problems: [{ kind: 'interval-one-column', attribute, missing }] };
  }
  for (const [attribute, found] of [
    ['lower-column', lower.length],
    ['upper-column', upper.length],
  ] as const) {
    if (found !== valueColumns.length) problems.push({ kind: 'interval-count', attribute, expected: valueColumns.length, found });
  }
  const slips: IntervalProblem[] = [];
  const intervals = rows.map((row) =>
    valueColumns.map((column, i): PublishedInterval | undefined => {
      const ends = [lower[i], upper[i]].map((end) => (end === undefined ? '' : cellText(row[end]).trim()));
      const [low, high] = ends.map(plainNumber) as [number, number];
      const name = cellText(row[label]);
      const notANumber = ends.findIndex((text, end) => text && Number.isNaN([low, high][end]));
      if (notANumber >= 0) {
        slips.push({
          kind: 'interval-not-a-number',
          attribute: notANumber ? 'upper-column' : 'lower-column',
          text: ends[notANumber]!.slice(0, 40),
          label: name,
        });
        return undefined;
      }
      const valueText = cellText(row[column]).trim();
      const value = plainNumber(valueText);
      if (!ends[0] || !ends[1] || Number.isNaN(value)) return undefined;
      if (value >= low && value <= high) return [low, high];
      slips.push({
        kind: 'value-outside-interval',
        attribute: value < low ? 'lower-column' : 'upper-column',
        label: name,
        value: valueText,
        low: ends[0],
        high: ends[1],
      });
      return undefined;
    }),
  );
  return { intervals, problems: [...problems, ...slips.slice(0, 3)] };
}

/**
 * A figure as a spreadsheet exports it ("54", "54.2", "1,234", "54%"); NaN for anything else. Written here rather
 * than importing parse-number.ts: this module loads in the `src` chunk, which must import nothing the page's
 * script holds. An interval end written any other way is reported, not guessed at.
 */
const plainNumber = (text: string): number => (/^-?(\d{1,3}(,\d{3})+|\d*)(\.\d+)?%?$/.test(text) && /\d/.test(text) ? Number(text.replace(/[,%]/g, '')) : NaN);

const normalise = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

/** The headers data/direction-header.ts recognises, repeated here: this chunk imports nothing the page's script holds. */
const DIRECTION_HEADER = /^(direction|which way is good|cyfeiriad)$/;
const cellText = (cell: unknown): string =>
  typeof cell === 'string'
    ? cell
    : typeof cell === 'number' || typeof cell === 'boolean'
      ? String(cell)
      : cell === null || cell === undefined
        ? ''
        : JSON.stringify(cell);
