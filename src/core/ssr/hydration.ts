import type { DashboardShared } from '../context/dashboard-context.js';
import type { Messages } from '../i18n/messages.js';
import type { SourceMessages } from '../source/source-words.js';
import { adoptStyles, type CSSResultOrNative } from 'lit';

/** Width used before the element can measure itself (on the server, or while detached). */
export const DEFAULT_WIDTH = 640;

/**
 * What a pre-renderer (public-trust-widgets/ssr) tells an element on the server, where it cannot query its light DOM,
 * its ancestors or its size. Set under the `SERVER_CONTEXT` key before the element's first update.
 */
export interface ServerContext {
  /** The element's first child `<table>`: any object shaped like one (rows, cells, caption, tagName, textContent). */
  readonly table: HTMLTableElement | null;
  /** The nearest non-empty `lang` at or above the element in the page, if any. */
  readonly lang: string | undefined;
  /** Width to lay out at, in CSS pixels. */
  readonly width: number;
  /** The page's address, to resolve a relative `source-url`; without it a relative address is written as given. */
  readonly baseUrl?: string;
  /** The words of the code that reads `src` (the pre-renderer has it loaded), for a table written from `src`. */
  readonly sourceWords?: (m: Messages) => SourceMessages;
  /** The level of the page's last heading before the element (1 for an `<h1>`), as the browser finds it. */
  readonly pageHeadingLevel?: number | undefined;
  /** What the `<trust-dashboard>` around the element shares (read from its attributes by the pre-renderer). */
  readonly dashboard?: DashboardShared;
  /** Receives what the browser would print to the console (in English), for the pre-renderer to report. */
  readonly report?: (errors: readonly string[], warnings: readonly string[]) => void;
}

/** The key under which a pre-renderer hands an element its `ServerContext`. */
export const SERVER_CONTEXT: unique symbol = Symbol('public-trust-widgets.serverContext');
/** Host attributes a pre-renderer writes: the width and inherited `lang` it laid out with, which hydration repeats. */
export const SSR_WIDTH_ATTRIBUTE = 'data-ssr-width';
export const SSR_LANG_ATTRIBUTE = 'data-ssr-lang';

/** The layout the server used, which the first (hydrating) render repeats exactly. */
export interface HydrationLayout {
  readonly width: number;
  readonly lang: string | undefined;
}

/**
 * A pre-rendered shadow root that Lit is about to hydrate (its hydration support keeps it; without that support
 * `attachShadow` empties it): the layout the server used, from the attributes it wrote on the host.
 */
export function pendingHydration(
  host: Element & { readonly [SERVER_CONTEXT]?: ServerContext },
  root: HTMLElement | DocumentFragment | undefined,
): HydrationLayout | undefined {
  if (host[SERVER_CONTEXT] || typeof root?.querySelector !== 'function' || !root.querySelector('.width-probe')) return undefined;
  const width = Number(host.getAttribute(SSR_WIDTH_ATTRIBUTE));
  return { width: width > 0 ? width : DEFAULT_WIDTH, lang: host.getAttribute(SSR_LANG_ATTRIBUTE) ?? undefined };
}

/** Why a pre-rendered element is drawn afresh by a script built without Lit's hydration support. */
export const NO_HYDRATION_SUPPORT = 'this script cannot take over pre-rendered HTML (use public-trust-widgets/hydrate or the CDN file)';

/**
 * Runs the hydrating `update` (Lit taking the pre-rendered shadow root as its own last render). Where Lit cannot,
 * warns and empties `root`, then calls `renderAfresh` to draw into it as if nothing had been pre-rendered.
 * `options` are the element's render options: without Lit's hydration support, LitElement renders in front of the
 * pre-rendered nodes (its `renderBefore`, the first of them) and leaves them on the page, a second chart under the
 * first; redrawn afresh, it renders into the emptied root itself.
 */
export function hydrateOrRenderAfresh(
  tag: string,
  root: HTMLElement | DocumentFragment,
  options: { renderBefore?: ChildNode | null },
  update: () => void,
  renderAfresh: () => void,
): void {
  // Where Lit keeps a container's rendered part (a name Lit never minifies): hydration sets it once it succeeds.
  const container = root as (HTMLElement | DocumentFragment) & { _$litPart$?: unknown };
  let failure: string | undefined;
  try {
    update();
    if (options.renderBefore) failure = NO_HYDRATION_SUPPORT;
    else if (container._$litPart$ === undefined) failure = 'its pre-rendered HTML has lost the comments Lit needs to take it over';
  } catch (error) {
    failure = `its pre-rendered HTML does not match this version of public-trust-widgets (${error instanceof Error ? error.message : String(error)})`;
  }
  if (failure === undefined) return;
  // Lit could not take the pre-rendered shadow root as its own: written by another version of the library, or
  // changed since (a CMS that strips comments drops Lit's markers). Draw afresh rather than leave it inert.
  console.warn(`<${tag}> drew its chart again: ${failure}.`);
  container.replaceChildren();
  delete container._$litPart$;
  options.renderBefore = null;
  renderAfresh();
}

/**
 * Lit's hydration support keeps a pre-rendered shadow root without adopting the styles, leaving its <style> or
 * <link> to do it; a strict style-src blocks an inline <style>. Adopting the same rules as well changes nothing
 * where the pre-rendered ones apply and styles the widget where they were blocked.
 */
export function adoptStylesUnderPrerender(root: HTMLElement | DocumentFragment, styles: readonly CSSResultOrNative[]): HTMLElement | DocumentFragment {
  if (typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot && root.childNodes.length && !root.adoptedStyleSheets?.length) {
    adoptStyles(root, styles as CSSResultOrNative[]);
  }
  return root;
}
