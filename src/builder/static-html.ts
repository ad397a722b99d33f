/**
 * Out (3): the chart as static HTML, for pages and CMSs that allow no scripts. Made in the browser from a drawn
 * widget (no server): the element with its light DOM (the data table), and its shadow root as declarative shadow DOM
 * (`<template shadowrootmode="open">`) with the widget's styles inlined, as public-trust-widgets/ssr writes it.
 * Everything is copied node by node into a separate document and serialised by the browser, which escapes every
 * text and attribute: nothing from the data is ever concatenated into markup.
 */
import type { CSSResultOrNative, LitElement } from 'lit';
import { SSR_LANG_ATTRIBUTE, SSR_WIDTH_ATTRIBUTE } from '../core/trust-element.js';
import { escapeHtml } from './embed-code.js';
import { srcdocValue } from './trusted-html.js';

const cssText = (style: CSSResultOrNative): string =>
  'cssText' in style && typeof style.cssText === 'string' ? style.cssText : Array.from((style as CSSStyleSheet).cssRules, (rule) => rule.cssText).join('\n');

/** The widget's stylesheets as one text, in the order Lit adopts them (the pre-renderer's `<style>` holds the same). */
export function widgetStyleText(widget: Element): string {
  const styles = (widget.constructor as typeof LitElement).elementStyles ?? [];
  return styles.map(cssText).join('\n');
}

/** Removes comments below `root`: Lit's markers of a browser render mean nothing to a page without the library. */
function withoutComments(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** The width the widget laid its chart out at: its content box, as the widget itself measures it (padding aside). */
function layoutWidth(widget: HTMLElement): number {
  const style = getComputedStyle(widget);
  return Math.round(widget.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
}

/**
 * The drawn `widget` as static HTML: its start tag (its attributes, plus the width and language it was laid out at,
 * as the pre-renderer writes them), a declarative shadow root with a `<style>` and the chart as drawn, then its
 * light DOM. `lang` is the language the chart was drawn in. No `<script>`: a page with none shows the chart.
 */
export function staticHtml(widget: HTMLElement, lang: string): string {
  const page = document.implementation.createHTMLDocument('');
  const host = page.importNode(widget, false) as HTMLElement;
  host.setAttribute(SSR_WIDTH_ATTRIBUTE, String(layoutWidth(widget)));
  host.setAttribute(SSR_LANG_ATTRIBUTE, lang);
  const template = page.createElement('template');
  template.setAttribute('shadowrootmode', 'open');
  const style = page.createElement('style');
  style.textContent = widgetStyleText(widget);
  template.content.append(style);
  for (const node of widget.shadowRoot?.childNodes ?? []) template.content.append(page.importNode(node, true));
  withoutComments(template.content);
  const light = [...widget.childNodes].map((node) => page.importNode(node, true));
  host.append(template, ...light);
  for (const node of light) withoutComments(node);
  return [`<!-- public-trust-widgets: the chart pre-rendered, no script needed -->`, host.outerHTML].join('\n');
}

/**
 * A whole page holding `code` (static HTML from staticHtml), for the "no JavaScript" preview's `srcdoc`: the chart's
 * language on the page, as the preview's, and no script.
 */
export function staticPage(code: string, lang: string, title: string): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>\n${code}\n</body></html>`;
}

/** What the static HTML's page looks like in this browser, under this builder page's policy. */
export interface StaticPageLayout {
  /** The page's height, in CSS pixels. */
  readonly height: number;
  /** Whether the chart's inline stylesheet applied (a custom element is inline by default; the sheet makes it a block). */
  readonly styled: boolean;
}

function layoutOf(frame: HTMLIFrameElement): StaticPageLayout | undefined {
  const page = frame.contentDocument;
  const chart = page?.body.querySelector(':not(:defined)');
  if (!page || !chart) return undefined;
  return { height: page.documentElement.scrollHeight, styled: frame.contentWindow!.getComputedStyle(chart).display === 'block' };
}

/** How long the hidden frame may take to load the page before its height is given up on. */
const MEASURE_TIMEOUT_MS = 5000;

/**
 * The height, in CSS pixels, of `page` (from staticPage) laid out `width` pixels wide: loaded once in a hidden iframe
 * that may not run scripts either (`allow-same-origin` only, so that its height can be read), since the shown
 * preview's `sandbox=""` keeps its page closed to the builder. Without JavaScript the chart shows its table, so it is
 * taller than the preview it was taken from. Also whether its inline `<style>` applied: a Content-Security-Policy
 * with no 'unsafe-inline' in style-src blocks it, in the builder's page as in any page with that policy.
 * Undefined where this page may not show it (a policy that refuses the builder's Trusted Types policy), or when it
 * does not load in time.
 */
export function measureStaticPage(page: string, width: number, parent: Element = document.body): Promise<StaticPageLayout | undefined> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.width = String(width);
  // One pixel high, so that the page's scroll height is its content's, not the frame's.
  frame.height = '1';
  // Out of sight and out of the page's flow; set through CSSOM, which a strict style-src allows.
  Object.assign(frame.style, { position: 'absolute', left: '-10000px', top: '0', visibility: 'hidden' });
  return new Promise<StaticPageLayout | undefined>((resolve) => {
    const done = (layout: StaticPageLayout | undefined) => {
      clearTimeout(timer);
      frame.remove();
      resolve(layout);
    };
    const timer = setTimeout(() => done(undefined), MEASURE_TIMEOUT_MS);
    frame.addEventListener('load', () => done(layoutOf(frame)), { once: true });
    try {
      frame.setAttribute('srcdoc', srcdocValue(page) as string);
    } catch {
      done(undefined);
      return;
    }
    parent.append(frame);
  });
}

/**
 * The "no JavaScript" preview's frame for `page` (from staticPage): `sandbox` with no permission, so nothing in it may
 * run a script (as on a page that allows none) or reach the builder. Made with DOM calls, set before the frame is
 * in the page, since a frame takes its sandbox when it loads.
 */
export function staticPreviewFrame(page: string, width: number, height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', '');
  frame.width = String(width);
  frame.height = String(height);
  frame.setAttribute('srcdoc', srcdocValue(page) as string);
  return frame;
}
