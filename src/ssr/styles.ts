import type { CSSResultOrNative, LitElement } from 'lit';
import * as library from '../index.js';
import { TrustElement } from '../core/trust-element.js';
import { DASHBOARD_TAG } from '../widgets.js';
import { dashboardClass } from './dashboard.js';

/** File name of the stylesheet every widget shares, next to the CDN script (dist/cdn/). */
export const SHARED_STYLESHEET = 'public-trust-widgets.css';

/** The widgets' stylesheets as files: the rules every widget shares, and each widget's own. */
export interface WidgetStylesheets {
  /** Theme tokens, the frame and the series colours: the same rules, in the same order, at the start of every widget. */
  readonly shared: string;
  /**
   * Each widget's own rules, by tag name, applied after the shared ones. File name: `<tag>.css`. The dashboard's
   * (`trust-dashboard.css`) are the rules it has that the shared ones are not (see widgetStylesheets).
   */
  readonly widgets: ReadonlyMap<string, string>;
}

/** Every widget class the library registers, by tag name. */
export function widgetClasses(): ReadonlyMap<string, typeof TrustElement> {
  const found = new Map<string, typeof TrustElement>();
  for (const value of Object.values(library)) {
    if (typeof value !== 'function' || !(value.prototype instanceof TrustElement)) continue;
    const tag = customElements.getName(value as CustomElementConstructor);
    if (tag) found.set(tag, value as typeof TrustElement);
  }
  return found;
}

const cssText = (style: CSSResultOrNative): string => {
  if ('cssText' in style && typeof style.cssText === 'string') return style.cssText;
  return Array.from((style as CSSStyleSheet).cssRules, (rule) => rule.cssText).join('\n');
};

let cached: WidgetStylesheets | undefined;

/**
 * The `static styles` of every widget (Lit's `elementStyles`), split into what all share and what each adds. A shadow
 * root that links the shared file and then its widget's file gets exactly the rules, in exactly the order, that Lit
 * adopts in the browser. (One file for all would not do: widgets use the same class names with different rules.)
 */
export function widgetStylesheets(): WidgetStylesheets {
  if (cached) return cached;
  const lists = [...widgetClasses()].map(([tag, widget]) => [tag, (widget as unknown as typeof LitElement).elementStyles] as const);
  if (!lists.length) throw new Error('public-trust-widgets: no widget is registered');
  let common = lists[0]![1].length;
  for (const [, styles] of lists) {
    let i = 0;
    while (i < common && i < styles.length && styles[i] === lists[0]![1][i]) i++;
    common = i;
  }
  const sharedStyles = lists[0]![1].slice(0, common);
  const shared = sharedStyles.map(cssText).join('\n');
  const widgets = new Map(lists.map(([tag, styles]) => [tag, styles.slice(common).map(cssText).join('\n')]));
  // The dashboard draws no chart: it has the widgets' theme tokens and frame, not their series colours. It takes
  // the shared file all the same (cached once for the page), whose colour rules (.series-N, .swatch, .mark) match
  // nothing in its shadow root, and then only the rules that are its own.
  const dashboard = dashboardClass();
  if (dashboard)
    widgets.set(
      DASHBOARD_TAG,
      dashboard.elementStyles
        .filter((style) => !sharedStyles.includes(style))
        .map(cssText)
        .join('\n'),
    );
  cached = { shared, widgets };
  return cached;
}
