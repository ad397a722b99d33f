import { expect } from '@open-wc/testing';
import type { DataModel } from '../../src/core/data/model.js';
import { localise } from '../../src/core/i18n/messages.js';
import { trendMessages } from '../../src/trend/trend-messages.js';
import { trendSummary, type TrendSummaryInput } from '../../src/trend/trend-summary.js';

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
});
