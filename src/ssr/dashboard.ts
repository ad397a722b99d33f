import type { LitElement } from 'lit';
import { html as parse5Html, type DefaultTreeAdapterTypes } from 'parse5';
import type { DashboardShared } from '../core/context/dashboard-context.js';
import { DASHBOARD_GRID, dashboardCellWidth } from '../dashboard/dashboard-styles.js';
import { computeDashboardView, type DashboardAttributes } from '../dashboard/dashboard-view.js';
import { DASHBOARD_TAG } from '../widgets.js';

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Element = DefaultTreeAdapterTypes.Element;

const isElement = (node: P5Node | null): node is P5Element => !!node && 'tagName' in node && 'childNodes' in node;

/** The `<trust-dashboard>` a widget takes from: the nearest around it, as @lit/context finds the nearest provider. */
export function nearestDashboard(element: P5Element): P5Element | undefined {
  for (let node: P5Node | null = element.parentNode; isElement(node); node = node.parentNode) {
    if (node.tagName === DASHBOARD_TAG && node.namespaceURI === parse5Html.NS.HTML) return node;
  }
  return undefined;
}

/** The dashboard's class, as the page registers it (src/index.ts does, which the pre-renderer imports). */
export function dashboardClass(): typeof LitElement | undefined {
  return customElements.get(DASHBOARD_TAG) as typeof LitElement | undefined;
}

/**
 * A dashboard's attributes by property name (`heading-level` → `headingLevel`), read as Lit reads them: from the
 * class's own property declarations, so that a new attribute is read here without a list to keep.
 */
function dashboardAttributes(element: P5Element): DashboardAttributes {
  const values: Record<string, string> = {};
  for (const [name, options] of dashboardClass()?.elementProperties ?? []) {
    if (options.attribute === false || typeof name !== 'string') continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
    const value = element.attrs.find((a) => a.name === attribute && !a.prefix)?.value;
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/** What a dashboard hands down to its widgets: the same pure function the dashboard runs in the browser. */
export function dashboardShared(element: P5Element, lang: string | undefined, pageHeadingLevel: number | undefined): DashboardShared {
  return computeDashboardView(dashboardAttributes(element), lang, pageHeadingLevel).shared;
}

/**
 * CSS pixels per rem, for the grid's rem breakpoints, gap and padding. The pre-renderer's assumption: 16 px, every
 * browser's default root font size. On a page whose root font size differs, or which sets `--trust-padding` or
 * `--trust-dashboard-gap`, the charts lay out again once the script measures them, as at any other unforeseen width.
 */
const REM_PX = 16;

const attribute = (element: P5Element, name: string): string | undefined => element.attrs.find((a) => a.name === name && !a.prefix)?.value;

/** The grid item `element` is in: itself when it is a child of `dashboard`, else its ancestor that is. */
function gridItem(element: P5Element, dashboard: P5Element): P5Element {
  let item = element;
  while (isElement(item.parentNode) && item.parentNode !== dashboard) item = item.parentNode;
  return item;
}

/** The border box of the grid cell that holds `element`, in a `dashboard` laid out `width` px wide. */
function cellWidth(element: P5Element, dashboard: P5Element, width: number): number {
  return dashboardCellWidth(width, attribute(dashboard, 'columns'), attribute(gridItem(element, dashboard), 'span'), REM_PX);
}

/**
 * How wide `dashboard` is when the page is `pageWidth` px wide: the page's width, or, inside another dashboard, its
 * grid cell less the line around it (a dashboard has no padding of its own).
 */
function dashboardWidth(dashboard: P5Element, pageWidth: number): number {
  const outer = nearestDashboard(dashboard);
  return outer ? cellWidth(dashboard, outer, dashboardWidth(outer, pageWidth)) - 2 * DASHBOARD_GRID.cellBorderPx : pageWidth;
}

/**
 * The width a widget inside `dashboard` lays its chart out at, as the browser measures it (the content box, rounded):
 * its grid cell less the line around the cell and the widget's own padding. `pageWidth` is taken as the width of the
 * outermost dashboard. A widget in a wrapper inside the grid gets the wrapper's cell, as if the wrapper added nothing.
 */
export function widgetWidthInDashboard(widget: P5Element, dashboard: P5Element, pageWidth: number): number {
  const frame = 2 * (DASHBOARD_GRID.cellBorderPx + DASHBOARD_GRID.paddingRem * REM_PX);
  return Math.max(1, Math.round(cellWidth(widget, dashboard, dashboardWidth(dashboard, pageWidth)) - frame));
}
