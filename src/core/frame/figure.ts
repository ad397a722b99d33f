import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../view.js';
import { renderChart, type ChartFrame } from './chart.js';
import { renderFooter, type FooterAttributes } from './footer.js';
import { renderHeading } from './heading.js';
import { renderProblems } from './problems.js';

/** The attributes the figure shows as written. */
export interface FigureAttributes extends FooterAttributes {
  readonly subheading?: string;
  readonly description?: string;
}

/** What the figure needs from the element besides the view: its attributes, state and handlers. */
export interface FigureFrame extends Omit<ChartFrame, 'description'> {
  readonly attributes: FigureAttributes;
  /** What the live region says (the mark that has keyboard focus). */
  readonly announcement: string;
}

/**
 * The whole widget: heading, warnings, the chart (or the error box with the author's own table), the caption, and
 * a live region for keyboard navigation. The empty probe measures the width the chart is laid out at. The heading
 * names the figure (else its caption, the source line, would), so the chart inside need not repeat it.
 */
export function renderFigure(view: View, frame: FigureFrame): TemplateResult {
  const { messages, errors, warnings, drawing } = view;
  const { attributes } = frame;
  return html`<div class="width-probe"></div>
      <figure part="figure" aria-labelledby=${view.caption ? 'heading' : nothing}>
        ${renderHeading(view)}
        ${attributes.subheading ? html`<p part="subheading" class="subheading">${attributes.subheading}</p>` : nothing}
        ${warnings.length ? renderProblems('warning', messages.warningHeading, warnings, messages) : nothing}
        ${view.notice ? html`<p part="notice" class="caution" role="status">${view.notice.describe(messages)}</p>` : nothing}
        ${
          errors.length || !drawing
            ? html`${renderProblems('error', messages.errorHeading, errors, messages)}<slot></slot>`
            : renderChart(view, drawing, { ...frame, description: attributes.description })
        }
        ${renderFooter(view, attributes)}
      </figure>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${frame.announcement}</div>`;
}
