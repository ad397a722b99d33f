import { html, nothing, type TemplateResult } from 'lit';
import type { DataModel, DataRow } from '../data/model.js';
import type { ValueFormatter } from '../format/number.js';
import type { Messages } from '../i18n/messages.js';
import { shownValue } from '../i18n/shown-value.js';

export interface DataTableOptions {
  readonly model: DataModel;
  readonly seriesNames: readonly string[];
  readonly caption: string;
  readonly format: ValueFormatter;
  readonly qualifier: string | undefined;
  readonly messages: Messages;
  /** The 95% range of a value ("57% ± 3.1"), when sample sizes are known: adds a range column per series. */
  readonly interval?: (row: DataRow, series: number) => string | undefined;
  /** The notes written on the chart (`notes`), by row: a last column, headed "Notes", when any row has one. */
  readonly notes?: ((row: DataRow) => string | undefined) | undefined;
}

/**
 * Headings longer than this many characters make a column at least 8em wide (`class="long"`, as the notes' column,
 * whose notes are sentences; row labels, 10em: `long-labels` on the table; frame-styles.ts), so that on a narrow
 * screen they wrap into lines of a few words and the table scrolls, rather than one word a line.
 */
const LONG_HEADING = 12;
const long = (text: string) => text.length > LONG_HEADING;
const valueHeading = (text: string) => html`<th scope="col" class=${long(text) ? 'number long' : 'number'}>${text}</th>`;

/**
 * The chart's data as a real table: a caption, column headers scoped to their columns and each row's label scoped
 * to its row, so screen readers announce "2024, Trained on new tech, 15%".
 */
export function renderDataTable({ model, seriesNames, caption, format, qualifier, messages, interval, notes }: DataTableOptions): TemplateResult {
  const cell = (row: DataRow, i: number) => shownValue(row, i, format, messages, qualifier);
  const noted = notes && model.rows.some((row) => notes(row)) ? notes : undefined;
  // Without ranges, a cell's template has no binding for one: a part Lit would keep in every cell, for nothing.
  const valueCells = interval
    ? (row: DataRow, i: number) => html`<td class="number">${cell(row, i)}</td>
              <td class="number">${interval(row, i) ?? '–'}</td>`
    : (row: DataRow, i: number) => html`<td class="number">${cell(row, i)}</td>
              `;
  // (`nothing as never`: lit-analyzer types class as a string, and Lit's `nothing`, which leaves it out, as neither.)
  return html`<table part="table" class=${model.rows.some((row) => long(row.label)) ? 'long-labels' : (nothing as never)}>
    <caption id="table-caption">${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${model.labelHeader ?? messages.labelColumn}</th>
        ${seriesNames.map(
          (name) => html`${valueHeading(name)}
            ${interval ? valueHeading(messages.rangeColumn(seriesNames.length > 1 ? name : '')) : nothing}`,
        )}
        ${noted ? html`<th scope="col" class="long">${messages.notesLabel}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${model.rows.map(
        (row) => html`<tr>
          <th scope="row">${row.label}</th>
          ${row.values.map((_, i) => valueCells(row, i))}
          ${noted ? html`<td>${noted(row) ?? ''}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
