/**
 * public-trust-widgets/ssr: pre-renders the widgets in an HTML page or fragment, in Node, as declarative shadow DOM
 * (`<template shadowrootmode="open">`) that browsers draw without JavaScript. Each widget keeps its light DOM (a child
 * `<table>` stays for no-JS readers and for the widget to read after hydration). Everything outside the widgets'
 * start tags is copied byte for byte.
 *
 * Data comes from the attributes and from the child `<table>`, read with the same parser the browser runs. Charts are
 * laid out at a set width (default 640 px; a `<trust-dashboard>` is taken to be that wide, and its charts get their
 * grid cells' widths) with estimated text widths; once the script loads, Lit hydrates the shadow root (see
 * ./hydrate.ts) and the widget lays out again for the reader's screen.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as parse5Html, parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { DashboardShared } from '../core/context/dashboard-context.js';
import { DEFAULT_WIDTH, SERVER_CONTEXT, SSR_LANG_ATTRIBUTE, SSR_WIDTH_ATTRIBUTE, type ServerContext, type TrustElement } from '../core/trust-element.js';
import { sourceWords } from '../core/source/source-problems.js';
import { DASHBOARD_TAG } from '../widgets.js';
import { dashboardShared, nearestDashboard, widgetWidthInDashboard } from './dashboard.js';
import { SHARED_STYLESHEET, widgetClasses, widgetStylesheets } from './styles.js';
import { childTable } from './table-shim.js';
import { applyEdits, type TextEdit } from './text-edits.js';
// The code of notes, reference lines and ranges, and Welsh (and any other language) up front: rendering here is
// synchronous, with no waiting for chunks.
import './annotations.js';
import './words.js';

export { DEFAULT_WIDTH } from '../core/trust-element.js';
export { SHARED_STYLESHEET, widgetStylesheets, type WidgetStylesheets } from './styles.js';
export { inlineSources, FROM_SRC_ATTRIBUTE, type SourceOptions } from './sources.js';

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Element = DefaultTreeAdapterTypes.Element;

/** parse5's own constant: its nodes' namespaceURI is typed with it. */
const HTML_NS = parse5Html.NS.HTML;

export interface RenderOptions {
  /**
   * Width, in CSS pixels, to lay the charts out at. Default 640 (DEFAULT_WIDTH); the browser re-lays out. A
   * `<trust-dashboard>` is taken to be this wide: the charts in it are laid out at the width its grid gives each.
   */
  width?: number;
  /**
   * `inline` (default): a `<style>` in each shadow root, no other file needed. `link`: `<link rel="stylesheet">`s to
   * the library's stylesheets instead, for pages whose Content-Security-Policy has no `'unsafe-inline'` in style-src.
   */
  styles?: 'inline' | 'link';
  /**
   * With `styles: 'link'` (required there): the address of public-trust-widgets.css (built into dist/cdn/). Each
   * widget's own file is linked from the same folder (`trust-bars.css`, …), and so is a dashboard's
   * (`trust-dashboard.css`).
   */
  stylesheetHref?: string;
  /** Language of the page the HTML goes into, for widgets with no `lang` above them in the input (fragments). */
  lang?: string;
  /** The page's address, to resolve relative `source-url` links against; without it they are written as given. */
  baseUrl?: string;
  /** Receives each problem a widget reports (the same texts the browser prints to the console). */
  onProblem?: (problem: RenderProblem) => void;
}

/** A problem with one widget's data or attributes, found while pre-rendering. */
export interface RenderProblem {
  readonly tag: string;
  /** 1-based position of the widget's start tag in the input. */
  readonly line: number;
  readonly column: number;
  /** `error`: the widget shows an error message instead of its chart. `warning`: an attribute was ignored. */
  readonly kind: 'error' | 'warning';
  readonly message: string;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const isElement = (node: P5Node): node is P5Element => 'tagName' in node && 'childNodes' in node;

/** The nearest non-empty `lang` at or above `element`: the browser's `closest('[lang]:not([lang=""])')`. */
function inheritedLang(element: P5Element): string | undefined {
  for (let node: P5Node | null = element; node && isElement(node); node = node.parentNode) {
    const lang = node.attrs.find((attribute) => attribute.name === 'lang' && !attribute.prefix);
    if (lang && lang.value !== '') return lang.value;
  }
  return undefined;
}

/** A sibling of `href` (same folder, same query string): the address of a widget's own stylesheet. */
function siblingHref(href: string, file: string): string {
  const match = /^([^?#]*?)([^/?#]*)([?#].*)?$/.exec(href);
  return match ? `${match[1]}${file}${match[3] ?? ''}` : file;
}

function checkedOptions(options: RenderOptions) {
  const width = options.width ?? DEFAULT_WIDTH;
  if (typeof width !== 'number' || !Number.isFinite(width) || width < 1) {
    throw new RangeError(`public-trust-widgets/ssr: width must be a positive number of pixels, not ${String(options.width)}`);
  }
  const styles = options.styles ?? 'inline';
  if (styles !== 'inline' && styles !== 'link') throw new RangeError(`public-trust-widgets/ssr: styles must be 'inline' or 'link', not '${String(styles)}'`);
  const stylesheetHref = options.stylesheetHref?.trim();
  if (styles === 'link' && !stylesheetHref) {
    throw new TypeError(`public-trust-widgets/ssr: styles 'link' needs stylesheetHref, the address where you serve dist/cdn/${SHARED_STYLESHEET}`);
  }
  if (options.baseUrl !== undefined) {
    try {
      new URL(options.baseUrl);
    } catch {
      throw new TypeError(`public-trust-widgets/ssr: baseUrl must be an absolute address, not '${options.baseUrl}'`);
    }
  }
  return {
    width: Math.round(width),
    styles,
    stylesheetHref: stylesheetHref ?? '',
    lang: options.lang?.trim() || undefined,
    baseUrl: options.baseUrl,
    onProblem: options.onProblem,
  };
}

/**
 * Returns `html` with every library widget (`<trust-bars>`, `<trust-stat>`, …) pre-rendered: the same element and
 * light DOM, plus a declarative shadow root holding the chart. Input may be a whole document or a fragment; text
 * outside the widgets' start tags is unchanged. Rendering again replaces an earlier pre-render.
 * A `<trust-dashboard>` is pre-rendered too, and the widgets inside it take what it shares (locale, survey facts,
 * source, heading level), as they do in the browser.
 * Elements inside `<template>`, `<noscript>` or SVG are left alone.
 */
export function renderToString(html: string, options: RenderOptions = {}): string {
  const settings = checkedOptions(options);
  const classes = widgetClasses();
  const document = parse(html, { sourceCodeLocationInfo: true });
  const edits: TextEdit[] = [];
  // Each dashboard's hand-down, read once however many widgets it holds.
  const shared = new Map<P5Element, DashboardShared>();
  // The level of the page's last heading before each element, as the browser finds it (precedingHeadingLevel).
  const headingBefore = new Map<P5Element, number | undefined>();
  const sharedFor = (element: P5Element): DashboardShared | undefined => {
    const dashboard = nearestDashboard(element);
    if (!dashboard) return undefined;
    const known = shared.get(dashboard) ?? dashboardShared(dashboard, inheritedLang(dashboard) ?? settings.lang, headingBefore.get(dashboard));
    shared.set(dashboard, known);
    return known;
  };
  // A widget in a dashboard is laid out at its grid cell's width, as the browser will lay it out; others at the page's.
  const renderWidget = (widget: P5Element): TextEdit[] | undefined => {
    const dashboard = nearestDashboard(widget);
    const width = dashboard ? widgetWidthInDashboard(widget, dashboard, settings.width) : settings.width;
    return renderElement(widget, settings, width, sharedFor(widget), headingBefore.get(widget));
  };
  // Document order: every heading before an element has been seen when the element is reached.
  let lastHeading: number | undefined;
  const visit = (node: P5Node): void => {
    if (!isElement(node)) return;
    const heading = node.namespaceURI === HTML_NS ? /^h([1-6])$/.exec(node.tagName) : null;
    if (heading) lastHeading = Number(heading[1]);
    if (node.namespaceURI === HTML_NS && (classes.has(node.tagName) || node.tagName === DASHBOARD_TAG)) {
      headingBefore.set(node, lastHeading);
      const edit = node.tagName === DASHBOARD_TAG ? renderElement(node, settings, undefined, undefined, lastHeading) : renderWidget(node);
      if (edit) edits.push(...edit);
    }
    // A <template>'s children live in its `content`, which is not walked: those elements are inert.
    for (const child of node.childNodes) visit(child);
  };
  for (const child of document.childNodes) visit(child);
  // The edits never overlap (a widget's own are its start tag and its old shadow roots; nested widgets come later).
  return applyEdits(html, edits);
}

/**
 * One widget or dashboard: its start tag with the layout hydration repeats, then its declarative shadow root. `width`:
 * the widget's layout width (undefined for a dashboard, which draws no chart).
 */
function renderElement(
  element: P5Element,
  settings: ReturnType<typeof checkedOptions>,
  width: number | undefined,
  dashboard: DashboardShared | undefined,
  pageHeadingLevel: number | undefined,
): TextEdit[] | undefined {
  const location = element.sourceCodeLocation;
  const startTag = location?.startTag;
  if (!location || !startTag) return undefined;
  const tag = element.tagName;
  const report = (kind: RenderProblem['kind']) => (message: string) =>
    settings.onProblem?.({ tag, line: startTag.startLine, column: startTag.startCol, kind, message });

  const given = element.attrs.filter((attribute) => !attribute.prefix && attribute.name !== SSR_WIDTH_ATTRIBUTE && attribute.name !== SSR_LANG_ATTRIBUTE);
  const renderer = new LitElementRenderer(tag);
  for (const { name, value } of given) renderer.setAttribute(name, value);
  const lang = inheritedLang(element) ?? settings.lang;
  // A dashboard draws no chart: no table of its own, and no width to lay out at.
  const isDashboard = tag === DASHBOARD_TAG;
  const context: ServerContext = {
    table: isDashboard ? null : childTable(element),
    lang,
    width: width ?? settings.width,
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
    ...(dashboard ? { dashboard } : {}),
    pageHeadingLevel,
    sourceWords,
    report: (errors, warnings) => {
      errors.forEach(report('error'));
      warnings.forEach(report('warning'));
    },
  };
  const widget = renderer.element as unknown as TrustElement & { render(): unknown };
  widget[SERVER_CONTEXT] = context;
  renderer.connectedCallback();
  const shadow = collectResultSync(
    render(widget.render(), {
      elementRenderers: [LitElementRenderer],
      customElementInstanceStack: [renderer],
      customElementHostStack: [renderer],
    }),
  );
  delete widget[SERVER_CONTEXT];

  // The author's attributes as parsed, then any the element reflected, then the layout that hydration repeats.
  const attributes = new Map(given.map(({ name, value }) => [name, value]));
  for (const { name, value } of Array.from(widget.attributes)) if (!attributes.has(name)) attributes.set(name, value);
  if (width !== undefined) attributes.set(SSR_WIDTH_ATTRIBUTE, String(width));
  if (lang !== undefined) attributes.set(SSR_LANG_ATTRIBUTE, lang);
  const open = `<${tag}${[...attributes].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}>`;

  const { mode = 'open', delegatesFocus } = renderer.shadowRootOptions;
  const template = `<template shadowrootmode="${mode}"${delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>${styleMarkup(tag, settings)}${shadow}</template>`;

  // An earlier pre-render's declarative shadow root is replaced, so rendering twice gives the same page.
  const stale = element.childNodes.filter(
    (child): child is P5Element =>
      isElement(child) && child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode' || a.name === 'shadowroot'),
  );
  return [
    { start: startTag.startOffset, end: startTag.endOffset, text: open + template },
    ...stale.flatMap((child) => {
      const at = child.sourceCodeLocation;
      return at ? [{ start: at.startOffset, end: at.endOffset, text: '' }] : [];
    }),
  ];
}

function styleMarkup(tag: string, settings: ReturnType<typeof checkedOptions>): string {
  const sheets = widgetStylesheets();
  if (settings.styles === 'inline') return `<style>${sheets.shared}\n${sheets.widgets.get(tag) ?? ''}</style>`;
  const shared = `<link rel="stylesheet" href="${escapeAttribute(settings.stylesheetHref)}">`;
  return sheets.widgets.get(tag) ? `${shared}<link rel="stylesheet" href="${escapeAttribute(siblingHref(settings.stylesheetHref, `${tag}.css`))}">` : shared;
}
