import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow } from '../helpers/widget.js';

/*
 * "How to read this chart" (issue 17, beyond the peers): a one-line disclosure, collapsed by default, above the chart
 * types readers find hard (likert, trend with uncertainty bands, change), in plain English and Welsh; `no-how-to-read`
 * leaves it out.
 */
const LIKERT = '<trust-likert series="Agree | Neither | Disagree | Don’t know" dont-know="Don’t know" data="Staff: 40 | 20 | 30 | 10"></trust-likert>';
const CHANGE = '<trust-change from-label="2022" to-label="2024" data="North: 5 | 15; South: 47 | 39"></trust-change>';
const BANDS = '<trust-trend show-uncertainty sample-size="1000" data="2022: 40; 2023: 45; 2024: 50"></trust-trend>';

async function draw(markup: string, lang = 'en'): Promise<TrustElement> {
  const page = await fixture<HTMLDivElement>(`<div lang="${lang}" style="width: 640px">${markup}</div>`);
  const el = page.firstElementChild as TrustElement;
  await settled(el);
  return el;
}

const disclosure = (el: Element) => shadow(el).querySelector<HTMLDetailsElement>('details[part="how-to-read"]');

describe('How to read this chart', () => {
  for (const [kind, markup, words] of [
    ['likert', LIKERT, /centre line.*middle answer.*on its own/],
    ['change', CHANGE, /hollow dot is the earlier figure.*better or worse/],
    ['trend with uncertainty bands', BANDS, /shaded band.*margin of error/],
  ] as const) {
    it(`${kind}: a one-line disclosure above the chart, collapsed until opened`, async () => {
      const el = await draw(markup);
      const details = disclosure(el)!;
      expect(details, 'shown').to.not.equal(null);
      expect(details.open, 'collapsed by default').to.equal(false);
      const summary = details.querySelector('summary')!;
      expect(summary.textContent!.trim()).to.equal('How to read this chart');
      const line = summary.getBoundingClientRect();
      expect(line.height, 'one visible line').to.be.above(10).and.below(40);
      const chart = shadow(el).querySelector('[part="chart"]')!.getBoundingClientRect();
      expect(line.bottom, 'above the chart').to.be.at.most(chart.top + 0.5);
      const text = details.querySelector('p')!;
      // Closed, the disclosure is as tall as its one line (engines differ in how they hide the rest: measured whole).
      expect(details.getBoundingClientRect().height, 'its words hidden until opened').to.be.closeTo(line.height, 1);
      summary.click();
      await settled(el);
      expect(details.open).to.equal(true);
      expect(details.getBoundingClientRect().height, 'its words shown once opened').to.be.above(line.height + 20);
      expect(text.textContent).to.match(words);
    });
  }

  it('likert: speaks of "don’t know" only when the chart has it', async () => {
    const el = await draw('<trust-likert series="Agree | Neither | Disagree" data="Staff: 40 | 20 | 40"></trust-likert>');
    expect(disclosure(el)!.querySelector('p')!.textContent).to.contain('middle answer').and.not.contain('know');
  });

  it('is in Welsh on a Welsh page', async () => {
    const el = await draw(LIKERT, 'cy');
    expect(disclosure(el)!.querySelector('summary')!.textContent!.trim()).to.equal('Sut i ddarllen y siart hwn');
    expect(disclosure(el)!.querySelector('p')!.textContent).to.contain('llinell ganol');
  });

  it('is left out with no-how-to-read, and where a chart is easy to read (bars, a trend without bands)', async () => {
    const off = await draw(LIKERT.replace('<trust-likert', '<trust-likert no-how-to-read'));
    expect(disclosure(off), 'no-how-to-read').to.equal(null);
    expect(shadow(off).querySelector('svg'), 'the chart still drawn').to.not.equal(null);
    const bars = await draw('<trust-bars data="Worried: 57; Concerned: 60"></trust-bars>');
    expect(disclosure(bars), 'bars').to.equal(null);
    const trend = await draw('<trust-trend data="2022: 40; 2023: 45; 2024: 50"></trust-trend>');
    expect(disclosure(trend), 'a trend without bands').to.equal(null);
  });
});
