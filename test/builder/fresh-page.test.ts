/**
 * The builder's three outputs, each loaded in a fresh page (an iframe of its own), draw the same chart as the
 * builder's preview: the same summary sentence and the same data table (issue 14). (1) the script embed, with the
 * library loaded as the embed code says; (2) the iframe embed, its address opened by the embed page; (3) the static
 * HTML in a page with no script at all, its text read from the declarative shadow root.
 * The library location is test/builder/fixtures/library/, which runs src/ through the test server (no build).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/builder/define.js';
import type { BuilderCopyDetail, OutputKind, TrustChartBuilder } from '../../src/builder/chart-builder.js';
import type { Manifest } from '../../src/builder/manifest-form.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow, texts } from '../helpers/widget.js';
import { loadManifest } from './helpers.js';

const TSV = 'Training\t2022\t2024\nTrained on new technologies\t5%\t15%\nTrained on both new and existing systems\t47%\t39%\n';
const HEADING = 'Fewer NHS staff are trained on both new & existing systems';
const LIBRARY = new URL('/test/builder/fixtures/library/', location.href).href;

let manifest: Manifest;
before(async () => {
  manifest = await loadManifest();
});

async function type(el: TrustChartBuilder, selector: string, value: string): Promise<void> {
  const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function copy(el: TrustChartBuilder, kind: OutputKind): Promise<string> {
  const copied = new Promise<BuilderCopyDetail>((resolve) =>
    el.addEventListener('builder-copy', (event) => resolve((event as CustomEvent<BuilderCopyDetail>).detail), { once: true }),
  );
  el.querySelector<HTMLButtonElement>(`button[data-copy="${kind}"]`)!.click();
  const detail = await copied;
  expect(detail.kind).to.equal(kind);
  return detail.text;
}

/** What a reader gets from a drawn chart: the heading and sentence screen readers hear, and the data table. */
function chartText(root: ShadowRoot): { summary: string | null; header: string[]; cells: string[] } {
  return {
    // The figure's name (the heading) and the chart's (its summary), issue 17 item 7.
    summary:
      ['#heading', '#summary']
        .map((id) => root.querySelector(id)?.textContent?.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' ') || null,
    header: texts(root, '#data-table thead th'),
    cells: texts(root, '#data-table tbody :is(th, td)'),
  };
}

/** Resolves once `check` returns something, polling each frame for up to 8 s. */
async function waitFor<T>(what: string, check: () => T | undefined | null): Promise<T> {
  const end = performance.now() + 8000;
  for (;;) {
    const found = check();
    if (found) return found;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A fresh page in an iframe 736 px wide (the desktop preview and a body's margins), loaded from `srcdoc` or `src`. */
async function freshPage(page: { srcdoc: string; sandbox?: string } | { src: string }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '736';
  frame.height = '600';
  if ('src' in page) frame.src = page.src;
  else {
    if (page.sandbox !== undefined) frame.setAttribute('sandbox', page.sandbox);
    frame.srcdoc = page.srcdoc;
  }
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const pageOf = (body: string) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Fresh page</title></head><body>${body}</body></html>`;

/** A builder with the figures pasted, the heading and source set, and the library at the fixture. */
async function builtChart(): Promise<{ el: TrustChartBuilder; expected: ReturnType<typeof chartText> }> {
  const el = await fixture<TrustChartBuilder>(html`<trust-chart-builder .manifest=${manifest}></trust-chart-builder>`);
  await type(el, '#tcb-paste', TSV);
  await type(el, '#tcb-field-heading', HEADING);
  await type(el, '#tcb-field-source', 'BT research <2024>');
  await type(el, '#tcb-library', LIBRARY);
  await el.previewsDrawn;
  const preview = el.querySelector<TrustElement>('.preview-desktop trust-change')!;
  await settled(preview);
  await el.staticHtmlDrawn;
  await el.updateComplete;
  const expected = chartText(shadow(preview));
  expect(expected.summary).to.include('Fewer NHS staff');
  expect(expected.cells).to.include('Trained on new technologies');
  return { el, expected };
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

describe('builder outputs, each in a fresh page', () => {
  it('(1) the script embed, with the library loaded as the code says, draws the same chart', async () => {
    const { el, expected } = await builtChart();
    const code = await copy(el, 'script');
    expect(code).to.include(`src="${LIBRARY}cdn/public-trust-widgets.js"`);
    const frame = await freshPage({ srcdoc: pageOf(code) });
    frames.push(frame);
    const widget = await waitFor('the chart in the fresh page', () =>
      frame.contentDocument!.querySelector('trust-change')?.shadowRoot?.querySelector('#summary'),
    );
    expect(widget).to.exist;
    const drawn = frame.contentDocument!.querySelector('trust-change')!;
    await waitFor('the same summary', () => chartText(drawn.shadowRoot!).summary === expected.summary || undefined);
    expect(chartText(drawn.shadowRoot!)).to.deep.equal(expected);
  });

  it('(2) the iframe embed, opened by the embed page, draws the same chart', async () => {
    const { el, expected } = await builtChart();
    const code = await copy(el, 'iframe');
    const template = document.createElement('template');
    template.innerHTML = code;
    const src = template.content.querySelector('iframe')!.getAttribute('src')!;
    expect(src.startsWith(`${LIBRARY}embed/index.html#`)).to.equal(true);
    const frame = await freshPage({ src });
    frames.push(frame);
    const drawn = await waitFor('the chart in the embed page', () => {
      const widget = frame.contentDocument?.querySelector('trust-change');
      return widget?.shadowRoot?.querySelector('#summary') ? widget : undefined;
    });
    expect(frame.contentDocument!.querySelector('.embed-problems')).to.equal(null);
    const got = chartText(drawn.shadowRoot!);
    // The label column's header ("Training") has no place in the data attribute; the sentence and figures match.
    expect(got.summary).to.equal(expected.summary);
    expect(got.cells).to.deep.equal(expected.cells);
    expect(got.header.slice(1)).to.deep.equal(expected.header.slice(1));
  });

  it('(3) the static HTML, in a page where no script runs, shows the same chart from its declarative shadow root', async () => {
    const { el, expected } = await builtChart();
    const code = await copy(el, 'static');
    expect(code).not.to.match(/<script/i);
    // allow-same-origin only so that the test can read the page; without allow-scripts nothing there can run.
    const frame = await freshPage({ srcdoc: pageOf(code), sandbox: 'allow-same-origin' });
    frames.push(frame);
    const page = frame.contentDocument!;
    expect(page.querySelectorAll('script').length).to.equal(0);
    const widget = page.querySelector('trust-change')!;
    // Not upgraded (no script), yet drawn: the browser attached the declarative shadow root while parsing.
    expect(frame.contentWindow!.customElements.get('trust-change')).to.equal(undefined);
    expect(widget.shadowRoot, 'a declarative shadow root').to.exist;
    expect(chartText(widget.shadowRoot!)).to.deep.equal(expected);
    // Styled by its own inlined stylesheet: the chart is laid out as in the preview, not as unstyled text.
    const svg = widget.shadowRoot!.querySelector('.chart svg')!;
    expect(svg.getBoundingClientRect().width).to.be.greaterThan(600);
    // With no script the table button cannot work: the library's styles hide it and show the table instead.
    const display = (selector: string) => frame.contentWindow!.getComputedStyle(widget.shadowRoot!.querySelector(selector)!).display;
    expect(display('.toolbar')).to.equal('none');
    expect(display('#data-table')).to.equal('block');
    // The light DOM table stays, as in the script embed and the pre-renderer's output.
    expect(texts(widget, ':scope > table tbody tr:first-child > *')).to.deep.equal(['Trained on new technologies', '5%', '15%']);
  });

  it('(3) the static HTML, on a page that loads the library’s script after all, becomes the live chart', async () => {
    const { el, expected } = await builtChart();
    const code = await copy(el, 'static');
    const script = `<script type="module" src="${LIBRARY}cdn/public-trust-widgets.js"></script>`;
    // The page's warnings, from before the library loads (a classic inline script runs first).
    const listen = `<script>window.warned = []; const warn = console.warn; console.warn = (...a) => { window.warned.push(a.join(' ')); warn(...a); };</script>`;
    const frame = await freshPage({ srcdoc: pageOf(`${listen}${code}${script}`) });
    frames.push(frame);
    const win = frame.contentWindow as Window & { warned: string[] };
    await waitFor('the library', () => win.customElements.get('trust-change'));
    const widget = frame.contentDocument!.querySelector<TrustElement>('trust-change')!;
    await widget.updateComplete;
    // Drawn by the script now: one chart (not the static one and a new one), the table button working.
    expect(widget.shadowRoot!.querySelectorAll('figure')).to.have.length(1);
    expect(chartText(widget.shadowRoot!)).to.deep.equal(expected);
    widget.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!.click();
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('#data-table')!.hasAttribute('hidden')).to.equal(false);
    // Lit cannot take over HTML without its markers: the chart is drawn again, which it says once.
    expect(win.warned.filter((text) => text.startsWith('<trust-change>'))).to.deep.equal([
      '<trust-change> drew its chart again: its pre-rendered HTML has lost the comments Lit needs to take it over.',
    ]);
  });
});
