import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import '../../src/likert/define.js';
import '../../src/trend/define.js';
import { nextPointInSeries, pointPlace, pointWords } from '../../src/core/a11y/point-navigation.js';
import { englishKeyHelp, keyList } from '../../src/core/frame/key-list.js';
import { messagesFor } from '../../src/core/i18n/messages.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow } from '../helpers/widget.js';

/** Two series of three years, series by series (a trend's order), and a third series missing 2021. */
const trend = [
  ...['2019', '2020', '2021'].map((label) => ({ label, series: 'A' })),
  ...['2019', '2020', '2021'].map((label) => ({ label, series: 'B' })),
  ...['2019', '2020'].map((label) => ({ label, series: 'C' })),
];
/** Grouped bars: row by row, each row's series side by side. */
const grouped = ['North', 'South'].flatMap((label) => ['2022', '2024'].map((series) => ({ label, series })));

describe('nextPointInSeries', () => {
  it('moves along the series with Left and Right, stopping at its ends', () => {
    expect(nextPointInSeries('ArrowRight', 0, trend)).to.equal(1);
    expect(nextPointInSeries('ArrowRight', 2, trend), 'not into the next series').to.equal(2);
    expect(nextPointInSeries('ArrowLeft', 3, trend), 'not into the previous series').to.equal(3);
    expect(nextPointInSeries('ArrowLeft', 4, trend)).to.equal(3);
  });

  it('moves to the same label in the next or previous series with Down and Up, in one press', () => {
    expect(nextPointInSeries('ArrowDown', 1, trend)).to.equal(4);
    expect(nextPointInSeries('ArrowUp', 4, trend)).to.equal(1);
    expect(nextPointInSeries('ArrowDown', 7, trend), 'stays in the last series').to.equal(7);
    expect(nextPointInSeries('ArrowUp', 0, trend), 'stays in the first series').to.equal(0);
    // A series without that label: the same place along it, or its last point.
    expect(nextPointInSeries('ArrowDown', 5, trend)).to.equal(7);
  });

  it('goes to the ends of the series with Home and End, and to the first and last series with PageUp and PageDown', () => {
    expect(nextPointInSeries('Home', 5, trend)).to.equal(3);
    expect(nextPointInSeries('End', 3, trend)).to.equal(5);
    expect(nextPointInSeries('PageDown', 0, trend)).to.equal(6);
    expect(nextPointInSeries('PageUp', 7, trend)).to.equal(1);
  });

  it('walks grouped bars in row order along a series', () => {
    expect(nextPointInSeries('ArrowRight', 0, grouped), 'North 2022 → South 2022').to.equal(2);
    expect(nextPointInSeries('ArrowDown', 0, grouped), 'North 2022 → North 2024').to.equal(1);
    expect(nextPointInSeries('End', 1, grouped)).to.equal(3);
  });

  it('keeps the one-series keys as they were: Up and Down step like Left and Right', () => {
    const one = trend.slice(0, 3);
    expect(nextPointInSeries('ArrowDown', 0, one)).to.equal(1);
    expect(nextPointInSeries('ArrowUp', 2, one)).to.equal(1);
    expect(nextPointInSeries('PageDown', 0, one)).to.equal(null);
    expect(nextPointInSeries('ArrowRight', null, trend), 'nothing focused yet: the first point').to.equal(0);
  });

  it('says where a point is along its series', () => {
    expect(pointPlace(trend, 4)).to.deep.equal({ index: 4, position: 2, total: 3, series: 2, seriesCount: 3 });
    expect(pointPlace(trend.slice(0, 3), 2)).to.deep.equal({ index: 2, position: 3, total: 3, series: 1, seriesCount: 1 });
  });
});

/** Likert answers row by row (each question's answers across), and change rows of a from and a to. */
const answers = ['Q1', 'Q2', 'Q3'].flatMap((label) => ['Agree', 'Neither', 'Disagree'].map((series) => ({ label, series, text: '10%' })));
const fromTo = ['North', 'South'].flatMap((label) => ['2022', '2024'].map((series) => ({ label, series, text: '10%' })));

describe('nextPointInSeries, walked by rows (likert, change: issue 17 item 5)', () => {
  it('moves within a row with Left and Right, and to the same answer in the next or previous row with Down and Up', () => {
    expect(nextPointInSeries('ArrowRight', 0, answers, 'rows'), 'Q1 Agree → Q1 Neither').to.equal(1);
    expect(nextPointInSeries('ArrowRight', 2, answers, 'rows'), 'not into the next row').to.equal(2);
    expect(nextPointInSeries('ArrowDown', 1, answers, 'rows'), 'Q1 Neither → Q2 Neither').to.equal(4);
    expect(nextPointInSeries('ArrowUp', 4, answers, 'rows')).to.equal(1);
    expect(nextPointInSeries('ArrowDown', 7, answers, 'rows'), 'stays in the last row').to.equal(7);
    expect(nextPointInSeries('Home', 5, answers, 'rows'), 'start of the row').to.equal(3);
    expect(nextPointInSeries('End', 3, answers, 'rows'), 'end of the row').to.equal(5);
    expect(nextPointInSeries('PageDown', 1, answers, 'rows'), 'the same answer in the last row').to.equal(7);
    expect(nextPointInSeries('PageUp', 8, answers, 'rows')).to.equal(2);
  });

  it('lists the keys of a row walk in the keyboard help: within and between rows, Home and End within the row', () => {
    expect(keyList(englishKeyHelp, answers, 'rows').slice(1, 5)).to.deep.equal([
      '← →: within the row',
      '↑ ↓: the next or previous row',
      'Home, End: the start or end of the row',
      'Page Up, Page Down: the first or last row',
    ]);
    const oneMarkRows = ['Q1', 'Q2'].map((label) => ({ label, series: '' }));
    expect(keyList(englishKeyHelp, oneMarkRows, 'rows').slice(1, 3), 'rows of one mark: every arrow steps').to.deep.equal([
      'Arrow keys: next or previous point',
      'Home, End: the first or last point',
    ]);
  });

  it('goes from a row without figures (one mark) to the nearest part of the next row, not to its unnamed net score', () => {
    const part = (label: string, series: string) => ({ label, series, text: '10%' });
    const ragged = [...['A', 'B', ''].map((series) => part('Q1', series)), part('Q2', ''), ...['A', 'B', ''].map((series) => part('Q3', series))];
    expect(nextPointInSeries('ArrowDown', 1, ragged, 'rows'), 'Q1 B → Q2 no data').to.equal(3);
    expect(nextPointInSeries('ArrowDown', 3, ragged, 'rows'), 'Q2 no data → Q3 A').to.equal(4);
    expect(nextPointInSeries('ArrowDown', 2, ragged, 'rows'), 'Q1 net → Q2 no data').to.equal(3);
    expect(nextPointInSeries('PageDown', 2, ragged, 'rows'), 'Q1 net → Q3 net').to.equal(6);
  });

  it('moves between a change row’s from and to with Left and Right, and between rows with Up and Down', () => {
    expect(nextPointInSeries('ArrowRight', 0, fromTo, 'rows'), 'North from → North to').to.equal(1);
    expect(nextPointInSeries('ArrowDown', 1, fromTo, 'rows'), 'North to → South to').to.equal(3);
  });

  it('with one mark per row (a whole likert bar, a whole dumbbell), every arrow steps through the rows', () => {
    const rows = ['Q1', 'Q2', 'Q3'].map((label) => ({ label, series: '' }));
    expect(nextPointInSeries('ArrowDown', 0, rows, 'rows')).to.equal(1);
    expect(nextPointInSeries('ArrowRight', 1, rows, 'rows')).to.equal(2);
    expect(nextPointInSeries('ArrowUp', 1, rows, 'rows')).to.equal(0);
    expect(nextPointInSeries('End', 0, rows, 'rows')).to.equal(2);
  });

  it('says the place within the row, then the row (as along a series), and only the row when a row is one mark', () => {
    expect(pointWords(answers, 4, messagesFor('en-GB'), 'rows')).to.equal('Q2, Neither: 10%. 2 of 3, row 2 of 3.');
    expect(pointWords(answers, 4, messagesFor('en-GB')), 'walked by series as before').to.equal('Q2, Neither: 10%. 2 of 3, series 2 of 3.');
    const rows = ['Q1', 'Q2'].map((label) => ({ label, series: '', text: '10%' }));
    expect(pointWords(rows, 1, messagesFor('en-GB'), 'rows')).to.equal('Q2: 10%. Row 2 of 2.');
  });
});

describe('keyboard paths in widgets', () => {
  const live = (el: Element) => shadow(el).querySelector('[aria-live="polite"]')!.textContent;

  it('grouped bars: Down to the other series of the same row, Right along a series; announced with its series place', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars series="2022 | 2024" data="North: 5 | 15; South: 47 | 39; East: 20 | 22"></trust-bars>`);
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    expect(live(el)).to.equal('North, 2022: 5%. 1 of 3, series 1 of 2.');
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(live(el)).to.equal('North, 2024: 15%. 1 of 3, series 2 of 2.');
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(live(el)).to.equal('South, 2024: 39%. 2 of 3, series 2 of 2.');
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(live(el)).to.equal('East, 2024: 22%. 3 of 3, series 2 of 2.');
  });

  it('reaches the same year in the next line of a trend in one press, in Welsh too', async () => {
    const el = await fixture<TrustElement>(
      html`<trust-trend locale="cy" series="Cymru | Lloegr" data="2019: 30 | 40; 2020: 36 | 41; 2021: 41 | 45"></trust-trend>`,
    );
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(live(el)).to.equal('2020, Lloegr: 41%. 2 o 3, cyfres 2 o 2.');
  });

  it('takes as many presses as the issue measured: one, not four, to reach the same year in the next series', async () => {
    const el = await fixture<TrustElement>(html`<trust-trend series="A | B" data="2019: 30 | 40; 2020: 36 | 41; 2021: 41 | 45; 2022: 40 | 44"></trust-trend>`);
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(live(el)).to.equal('2019, B: 40%. 1 of 4, series 2 of 2.');
  });

  it('likert: Right to the next answer of a row, Down to the same answer in the next row, End to the last; in Welsh too', async () => {
    const el = await fixture<TrustElement>(
      html`<trust-likert series="Agree | Neither | Disagree" data="NHS staff: 40 | 20 | 40; UK public: 50 | 20 | 30"></trust-likert>`,
    );
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    expect(live(el)).to.equal('NHS staff, Agree: 40%. 1 of 3, row 1 of 2.');
    const said: string[] = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'End']) {
      await sendKeys({ press: key });
      await settled(el);
      said.push(live(el)!);
    }
    expect(said).to.deep.equal([
      'NHS staff, Neither: 20%. 2 of 3, row 1 of 2.',
      'UK public, Neither: 20%. 2 of 3, row 2 of 2.',
      'UK public, Disagree: 30%. 3 of 3, row 2 of 2.',
    ]);
    el.setAttribute('locale', 'cy');
    await settled(el);
    await sendKeys({ press: 'ArrowUp' });
    await settled(el);
    expect(live(el)).to.equal('NHS staff, Disagree: 40%. 3 o 3, rhes 1 o 2.');
    // The keyboard help (?) lists Left and Right within the row, now that they do something Up and Down do not.
    await sendKeys({ press: '?' });
    await waitUntil(() => shadow(el).querySelector('[part="key-help"]'), 'the help opens');
    expect(Array.from(shadow(el).querySelectorAll('[part="key-help"] li'), (li) => li.textContent)).to.deep.equal([
      '← →: o fewn y rhes',
      '↑ ↓: y rhes nesaf neu’r un flaenorol',
      'Home, End: dechrau neu ddiwedd y rhes',
      'Page Up, Page Down: y rhes gyntaf neu olaf',
      'Esc: cuddio’r label, neu’r rhestr hon',
      '?: dangos neu guddio’r rhestr hon',
    ]);
  });

  it('change: Right from a row’s “from” end to its “to” end, which says the change; Down to the same end of the next row', async () => {
    const el = await fixture<TrustElement>(html`<trust-change from-label="2022" to-label="2024" data="North: 5 | 15; South: 47 | 39"></trust-change>`);
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    expect(live(el)).to.equal('North, 2022: 5%. 1 of 2, row 1 of 2.');
    const said: string[] = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft']) {
      await sendKeys({ press: key });
      await settled(el);
      said.push(live(el)!);
    }
    expect(said).to.deep.equal([
      'North, 2024: 15%, up 10 percentage points, from 5% to 15%. 2 of 2, row 1 of 2.',
      'South, 2024: 39%, down 8 percentage points, from 47% to 39%. 2 of 2, row 2 of 2.',
      'South, 2022: 47%. 1 of 2, row 2 of 2.',
    ]);
  });
});
