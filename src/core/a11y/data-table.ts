import { html, type TemplateResult } from 'lit';
import type { DataModel } from '../data/model.js';
import type { ValueFormatter } from '../format/number.js';
import type { Messages } from '../i18n/messages.js';

export interface DataTableOptions {
  readonly model: DataModel;
  readonly seriesNames: readonly string[];
  readonly caption: string;
  readonly format: ValueFormatter;
  readonly qualifier: string | undefined;
  readonly messages: Messages;
}

/**
 * The chart's data as a real table: a caption, column headers scoped to their columns and each row's label scoped
 * to its row, so screen readers announce "2024, Trained on new tech, 15%".
 */
export function renderDataTable({ model, seriesNames, caption, format, qualifier, messages }: DataTableOptions): TemplateResult {
  return html`<table part="table">
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${model.labelHeader ?? messages.labelColumn}</th>
        ${seriesNames.map((name) => html`<th scope="col" class="number">${name}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${model.rows.map(
        (row) => html`<tr>
          <th scope="row">${row.label}</th>
          ${row.values.map((value, i) =>
            html`<td class="number">${value === null ? messages.noData : format(value, row.qualifiers[i] ?? qualifier)}</td>`,
          )}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
