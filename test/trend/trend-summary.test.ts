import { expect } from '@open-wc/testing';
import type { DataModel } from '../../src/core/data/model.js';
import { localise } from '../../src/core/i18n/messages.js';
import { trendMessages } from '../../src/trend/trend-messages.js';
import { trendSummary, type TrendSummaryInput } from '../../src/trend/trend-summary.js';
// Welsh words are loaded on demand in a page; these tests word things in Welsh without drawing a widget.
import '../../src/ssr/words.js';

const row = (label: string, values: (number | null)[], qualifiers: (string | undefined)[] = []) => ({ label, values, qualifiers });

/** Summary input for rows of percentages, shown as "N%", changes in percentage points. */
function input(model: DataModel, seriesNames: string[], locale = 'en'): TrendSummaryInput {
  const messages = localise(locale, trendMessages);
  return {
    model,
    seriesNames,
    order: model.rows.map((_, i) => i),
    waves: model.rows.map((r) => r.label),
    shown: (r, s) => {
      const value = model.rows[r]!.values[s];
      const qualifier = model.rows[r]!.qualifiers[s];
      return value === null || value === undefined ? 'no data' : `${qualifier ? `${qualifier} ` : ''}${value}%`;
    },
    approximate: (r, s) => !!model.rows[r]!.qualifiers[s],
    change: (amount) => messages.percentagePoints(String(amount), amount),
    messages,
  };
}

describe('trend summary (trendSummary)', () => {
  const training: DataModel = { series: ['', ''], rows: [row('2022', [5, 47]), row('2024', [15, 39])] };

  it('gives the first and last value of each series and the change in percentage points, naming the waves once', () => {
    expect(trendSummary(input(training, ['New tech', 'Both']))).to.equal(
      'Line chart, 2 waves from 2022 to 2024, 2 series. New tech: rose from 5% in 2022 to 15% in 2024 (up 10 percentage points). Both: fell from 47% to 39% (down 8 percentage points).',
    );
  });

  it('names the waves again when a series starts in a different wave from the series before', () => {
    const model: DataModel = { series: ['', ''], rows: [row('2022', [5, null]), row('2023', [9, 43]), row('2024', [15, 39])] };
    expect(trendSummary(input(model, ['A', 'B']))).to.contain('B: fell from 43% in 2023 to 39% in 2024 (down 4 percentage points); no data for 2022.');
  });

  it('follows the drawing order, not the written order, for waves placed in time', () => {
    const model: DataModel = { series: [''], rows: [row('Mar 2024', [57]), row('Jan 2023', [49])] };
    expect(trendSummary({ ...input(model, ['Worry']), order: [1, 0] })).to.equal(
      'Line chart, 2 waves from Jan 2023 to Mar 2024. Worry: rose from 49% in Jan 2023 to 57% in Mar 2024 (up 8 percentage points).',
    );
  });

  it('claims no exact change when a value is only approximate', () => {
    const model: DataModel = { series: [''], rows: [row('2022', [80]), row('2024', [90], ['more than'])] };
    expect(trendSummary(input(model, ['Role']))).to.equal('Line chart, 2 waves from 2022 to 2024. Role: rose from 80% in 2022 to more than 90% in 2024.');
  });

  it('starts with a capital letter when the series has no name', () => {
    expect(trendSummary(input({ series: [''], rows: [row('2022', [5]), row('2024', [15])] }, ['']))).to.equal(
      'Line chart, 2 waves from 2022 to 2024. Rose from 5% in 2022 to 15% in 2024 (up 10 percentage points).',
    );
  });

  it('says the same in Welsh, with the words in Welsh order', () => {
    expect(trendSummary(input(training, ['Newydd', 'Y ddau'], 'cy'))).to.equal(
      'Siart llinell, 2 cylch o 2022 i 2024, 2 cyfres. Newydd: cododd o 5% yn 2022 i 15% yn 2024 (i fyny 10 pwynt canran). Y ddau: gostyngodd o 47% i 39% (i lawr 8 pwynt canran).',
    );
  });

  describe('with sample sizes: is a change more than sampling noise?', () => {
    /** Sample sizes by wave, the same for every series. */
    const withN = (model: DataModel, names: string[], sizes: (number | undefined)[], locale = 'en'): TrendSummaryInput => ({
      ...input(model, names, locale),
      sampleSize: (r) => sizes[r],
    });

    it('40% → 43% with 200 people in each wave is no clear change (z = 0.61 < 1.96)', () => {
      const model: DataModel = { series: [''], rows: [row('2022', [40]), row('2024', [43])] };
      expect(trendSummary(withN(model, ['Worry'], [200, 200]))).to.equal(
        'Line chart, 2 waves from 2022 to 2024. Worry: no clear change (within the margin of error) from 40% in 2022 to 43% in 2024.',
      );
    });

    it('47% → 39% with 1,000 people in each wave is a clear fall (z = −3.63)', () => {
      const model: DataModel = { series: [''], rows: [row('2022', [47]), row('2024', [39])] };
      expect(trendSummary(withN(model, ['Both systems'], [1000, 1000]))).to.equal(
        'Line chart, 2 waves from 2022 to 2024. Both systems: fell from 47% in 2022 to 39% in 2024 (down 8 percentage points).',
      );
    });

    it('tests the first and last waves with a figure, not the waves in between', () => {
      // 2023 is far below, but the claim is about 2022 and 2024.
      const model: DataModel = { series: [''], rows: [row('2022', [40]), row('2023', [20]), row('2024', [43])] };
      expect(trendSummary(withN(model, ['Worry'], [200, 200, 200]))).to.contain('no clear change (within the margin of error) from 40% in 2022 to 43% in 2024');
    });

    it('says rose or fell as before when either end has no sample size, or a value is only approximate', () => {
      const model: DataModel = { series: [''], rows: [row('2022', [40]), row('2024', [43])] };
      expect(trendSummary(withN(model, ['Worry'], [200, undefined]))).to.contain('rose from 40% in 2022 to 43% in 2024 (up 3 percentage points)');
      const approximate: DataModel = { series: [''], rows: [row('2022', [40]), row('2024', [43], ['about'])] };
      expect(trendSummary(withN(approximate, ['Worry'], [200, 200]))).to.contain('rose from 40% in 2022 to about 43% in 2024.');
    });

    it('reads each value with its interval when given one ("15% ± 2.2")', () => {
      const model: DataModel = { series: [''], rows: [row('2022', [5]), row('2024', [15])] };
      const text = trendSummary({
        ...withN(model, ['New tech'], [1000, 1000]),
        described: (r) => ['5% ± 1.4', '15% ± 2.2'][r]!,
      });
      expect(text).to.equal('Line chart, 2 waves from 2022 to 2024. New tech: rose from 5% ± 1.4 in 2022 to 15% ± 2.2 in 2024 (up 10 percentage points).');
    });

    it('says "no clear change" in Welsh', () => {
      const model: DataModel = { series: [''], rows: [row('2022', [40]), row('2024', [43])] };
      expect(trendSummary(withN(model, ['Pryder'], [200, 200], 'cy'))).to.equal(
        'Siart llinell, 2 cylch o 2022 i 2024. Pryder: dim newid clir (o fewn y lwfans gwallau) o 40% yn 2022 i 43% yn 2024.',
      );
    });
  });

  describe('withheld values (fewer than 30 people)', () => {
    const withheldRow = (label: string, values: (number | null)[], withheld: boolean[]) => ({ ...row(label, values), withheld });

    it('names a withheld wave as "too few answers", apart from waves with no data', () => {
      const model: DataModel = {
        series: [''],
        rows: [row('2020', [50]), row('2021', [null]), withheldRow('2022', [null], [true]), row('2023', [57])],
      };
      expect(trendSummary(input(model, ['Worry']))).to.equal(
        'Line chart, 4 waves from 2020 to 2023. Worry: rose from 50% in 2020 to 57% in 2023 (up 7 percentage points); no data for 2021; too few answers in 2022.',
      );
      expect(trendSummary(input(model, ['Pryder'], 'cy'))).to.contain('; dim data ar gyfer 2021; rhy ychydig o atebion yn 2022.');
    });

    it('says why a series has no figure at all when every wave was withheld', () => {
      const model: DataModel = {
        series: ['', ''],
        rows: [withheldRow('2022', [5, null], [false, true]), withheldRow('2024', [15, null], [false, true])],
      };
      expect(trendSummary(input(model, ['A', 'B']))).to.contain('B: too few answers in 2022 and 2024.');
      expect(trendSummary(input(model, ['A', 'B'], 'cy'))).to.contain('B: rhy ychydig o atebion yn 2022 a 2024.');
    });

    it('starts an unnamed series with a capital, and says only "no data" for one without any figure or withheld wave', () => {
      const withheld: DataModel = { series: [''], rows: [withheldRow('2022', [null], [true]), withheldRow('2024', [null], [true])] };
      expect(trendSummary(input(withheld, ['']))).to.equal('Line chart, 2 waves from 2022 to 2024. Too few answers in 2022 and 2024.');
      expect(trendSummary(input(withheld, [''], 'cy'))).to.equal('Siart llinell, 2 cylch o 2022 i 2024. Rhy ychydig o atebion yn 2022 a 2024.');
      const empty: DataModel = { series: [''], rows: [row('2022', [null]), row('2024', [null])] };
      expect(trendSummary(input(empty, ['']))).to.equal('Line chart, 2 waves from 2022 to 2024. No data.');
      expect(trendSummary(input(empty, [''], 'cy'))).to.equal('Siart llinell, 2 cylch o 2022 i 2024. Dim data.');
    });
  });
});
