/**
 * The script of the iframe embed page, dist/embed/index.html (bundled with every widget into
 * dist/embed/embed-page.js). It reads the widget and its attributes from the address fragment (embed-address.ts), or
 * a dashboard with its attributes and its charts, builds the elements with createElement and setAttribute only
 * (never markup, so nothing in the address can become a script), shows a clear error instead when the address is wrong, and tells the parent page its height
 * (protocol.ts) on load and whenever it changes, so that resize.js can fit the iframe to the chart.
 * An external module, no inline script or style: the page works under a strict Content-Security-Policy.
 */
import type { LitElement } from 'lit';
import '../index.js';
import type { TrustExportEvent } from '../core/events.js';
import { readEmbedAddress, type EmbedProblem, type EmbedTag, type WidgetAttributes } from './embed-address.js';
import { iframeCode, iframeTitle } from './iframe-code.js';
import { HEIGHT_MESSAGE, isRequestHeightMessage, PROTOCOL_VERSION, type HeightMessage } from './protocol.js';

/** Attributes of a registered widget, read from its class, so that embeds follow the widgets without a list here. */
function attributesOf(tag: EmbedTag): WidgetAttributes | undefined {
  const widget = customElements.get(tag) as typeof LitElement | undefined;
  if (!widget?.elementProperties) return undefined;
  const booleans = new Set<string>();
  for (const [name, options] of widget.elementProperties) {
    if (options.type !== Boolean || options.attribute === false) continue;
    booleans.add(typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase());
  }
  return { known: new Set(widget.observedAttributes), booleans };
}

/**
 * The error or warning box, built node by node: every text is textContent. A box on the page as it loads is content,
 * read with the page, not an alert (a page of broken embeds would raise one each); one that a new address brings
 * later is said politely.
 */
function problemsBox(kind: 'error' | 'warning', heading: string, problems: readonly EmbedProblem[]): HTMLElement {
  const box = document.createElement('div');
  box.className = `embed-problems embed-${kind}`;
  if (shown) box.setAttribute('role', 'status');
  const title = document.createElement('p');
  title.textContent = heading;
  const list = document.createElement('ul');
  for (const { parameter, message } of problems) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = parameter;
    item.append(code, `: ${message}`);
    list.append(item);
    console.warn(`public-trust-widgets embed: ${parameter}: ${message}`);
  }
  box.append(title, list);
  return box;
}

const root = document.getElementById('embed') ?? document.body.appendChild(document.createElement('main'));
let id: string | null = null;
/** What the page shows now, for the embed code: a dashboard or a chart, and its heading. */
let shows = { dashboard: false, heading: '', lang: '' };
let sent = -1;
/** Whether the page has been built once: boxes after that come with a new address, and are announced. */
let shown = false;

/** Builds the page from the address; again when only the fragment changes (no reload happens then). */
function show(): void {
  build();
  shown = true;
}

function build(): void {
  const request = readEmbedAddress(location.hash, attributesOf);
  root.replaceChildren();
  id = request.id;
  if (!request.ok) {
    document.title = 'Chart error';
    root.append(problemsBox('error', 'This chart can’t be shown', request.errors));
    return;
  }
  if (request.warnings.length) root.append(problemsBox('warning', 'Check this embed', request.warnings));
  const widget = document.createElement(request.tag);
  for (const [name, value] of request.attributes) widget.setAttribute(name, value);
  // A dashboard's charts, inside it before it is attached: they find it as they upgrade, and draw once.
  for (const child of request.children) {
    const chart = document.createElement(child.tag);
    for (const [name, value] of child.attributes) chart.setAttribute(name, value);
    widget.append(chart);
  }
  root.append(widget);
  const heading = request.attributes.find(([name]) => name === 'heading')?.[1].trim() ?? '';
  const lang = request.attributes.find(([name]) => name === 'lang')?.[1].trim() ?? '';
  shows = { dashboard: request.tag === 'trust-dashboard', heading, lang };
  document.title = heading || iframeTitle(shows.dashboard, '', lang);
}

/**
 * "Copy embed code" (the Download menu of the chart, or of a dashboard's chart) gives the iframe of this page, which
 * is what another site can paste: the element and this page's script would draw nothing there.
 */
function copyIframeCode(event: Event): void {
  const exported = event as TrustExportEvent;
  if (exported.kind !== 'embed') return;
  const code = iframeCode({
    address: location.href,
    ...shows,
    height: root.getBoundingClientRect().height,
    resizeScript: new URL('resize.js', location.href).href,
  });
  exported.file = new File([code], exported.file.name, { type: 'text/html' });
}

/** Posts `{ type: 'public-trust-widgets:height', version: 1, id, height }` to the parent when the height changed. */
function sendHeight(always = false): void {
  if (window.parent === window) return;
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === sent && !always) return;
  sent = height;
  const message: HeightMessage = { type: HEIGHT_MESSAGE, version: PROTOCOL_VERSION, id, height };
  // The message holds a height and the page's own id, nothing private: any parent may read it.
  window.parent.postMessage(message, '*');
}

show();
root.addEventListener('trust-export', copyIframeCode);
new ResizeObserver(() => sendHeight()).observe(root);
// On load only if it changed: a parent that starts listening late asks (request-height), so repeating is noise.
addEventListener('load', () => sendHeight());
addEventListener('hashchange', () => {
  show();
  sendHeight(true);
});
addEventListener('message', (event) => {
  if (event.source === window.parent && isRequestHeightMessage(event.data)) sendHeight(true);
});
