/**
 * The builder end to end (src/builder/chart-builder.ts): paste TSV → suggested widget → fill the heading → copy the
 * script embed → that embed, loaded in a fresh container, draws the same chart as the preview. Also: the iframe
 * embed's address as the embed page reads it, the address round trip, "Open in builder", Welsh, and axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import '../../src/builder/define.js';
import type { BuilderCopyDetail, TrustChartBuilder } from '../../src/builder/chart-builder.js';
import type { Manifest } from '../../src/builder/manifest-form.js';
import { readEmbedAddress, type EmbedTag } from '../../src/embed/embed-address.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow, texts } from '../helpers/widget.js';
import { builderWith, loadManifest } from './helpers.js';

const TSV = 'Training\t2022\t2024\nTrained on new technologies\t5%\t15%\nTrained on both new and existing systems\t47%\t39%\n';
const HEADING = 'Fewer NHS staff are trained on both new & existing systems';

let manifest: Manifest;
before(async () => {
  manifest = await loadManifest();
});
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

const makeBuilder = (useAddress = false): Promise<TrustChartBuilder> => builderWith(manifest, useAddress);

/** Types into a field as a person would: the value, then the input event. */
async function type(el: TrustChartBuilder, selector: string, value: string): Promise<void> {
  const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** What a reader gets from a drawn widget: the heading and sentence screen readers hear, and the data table. */
function chartText(widget: Element): { summary: string | null; header: string[]; cells: string[] } {
  const root = shadow(widget);
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

async function copy(el: TrustChartBuilder, kind: 'script' | 'iframe'): Promise<string> {
  const copied = new Promise<BuilderCopyDetail>((resolve) =>
    el.addEventListener('builder-copy', (event) => resolve((event as CustomEvent<BuilderCopyDetail>).detail), { once: true }),
  );
  el.querySelector<HTMLButtonElement>(`button[data-copy="${kind}"]`)!.click();
  const detail = await copied;
  expect(detail.kind).to.equal(kind);
  return detail.text;
}

describe('builder: end to end', () => {
  it('paste → suggestion → heading → copy the script embed → the embed draws the same chart as the preview', async () => {
    const el = await makeBuilder();
    await type(el, '#tcb-paste', TSV);
    // The preview table shows how each cell was read.
    expect(texts(el, 'table.reading tbody tr:first-child > *')).to.deep.equal(['Trained on new technologies', '5% read as 5%', '15% read as 15%']);
    // The suggestion: two columns of one measure at two times.
    const checked = el.querySelector<HTMLInputElement>('input[name="tcb-widget"]:checked')!;
    expect(checked.value).to.equal('trust-change');
    expect(el.querySelector('#tcb-reason')?.textContent).to.match(/two times/);
    await type(el, '#tcb-field-heading', HEADING);
    await el.previewsDrawn;
    const preview = el.querySelector('.preview-desktop trust-change')!;
    await settled(preview as TrustElement);
    const expected = chartText(preview);
    expect(expected.summary).to.include('Fewer NHS staff');
    expect(expected.cells).to.include('Trained on new technologies');

    const code = await copy(el, 'script');
    expect(code).to.include('<trust-change');
    const template = document.createElement('template');
    template.innerHTML = code;
    // A fresh container on the page: the embed's chart element (the page already has the library, so not its script).
    const container = await fixture<HTMLDivElement>(html`<div style="width: 720px" lang="en-GB"></div>`);
    container.append(...[...template.content.childNodes].filter((node) => !(node instanceof HTMLScriptElement)));
    const embedded = container.querySelector('trust-change')!;
    await settled(embedded as TrustElement);
    expect(embedded.getAttribute('heading')).to.equal(HEADING);
    expect(chartText(embedded)).to.deep.equal(expected);
  });

  it('writes an iframe address the embed page reads with no warning, drawing the same figures', async () => {
    const el = await makeBuilder();
    await type(el, '#tcb-paste', TSV);
    await type(el, '#tcb-field-heading', HEADING);
    el.querySelector<HTMLInputElement>('#tcb-field-show-uncertainty')!.click();
    await el.updateComplete;
    await el.previewsDrawn;
    const preview = el.querySelector('.preview-desktop trust-change')!;
    await settled(preview as TrustElement);

    const code = await copy(el, 'iframe');
    const template = document.createElement('template');
    template.innerHTML = code;
    const src = template.content.querySelector('iframe')!.getAttribute('src')!;
    const attributesOf = (tag: EmbedTag) => {
      const widget = customElements.get(tag) as unknown as typeof LitElement;
      const booleans = new Set([...widget.elementProperties].filter(([, o]) => o.type === Boolean).map(([, o]) => String(o.attribute)));
      return { known: new Set(widget.observedAttributes), booleans };
    };
    const request = readEmbedAddress(`#${src.split('#')[1]}`, attributesOf);
    expect(request.ok).to.equal(true);
    if (!request.ok) return;
    expect(request.warnings).to.deep.equal([]);
    expect(request.tag).to.equal('trust-change');
    expect(request.attributes).to.deep.include(['heading', HEADING]);
    expect(request.attributes).to.deep.include(['show-uncertainty', '']);
    // Built as the embed page builds it: createElement and setAttribute.
    const embedded = document.createElement(request.tag);
    for (const [name, value] of request.attributes) embedded.setAttribute(name, value);
    const container = await fixture<HTMLDivElement>(html`<div style="width: 720px" lang="en-GB"></div>`);
    container.append(embedded);
    await settled(embedded as TrustElement);
    // The label column's header ("Training") has no place in the data attribute; the figures and sentence match.
    const [drawn, shown] = [chartText(embedded), chartText(preview)];
    expect(drawn.summary).to.equal(shown.summary);
    expect(drawn.cells).to.deep.equal(shown.cells);
    expect(drawn.header.slice(1)).to.deep.equal(shown.header.slice(1));
  });

  it('keeps its whole state in the address and restores it on load', async () => {
    const el = await makeBuilder(true);
    await type(el, '#tcb-paste', TSV);
    el.querySelector<HTMLInputElement>('input[name="tcb-widget"][value="trust-bars"]')!.click();
    await el.updateComplete;
    await type(el, '#tcb-field-heading', HEADING);
    el.querySelector<HTMLInputElement>('#tcb-field-show-uncertainty')!.click();
    const theme = el.querySelector<HTMLSelectElement>('#tcb-field-theme')!;
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const address = location.hash;
    expect(address).to.include('tag=trust-bars');
    const script = el.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value;
    el.remove();

    // A reload: a new builder reading the same address.
    const reloaded = await makeBuilder(true);
    expect(reloaded.querySelector<HTMLTextAreaElement>('#tcb-paste')!.value).to.equal(TSV);
    expect(reloaded.querySelector<HTMLInputElement>('input[name="tcb-widget"]:checked')!.value).to.equal('trust-bars');
    expect(reloaded.querySelector<HTMLInputElement>('#tcb-field-heading')!.value).to.equal(HEADING);
    expect(reloaded.querySelector<HTMLInputElement>('#tcb-field-show-uncertainty')!.checked).to.equal(true);
    expect(reloaded.querySelector<HTMLSelectElement>('#tcb-field-theme')!.value).to.equal('dark');
    expect(reloaded.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value).to.equal(script);
  });

  it('opens an embed code pasted back in, reproducing the form', async () => {
    const first = await makeBuilder();
    await type(first, '#tcb-paste', TSV);
    await type(first, '#tcb-field-heading', HEADING);
    await type(first, '#tcb-field-source', 'BT research');
    const code = await copy(first, 'script');
    first.remove();

    const el = await makeBuilder();
    await type(el, '#tcb-open', code);
    el.querySelector<HTMLButtonElement>('#tcb-open + button')!.click();
    await el.updateComplete;
    expect(el.querySelector<HTMLInputElement>('input[name="tcb-widget"]:checked')!.value).to.equal('trust-change');
    expect(el.querySelector<HTMLInputElement>('#tcb-field-heading')!.value).to.equal(HEADING);
    expect(el.querySelector<HTMLInputElement>('#tcb-field-source')!.value).to.equal('BT research');
    expect(el.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value).to.equal(code);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(el.querySelector('[role="status"]')?.textContent).to.match(/opened/);
  });

  it('shows an attribute added to a widget’s JSDoc as a field of the form', async () => {
    const extended = structuredClone(manifest) as { modules: { declarations?: { tagName?: string; attributes?: object[] }[] }[] };
    const bars = extended.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'trust-bars')!;
    bars.attributes = [...bars.attributes!, { name: 'bar-gap', description: 'Space between the bars.', type: { text: 'string | undefined' } }];
    const el = await fixture<TrustChartBuilder>(html`<trust-chart-builder .manifest=${extended as Manifest}></trust-chart-builder>`);
    await type(el, '#tcb-paste', 'Answer\tShare\nWorried\t57\nConcerned\t60');
    const field = el.querySelector<HTMLInputElement>('#tcb-field-bar-gap')!;
    expect(field.closest('fieldset')?.dataset['group']).to.equal('widget');
    expect(el.querySelector(`label[for="${field.id}"]`)?.textContent?.trim()).to.equal('Bar gap');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).to.equal('Space between the bars.');
    await type(el, '#tcb-field-bar-gap', '4');
    expect(el.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value).to.include('bar-gap="4"');
  });

  it('speaks Welsh when asked, hints marked as English', async () => {
    const el = await makeBuilder();
    await type(el, '#tcb-paste', TSV);
    el.querySelector<HTMLButtonElement>('.language-switch')!.click();
    await el.updateComplete;
    expect(el.lang).to.equal('cy');
    expect(el.querySelector('h1')?.textContent).to.equal('Gwneud siart');
    expect(el.querySelector('label[for="tcb-field-heading"]')?.textContent?.trim()).to.equal('Pennawd');
    expect(el.querySelector('#tcb-field-heading-hint')?.getAttribute('lang')).to.equal('en');
    // The preview charts keep their own language.
    expect(el.querySelector('.preview-frame')?.getAttribute('lang')).to.equal('en-GB');
  });

  it('shows its checks as the form changes, each leading to its field', async () => {
    const el = await makeBuilder();
    await type(el, '#tcb-paste', TSV);
    const shown = () => [...el.querySelectorAll<HTMLElement>('.checks li')].map((li) => li.dataset['check']);
    expect(shown()).to.deep.equal(['no-heading', 'no-source', 'no-sample-size']);
    el.querySelector<HTMLButtonElement>('.checks li[data-check="no-source"] button')!.click();
    expect(document.activeElement?.id).to.equal('tcb-field-source');
    await type(el, '#tcb-field-heading', 'Worry rose');
    await type(el, '#tcb-field-source', 'BT research');
    await type(el, '#tcb-field-sample-size', '40');
    expect(shown()).to.deep.equal(['change-within-margin']);
    await type(el, '#tcb-field-heading', 'Training on new technologies and existing systems');
    expect(shown()).to.deep.equal([]);
    expect(el.querySelector('.checks')?.textContent).to.include('Nothing to check');
  });

  it('is accessible (axe), empty and with a chart, in English and Welsh', async function () {
    // axe over the whole builder, four times: 3–7 s in WebKit, and twice that beside the second WebKit npm test runs.
    this.timeout(30000);
    const el = await makeBuilder();
    await expect(el).to.be.accessible();
    await type(el, '#tcb-paste', 'Answer\tShare\tn\nWorried\t57%\t1,000\nConcerned\tlots\t800');
    await el.previewsDrawn;
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>('.language-switch')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
