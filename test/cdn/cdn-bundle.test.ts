/**
 * The single-file CDN bundle (dist/cdn/public-trust-widgets.js, built by `npm test` before the browser tests) works
 * as journalists use it: one module script registers the widgets, and its minified CSS still styles them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../helpers/widget.js';

const bundle = new URL('../../dist/cdn/public-trust-widgets.js', import.meta.url).href;

describe('the CDN bundle', () => {
  let warnings: string[] = [];
  before(async function () {
    // The dev server hands over a 170 KB bundle: seconds on a busy machine (CI runs the heap group beside this one).
    this.timeout(30_000);
    warnings = await captureWarnings(async () => {
      await import(/* @vite-ignore */ bundle);
    });
  });

  it('registers <trust-bars> from one file, without warnings', () => {
    expect(customElements.get('trust-bars')).to.exist;
    expect(warnings).to.deep.equal([]);
  });

  it("is Lit's production build (dev-mode checks stripped) and imports nothing else statically", async () => {
    // Lit prints its dev-mode warning only once per page, and the test harness's own Lit already has: read the file.
    const source = await (await fetch(bundle)).text();
    expect(source).not.to.contain('Lit is in dev mode');
    expect(source).not.to.match(/\bimport\s*[^(]*?from\s*['"]/);
    // Only lazy imports, of chunks of words in dist/cdn/chunks/ (the Welsh, fetched on Welsh pages alone).
    const lazy = [...source.matchAll(/\bimport\s*\(([^)]*)\)/g)].map((match) => match[1]);
    for (const specifier of lazy) expect(specifier).to.match(/^"\.\/chunks\/[\w-]+\.js"$/);
  });

  it('draws a chart whose minified styles still apply', async () => {
    const el = await fixture(html`<trust-bars theme="light" heading="Concern" data="Worried: 57; Concerned: 60"></trust-bars>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('rect[part="bar"]')).to.have.length(2);
    expect(getComputedStyle(el).display).to.equal('block');
    expect(getComputedStyle(el).paddingLeft).to.equal('16px');
    expect(getComputedStyle(root.querySelector('rect[part="bar"]')!).fill).to.equal('rgb(18, 67, 109)');
    expect(getComputedStyle(root.querySelector('text.value')!).fontWeight).to.equal('700');
    expect(getComputedStyle(root.querySelector('#data-table')!).display).to.equal('none');
  });

  it('is safe to load a second time', async function () {
    // A second copy of the bundle (another address): as slow to arrive as the first on a busy machine.
    this.timeout(30_000);
    const again = await captureWarnings(async () => {
      await import(/* @vite-ignore */ `${bundle}?copy=2`);
    });
    expect(again).to.deep.equal([]);
  });
});
