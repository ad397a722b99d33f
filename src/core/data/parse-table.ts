import { fail, ok, problem, type Problem, type Result } from '../problems.js';
import { FROM_SRC_ATTRIBUTE, PUBLISHED_LOWER_ATTRIBUTE, PUBLISHED_UPPER_ATTRIBUTE } from './from-src.js';
import { isDirectionHeader } from './direction-header.js';
import type { DataModel, DataRow, PublishedInterval } from './model.js';
import { readNumberText, typedTrailingZero, withDecimals } from './parse-number.js';
import { readSampleSizeForm, sampleSizeColumn, seriesIndexFor, type SampleSizeColumn } from './sample-size-columns.js';

const text = (cell: Element): string => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads a plain HTML table written by a journalist: the first column holds labels, other columns hold series, and
 * a header row of `<th>` cells names them. Numbers are read in the page's locale and may carry qualifiers
 * ("more than 90%"). A column of directions (headed "Direction", or named by the host's `direction-column`) is set aside
 * for <trust-change>, as `n` columns are for sample sizes.
 */
export function parseTable(
  table: HTMLTableElement,
  locale: string,
  // The child table's host is its parent (the pre-renderer's table shim, src/ssr/table-shim.ts, gives it one too).
  directionColumn: string | null | undefined = table.parentElement?.getAttribute?.('direction-column'),
): Result<DataModel> {
  const allRows = Array.from(table.rows).filter((row) => row.parentElement?.tagName !== 'TFOOT');
  const headerRow =
    allRows.find((row) => row.parentElement?.tagName === 'THEAD') ??
    (allRows[0] && Array.from(allRows[0].cells).every((cell) => cell.tagName === 'TH') ? allRows[0] : undefined);
  const headerCells = headerRow ? Array.from(headerRow.cells).map(text) : [];
  const bodyRows = allRows.filter((row) => row !== headerRow && row.parentElement?.tagName !== 'THEAD');
  const caption = table.caption ? text(table.caption) : undefined;

  // Columns headed "n", "n 2024", "n from"… hold sample sizes, not values: set them aside.
  const sizeColumns = new Map<number, SampleSizeColumn>();
  headerCells.forEach((header, i) => {
    const column = i > 0 ? sampleSizeColumn(header) : undefined;
    if (column) sizeColumns.set(i - 1, column);
  });
  const directionIndex = headerCells.findIndex((header, i) => i > 0 && !sizeColumns.has(i - 1) && isDirectionHeader(header, directionColumn)) - 1;
  const valueColumns = headerCells
    .slice(1)
    .map((_, i) => i)
    .filter((i) => !sizeColumns.has(i) && i !== directionIndex);
  const seriesHeaders = valueColumns.map((i) => headerCells[i + 1] ?? '');

  // Only a table the pre-renderer wrote from `src` carries published intervals (checked when the file was read).
  const fromSrc = table.hasAttribute(FROM_SRC_ATTRIBUTE);
  const rows: DataRow[] = [];
  const problems: Problem[] = [];
  const approximate = { found: false };
  const decimals: number[] = [];
  let padded = false;
  let width = valueColumns.length;
  for (const row of bodyRows) {
    const [labelCell, ...valueCells] = Array.from(row.cells);
    if (!labelCell) continue;
    const label = text(labelCell);
    if (!label && valueCells.every((cell) => !text(cell))) continue;
    // A bar without a label cannot be read: the same rule as the compact form and JSON.
    if (!label) {
      const position = rows.length + 1;
      if (problems.length < 5) problems.push(problem('table', (m) => m.missingLabel(position)));
      continue;
    }
    if (!width) {
      // Without a header the first row sets the width; a row of a label alone still has one (empty) value column,
      // so every row has a value per series.
      width = Math.max(1, valueCells.length);
      valueColumns.push(...Array.from({ length: width }, (_, i) => i));
    }
    const values: (number | null)[] = [];
    const qualifiers: (string | undefined)[] = [];
    for (const column of valueColumns) {
      const raw = valueCells[column] ? text(valueCells[column]!) : '';
      const [parsed, typed] = readNumberText(raw, locale);
      decimals[values.length] = Math.max(decimals[values.length] ?? 0, typed);
      padded ||= typed > 0 && typedTrailingZero(raw);
      if (parsed.kind === 'invalid' && problems.length < 5) {
        problems.push(problem('table', (m) => m.notANumber(raw.slice(0, 80), label)));
      }
      values.push(parsed.kind === 'number' ? parsed.value : null);
      qualifiers.push(parsed.kind === 'number' ? parsed.qualifier : undefined);
    }
    const sampleSizes = readSizes(valueCells, sizeColumns, seriesHeaders, width, label, locale, problems, approximate);
    const intervals = fromSrc ? valueColumns.map((column) => publishedInterval(valueCells[column])) : [];
    const direction = directionIndex >= 0 && valueCells[directionIndex] ? text(valueCells[directionIndex]!) : '';
    rows.push({
      label,
      values,
      qualifiers,
      ...(sampleSizes ? { sampleSizes } : {}),
      ...(intervals.some(Boolean) ? { intervals } : {}),
      ...(direction ? { direction } : {}),
    });
  }
  if (problems.length) return { ok: false, problems };
  if (!rows.length) return fail(problem('table', (m) => m.tableWithoutRows));
  const series = Array.from({ length: Math.max(width, 1) }, (_, i) => seriesHeaders[i] ?? '');
  return ok({
    series,
    rows,
    labelHeader: headerCells[0] || undefined,
    caption: caption || undefined,
    ...withDecimals(decimals.slice(0, series.length), padded),
    ...(approximate.found ? { approximateSizes: true } : {}),
    ...(directionIndex >= 0 ? { directionColumn: headerCells[directionIndex + 1]! } : {}),
  });
}

/** The sample size behind each value of a row, from its `n` columns; undefined when the table has none. */
function readSizes(
  cells: readonly Element[],
  columns: ReadonlyMap<number, SampleSizeColumn>,
  series: readonly string[],
  width: number,
  label: string,
  locale: string,
  problems: Problem[],
  approximate: { found: boolean },
): (number | undefined)[] | undefined {
  if (!columns.size) return undefined;
  const sizes: (number | undefined)[] = Array.from({ length: width }, () => undefined);
  for (const [column, target] of columns) {
    const raw = cells[column] ? text(cells[column]!) : '';
    const read = readSampleSizeForm(raw, locale);
    if (read === 'invalid') {
      if (problems.length < 5) problems.push(problem('table', (m) => m.invalidSampleSize(raw.slice(0, 40), label)));
      continue;
    }
    if (read === null) continue;
    const size = read.size;
    approximate.found ||= read.approximate;
    if (target.kind === 'row') sizes.forEach((current, i) => (sizes[i] = current ?? size));
    else {
      const index = seriesIndexFor(target.name, series);
      if (index >= 0) sizes[index] = size;
    }
  }
  return sizes;
}

/** The interval a table written from `src` gives a value (`data-lower` / `data-upper`), when both ends are numbers. */
function publishedInterval(cell: Element | undefined): PublishedInterval | undefined {
  const [low, high] = [PUBLISHED_LOWER_ATTRIBUTE, PUBLISHED_UPPER_ATTRIBUTE].map((name) => Number(cell?.getAttribute(name) ?? NaN)) as [number, number];
  return Number.isFinite(low) && Number.isFinite(high) ? [low, high] : undefined;
}
