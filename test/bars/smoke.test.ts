import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';

describe('<trust-bars> smoke', () => {
  it('draws one bar per item from the compact data attribute', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars heading="Concern" data="Worried: 57; Concerned: 60"></trust-bars>`);
    expect(el.shadowRoot!.querySelectorAll('rect.mark')).to.have.length(2);
  });
});
