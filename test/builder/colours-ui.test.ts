/**
 * The builder's Colours section end to end (src/builder/chart-builder.ts): a colour typed or picked shows in the
 * previews and in the script embed and static HTML (as `style`), with its stylesheet rule for a strict CSP; the
 * contrast check fires with its ratio and leads to the field; the colours survive the address and "Open in builder";
 * axe finds nothing with the section open and a check firing, in English and Welsh.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/builder/define.js';
import type { BuilderCopyDetail, CopyKind, TrustChartBuilder } from '../../src/builder/chart-builder.js';
import { colourProperties } from '../../src/builder/colours.js';
import { cssPropertiesOf, type Manifest } from '../../src/builder/manifest-form.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow } from '../helpers/widget.js';
import { builderWith, loadManifest } from './helpers.js';

const TSV = 'Answer\tShare\tn\nWorried\t57%\t1,000\nConcerned\t60%\t1,000\n';

let manifest: Manifest;
before(async () => {
  manifest = await loadManifest();
});
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

const makeBuilder = (useAddress = false): Promise<TrustChartBuilder> => builderWith(manifest, useAddress);

/** A builder with a bars chart that needs no advice: heading, source and sample sizes given. */
async function barsBuilder(useAddress = false): Promise<TrustChartBuilder> {
  const el = await makeBuilder(useAddress);
  await type(el, '#tcb-paste', TSV, 'input');
  await type(el, '#tcb-field-heading', 'Most worry', 'input');
  await type(el, '#tcb-field-source', 'BT research', 'input');
  return el;
}

/** Sets a field's value and sends the event a person's edit would (`change` for the colour fields: Enter or leaving). */
async function type(el: TrustChartBuilder, selector: string, value: string, event: 'input' | 'change' = 'change'): Promise<void> {
  const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
  await el.updateComplete;
}

async function copy(el: TrustChartBuilder, kind: CopyKind): Promise<string> {
  const copied = new Promise<BuilderCopyDetail>((resolve) =>
    el.addEventListener('builder-copy', (event) => resolve((event as CustomEvent<BuilderCopyDetail>).detail), { once: true }),
  );
  el.querySelector<HTMLButtonElement>(`button[data-copy="${kind}"]`)!.click();
  const detail = await copied;
  expect(detail.kind).to.equal(kind);
  return detail.text;
}

const shownChecks = (el: TrustChartBuilder) => [...el.querySelectorAll<HTMLElement>('.checks li')].map((li) => li.dataset['check']);

describe('builder: colours', () => {
  it('offers a field for each colour the manifest lists, empty, the picker showing the theme’s colour', async () => {
    const el = await barsBuilder();
    const section = el.querySelector<HTMLDetailsElement>('details.colours')!;
    expect(section.open, 'folded away while no colour is set').to.equal(false);
    const expected = colourProperties(cssPropertiesOf(manifest, 'trust-bars')).map((p) => p.name);
    expect([...section.querySelectorAll<HTMLInputElement>('input[type="text"]')].map((input) => input.dataset['colour'])).to.deep.equal(expected);
    expect([...section.querySelectorAll<HTMLInputElement>('input[type="text"]')].every((input) => input.value === '')).to.equal(true);
    expect(section.querySelectorAll('button.colour-reset').length, 'nothing to reset').to.equal(0);
    const label = el.querySelector('label[for="tcb-colour-trust-series-1"]')!;
    expect(label.textContent?.replace(/\s+/g, ' ').trim()).to.equal('First series colour --trust-series-1');
    expect(el.querySelector<HTMLInputElement>('#tcb-colour-trust-series-1-picker')!.value).to.equal('#12436d');
    expect(el.querySelector('#tcb-colour-trust-series-1-picker')!.getAttribute('aria-label')).to.equal('First series colour: colour picker');
    // The NHS theme's own colour once that theme is chosen.
    const theme = el.querySelector<HTMLSelectElement>('#tcb-field-theme')!;
    theme.value = 'nhs';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.querySelector<HTMLInputElement>('#tcb-colour-trust-series-1-picker')!.value).to.equal('#005eb8');
    expect(shownChecks(el)).to.deep.equal([]);
  });

  it('draws a colour in the previews and writes it in the script embed, its CSS rule and the static HTML; the check gives the ratio', async () => {
    const el = await barsBuilder();
    await type(el, '#tcb-colour-trust-series-1', '#FFFF00');
    expect(el.querySelector<HTMLDetailsElement>('details.colours')!.open).to.equal(true);
    await el.previewsDrawn;
    for (const preview of el.querySelectorAll('.preview-frame trust-bars')) {
      await settled(preview as TrustElement);
      const mark = shadow(preview).querySelector('.series-1')!;
      expect(getComputedStyle(mark).fill, 'the bar is drawn in the colour').to.equal('rgb(255, 255, 0)');
    }
    // The check: a sentence with the ratio, rounded down, and a way to the field.
    expect(shownChecks(el)).to.deep.equal(['low-contrast-mark']);
    const item = el.querySelector('.checks li[data-check="low-contrast-mark"]')!;
    expect(item.textContent).to.include('“First series colour” (#ffff00) has a contrast of only 1.07:1 against the background (#ffffff)');
    expect(item.querySelector('a')?.getAttribute('href')).to.match(/docs\/theming\.md#colours-and-contrast$/);
    item.querySelector('button')!.click();
    expect(document.activeElement?.id).to.equal('tcb-colour-trust-series-1');

    const script = await copy(el, 'script');
    expect(script).to.include('style="--trust-series-1: #ffff00"');
    const rule = await copy(el, 'css');
    expect(rule).to.equal('trust-bars {\n  --trust-series-1: #ffff00;\n}');
    expect(el.querySelector('#tcb-script-hint')?.textContent).to.include("'unsafe-inline'");
    // The iframe embed cannot carry it, and says so.
    expect(el.querySelector('#tcb-iframe-hint')?.textContent).to.include('cannot carry colours');
    expect(await copy(el, 'iframe')).not.to.include('ffff00');
    await el.staticHtmlDrawn;
    await el.updateComplete;
    expect(await copy(el, 'static')).to.match(/<trust-bars[^>]* style="--trust-series-1: #ffff00;?"/);

    // The script embed in a fresh container draws the same colour.
    const template = document.createElement('template');
    template.innerHTML = script;
    const container = await fixture<HTMLDivElement>(html`<div style="width: 720px" lang="en-GB"></div>`);
    container.append(...[...template.content.childNodes].filter((node) => !(node instanceof HTMLScriptElement)));
    const embedded = container.querySelector('trust-bars')!;
    await settled(embedded as TrustElement);
    expect(getComputedStyle(shadow(embedded).querySelector('.series-1')!).fill).to.equal('rgb(255, 255, 0)');

    // A colour with enough contrast: no check, the rule holds both.
    await type(el, '#tcb-colour-trust-series-1', '#005eb8');
    await type(el, '#tcb-colour-trust-text-color', '#000000');
    expect(shownChecks(el)).to.deep.equal([]);
    expect(el.querySelector<HTMLTextAreaElement>('#tcb-css-code')!.value).to.equal(
      'trust-bars {\n  --trust-text-color: #000000;\n  --trust-series-1: #005eb8;\n}',
    );
  });

  it('says in place when a value is not a colour, and never writes it; Reset goes back to the theme’s colour', async () => {
    const el = await barsBuilder();
    await type(el, '#tcb-colour-trust-series-2', 'red; background: url(x)');
    const field = el.querySelector<HTMLInputElement>('#tcb-colour-trust-series-2')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).to.match(/hex code/);
    expect(el.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value).not.to.include('style=');
    expect(el.querySelector('#tcb-css-code') === null, 'no CSS rule').to.equal(true);
    // The picker sets the same value as the text.
    const picker = el.querySelector<HTMLInputElement>('#tcb-colour-trust-series-2-picker')!;
    picker.value = '#801650';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(field.value).to.equal('#801650');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect(el.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value).to.include('style="--trust-series-2: #801650"');
    const reset = el.querySelector<HTMLButtonElement>('button.colour-reset[data-colour="--trust-series-2"]')!;
    // "Reset" as shown, and which colour for a screen reader.
    expect(reset.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Reset --trust-series-2 to the theme’s colour');
    reset.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(field.value).to.equal('');
    expect(picker.value).to.equal('#f46a25');
    expect(el.currentState.colours).to.deep.equal({});
    expect(el.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value).not.to.include('style=');
    expect(document.activeElement?.id, 'the focus goes to the emptied field').to.equal(field.id);
    expect(el.querySelector<HTMLDetailsElement>('details.colours')!.open, 'the section stays open').to.equal(true);
  });

  it('draws the previews in the chosen theme, and a custom background over it', async () => {
    const el = await barsBuilder();
    const theme = el.querySelector<HTMLSelectElement>('#tcb-field-theme')!;
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await el.previewsDrawn;
    const previews = [...el.querySelectorAll('.preview-frame trust-bars')];
    expect(previews).to.have.length(2);
    for (const preview of previews) {
      await settled(preview as TrustElement);
      expect(preview.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(preview).backgroundColor, 'the dark theme’s background').to.equal('rgb(27, 34, 38)');
    }
    await type(el, '#tcb-colour-trust-background', '#000000');
    await el.previewsDrawn;
    for (const preview of el.querySelectorAll('.preview-frame trust-bars')) expect(getComputedStyle(preview).backgroundColor).to.equal('rgb(0, 0, 0)');
  });

  it('keeps the colours in the address, and reads them back from an embed code pasted in', async () => {
    const el = await barsBuilder(true);
    await type(el, '#tcb-colour-trust-series-1', '#005eb8');
    await type(el, '#tcb-colour-trust-background', '#f0f4f5');
    expect(location.hash).to.include('--trust-series-1=%23005eb8');
    const script = el.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value;
    el.remove();

    const reloaded = await makeBuilder(true);
    expect(reloaded.querySelector<HTMLInputElement>('#tcb-colour-trust-series-1')!.value).to.equal('#005eb8');
    expect(reloaded.querySelector<HTMLInputElement>('#tcb-colour-trust-background')!.value).to.equal('#f0f4f5');
    expect(reloaded.querySelector<HTMLDetailsElement>('details.colours')!.open).to.equal(true);
    expect(reloaded.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value).to.equal(script);
    reloaded.remove();
    history.replaceState(null, '', location.pathname + location.search);

    const opened = await makeBuilder();
    await type(opened, '#tcb-open', script, 'input');
    opened.querySelector<HTMLButtonElement>('#tcb-open + button')!.click();
    await opened.updateComplete;
    expect(opened.currentState.colours).to.deep.equal({ '--trust-series-1': '#005eb8', '--trust-background': '#f0f4f5' });
    expect(opened.querySelector<HTMLInputElement>('#tcb-colour-trust-series-1')!.value).to.equal('#005eb8');
    expect(opened.querySelector<HTMLTextAreaElement>('#tcb-script-code')!.value).to.equal(script);
    await opened.previewsDrawn;
    const preview = opened.querySelector('.preview-desktop trust-bars')!;
    await settled(preview as TrustElement);
    expect(getComputedStyle(shadow(preview).querySelector('.series-1')!).fill).to.equal('rgb(0, 94, 184)');
  });

  it('is accessible (axe) with the colours open, a contrast check firing and a colour refused, in English and Welsh', async function () {
    // axe over the whole builder, four times: 3–7 s in WebKit, and twice that beside the second WebKit npm test runs.
    this.timeout(30000);
    const el = await barsBuilder();
    await type(el, '#tcb-colour-trust-series-1', '#ffff00');
    await type(el, '#tcb-colour-trust-series-3', 'not a colour');
    expect(shownChecks(el)).to.deep.equal(['low-contrast-mark']);
    await el.previewsDrawn;
    await expect(el).to.be.accessible();
    // (A text colour below 4.5:1 is what axe finds in the previews too: the check says so before the chart is out.)
    el.querySelector<HTMLButtonElement>('.language-switch')!.click();
    await el.updateComplete;
    expect(el.querySelector('details.colours summary')?.textContent).to.equal('Lliwiau');
    expect(el.querySelector('.checks li[data-check="low-contrast-mark"]')?.textContent).to.include('Dim ond 1.07:1');
    await expect(el).to.be.accessible();
  });
});
