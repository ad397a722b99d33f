import { expect, fixture, html } from '@open-wc/testing';
import '../../src/waffle/define.js';
import type { TrustWaffle } from '../../src/waffle/trust-waffle.js';
import { settled, shadow, texts } from '../helpers/widget.js';

const key = (el: TrustWaffle) => texts(shadow(el), '[part="label"]');
const caption = (el: TrustWaffle) => texts(shadow(el), '[part="frequency"]')[0];
const summary = (el: TrustWaffle) => shadow(el).querySelector('#summary')!.textContent!;
const live = (el: TrustWaffle) => shadow(el).querySelector('[aria-live="polite"]')!.textContent!;

async function render(markup: ReturnType<typeof html>) {
  const el = await fixture<TrustWaffle>(markup);
  await settled(el);
  return el;
}

describe('<trust-waffle> a survey estimate (issue 16 item 8)', () => {
  it('says "about" and shows the margin of error when a sample size is given, as the other widgets do', async () => {
    const el = await render(html`<trust-waffle value="30" population="UK adults" label="Trust the NHS with their data" sample-size="2000"></trust-waffle>`);
    expect(key(el)).to.deep.equal(['Trust the NHS with their data: about 30', 'Other UK adults: about 70']);
    // 1.96 × √(0.3 × 0.7 / 2,000) = 2.0 in every 100.
    expect(caption(el)).to.equal(
      'Out of every 100 UK adults: about 30 trust the NHS with their data and about 70 other UK adults. Margin of error (95%): ± 2.0 in every 100.',
    );
    expect(summary(el)).to.contain('Trust the NHS with their data: about 30 in every 100 ± 2.0.').and.to.contain('Margin of error (95%): ± 2.0 in every 100.');
    el.focus();
    shadow(el).querySelector<SVGElement>('[part="chart"] > svg')!.focus();
    await settled(el);
    expect(live(el)).to.contain('about 30 in every 100 ± 2.0');
  });

  it('works the margin out of the whole, and says "up to" for several categories', async () => {
    const el = await render(html`<trust-waffle data="Very confident: 42; Fairly confident: 36" of="100" sample-size="1000"></trust-waffle>`);
    // The largest: 1.96 × √(0.42 × 0.58 / 1,000) = 3.1.
    expect(caption(el)).to.contain('Margin of error (95%): up to ± 3.1 in every 100.');
    const trusts = await render(html`<trust-waffle value="24" of="108" sample-size="500"></trust-waffle>`);
    // 1.96 × √(0.222 × 0.778 / 500) × 108 = 3.9.
    expect(caption(trusts)).to.contain('Margin of error (95%): ± 3.9 of 108.');
  });

  it('says neither without a sample size: a count is a count', async () => {
    const el = await render(html`<trust-waffle value="24" of="108" population="trusts"></trust-waffle>`);
    expect(key(el)).to.deep.equal(['Counted: 24', 'Other trusts: 84']);
    expect(caption(el)).to.not.contain('about').and.to.not.contain('Margin');
  });

  it('says it in Welsh', async () => {
    const el = await render(html`<trust-waffle locale="cy" value="30" sample-size="2000"></trust-waffle>`);
    await settled(el);
    expect(key(el)[0]).to.contain('tua 30');
    expect(caption(el)).to.contain('Lwfans gwallau (95%): ± 2.0 o bob 100.');
  });
});
