/**
 * Printing (issue 15): paper is white, so every theme prints with the light palette, and a key keeps its colour
 * squares (backgrounds, which browsers leave out of a print unless told to keep them). Print media is emulated through
 * the DevTools protocol, which only Chromium offers here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/bars/define.js';
import '../../src/likert/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { skipIn } from '../helpers/engine.js';
import { settled, shadow } from '../helpers/widget.js';

const PRINT_EMULATION = 'print media is emulated through the DevTools protocol, which only Chromium offers here';
const LIGHT_TEXT = 'rgb(33, 43, 50)';
const WHITE = 'rgb(255, 255, 255)';

const grouped = '[{"label":"Worried","values":{"2022":48,"2024":57}},{"label":"Concerned","values":{"2022":52,"2024":60}}]';

describe('printing', function () {
  beforeEach(function () {
    skipIn(this, ['firefox', 'webkit'], PRINT_EMULATION);
  });
  afterEach(async function () {
    if (this.currentTest?.state !== 'pending') await emulateMedia({ media: 'screen' });
  });

  for (const theme of ['dark', 'auto', 'light', 'nhs', undefined]) {
    it(`prints ${theme ? `theme="${theme}"` : 'a chart with no theme, on a dark page,'} in the light palette`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark">
        <trust-bars theme=${ifDefined(theme)} data=${grouped}></trust-bars>
      </div>`);
      const el = holder.querySelector<TrustElement>('trust-bars')!;
      await settled(el);
      await emulateMedia({ media: 'print' });
      const style = getComputedStyle(el);
      expect(style.colorScheme).to.equal('light');
      expect(style.color).to.equal(LIGHT_TEXT);
      expect(style.backgroundColor).to.equal(WHITE);
      const label = shadow(el).querySelector('[part="chart"] text');
      expect(label, 'a label drawn in the chart').to.exist;
      expect(getComputedStyle(label!).fill, 'the chart text').not.to.equal('rgb(240, 244, 245)');
    });
  }

  it('keeps the colour squares of a key (grouped bars and likert)', async () => {
    const bars = await fixture<TrustElement>(html`<trust-bars theme="dark" data=${grouped}></trust-bars>`);
    const likert = await fixture<TrustElement>(
      html`<trust-likert data='[{"label":"Measures are sufficient","values":{"Agree":36,"Neither":20,"Disagree":44}}]'></trust-likert>`,
    );
    await settled(bars);
    await settled(likert);
    await emulateMedia({ media: 'print' });
    for (const el of [bars, likert]) {
      const swatches = [...shadow(el).querySelectorAll('.swatch')];
      expect(swatches.length, `<${el.localName}> key squares`).to.be.greaterThan(1);
      for (const swatch of swatches) {
        const style = getComputedStyle(swatch);
        expect(style.getPropertyValue('print-color-adjust'), `<${el.localName}> print-color-adjust`).to.equal('exact');
        expect(style.backgroundColor, `<${el.localName}> a coloured square`).not.to.match(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
      }
    }
  });

  it('hides the data-table button, which does nothing on paper', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars data="Worried: 57; Concerned: 60"></trust-bars>`);
    await settled(el);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(shadow(el).querySelector('.toolbar')!).display).to.equal('none');
  });

  it('print-table prints the data table after the chart; without it the closed table stays off paper', async () => {
    const printed = await fixture<TrustElement>(html`<trust-bars print-table data="Worried: 57; Concerned: 60"></trust-bars>`);
    const plain = await fixture<TrustElement>(html`<trust-bars data="Worried: 57; Concerned: 60"></trust-bars>`);
    await settled(printed);
    await settled(plain);
    const region = (el: TrustElement) => shadow(el).querySelector<HTMLElement>('.table-region')!;
    expect(getComputedStyle(region(printed)).display, 'on screen, closed').to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(region(printed)).display).to.equal('block');
    expect(region(printed).getBoundingClientRect().top, 'after the chart').to.be.above(shadow(printed).querySelector('svg')!.getBoundingClientRect().bottom);
    expect(getComputedStyle(region(plain)).display).to.equal('none');
  });

  it('prints a wide table whole, its cells wrapped to the page, not cut at the edge where the screen would scroll', async () => {
    const likert = await fixture<TrustElement>(
      html`<div style="width: 680px"><trust-likert print-table sample-size="1000" show-uncertainty data='[{"label":"Measures are sufficient","values":{"Strongly disagree":10,"Disagree":20,"Neither agree nor disagree":25,"Agree":25,"Strongly agree":11,"Don&#39;t know":9}}]'></trust-likert></div>`,
    );
    const el = likert.querySelector<TrustElement>('trust-likert')!;
    await settled(el);
    const region = shadow(el).querySelector<HTMLElement>('.table-region')!;
    await emulateMedia({ media: 'print' });
    expect(region.scrollWidth, 'nothing beyond the edge').to.be.at.most(region.clientWidth + 1);
    expect(getComputedStyle(region).overflowX).to.equal('visible');
  });
});
