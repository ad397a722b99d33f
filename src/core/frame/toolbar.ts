import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../view.js';

/** What the toolbar needs from the element: the table's state and its handler. */
export interface ToolbarFrame {
  readonly tableOpen: boolean;
  /**
   * Whether the script runs the chart: on the server, and in the hydrating render that repeats the server's, it does
   * not, so the static HTML has no keyboard stop on the chart and no arrow-key hint that nothing would answer; its
   * table, which it shows, is one instead, so that a wide table can be scrolled by keyboard.
   */
  readonly interactive: boolean;
  readonly onToggleTable: () => void;
}

/**
 * The toolbar under the chart ("Show data table") and the data table it opens. (`nothing as never` on the table's
 * tabindex: lit-analyzer types tabindex as a number, and Lit's `nothing`, which leaves it out, as neither.)
 */
export function renderToolbar(view: View, frame: ToolbarFrame): TemplateResult {
  const { messages } = view;
  return html`<div part="toolbar" class="toolbar">
              <button type="button" aria-expanded=${frame.tableOpen ? 'true' : 'false'} aria-controls="data-table" @click=${frame.onToggleTable}>
                ${frame.tableOpen ? messages.hideTable : messages.showTable}
              </button>
            </div>
            <div class="table-region" id="data-table" role="region" aria-labelledby="table-caption" tabindex=${frame.tableOpen || !frame.interactive ? '0' : (nothing as never)} ?hidden=${!frame.tableOpen}>
              ${view.table}
            </div>`;
}
