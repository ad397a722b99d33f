import { html, nothing, type TemplateResult } from 'lit';
import type { ExportController } from '../controllers/export-controller.js';
import type { View } from '../view.js';

/** What the toolbar needs from the element: the table's state and its handler, and the Download menu. */
export interface ToolbarFrame {
  readonly tableOpen: boolean;
  /**
   * Whether the script runs the chart: on the server, and in the hydrating render that repeats the server's, it does
   * not, so the static HTML has no keyboard stop on the chart and no arrow-key hint that nothing would answer; its
   * table, which it shows, is one instead, so that a wide table can be scrolled by keyboard. Nor has it a Download
   * button, which could not work without the script.
   */
  readonly interactive: boolean;
  readonly onToggleTable: () => void;
  /** The Download menu; none with `no-toolbar`. */
  readonly downloads?: ExportController | undefined;
}

/**
 * The toolbar under the chart ("Show data table", "Download") and the data table it opens. Without a table (`showTable`
 * false: a single headline figure), the Download menu alone, in the browser. (`nothing as never` on the table's
 * tabindex: lit-analyzer types tabindex as a number, and Lit's `nothing`, which leaves it out, as neither.)
 */
export function renderToolbar(view: View, frame: ToolbarFrame, showTable = true): TemplateResult | typeof nothing {
  const { messages } = view;
  const downloads = frame.interactive && frame.downloads;
  if (!showTable) return downloads ? html`<div class="toolbar-row">${renderDownloads(view, downloads)}</div>` : nothing;
  if (downloads) return renderWithDownloads(view, frame, downloads);
  return html`<div part="toolbar" class="toolbar">
              <button type="button" aria-expanded=${frame.tableOpen ? 'true' : 'false'} aria-controls="data-table" @click=${frame.onToggleTable}>
                ${frame.tableOpen ? messages.hideTable : messages.showTable}
              </button>
            </div>
            <div class="table-region" id="data-table" role="region" aria-labelledby="table-caption" tabindex=${frame.tableOpen || !frame.interactive ? '0' : (nothing as never)} ?hidden=${!frame.tableOpen}>
              ${view.table}
            </div>`;
}

/**
 * The same in the browser, with the Download menu beside the toolbar, in one row. A template of its own: the server's
 * (above) stays as it was, so pre-rendered pages and the hydrating render that repeats them do not change, and have
 * no button that cannot work. The menu is not inside part="toolbar", which pages style and query as the table's row.
 */
function renderWithDownloads(view: View, frame: ToolbarFrame, downloads: NonNullable<ToolbarFrame['downloads']>): TemplateResult {
  const { messages } = view;
  return html`<div class="toolbar-row">
      <div part="toolbar" class="toolbar">
        <button type="button" aria-expanded=${frame.tableOpen ? 'true' : 'false'} aria-controls="data-table" @click=${frame.onToggleTable}>
          ${frame.tableOpen ? messages.hideTable : messages.showTable}
        </button>
      </div>
      ${renderDownloads(view, downloads)}
    </div>
    <div class="table-region" id="data-table" role="region" aria-labelledby="table-caption" tabindex=${frame.tableOpen ? '0' : (nothing as never)} ?hidden=${!frame.tableOpen}>
      ${view.table}
    </div>`;
}

/**
 * The Download button, an empty list for it to show and an empty status line. The list's items, its keys and what
 * the status says come with the menu's code, on first use (src/core/export/download-menu.ts); the attributes here are
 * where it starts from. The status line is here from the start, so that screen readers hear what is said in it.
 */
function renderDownloads(view: View, menu: ExportController): TemplateResult {
  return html`<div part="downloads" class="downloads" aria-busy="false">
    <button type="button" class="download" aria-expanded="false" aria-controls="download-menu" @pointerenter=${menu.prefetch} @focus=${menu.prefetch} @mousedown=${menu.mousedown} @click=${menu.toggle}>${view.messages.download}</button>
    <ul id="download-menu" class="download-menu" hidden></ul>
    <p class="download-status" role="status"></p>
  </div>`;
}
