/**
 * public-trust-widgets: registers every widget (this is the CDN entry) and re-exports classes, helpers and types.
 * Each widget class comes from its define.js, which registers it: one line per widget of src/widgets.ts (the SSR
 * test checks that this entry registers exactly those).
 */
// The dashboard first: widgets inside one then find it as they upgrade.
export { TrustDashboard } from './dashboard/define.js';
export { TrustBars } from './bars/define.js';
export { TrustWaffle } from './waffle/define.js';
export { TrustTrend } from './trend/define.js';
export { TrustChange } from './change/define.js';
export { TrustLikert } from './likert/define.js';
export { TrustStat } from './stat/define.js';
export { SORT_ORDERS, type SortOrder } from './bars/trust-bars.js';
export { barsLayout, type BarsGeometry, type BarsLayoutInput } from './bars/bars-layout.js';
export { TrustElement, DEFAULT_WIDTH, type ChartContext, type ChartDrawing } from './core/trust-element.js';
export { defineElement } from './core/define.js';
export {
  TrustPointFocusEvent,
  TrustRenderEvent,
  TrustDataErrorEvent,
  TrustDataLoadEvent,
  TrustExportEvent,
  type TrustExportKind,
  type PointDetail,
  type SourceFailure,
} from './core/events.js';
export { addMessages, loadMessages, messagesFor, type Messages } from './core/i18n/messages.js';
export { createValueFormatter, type ValueFormatter } from './core/format/number.js';
export { UNITS, type Unit } from './core/format/units.js';
export { THEMES, type Theme } from './core/theme/tokens.js';
export type { Datum, SeriesRow, TrustData, DataModel, DataRow } from './core/data/model.js';
export { VERSION } from './core/version.js';
