import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import '../../src/stat/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import type { TrustChange } from '../../src/change/trust-change.js';
import { parseDataAttribute } from '../../src/core/data/parse-data-attribute.js';
import { readNumberText } from '../../src/core/data/parse-number.js';
import { settled, shadow, texts } from '../helpers/widget.js';
import { valueOf } from './helpers.js';

const summary = (el: Element) => shadow(el).querySelector('#summary')!.textContent!;
const cells = (el: Element) => texts(shadow(el), 'table tbody td');
const ticks = (el: Element) => texts(shadow(el), 'text.tick');

describe('precision typed is precision kept', () => {
  it('counts the decimals typed, not those of a multiplier', () => {
    expect(readNumberText('34.0', 'en-GB')[1]).to.equal(1);
    expect(readNumberText('30.45%', 'en-GB')[1]).to.equal(2);
    expect(readNumberText('57', 'en-GB')[1]).to.equal(0);
    expect(readNumberText('1.7 million', 'en-GB')[1]).to.equal(0);
    expect(readNumberText('34,0', 'de-DE')[1]).to.equal(1);
  });

  it('gives the model the most decimals typed in each series, once a figure was typed with a trailing zero', () => {
    expect(valueOf(parseDataAttribute('A: 34.0 | 30; B: 5 | 31', 'en-GB')).decimals).to.deep.equal([1, 0]);
    expect(valueOf(parseDataAttribute('A: 34.0 | 30.45; B: 5 | 31', 'en-GB')).decimals).to.deep.equal([1, 2]);
    expect(valueOf(parseDataAttribute('A: 34 | 30', 'en-GB')).decimals).to.equal(undefined);
    // No trailing zero: "57.5" beside "60" is shown as today.
    expect(valueOf(parseDataAttribute('A: 57.5; B: 60', 'en-GB')).decimals).to.equal(undefined);
    expect(valueOf(parseDataAttribute('[{"label": "A", "value": "34.0"}, {"label": "B", "value": 30}]', 'en-GB')).decimals).to.deep.equal([1]);
  });

  it('34.0 → 30.4 reads "from 34.0% to 30.4%", in the summary and the table', async () => {
    const el = await fixture<TrustChange>(html`<trust-change data="Would recommend: 34.0 | 30.4"></trust-change>`);
    await settled(el);
    expect(summary(el)).to.contain('from 34.0% to 30.4%');
    expect(summary(el)).to.not.contain('34%');
    expect(cells(el).join(' ')).to.contain('34.0%');
  });

  it('applies the most decimals of a series to all of it, in labels and table; the axis stays clean', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars data="Worried: 57.0; Concerned: 60.25; Unsure: 7"></trust-bars>`);
    await settled(el);
    expect(cells(el)).to.deep.equal(['57.00%', '60.25%', '7.00%']);
    expect(texts(shadow(el), 'text.value')).to.deep.equal(['57.00%', '60.25%', '7.00%']);
    expect(ticks(el)).to.include('0%');
    expect(ticks(el).some((tick) => tick.endsWith('.0%'))).to.equal(false);
  });

  it('format still wins for values, and the axis never shows "0.0%"', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars format=".1f" data="Worried: 57; Concerned: 60.25"></trust-bars>`);
    await settled(el);
    expect(cells(el)).to.deep.equal(['57.0%', '60.3%']);
    expect(ticks(el)).to.include('0%');
    expect(ticks(el).some((tick) => tick.endsWith('.0%'))).to.equal(false);
  });

  it('numbers given through .data have no typed text: shown as today', async () => {
    const el = await fixture<TrustBars>(
      html`<trust-bars .data=${[
        { label: 'Worried', value: 34.0 },
        { label: 'Concerned', value: 30.4 },
      ]}></trust-bars>`,
    );
    await settled(el);
    expect(cells(el)).to.deep.equal(['34%', '30.4%']);
  });

  it('a stat keeps the decimal typed in value or previous ("34.0" beside "30.4"), and shows "57" as typed', async () => {
    const el = await fixture(html`<trust-stat value="34.0" previous="30.4" label="would recommend"></trust-stat>`);
    await settled(el as never);
    const figure = shadow(el).querySelector('[part="chart"]')!.textContent!.replace(/\s+/g, ' ');
    expect(figure).to.contain('34.0%');
    expect(cells(el).join(' ')).to.contain('34.0%').and.contain('30.4%');
    const plain = await fixture(html`<trust-stat value="57" previous="60" label="worry"></trust-stat>`);
    await settled(plain as never);
    expect(cells(plain).join(' ')).to.contain('57%').and.not.contain('57.0%');
  });
});
