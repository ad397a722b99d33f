import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../view.js';
import { renderAbout, type AboutAttributes } from './about.js';

/** The attributes the figure's caption shows. */
export interface FooterAttributes extends AboutAttributes {
  readonly source?: string;
  readonly note?: string;
}

/** The figure's caption: source line, note and "About this data"; nothing when there is none of them. */
export function renderFooter(view: View, attributes: FooterAttributes): TemplateResult | typeof nothing {
  const { messages, sourceHref } = view;
  const source = attributes.source?.trim();
  const about = renderAbout(view, attributes);
  if (!source && !sourceHref && !attributes.note && about === nothing) return nothing;
  const sourceText = source || sourceHref;
  return html`<figcaption>
      ${
        sourceText
          ? html`<p part="source">${messages.source} ${sourceHref ? html`<a href=${sourceHref} rel="noopener noreferrer">${sourceText}</a>` : sourceText}</p>`
          : nothing
      }
      ${attributes.note ? html`<p part="note">${attributes.note}</p>` : nothing} ${about}
    </figcaption>`;
}
