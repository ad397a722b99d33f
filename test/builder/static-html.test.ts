/**
 * Output (3), the static HTML (src/builder/static-html.ts): a drawn widget serialised with its shadow root as
 * declarative shadow DOM, shaped as public-trust-widgets/ssr shapes its output, with nothing from the data unescaped;
 * and the builder's copy button and "no JavaScript" preview for it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/builder/define.js';
import type { TrustChartBuilder } from '../../src/builder/chart-builder.js';
import type { Manifest } from '../../src/builder/manifest-form.js';
import { staticHtml, staticPage, widgetStyleText } from '../../src/builder/static-html.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { widgetStylesheets } from '../../src/ssr/styles.js';
import { settled } from '../helpers/widget.js';
import { loadManifest } from './helpers.js';

const HOSTILE = `</template><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">"'&`;

async function drawnBars(): Promise<TrustElement> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 720px" lang="en-GB">
    <trust-bars heading=${HOSTILE} source="BT research" theme="dark">
      <table>
        <thead><tr><th>Answer</th><th>Share</th></tr></thead>
        <tbody><tr><td>${HOSTILE}</td><td>57%</td></tr><tr><td>Concerned</td><td>60%</td></tr></tbody>
      </table>
    </trust-bars>
  </div>`);
  const widget = container.querySelector<TrustElement>('trust-bars')!;
  await settled(widget);
  return widget;
}

/** `code` parsed as a page would parse it (declarative shadow roots attached), in an inert document. */
const parsed = (code: string) => Document.parseHTMLUnsafe(staticPage(code, 'en-GB', 'Test'));

describe('static HTML', () => {
  it('is the element, a declarative shadow root with the widget’s styles inlined, then its table; no script, no comments', async () => {
    const widget = await drawnBars();
    const code = staticHtml(widget, 'en-GB');
    expect(code).not.to.match(/<script/i);
    const page = parsed(code);
    const host = page.querySelector('trust-bars')!;
    // The start tag as the pre-renderer writes it: the author's attributes, then the width and language laid out at.
    expect(host.getAttributeNames()).to.deep.equal([...widget.getAttributeNames(), 'data-ssr-width', 'data-ssr-lang']);
    expect(widget.getAttributeNames().sort()).to.deep.equal(['heading', 'source', 'theme']);
    // The width the chart was laid out at: the 720 px box less the widget's padding, as wide as its drawing.
    expect(host.getAttribute('data-ssr-width')).to.equal('688');
    expect(host.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal('688');
    expect(host.getAttribute('data-ssr-lang')).to.equal('en-GB');
    expect(host.getAttribute('heading')).to.equal(HOSTILE);
    const root = host.shadowRoot!;
    expect(root, 'attached from <template shadowrootmode="open">').to.exist;
    expect(root.mode).to.equal('open');
    // One <style> first, holding what the pre-renderer inlines: the shared rules, then the widget's own.
    const style = root.firstElementChild!;
    expect(style.localName).to.equal('style');
    const sheets = widgetStylesheets();
    expect(style.textContent).to.equal(`${sheets.shared}\n${sheets.widgets.get('trust-bars')}`);
    expect(style.textContent).to.equal(widgetStyleText(widget));
    // The chart as drawn, with Lit's markers left out.
    expect(root.querySelector('h3#heading, h2#heading, [part="heading"]')?.textContent?.trim()).to.equal(HOSTILE);
    expect(root.querySelector('svg')).to.exist;
    const comments = page.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
    expect(comments.nextNode()).to.equal(null);
    // The light DOM table after it, every cell as text.
    expect(host.querySelector(':scope > table tbody td')?.textContent).to.equal(HOSTILE);
    expect(page.querySelectorAll('script, img').length + root.querySelectorAll('script, img').length).to.equal(0);
  });

  it('keeps hostile text as text when the page is loaded: nothing runs', async () => {
    const widget = await drawnBars();
    const frame = document.createElement('iframe');
    // Scripts allowed here on purpose: were anything in the data to become markup, it would run and be seen.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.srcdoc = staticPage(staticHtml(widget, 'en-GB'), 'en-GB', 'Test');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      expect((frame.contentWindow as Window & { pwned?: number }).pwned).to.equal(undefined);
      expect(frame.contentDocument!.querySelector('trust-bars')!.shadowRoot!.querySelector('.heading')?.textContent?.trim()).to.equal(HOSTILE);
    } finally {
      frame.remove();
    }
  });
});

describe('builder: static HTML output and the "no JavaScript" preview', () => {
  let manifest: Manifest;
  before(async () => {
    manifest = await loadManifest();
  });

  async function builder(): Promise<TrustChartBuilder> {
    const el = await fixture<TrustChartBuilder>(html`<trust-chart-builder .manifest=${manifest}></trust-chart-builder>`);
    const paste = el.querySelector<HTMLTextAreaElement>('#tcb-paste')!;
    paste.value = 'Answer\tShare\nWorried\t57%\nConcerned\t60%';
    paste.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    await el.previewsDrawn;
    await el.staticHtmlDrawn;
    await el.updateComplete;
    return el;
  }

  it('offers the static HTML with a copy button and a line for editors, taken from the desktop preview', async () => {
    const el = await builder();
    const code = el.querySelector<HTMLTextAreaElement>('#tcb-static-code')!;
    expect(el.querySelector('label[for="tcb-static-code"]')?.textContent).to.match(/Static HTML/);
    expect(document.getElementById(code.getAttribute('aria-describedby')!)?.textContent).to.match(/with no script/);
    const preview = el.querySelector<TrustElement>('.preview-desktop trust-bars')!;
    expect(code.value).to.equal(staticHtml(preview, 'en-GB'));
    expect(el.querySelector<HTMLButtonElement>('button[data-copy="static"]')!.disabled).to.equal(false);
    // And in Welsh.
    el.querySelector<HTMLButtonElement>('.language-switch')!.click();
    await el.updateComplete;
    expect(el.querySelector('label[for="tcb-static-code"]')?.textContent).to.match(/^HTML statig/);
    expect(el.querySelector('button[data-copy="static"]')?.textContent).to.equal('Copïo’r HTML statig');
    expect(el.querySelector('.preview-static-figure figcaption')?.textContent).to.match(/^Heb JavaScript/);
    expect(el.querySelector('label[for="tcb-src"]')?.textContent).to.match(/^Neu gyfeiriad ffeil CSV/);
  });

  it('follows the form: a new heading is in the static HTML once the preview has drawn it', async () => {
    const el = await builder();
    const heading = el.querySelector<HTMLInputElement>('#tcb-field-heading')!;
    heading.value = 'Most are worried';
    heading.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    await el.previewsDrawn;
    await el.staticHtmlDrawn;
    await el.updateComplete;
    expect(el.querySelector<HTMLTextAreaElement>('#tcb-static-code')!.value).to.include('heading="Most are worried"');
  });

  it('opens the static HTML pasted back in, reproducing the form and the other codes', async () => {
    const first = await builder();
    const heading = first.querySelector<HTMLInputElement>('#tcb-field-heading')!;
    heading.value = 'Most are worried';
    heading.dispatchEvent(new Event('input', { bubbles: true }));
    await first.updateComplete;
    await first.previewsDrawn;
    await first.staticHtmlDrawn;
    await first.updateComplete;
    const code = first.querySelector<HTMLTextAreaElement>('#tcb-static-code')!.value;
    const script = first.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value;
    first.remove();

    const el = await fixture<TrustChartBuilder>(html`<trust-chart-builder .manifest=${manifest}></trust-chart-builder>`);
    const open = el.querySelector<HTMLTextAreaElement>('#tcb-open')!;
    open.value = code;
    el.querySelector<HTMLButtonElement>('#tcb-open + button')!.click();
    await el.updateComplete;
    expect(el.querySelector<HTMLInputElement>('#tcb-field-heading')!.value).to.equal('Most are worried');
    expect(el.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value).to.equal(script);
    // The pre-render's layout (data-ssr-width, data-ssr-lang) is not an attribute of the chart: not kept in the state
    // (nor so in the builder's address).
    expect(Object.keys(el.currentState.attributes)).to.deep.equal(['heading']);
  });

  it('shows the static HTML in a labelled, sandboxed iframe where no script may run', async () => {
    const el = await builder();
    const frame = el.querySelector<HTMLIFrameElement>('.preview-static iframe')!;
    expect(frame.getAttribute('sandbox')).to.equal('');
    expect(frame.title).to.match(/static HTML/);
    expect(frame.closest('figure')?.querySelector('figcaption')?.textContent).to.match(/No JavaScript/);
    expect(frame.srcdoc).to.include(el.querySelector<HTMLTextAreaElement>('#tcb-static-code')!.value);
    // It sits with the phone and desktop previews.
    expect(frame.closest('.previews')?.querySelector('.preview-desktop')).to.exist;
    // Tall enough for its page, which shows the table (no script to open it): taller than the desktop preview.
    const twin = document.createElement('iframe');
    twin.setAttribute('sandbox', 'allow-same-origin');
    twin.width = frame.width;
    twin.height = frame.height;
    twin.srcdoc = frame.srcdoc;
    const loaded = new Promise((resolve) => twin.addEventListener('load', resolve, { once: true }));
    document.body.append(twin);
    await loaded;
    const pageHeight = twin.contentDocument!.documentElement.scrollHeight;
    twin.remove();
    expect(Number(frame.height)).to.equal(pageHeight);
    expect(pageHeight).to.be.greaterThan(el.querySelector('.preview-desktop > *')!.getBoundingClientRect().height + 60);
    await expect(el).to.be.accessible();
  });
});
