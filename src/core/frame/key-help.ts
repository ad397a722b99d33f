import { html, nothing, type TemplateResult } from 'lit';

/**
 * The keyboard help `?` opens under a focused chart: its title, then a short visible list of the keys that work (see
 * key-list.ts, in the lazily loaded interaction code). It is not a Tab stop (the chart keeps focus, and Escape or `?`
 * closes it) and, like the one-line key guide, it is hidden from screen readers, who hear the same list once,
 * politely, in the live region when it opens (PointInteraction).
 */
export function renderKeyHelp(lines: readonly string[] | undefined): TemplateResult | typeof nothing {
  if (!lines) return nothing;
  const [title, ...keys] = lines;
  return html`<div part="key-help" class="key-help" aria-hidden="true">
    <p>${title}</p>
    <ul>
      ${keys.map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
}
