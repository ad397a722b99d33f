import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

describe('the base: the series attribute', () => {
  it('warns when it names fewer series than the data has', async () => {
    let el!: TrustBars;
    const warnings = await captureWarnings(async () => {
      el = await fixture<TrustBars>(html`<trust-bars series="2024" data="New tech: 5 | 15"></trust-bars>`);
      await settled(el);
    });
    expect(texts(shadow(el), '[part="warning"] li').join(' ')).to.contain('series');
    expect(warnings.some((text) => text.includes('series'))).to.equal(true);
  });

  it('stops warning once it is removed: Lit sets the property to null, which counts as not given', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars series="2022 | 2024" data="New tech: 5 | 15"></trust-bars>`);
    await settled(el);
    const warnings = await captureWarnings(async () => {
      el.removeAttribute('series');
      await el.updateComplete;
      await settled(el);
    });
    expect(el.series).to.equal(null);
    expect(texts(shadow(el), '[part="warning"]')).to.deep.equal([]);
    expect(warnings.filter((text) => text.includes('series'))).to.deep.equal([]);
    // Generic names take over, as when it was never set.
    expect(texts(shadow(el), '[part="legend"] li')).to.deep.equal(['Value 1', 'Value 2']);
  });
});
