import { html, nothing, type TemplateResult } from 'lit';

/**
 * "How to read this chart": a one-line disclosure, collapsed until the reader opens it, with a few plain sentences on
 * a chart type readers find hard (a likert's diverging bars, a trend's uncertainty bands, a change's dumbbells). A
 * `<details>` element: it opens without the script, in the pre-rendered page too, and is announced as a disclosure.
 * The widget gives the sentences (from its own words, so other widgets do not carry them); none, nothing is drawn.
 */
export function renderHowToRead(title: string, text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<details part="how-to-read" class="how-to-read">
    <summary>${title}</summary>
    <p>${text}</p>
  </details>`;
}
