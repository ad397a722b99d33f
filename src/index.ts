/**
 * public-trust-widgets: registers every widget (this is the CDN entry) and re-exports classes, helpers and types.
 */
import './bars/define.js';
import './waffle/define.js';
import './trend/define.js';
import './change/define.js';
import './likert/define.js';
import './stat/define.js';

export { TrustBars, SORT_ORDERS, type SortOrder } from './bars/trust-bars.js';
export { TrustWaffle } from './waffle/trust-waffle.js';
export { TrustTrend } from './trend/trust-trend.js';
export { TrustChange } from './change/trust-change.js';
export { TrustLikert } from './likert/trust-likert.js';
export { TrustStat } from './stat/trust-stat.js';
export { barsLayout, type BarsGeometry, type BarsLayoutInput } from './bars/bars-layout.js';
export { TrustElement, DEFAULT_WIDTH, type ChartContext, type ChartDrawing } from './core/trust-element.js';
export { defineElement } from './core/define.js';
export { TrustPointFocusEvent, TrustRenderEvent, TrustDataErrorEvent, type PointDetail } from './core/events.js';
export { addMessages, messagesFor, type Messages } from './core/i18n/messages.js';
export { createValueFormatter, type ValueFormatter } from './core/format/number.js';
export { UNITS, type Unit } from './core/format/units.js';
export { THEMES, type Theme } from './core/theme/tokens.js';
export type { Datum, SeriesRow, TrustData, DataModel, DataRow } from './core/data/model.js';
export { VERSION } from './core/version.js';
