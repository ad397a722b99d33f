import { expect } from '@open-wc/testing';
import { createValueFormatter, type ValueFormatter } from '../../src/core/format/number.js';
import type { Unit } from '../../src/core/format/units.js';
import { messagesFor } from '../../src/core/i18n/messages.js';
import { estimateTextWidth } from '../../src/core/layout/measure-text.js';
import { compareFigures } from '../../src/stat/stat-change.js';
import { naturalFrequency } from '../../src/stat/stat-frequency.js';
import { FIGURE_SIZES, splitFigure, statLayout } from '../../src/stat/stat-layout.js';
import { statMessages } from '../../src/stat/stat-messages.js';
import { statSentences, type StatSentencesInput } from '../../src/stat/stat-summary.js';
// Welsh words are loaded on demand in a page; these tests word things in Welsh without drawing a widget.
import '../../src/ssr/words.js';

/** The frame's formatter for a unit, as the element gets it in `context.format`. */
function formatter(unit: Unit, locale = 'en-GB'): ValueFormatter {
  const made = createValueFormatter({ unit, locale, currency: 'GBP', notation: 'auto', messages: messagesFor(locale) });
  if (!made.ok) throw new Error('formatter');
  return made.value;
}

const count = formatter('count');

describe('statLayout: the largest figure size that fits on one line', () => {
  // estimateTextWidth: 0.6 em per character; the layout adds 5% for bold tabular digits.
  it('keeps "57%" at the largest size in a 288 px phone column (3 × 64 × 0.6 × 1.05 = 121 px)', () => {
    const g = statLayout({ figure: splitFigure('57%', '57%'), width: 288, measure: estimateTextWidth });
    expect(g).to.deep.include({ size: 1, figureSize: 64, fits: true });
    expect(g.needed).to.be.closeTo(120.96, 0.01);
  });

  it('shrinks "1 in 2,582" to 40 px at 288 px: 48 px needs 302 px, 40 px needs 252 px', () => {
    const g = statLayout({ figure: splitFigure('1 in 2,582', '1 in 2,582'), width: 288, measure: estimateTextWidth });
    expect(g).to.deep.include({ size: 4, figureSize: 40, fits: true });
    expect(g.needed).to.be.closeTo(252, 0.01);
  });

  it('counts the smaller qualifier: "over 1.7 million" fits only at 32 px (16 px "over ") in 288 px', () => {
    const g = statLayout({ figure: splitFigure('over 1.7 million', '1.7 million'), width: 288, measure: estimateTextWidth });
    // (5 × 16 × 0.6 + 11 × 32 × 0.6) × 1.05 = (48 + 211.2) × 1.05
    expect(g).to.deep.include({ size: 5, figureSize: 32, qualifierSize: 16, fits: true });
    expect(g.needed).to.be.closeTo(272.16, 0.01);
  });

  it('uses the largest size on a wide page', () => {
    expect(statLayout({ figure: splitFigure('over 1.7 million', '1.7 million'), width: 992, measure: estimateTextWidth }).size).to.equal(1);
  });

  it('says when even the smallest size is too wide, so the figure may wrap instead of overflowing', () => {
    const g = statLayout({ figure: splitFigure('£150,000,000,000', '£150,000,000,000'), width: 288, measure: estimateTextWidth });
    expect(g).to.deep.include({ size: FIGURE_SIZES.length, figureSize: 32, fits: false });
  });

  it('splits a formatted figure around its number, in whichever order the language puts the words', () => {
    expect(splitFigure('more than 90%', '90%')).to.deep.equal({ before: 'more than', number: '90%', after: '' });
    expect(splitFigure('90% o leiaf', '90%')).to.deep.equal({ before: '', number: '90%', after: 'o leiaf' });
    expect(splitFigure('£92m', '£92m')).to.deep.equal({ before: '', number: '£92m', after: '' });
  });
});

describe('naturalFrequency: a percentage as "N in every 100"', () => {
  it('rounds to a whole number of 100 and says "about"', () => {
    expect(naturalFrequency(57)).to.deep.equal({ relation: 'about', count: 57, denominator: 100 });
    expect(naturalFrequency(57.4)).to.deep.equal({ relation: 'about', count: 57, denominator: 100 });
    expect(naturalFrequency(57.5)).to.deep.equal({ relation: 'about', count: 58, denominator: 100 });
  });

  it('keeps the author\'s qualifier instead of "about"', () => {
    expect(naturalFrequency(90, 'more than')).to.deep.equal({ relation: 'qualified', count: 90, denominator: 100, qualifier: 'more than' });
  });

  it('writes exactly 0 and 100 without "about"', () => {
    expect(naturalFrequency(0)).to.deep.equal({ relation: 'exact', count: 0, denominator: 100 });
    expect(naturalFrequency(100)).to.deep.equal({ relation: 'exact', count: 100, denominator: 100 });
  });

  it('moves to 1,000 rather than round a real share to none or to everyone', () => {
    expect(naturalFrequency(0.4)).to.deep.equal({ relation: 'about', count: 4, denominator: 1000 });
    expect(naturalFrequency(99.6)).to.deep.equal({ relation: 'about', count: 996, denominator: 1000 });
    expect(naturalFrequency(0.04)).to.deep.equal({ relation: 'about', count: 4, denominator: 10000 });
  });

  it('says "fewer than 1" or "more than 9,999 in every 10,000" at the extremes', () => {
    expect(naturalFrequency(0.001)).to.deep.equal({ relation: 'fewer-than', count: 1, denominator: 10000 });
    expect(naturalFrequency(99.9999)).to.deep.equal({ relation: 'more-than', count: 9999, denominator: 10000 });
  });
});

describe('compareFigures: absolute change and its verdict', () => {
  it('reads 5 → 15 as up 10, good news when up is good', () => {
    expect(compareFigures(15, 5, 'up-is-good')).to.deep.equal({ direction: 'up', tone: 'good', difference: 10 });
  });

  it('reads 47 → 39 as down 8: bad news when up is good, good news when down is good, no verdict when neutral', () => {
    expect(compareFigures(39, 47, 'up-is-good')).to.deep.equal({ direction: 'down', tone: 'bad', difference: 8 });
    expect(compareFigures(39, 47, 'down-is-good')).to.deep.equal({ direction: 'down', tone: 'good', difference: 8 });
    expect(compareFigures(39, 47, 'neutral')).to.deep.equal({ direction: 'down', tone: 'neutral', difference: 8 });
  });

  it('removes floating-point noise (57.4 − 55.1 = 2.3) and calls equal figures no change', () => {
    expect(compareFigures(57.4, 55.1, 'neutral').difference).to.equal(2.3);
    expect(compareFigures(57, 57, 'up-is-good')).to.deep.equal({ direction: 'same', tone: 'neutral', difference: 0 });
  });
});

describe('statSentences: the lines under the figure', () => {
  const base = (overrides: Partial<StatSentencesInput>): StatSentencesInput => ({
    unit: 'percent',
    locale: 'en-GB',
    current: 15,
    goodWay: 'neutral',
    format: formatter('percent'),
    formatCount: count,
    messages: statMessages('en-GB'),
    ...overrides,
  });

  it('writes the natural frequency with and without a population', () => {
    expect(statSentences(base({ current: 57, population: 'UK adults' })).frequency).to.equal('about 57 in every 100 UK adults');
    expect(statSentences(base({ current: 57.4 })).frequency).to.equal('about 57 in every 100');
    expect(statSentences(base({ current: 90, currentQualifier: 'more than', population: 'staff' })).frequency).to.equal('more than 90 in every 100 staff');
    expect(statSentences(base({ current: 0.4, population: 'staff' })).frequency).to.equal('about 4 in every 1,000 staff');
  });

  it('gives a percentage change in percentage points, never as a relative change', () => {
    const { change } = statSentences(base({ current: 15, previous: 5, since: '2022', goodWay: 'up-is-good' }));
    expect(change).to.deep.equal({ text: 'up 10 percentage points since 2022, an improvement', direction: 'up', tone: 'good', arrow: true });
    expect(statSentences(base({ current: 39, previous: 47, since: '2022', goodWay: 'up-is-good' })).change!.text).to.equal(
      'down 8 percentage points since 2022, a change for the worse',
    );
    expect(statSentences(base({ current: 16, previous: 15 })).change!.text).to.equal('up 1 percentage point');
    expect(statSentences(base({ current: 57.4, previous: 55.1 })).change!.text).to.equal('up 2.3 percentage points');
  });

  it('calls equal figures, and changes below the 0.1 points shown, no change', () => {
    expect(statSentences(base({ current: 15, previous: 15, since: '2022', goodWay: 'up-is-good' })).change).to.deep.equal({
      text: 'no change since 2022',
      direction: 'same',
      tone: 'neutral',
      arrow: true,
    });
    expect(statSentences(base({ current: 15.02, previous: 15 })).change!.text).to.equal('no change');
  });

  it('formats other changes in the unit: money, counts', () => {
    const money = base({ unit: 'currency', format: formatter('currency'), current: 92_000_000, previous: 34_000_000, since: '2017' });
    expect(statSentences(money).change!.text).to.equal('up £58m since 2017');
    expect(statSentences(money).frequency).to.equal(undefined);
    const people = base({ unit: 'count', format: count, current: 1_700_000, previous: 1_500_000, since: '2020' });
    expect(statSentences(people).change!.text).to.equal('up 200,000 since 2020');
  });

  it('states the previous figure instead of a difference when either figure carries words such as "more than"', () => {
    const { change } = statSentences(base({ current: 90, currentQualifier: 'more than', previous: 85, since: '2022' }));
    expect(change).to.deep.equal({ text: 'up from 85% (2022)', direction: 'up', tone: 'neutral', arrow: true });
  });

  it('writes a ratio in words and states its previous figure without an arrow', () => {
    const ratio = base({ unit: 'ratio', format: formatter('ratio'), current: 2582, label: 'qualified security professional', perLabel: 'employees' });
    expect(statSentences(ratio).ratio).to.equal('1 qualified security professional per 2,582 employees');
    expect(statSentences({ ...ratio, label: '' }).ratio).to.equal('1 per 2,582 employees');
    expect(statSentences({ ...ratio, perLabel: undefined }).ratio).to.equal(undefined);
    expect(statSentences({ ...ratio, previous: 3000, since: '2017', goodWay: 'down-is-good' }).change).to.deep.equal({
      text: 'was 1 in 3,000 (2017), an improvement',
      direction: 'down',
      tone: 'good',
      arrow: false,
    });
  });

  it('speaks Welsh', () => {
    const cy = base({ locale: 'cy', messages: statMessages('cy'), current: 15, previous: 5, since: '2022', goodWay: 'up-is-good', population: 'staff y GIG' });
    expect(statSentences(cy).frequency).to.equal('tua 15 o bob 100 ymhlith staff y GIG');
    expect(statSentences(cy).change!.text).to.equal('wedi codi 10 pwynt canran ers 2022, gwelliant');
  });
});
