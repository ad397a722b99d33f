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
});
