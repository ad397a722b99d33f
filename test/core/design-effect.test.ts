import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import type { TrustChange } from '../../src/change/trust-change.js';
import { effectiveSampleSize } from '../../src/core/stats/design-effect.js';
import { settled, shadow, texts } from '../helpers/widget.js';

/*
 * Worked examples (95%, z = 1.959964):
 * - 57% of 1,000: ± 1.96 × √(0.57 × 0.43 / 1000) = ± 3.07 → "± 3.1".
 * - design effect 1.5: effective n = 1000 / 1.5 = 667; ± 1.96 × √(0.2451 / 667) = ± 3.757 → "± 3.8" (3.07 × √1.5 = 3.76).
 * - 40% → 43% with 5,000 each: z = 3.05, a clear rise; design effect 4: effective n = 1,250 each, z = 1.52: no clear change.
 */
const about = (el: Element) => texts(shadow(el), 'details[part="about"] dd');
const warnings = (el: Element) => texts(shadow(el), '[part="warning"] li');

describe('design-effect', () => {
  it('gives the effective sample size in whole people', () => {
    expect(effectiveSampleSize(1000, 1.5)).to.equal(667);
    expect(effectiveSampleSize(1000, 1)).to.equal(1000);
    expect(effectiveSampleSize(1, 4)).to.equal(1);
  });

  it('widens the margin by the square root of the design effect, and says so in "About this data"', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars sample-size="1,000" design-effect="1.5" show-uncertainty data="Worried: 57"></trust-bars>`);
    await settled(el);
    const [entry] = el.uncertainty;
    expect(entry?.margin).to.be.closeTo(3.757, 0.002);
    expect(entry?.text).to.equal('57% ± 3.8');
    // The people who answered, not the effective size.
    expect(entry?.n).to.equal(1000);
    expect(about(el)).to.deep.equal([
      '1,000 people',
      'Ranges are 95% confidence intervals. “± 3.1” is the usual margin of error, used when at least 10 people gave each answer; otherwise the range is a Wilson interval, written “3% (1–7)”. For online panels they are approximate. Margins allow for a design effect of 1.5 (effective sample size about 667).',
    ]);
    expect(warnings(el)).to.deep.equal([]);
  });

  it('without it, or with 1, margins are those of a simple random sample and "About this data" does not mention it', async () => {
    for (const given of [undefined, '1']) {
      const el = await fixture<TrustBars>(html`<trust-bars sample-size="1,000" design-effect=${given ?? ''} data="Worried: 57"></trust-bars>`);
      await settled(el);
      expect(el.uncertainty[0]?.text, String(given)).to.equal('57% ± 3.1');
      expect(about(el).join(' ')).to.not.contain('design effect');
    }
  });

  it('makes a change test allow for it: 40% → 43% of 5,000 is clear, but not with a design effect of 4', async () => {
    const data = 'Trained: 40 | 43';
    const plain = await fixture<TrustChange>(html`<trust-change sample-size="5,000" data=${data}></trust-change>`);
    await settled(plain);
    expect(shadow(plain).querySelector('#summary')!.textContent).to.not.contain('no clear change');
    const weighted = await fixture<TrustChange>(html`<trust-change sample-size="5,000" design-effect="4" data=${data}></trust-change>`);
    await settled(weighted);
    expect(shadow(weighted).querySelector('#summary')!.textContent).to.contain('no clear change');
  });

  for (const given of ['0.5', 'lots', '-2']) {
    it(`design-effect="${given}" is ignored with a warning that names it and says what to write`, async () => {
      const el = await fixture<TrustBars>(html`<trust-bars sample-size="1,000" design-effect=${given} data="Worried: 57"></trust-bars>`);
      await settled(el);
      expect(warnings(el)).to.deep.equal([
        `design-effect: “${given}” is not a design effect; it was ignored. Write a number of 1 or more, such as 1.5, as the survey’s authors give it (1 means no allowance).`,
      ]);
      expect(el.uncertainty[0]?.text).to.equal('57% ± 3.1');
    });
  }

  it('is said in Welsh too', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars locale="cy" sample-size="1,000" design-effect="1.5" data="Pryderus: 57"></trust-bars>`);
    await settled(el);
    expect(about(el)[1]).to.contain('Mae’r lwfansau gwallau yn caniatáu ar gyfer effaith cynllun o 1.5 (maint sampl effeithiol tua 667).');
  });
});
