import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../view.js';
import { renderHeading } from './heading.js';

/**
 * Each widget's typical height, as in src/embed/preload.css (which keeps the page still before the script runs):
 * while `src` loads the widget keeps that height, or the author's --trust-preload-height, so the page does not move
 * when the script arrives, nor again when the figures do. Keep the two lists alike.
 */
const TYPICAL_HEIGHT: Readonly<Record<string, string>> = {
  'trust-bars': '20rem',
  'trust-stat': '17rem',
  'trust-waffle': '33rem',
  'trust-change': '20rem',
  'trust-likert': '24rem',
  'trust-trend': '30rem',
};

/** `element.style = text` sets its cssText: the DOM forwards a string given to `style` (PutForwards=cssText). */
const cssText = (text: string) => text as unknown as CSSStyleDeclaration;

/**
 * The widget while the figures from `src` are on their way and it has nothing else to draw: its heading and a
 * polite "Loading figures…" (role="status"), in a box as tall as the chart is expected to be. The whole widget
 * (its padding included) is as tall as --trust-preload-height, or its type's typical height.
 */
export function renderSourceLoading(view: View, tag: string, subheading: string | undefined): TemplateResult {
  const height = `var(--trust-preload-height, ${TYPICAL_HEIGHT[tag] ?? '20rem'})`;
  // Set as a property (the CSSOM), not a style attribute: a strict Content-Security-Policy allows it, and no
  // stylesheet grows for the charts that never load anything.
  return html`<div class="width-probe"></div>
    <figure part="figure" .style=${cssText(`min-height: calc(${height} - 2 * var(--_padding))`)}>
      ${renderHeading(view)} ${subheading ? html`<p part="subheading" class="subheading">${subheading}</p>` : nothing}
      <p part="loading" class="loading" role="status">${view.messages.loadingFigures}</p>
    </figure>`;
}
