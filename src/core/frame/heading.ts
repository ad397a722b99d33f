import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../view.js';

/** The heading, at the level the author chose to fit the page's outline. */
export function renderHeading({ caption, headingLevel }: Pick<View, 'caption' | 'headingLevel'>): TemplateResult | typeof nothing {
  if (!caption) return nothing;
  switch (headingLevel) {
    case '2':
      return html`<h2 part="heading" class="heading" id="heading">${caption}</h2>`;
    case '4':
      return html`<h4 part="heading" class="heading" id="heading">${caption}</h4>`;
    case '5':
      return html`<h5 part="heading" class="heading" id="heading">${caption}</h5>`;
    case '6':
      return html`<h6 part="heading" class="heading" id="heading">${caption}</h6>`;
    default:
      return html`<h3 part="heading" class="heading" id="heading">${caption}</h3>`;
  }
}
