import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../view.js';
import { renderHeading } from './heading.js';

/** `element.style = text` sets its cssText: the DOM forwards a string given to `style` (PutForwards=cssText). */
const cssText = (text: string) => text as unknown as CSSStyleDeclaration;

/**
 * The widget while the figures from `src` are on their way and it has nothing else to draw: its heading and a
 * polite "Loading figures…" (role="status"), in a box as tall as the chart is expected to be. The whole widget
 * (its padding included) is as tall as --trust-preload-height, or `typicalHeight` (the widget's own, as
 * preload.css reserves it).
 */
export function renderSourceLoading(view: View, typicalHeight: string, subheading: string | undefined): TemplateResult {
  const height = `var(--trust-preload-height, ${typicalHeight})`;
  // Set as a property (the CSSOM), not a style attribute: a strict Content-Security-Policy allows it, and no
  // stylesheet grows for the charts that never load anything.
  return html`<div class="width-probe"></div>
    <figure part="figure" .style=${cssText(`min-height: calc(${height} - 2 * var(--_padding))`)}>
      ${renderHeading(view)} ${subheading ? html`<p part="subheading" class="subheading">${subheading}</p>` : nothing}
      <p part="loading" class="loading" role="status">${view.messages.loadingFigures}</p>
    </figure>`;
}
