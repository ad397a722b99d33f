import { inherits, type DashboardShared } from '../context/dashboard-context.js';
import type { View } from '../view.js';

/**
 * The view as a widget inside a `<trust-dashboard>` shows it under its chart: what it takes from the dashboard (the
 * source link, fieldwork, sample size) is left to the dashboard's own caption and "About this data", said once for
 * all its charts. The margins of error and the data table still use them.
 */
export function ownFooter(view: View, own: object, shared: DashboardShared): View {
  return {
    ...view,
    sourceHref: inherits(own, shared, 'sourceUrl') ? undefined : view.sourceHref,
    fieldwork: inherits(own, shared, 'fieldwork') ? undefined : view.fieldwork,
    // The dashboard's footer gives the size it hands down: not again here, as written or as the range it makes.
    ...(inherits(own, shared, 'sampleSize') ? { sampleSizes: [], sampleSizeRange: undefined } : {}),
  };
}
