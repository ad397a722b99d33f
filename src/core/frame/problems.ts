import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { Problem } from '../problems.js';

/**
 * The error box (instead of the chart) or the warning notice: each problem named by its attribute. The error box is
 * plain content, not an alert: a page of broken charts would raise an alert for each on load. An error that appears
 * later is said once, politely, in the widget’s live region (ProblemReporter.announcement). (`nothing as never`: lit-analyzer
 * types role as a list of words, and Lit’s `nothing`, which leaves the attribute out, as none of them.)
 */
export function renderProblems(kind: 'error' | 'warning', heading: string, problems: readonly Problem[], messages: Messages): TemplateResult {
  return html`<div part=${kind} class="problems ${kind}" role=${kind === 'error' ? (nothing as never) : 'status'}>
      <p>${heading}</p>
      <ul>
        ${problems.map((p) => html`<li><code>${p.attribute}</code>: ${p.describe(messages)}</li>`)}
      </ul>
    </div>`;
}
