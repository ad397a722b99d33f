import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import type { TrustChange } from '../../src/change/trust-change.js';
import { readSampleSizeForm } from '../../src/core/data/sample-size-columns.js';
import { settled, shadow, texts } from '../helpers/widget.js';

const about = (el: Element) => texts(shadow(el), 'details[part="about"] dd');
const warnings = (el: Element) => texts(shadow(el), '[part="warning"] li');
const APPROXIMATE_NOTE = 'Margins are approximate: the sample size is approximate.';

describe('sample sizes as people write them', () => {
  it('reads approximate words, "+" and shorthand, saying which', () => {
    for (const written of ['about 11,000', 'around 11,000', 'approximately 11,000', 'c. 11,000', '~11,000', '11,000+', 'tua 11,000', 'over 11,000']) {
      expect(readSampleSizeForm(written, 'en-GB'), written).to.deep.equal({ size: 11000, approximate: true, shorthand: false });
    }
    expect(readSampleSizeForm('11k', 'en-GB')).to.deep.equal({ size: 11000, approximate: false, shorthand: true });
    expect(readSampleSizeForm('1.2m', 'en-GB')).to.deep.equal({ size: 1200000, approximate: false, shorthand: true });
    expect(readSampleSizeForm('about 11k', 'en-GB')).to.deep.equal({ size: 11000, approximate: true, shorthand: true });
    expect(readSampleSizeForm('11,000', 'en-GB')).to.deep.equal({ size: 11000, approximate: false, shorthand: false });
    for (const bad of ['lots', 'about', 'nearly half', '12.5', 'worth 11,000', '+', '11,000++'])
      expect(readSampleSizeForm(bad, 'en-GB'), bad).to.equal('invalid');
  });

  it('sample-size="about 11,000": margins drawn, no warning, and "About this data" and the table say the margins are approximate', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars sample-size="about 11,000" data="Worried: 57"></trust-bars>`);
    await settled(el);
    expect(warnings(el)).to.deep.equal([]);
    expect(el.uncertainty[0]?.n).to.equal(11000);
    const [size, margin] = about(el);
    expect(size).to.equal('about 11,000 people');
    expect(margin).to.contain(APPROXIMATE_NOTE);
    expect(shadow(el).querySelector('table caption')!.textContent).to.contain('Margins are approximate: the sample size is approximate');
  });

  it('an exact sample size says nothing about approximate margins', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars sample-size="11,000" data="Worried: 57"></trust-bars>`);
    await settled(el);
    expect(about(el).join(' ')).to.not.contain('approximate:');
    expect(shadow(el).querySelector('table caption')!.textContent).to.not.contain('approximate');
  });

  it('sample-size="11k": read as 11,000, with a gentle warning saying so', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars sample-size="11k" data="Worried: 57"></trust-bars>`);
    await settled(el);
    expect(warnings(el)).to.deep.equal(['sample-size: read “11k” as 11,000 people: if that is not right, write the number in full.']);
    expect(el.uncertainty[0]?.n).to.equal(11000);
  });

  it('in Welsh: "tua 11,000" is approximate, said in Welsh', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars locale="cy" sample-size="tua 11,000" data="Pryderus: 57"></trust-bars>`);
    await settled(el);
    expect(about(el)[0]).to.equal('tua 11,000 o bobl');
    expect(about(el)[1]).to.contain('Mae’r lwfansau gwallau yn fras: mae maint y sampl yn fras.');
  });

  it('shows the sizes given by from-sample-size and to-sample-size in "About this data", as a range', async () => {
    const el = await fixture<TrustChange>(html`<trust-change from-sample-size="1,012" to-sample-size="2,040" data="Trained: 40 | 43"></trust-change>`);
    await settled(el);
    expect(about(el)[0]).to.equal('1,012 to 2,040 people');
  });

  it('shows the size given by an n column in "About this data", and a range when rows differ', async () => {
    const one = await fixture<TrustBars>(html`<trust-bars data='[{"label": "Worried", "value": 57, "n": 1000}]'></trust-bars>`);
    await settled(one);
    expect(about(one)[0]).to.equal('1,000 people');
    const two = await fixture<TrustBars>(html`<trust-bars>
      <table><thead><tr><th>Item</th><th>Value</th><th>n</th></tr></thead>
      <tbody><tr><td>Worried</td><td>57</td><td>about 900</td></tr><tr><td>Concerned</td><td>60</td><td>1,200</td></tr></tbody></table>
    </trust-bars>`);
    await settled(two);
    expect(about(two)[0]).to.equal('900 to 1,200 people');
    expect(about(two)[1]).to.contain(APPROXIMATE_NOTE);
  });
});
