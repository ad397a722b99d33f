import { html, nothing, type TemplateResult } from 'lit';
import type { ChartDrawing, SvgDrawing } from '../chart-context.js';
import type { PointDetail } from '../events.js';
import type { View } from '../view.js';

/** What the chart's frame needs from the element besides the view: its state and its handlers. */
export interface ChartFrame {
  /** The author's replacement for the generated summary. */
  readonly description?: string;
  readonly tableOpen: boolean;
  /**
   * Whether the script runs the chart: on the server, and in the hydrating render that repeats the server's, it does
   * not, so the static HTML has no keyboard stop on the chart and no arrow-key hint that nothing would answer; its
   * table, which it shows, is one instead, so that a wide table can be scrolled by keyboard.
   */
  readonly interactive: boolean;
  readonly onToggleTable: () => void;
  readonly onChartKeydown: (event: KeyboardEvent, points: readonly PointDetail[]) => void;
  readonly onChartFocus: (points: readonly PointDetail[]) => void;
}

/**
 * The drawn chart with its legend, notes, "Show data table" button and the table itself. (`nothing as never` on the
 * table's tabindex: lit-analyzer types tabindex as a number, and Lit's `nothing`, which leaves it out, as neither.)
 */
export function renderChart(view: View, drawing: ChartDrawing, frame: ChartFrame): TemplateResult {
  const { messages } = view;
  const legend =
    drawing.legend && drawing.legend.length > 1
      ? html`<ul part="legend" class="legend" aria-label=${messages.legend}>
          ${drawing.legend.map((item, i) =>
            typeof item === 'string'
              ? html`<li><span class="swatch series-${(i % 6) + 1}"></span>${item}</li>`
              : html`<li><span class="swatch ${item.className}"></span>${item.name}</li>`,
          )}
        </ul>`
      : nothing;
  const chart = drawing.kind === 'html' ? html`<div part="chart" class="chart">${drawing.content}</div>` : renderSvg(view, drawing, frame);
  return html`${legend}${chart}${drawing.after ?? nothing}
      ${view.sampleNotes?.length ? view.sampleNotes.map((note) => html`<p part="caution" class="caution">${note}</p>`) : nothing}
      ${
        drawing.showTable === false
          ? nothing
          : html`<div part="toolbar" class="toolbar">
              <button type="button" aria-expanded=${frame.tableOpen ? 'true' : 'false'} aria-controls="data-table" @click=${frame.onToggleTable}>
                ${frame.tableOpen ? messages.hideTable : messages.showTable}
              </button>
            </div>
            <div class="table-region" id="data-table" role="region" aria-labelledby="table-caption" tabindex=${frame.tableOpen || !frame.interactive ? '0' : (nothing as never)} ?hidden=${!frame.tableOpen}>
              ${view.table}
            </div>`
      }`;
}

/** An SVG chart: one focusable image named by the heading and summary, with arrow keys between its points. */
function renderSvg(view: View, drawing: SvgDrawing, frame: ChartFrame): TemplateResult {
  const { messages } = view;
  const summary = frame.description?.trim() || drawing.summary;
  // Heading and summary are read as one name; a full stop between them stops "…on the NHS Bar chart, 4 items".
  const caption = view.caption ? (/[.!?:]$/.test(view.caption) ? `${view.caption} ` : `${view.caption}. `) : '';
  return html`<div part="chart" class="chart">
        <svg
          role="img"
          aria-labelledby="chart-name"
          aria-describedby=${frame.interactive ? 'keyboard-hint' : nothing}
          tabindex=${frame.interactive ? '0' : nothing}
          width=${drawing.width}
          height=${drawing.height}
          viewBox="0 0 ${drawing.width} ${drawing.height}"
          @keydown=${(event: KeyboardEvent) => frame.onChartKeydown(event, drawing.points)}
          @focus=${() => frame.onChartFocus(drawing.points)}
        >
          ${drawing.content}
        </svg>
      </div>
      <p id="chart-name" hidden>${caption}<span id="summary">${summary}</span></p>
      <p id="keyboard-hint" hidden>${drawing.keyboardHint ?? messages.keyboardHint}</p>`;
}
