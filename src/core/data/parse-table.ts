import { fail, ok, problem, type Problem, type Result } from '../problems.js';
import type { DataModel, DataRow } from './model.js';
import { parseNumberText } from './parse-number.js';

const text = (cell: Element): string => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads a plain HTML table written by a journalist: the first column holds labels, other columns hold series, and
 * a header row of `<th>` cells names them. Numbers are read in the page's locale and may carry qualifiers
 * ("more than 90%").
 */
export function parseTable(table: HTMLTableElement, locale: string): Result<DataModel> {
  const allRows = Array.from(table.rows).filter((row) => row.parentElement?.tagName !== 'TFOOT');
  const headerRow = allRows.find((row) => row.parentElement?.tagName === 'THEAD') ??
    (allRows[0] && Array.from(allRows[0].cells).every((cell) => cell.tagName === 'TH') ? allRows[0] : undefined);
  const headerCells = headerRow ? Array.from(headerRow.cells).map(text) : [];
  const bodyRows = allRows.filter((row) => row !== headerRow && row.parentElement?.tagName !== 'THEAD');
  const caption = table.caption ? text(table.caption) : undefined;

  const rows: DataRow[] = [];
  const problems: Problem[] = [];
  let width = Math.max(headerCells.length - 1, 0);
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
    width ||= valueCells.length;
    const values: (number | null)[] = [];
    const qualifiers: (string | undefined)[] = [];
    for (let i = 0; i < width; i++) {
      const raw = valueCells[i] ? text(valueCells[i]!) : '';
      const parsed = parseNumberText(raw, locale);
      if (parsed.kind === 'invalid' && problems.length < 5) {
        problems.push(problem('table', (m) => m.notANumber(raw.slice(0, 80), label)));
      }
      values.push(parsed.kind === 'number' ? parsed.value : null);
      qualifiers.push(parsed.kind === 'number' ? parsed.qualifier : undefined);
    }
    rows.push({ label, values, qualifiers });
  }
  if (problems.length) return { ok: false, problems };
  if (!rows.length) return fail(problem('table', (m) => m.tableWithoutRows));
  const series = Array.from({ length: Math.max(width, 1) }, (_, i) => headerCells[i + 1] ?? '');
  return ok({ series, rows, labelHeader: headerCells[0] || undefined, caption: caption || undefined });
}
