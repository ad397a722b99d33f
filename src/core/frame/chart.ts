import { html, nothing, type TemplateResult } from 'lit';
import { renderPointList } from '../a11y/point-list.js';
import type { ChartDrawing, PointBox, SvgDrawing } from '../chart-context.js';
import type { PointFocusController } from '../controllers/point-focus-controller.js';
import type { View } from '../view.js';
import { renderHowToRead } from './how-to-read.js';
import { renderKeyHelp } from './key-help.js';
import { renderToolbar, type ToolbarFrame } from './toolbar.js';
import { renderTooltip } from './tooltip.js';

/** What the chart's frame needs from the element besides the view: its state and its handlers. */
export interface ChartFrame extends ToolbarFrame {
  /** The author's replacement for the generated summary. */
  readonly description?: string;
  /** Keyboard, mouse and touch on the chart's points: which one is selected, and whether its tooltip shows. */
  readonly pointFocus: PointFocusController;
  /** "How to read this chart", for the chart types readers find hard; none for the others or with `no-how-to-read`. */
  readonly howToRead?: string | undefined;
  /** How many times larger than laid out an SVG chart is drawn, so that its text grows with the reader's (WCAG 1.4.4). */
  readonly scale?: number;
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
  return html`${legend}${renderHowToRead(messages.howToReadTitle, frame.howToRead)}${chart}${drawing.after ?? nothing}
      ${view.sampleNotes?.length ? view.sampleNotes.map((note) => html`<p part="caution" class="caution">${note}</p>`) : nothing}
      ${renderToolbar(view, frame, drawing.showTable !== false)}`;
}

/**
 * An SVG chart: one focusable graphics document named by its summary (the figure around it is named by the heading,
 * so the heading is read once), with its points as labelled symbols a screen reader can browse and arrow keys
 * between them. See docs/accessibility.md for why.
 */
function renderSvg(view: View, drawing: SvgDrawing, frame: ChartFrame): TemplateResult {
  const { messages } = view;
  const summary = frame.description?.trim() || drawing.summary;
  const focus = frame.pointFocus;
  const tipped = frame.interactive ? (focus.tip ?? -1) : -1;
  const tip = drawing.points[tipped];
  const box = drawing.boxes?.[tipped];
  const scale = frame.scale ?? 1;
  // The pointer may move from a mark onto its tooltip (WCAG 1.4.13): it is the chart box, not the SVG, that it leaves.
  return html`<div part="chart" class="chart" @pointerleave=${(event: PointerEvent) => focus.leave(event)}>
        <svg
          role="graphics-document"
          aria-labelledby="summary"
          aria-describedby=${frame.interactive ? 'keyboard-hint' : nothing}
          tabindex=${frame.interactive ? '0' : nothing}
          width=${drawing.width * scale}
          height=${drawing.height * scale}
          viewBox="0 0 ${drawing.width} ${drawing.height}"
          @keydown=${(event: KeyboardEvent) => focus.keydown(event, drawing)}
          @focus=${() => focus.focus(drawing)}
          @blur=${() => focus.blur()}
          @pointermove=${(event: PointerEvent) => focus.pointer(event, drawing)}
          @pointerdown=${(event: PointerEvent) => focus.pointer(event, drawing)}
        >
          ${drawing.content}${renderPointList(drawing, messages, focus.pointWalk)}
        </svg>
        ${tip && box ? renderTooltip(tip, focus.tooltipPlace(scaled(box, scale), drawing.width * scale, drawing.height * scale)) : nothing}
        ${frame.interactive ? html`<p class="keys" aria-hidden="true">${messages.keysShown}</p>${renderKeyHelp(focus.helpLines(drawing))}` : nothing}
      </div>
      <p id="summary" hidden>${summary}</p>
      <p id="keyboard-hint" hidden>${drawing.keyboardHint ?? messages.keyboardHint}</p>`;
}

/** A box in the drawing's own units, in the CSS px of the SVG drawn `scale` times larger. */
const scaled = ({ x, y, width, height }: PointBox, scale: number): PointBox => ({ x: x * scale, y: y * scale, width: width * scale, height: height * scale });
