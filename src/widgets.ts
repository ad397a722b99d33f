/**
 * The library's widgets, by tag: the one list. Each lives in src/<tag without "trust-">/, whose define.ts registers
 * it. The embed page allows exactly these, rollup builds one CDN file per tag (dist/cdn/<tag>.js), and the Node tests
 * (SSR, package, size budget) check each; src/index.ts registers each, checked against this list by the type checker.
 */
export const WIDGET_TAGS = ['trust-bars', 'trust-stat', 'trust-waffle', 'trust-change', 'trust-likert', 'trust-trend'] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];

/**
 * The dashboard: a container of widgets, not a chart, so not in WIDGET_TAGS. It has its own CDN file
 * (dist/cdn/trust-dashboard.js, registering it alone), its own embed form and its own stylesheet, and lives in
 * src/dashboard/.
 */
export const DASHBOARD_TAG = 'trust-dashboard';
