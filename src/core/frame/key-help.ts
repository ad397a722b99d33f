import { html, nothing, type TemplateResult } from 'lit';
import type { PointWalk } from '../a11y/point-navigation.js';
import type { Messages } from '../i18n/messages.js';

/** The points as the keys see them: grouped by series (a line, a year of bars) and by label (a row). */
type KeyedPoints = readonly { readonly series: string; readonly label: string }[];

/**
 * The keys that work on this chart, one line each ("← →: along a series"), as Data Navigator and Highcharts list
 * them: the arrows as the walk moves them, Home and End, PageUp and PageDown only where there is more than one series
 * (or a row of several marks) to jump between, Escape, and `?` itself. No Enter or Space: the chart uses neither.
 */
export function keyList(messages: Messages, points: KeyedPoints, walk: PointWalk): string[] {
  const keys = messages.keyHelp;
  const count = (name: (point: KeyedPoints[number]) => string) => new Set(points.map(name)).size;
  const groups = walk === 'rows' ? count((point) => point.label) : count((point) => point.series);
  // Rows of one mark each, or a single series: every arrow steps from point to point.
  const linear = walk === 'rows' ? groups === points.length : groups < 2;
  const arrows = linear ? [keys.arrows] : walk === 'rows' ? [keys.withinRow, keys.betweenRows] : [keys.alongSeries, keys.betweenSeries];
  const pages = linear ? [] : [walk === 'rows' ? keys.pagesRows : keys.pagesSeries];
  return [...arrows, keys.homeEnd, ...pages, keys.escape, keys.question];
}

/**
 * The keyboard help `?` opens under a focused chart: a short visible list of its keys. It is not a Tab stop (the chart
 * keeps focus, and Escape or `?` closes it) and, like the one-line key guide, it is hidden from screen readers, who
 * hear the same list once, politely, in the live region when it opens (PointFocusController).
 */
export function renderKeyHelp(messages: Messages, open: boolean, points: KeyedPoints, walk: PointWalk): TemplateResult | typeof nothing {
  if (!open) return nothing;
  return html`<div part="key-help" class="key-help" aria-hidden="true">
    <p>${messages.keyHelp.title}</p>
    <ul>
      ${keyList(messages, points, walk).map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
}
