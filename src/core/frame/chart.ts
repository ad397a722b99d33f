import { html, nothing, type TemplateResult } from 'lit';
import type { ChartDrawing, SvgDrawing } from '../chart-context.js';
import type { PointFocusController } from '../controllers/point-focus-controller.js';
import type { View } from '../view.js';
import { renderToolbar, type ToolbarFrame } from './toolbar.js';
import { renderTooltip } from './tooltip.js';

/** What the chart's frame needs from the element besides the view: its state and its handlers. */
export interface ChartFrame extends ToolbarFrame {
  /** The author's replacement for the generated summary. */
  readonly description?: string;
  /** Keyboard, mouse and touch on the chart's points: which one is selected, and whether its tooltip shows. */
  readonly pointFocus: PointFocusController;
}

/** The drawn chart with its legend, notes, and the toolbar with the data table under it. */
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
      ${renderToolbar(view, frame, drawing.showTable !== false)}`;
}

/** An SVG chart: one focusable image named by the heading and summary, with arrow keys between its points. */
function renderSvg(view: View, drawing: SvgDrawing, frame: ChartFrame): TemplateResult {
  const { messages } = view;
  const summary = frame.description?.trim() || drawing.summary;
  // Heading and summary are read as one name; a full stop between them stops "…on the NHS Bar chart, 4 items".
  const caption = view.caption ? (/[.!?:]$/.test(view.caption) ? `${view.caption} ` : `${view.caption}. `) : '';
  const focus = frame.pointFocus;
  const tipped = frame.interactive ? (focus.tip ?? -1) : -1;
  const tip = drawing.points[tipped];
  const box = drawing.boxes?.[tipped];
  // The pointer may move from a mark onto its tooltip (WCAG 1.4.13): it is the chart box, not the SVG, that it leaves.
  return html`<div part="chart" class="chart" @pointerleave=${(event: PointerEvent) => focus.leave(event)}>
        <svg
          role="img"
          aria-labelledby="chart-name"
          aria-describedby=${frame.interactive ? 'keyboard-hint' : nothing}
          tabindex=${frame.interactive ? '0' : nothing}
          width=${drawing.width}
          height=${drawing.height}
          viewBox="0 0 ${drawing.width} ${drawing.height}"
          @keydown=${(event: KeyboardEvent) => focus.keydown(event, drawing)}
          @focus=${() => focus.focus(drawing)}
          @blur=${() => focus.blur()}
          @pointermove=${(event: PointerEvent) => focus.pointer(event, drawing)}
          @pointerdown=${(event: PointerEvent) => focus.pointer(event, drawing)}
        >
          ${drawing.content}
        </svg>
        ${tip && box ? renderTooltip(tip, box, drawing.width, drawing.height) : nothing}
        ${frame.interactive ? html`<p class="keys" aria-hidden="true">${messages.keysShown}</p>` : nothing}
      </div>
      <p id="chart-name" hidden>${caption}<span id="summary">${summary}</span></p>
      <p id="keyboard-hint" hidden>${drawing.keyboardHint ?? messages.keyboardHint}</p>`;
}
