import { fail, ok, problem, type Problem, type Result } from '../problems.js';
import { isDirectionHeader } from './direction-header.js';
import type { DataModel, DataRow } from './model.js';
import { readNumberText, typedTrailingZero, withDecimals } from './parse-number.js';
import { readSampleSizeForm, sampleSizeColumn, seriesIndexFor, type SampleSizeColumn } from './sample-size-columns.js';

const RESERVED = new Set(['label', 'value', 'values', 'qualifier', 'qualifiers']);
const MAX_PROBLEMS = 5;

type Cell = { value: number | null; qualifier?: string | undefined; decimals?: number; padded?: boolean };

/**
 * Turns records from `.data` or a JSON `data` attribute into the model. Accepts `{label, value}` rows,
 * `{label, values: {series: value}}` rows, and flat rows whose other keys are series (`d3.csvParse` output).
 * Keys are read with `Object.keys`, never used to write into objects, so `__proto__` keys are plain names. A key
 * `direction` (or one `directionColumn` names; see direction-header.ts) holds the row's good way, not a series.
 */
export function normaliseRecords(input: unknown, attribute: string, locale: string, directionColumn?: string | null): Result<DataModel> {
  if (!Array.isArray(input)) return fail(problem(attribute, (m) => m.jsonShape(describeType(input))));
  const series: string[] = [];
  const cellsByRow: Map<string, Cell>[] = [];
  const labels: string[] = [];
  const sizesByRow: [SampleSizeColumn, unknown][][] = [];
  const directions: string[] = [];
  let directionKey: string | undefined;
  const problems: Problem[] = [];

  input.forEach((record: unknown, index) => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (!isPlainObject(record)) {
      problems.push(problem(attribute, (m) => m.jsonShape(`row ${index + 1} is ${describeType(record)}.`)));
      return;
    }
    const label = record['label'];
    if (typeof label !== 'string' && typeof label !== 'number') {
      problems.push(problem(attribute, (m) => m.missingLabel(index + 1)));
      return;
    }
    const labelText = String(label).trim();
    if (!labelText) {
      problems.push(problem(attribute, (m) => m.missingLabel(index + 1)));
      return;
    }
    const cells = new Map<string, Cell>();
    const add = (name: string, raw: unknown, qualifier: unknown) => {
      const cell = readCell(raw, labelText, attribute, locale, typeof qualifier === 'string' ? qualifier : undefined);
      if ('problem' in cell) problems.push(cell.problem);
      else {
        if (!series.includes(name)) series.push(name);
        cells.set(name, cell);
      }
    };
    const qualifiers = isPlainObject(record['qualifiers']) ? record['qualifiers'] : {};
    if ('value' in record) add('', record['value'], record['qualifier']);
    if (isPlainObject(record['values'])) {
      for (const name of Object.keys(record['values'])) add(name, record['values'][name], qualifiers[name]);
    }
    const sizeKeys: [SampleSizeColumn, unknown][] = [];
    for (const name of Object.keys(record)) {
      if (RESERVED.has(name)) continue;
      const sizeColumn = sampleSizeColumn(name);
      if (sizeColumn) sizeKeys.push([sizeColumn, record[name]]);
      else if (isDirectionHeader(name, directionColumn)) {
        directionKey ??= name;
        const cell = record[name];
        directions[labels.length] = typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim() : '';
      } else add(name, record[name], qualifiers[name]);
    }
    labels.push(labelText);
    cellsByRow.push(cells);
    sizesByRow.push(sizeKeys);
  });

  // One row can add several problems (one per bad series), so cap here as well as per row.
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const withSizes = sizesByRow.some((keys) => keys.length > 0);
  let approximateSizes = false;
  // Rows with a label and no value at all ({"label": "x"}) still make one unnamed series, with a gap in it.
  const names = series.length ? series : [''];
  const rows: DataRow[] = labels.map((label, i) => {
    const cells = cellsByRow[i] ?? new Map<string, Cell>();
    const direction = directions[i];
    const row = {
      label,
      values: names.map((name) => cells.get(name)?.value ?? null),
      qualifiers: names.map((name) => cells.get(name)?.qualifier),
      ...(direction ? { direction } : {}),
    };
    if (!withSizes) return row;
    const sizes: (number | undefined)[] = names.map(() => undefined);
    // Series-specific sizes ("n 2024") win over the row's "n", whatever the key order.
    const keys = [...(sizesByRow[i] ?? [])].sort(([a], [b]) => (a.kind === 'row' ? -1 : 0) - (b.kind === 'row' ? -1 : 0));
    for (const [column, raw] of keys) {
      const read = readSampleSizeForm(raw, locale);
      if (read === 'invalid') {
        if (problems.length < MAX_PROBLEMS) problems.push(problem(attribute, (m) => m.invalidSampleSize(String(raw).slice(0, 40), label)));
        continue;
      }
      if (read === null) continue;
      const size = read.size;
      approximateSizes ||= read.approximate;
      if (column.kind === 'row') sizes.fill(size);
      else {
        const index = seriesIndexFor(column.name, names);
        if (index >= 0) sizes[index] = size;
      }
    }
    return { ...row, sampleSizes: sizes };
  });
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  // The most decimals typed in each series, from values written as text ("34.0").
  const decimals = names.map((name) => Math.max(0, ...cellsByRow.map((cells) => cells.get(name)?.decimals ?? 0)));
  return ok({
    series: names,
    rows,
    ...withDecimals(
      decimals,
      cellsByRow.some((cells) => [...cells.values()].some((cell) => cell.padded)),
    ),
    ...(approximateSizes ? { approximateSizes } : {}),
    ...(directionKey === undefined ? {} : { directionColumn: directionKey }),
  });
}

function readCell(raw: unknown, label: string, attribute: string, locale: string, qualifier: string | undefined): Cell | { problem: Problem } {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number') {
    if (Number.isFinite(raw)) return { value: raw, qualifier: qualifier?.trim() || undefined };
    return { problem: problem(attribute, (m) => m.notANumber(String(raw), label)) };
  }
  if (typeof raw === 'string') {
    const [parsed, decimals] = readNumberText(raw, locale);
    if (parsed.kind === 'missing') return { value: null };
    if (parsed.kind === 'number')
      return { value: parsed.value, qualifier: qualifier?.trim() || parsed.qualifier, decimals, padded: decimals > 0 && typedTrailingZero(raw) };
  }
  const shown = typeof raw === 'string' ? raw : describeType(raw);
  return { problem: problem(attribute, (m) => m.notANumber(shown.slice(0, 80), label)) };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value as string | number | boolean | bigint | symbol | undefined).slice(0, 40)}`;
}
