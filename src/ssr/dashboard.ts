import type { LitElement } from 'lit';
import { html as parse5Html, type DefaultTreeAdapterTypes } from 'parse5';
import type { DashboardShared } from '../core/context/dashboard-context.js';
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
export function dashboardShared(element: P5Element, lang: string | undefined): DashboardShared {
  return computeDashboardView(dashboardAttributes(element), lang).shared;
}
