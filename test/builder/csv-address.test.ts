/**
 * Data in from a CSV address (src/builder/csv-address.ts and the builder's field): only http, https and relative
 * addresses are taken; a taken address becomes `src` on the previews and in every output (the static HTML holding
 * the figures as fetched), and comes back from the builder's address and from an embed code.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/builder/define.js';
import type { TrustChartBuilder } from '../../src/builder/chart-builder.js';
import { readCsvAddress } from '../../src/builder/csv-address.js';
import type { Manifest } from '../../src/builder/manifest-form.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { freshPath, serve } from '../helpers/source-fixtures.js';
import { settled, shadow, texts } from '../helpers/widget.js';
import { loadManifest } from './helpers.js';

const CSV = 'Answer,Share\nWorried about scams,57%\nConcerned about data,60%\n';

describe('readCsvAddress', () => {
  it('takes http, https and relative addresses, as written', () => {
    for (const address of [
      'https://docs.google.com/spreadsheets/d/e/2PACX-1/pub?gid=0&single=true&output=csv',
      'http://example.org/figures.csv',
      '/data/figures.csv',
      'figures.csv',
      '../figures.csv?v=2',
      '//cdn.example.org/figures.csv',
    ]) {
      expect(readCsvAddress(`  ${address} `), address).to.deep.equal({ kind: 'ok', address });
    }
  });

  it('refuses every other scheme, and addresses with spaces or control characters', () => {
    for (const address of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/csv,a,b',
      'file:///C:/figures.csv',
      'ftp://example.org/x.csv',
      'https://exa mple.org/x.csv',
      'https://example.org/\tx.csv',
    ]) {
      expect(readCsvAddress(address).kind, address).to.equal('refused');
    }
  });

  it('reads nothing from an empty field', () => {
    expect(readCsvAddress('   ')).to.deep.equal({ kind: 'none' });
    expect(readCsvAddress(undefined)).to.deep.equal({ kind: 'none' });
  });
});

describe('builder: a CSV address', () => {
  let manifest: Manifest;
  before(async () => {
    manifest = await loadManifest();
  });
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  async function builder(useAddress = false): Promise<TrustChartBuilder> {
    return fixture<TrustChartBuilder>(
      useAddress
        ? html`<trust-chart-builder use-address .manifest=${manifest}></trust-chart-builder>`
        : html`<trust-chart-builder .manifest=${manifest}></trust-chart-builder>`,
    );
  }

  async function type(el: TrustChartBuilder, selector: string, value: string): Promise<void> {
    const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The address field takes its value on change (Enter, or leaving it), as a browser fires it.
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  }

  const code = (el: TrustChartBuilder, kind: string) => el.querySelector<HTMLTextAreaElement>(`#tcb-${kind}-code`)!.value;
  const iframeParameters = (el: TrustChartBuilder) => {
    const template = document.createElement('template');
    template.innerHTML = code(el, 'iframe');
    return new URLSearchParams(template.content.querySelector('iframe')!.getAttribute('src')!.split('#')[1]);
  };

  it('with no pasted figures: the previews fetch it, every output carries it, the static HTML holds what was fetched', async () => {
    const address = await serve(freshPath('builder-csv/'), { body: CSV });
    const el = await builder();
    await type(el, '#tcb-src', address);
    await type(el, '#tcb-field-heading', 'Most are worried');
    expect(el.querySelector<HTMLFieldSetElement>('.chart-choice')!.disabled).to.equal(false);
    expect(el.querySelector('#tcb-reading-summary')?.textContent).to.match(/come from the CSV address/);
    await el.previewsDrawn;
    await el.staticHtmlDrawn;
    await el.updateComplete;
    const preview = el.querySelector<TrustElement>('.preview-desktop trust-bars')!;
    expect(preview.getAttribute('src')).to.equal(address);
    await settled(preview);
    expect(texts(shadow(preview), '#data-table tbody th')).to.deep.equal(['Worried about scams', 'Concerned about data']);

    const script = code(el, 'script');
    expect(script).to.include(`src="${address}"`);
    expect(script).not.to.include('<table>');
    const parameters = iframeParameters(el);
    expect(parameters.get('src')).to.equal(address);
    expect(parameters.has('data'), 'data would win over src').to.equal(false);
    // The static HTML cannot fetch: it holds the figures fetched now, and says so.
    const snapshot = code(el, 'static');
    expect(snapshot.includes('<th scope="row">Worried about scams</th>'), 'the fetched figures').to.equal(true);
    expect(/<script|class="loading"/i.test(snapshot), 'no script, no loading line').to.equal(false);
    expect(el.querySelector('#tcb-static-hint')?.textContent).to.match(/live CSV address needs the script embed/);
    // A relative address would be read from the embed page's folder: the iframe's hint says to give it in full.
    expect(el.querySelector('#tcb-iframe-hint')?.textContent).to.match(/relative: in the iframe/);
    await type(el, '#tcb-src', new URL(address, location.href).href);
    expect(el.querySelector('#tcb-iframe-hint')?.textContent).not.to.match(/relative/);
  });

  it('with pasted figures too: the script embed keeps the table (shown until the file arrives), the iframe sends only the address', async () => {
    const address = await serve(freshPath('builder-csv/'), { body: CSV });
    const el = await builder();
    await type(el, '#tcb-paste', 'Answer\tShare\nWorried\t50%\n');
    await type(el, '#tcb-src', address);
    expect(code(el, 'script')).to.include(`src="${address}"`).and.to.include('<td>Worried</td>');
    const parameters = iframeParameters(el);
    expect(parameters.get('src')).to.equal(address);
    expect(parameters.has('data')).to.equal(false);
  });

  it('refuses a javascript: address in place, and leaves it out of the previews and outputs', async () => {
    const el = await builder();
    await type(el, '#tcb-paste', 'Answer\tShare\nWorried\t50%\n');
    await type(el, '#tcb-src', 'javascript:alert(1)');
    const field = el.querySelector<HTMLInputElement>('#tcb-src')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.include('tcb-src-problem');
    expect(el.querySelector('#tcb-src-problem')?.textContent).to.match(/https:\/\//);
    await el.previewsDrawn;
    expect(el.querySelector('.preview-desktop > *')!.hasAttribute('src')).to.equal(false);
    for (const kind of ['script', 'iframe']) expect(code(el, kind)).not.to.include('javascript');
    await expect(el).to.be.accessible();
  });

  it('comes back from the builder’s address and from an embed code pasted in', async () => {
    const address = new URL(await serve(freshPath('builder-csv/'), { body: CSV }), location.href).href;
    const el = await builder(true);
    await type(el, '#tcb-src', address);
    await type(el, '#tcb-field-heading', 'Most are worried');
    const script = code(el, 'script');
    const iframe = code(el, 'iframe');
    el.remove();

    const reloaded = await builder(true);
    expect(reloaded.querySelector<HTMLInputElement>('#tcb-src')!.value).to.equal(address);
    expect(code(reloaded, 'script')).to.equal(script);
    reloaded.remove();
    history.replaceState(null, '', location.pathname + location.search);

    for (const pasted of [script, iframe]) {
      const opened = await builder();
      await type(opened, '#tcb-open', pasted);
      opened.querySelector<HTMLButtonElement>('#tcb-open + button')!.click();
      await opened.updateComplete;
      expect(opened.querySelector<HTMLInputElement>('#tcb-src')!.value).to.equal(address);
      expect(code(opened, 'script')).to.equal(script);
      opened.remove();
    }
  });
});
