import { html, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { Problem } from '../problems.js';

/**
 * The error box (instead of the chart) or the warning notice: each problem named by its attribute. Both are plain
 * content, not alerts nor status messages: a page of 24 charts with problems would otherwise have 24 of them said on
 * load. Problems that appear later are said once, politely, in the widget’s live region (ProblemReporter.announcement).
 */
export function renderProblems(kind: 'error' | 'warning', heading: string, problems: readonly Problem[], messages: Messages): TemplateResult {
  return html`<div part=${kind} class="problems ${kind}">
      <p>${heading}</p>
      <ul>
        ${problems.map((p) => html`<li><code>${p.attribute}</code>: ${p.describe(messages)}</li>`)}
      </ul>
    </div>`;
}
