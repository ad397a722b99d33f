import { expect } from '@open-wc/testing';
import type { DataModel } from '../../src/core/data/model.js';
import { fieldworkProblem, formatFieldwork } from '../../src/core/format/fieldwork.js';
import { messagesFor } from '../../src/core/i18n/messages.js';
import type { Problem } from '../../src/core/problems.js';
import { applySampleRules, intervalOf, readSampleSizeAttribute, sampleSizeOf } from '../../src/core/survey/survey-data.js';
// Welsh words are loaded on demand in a page; these tests word things in Welsh without drawing a widget.
import '../../src/ssr/words.js';

const model = (rows: [string, (number | null)[], (number | undefined)[]?][]): DataModel => ({
  series: rows[0]![1].map((_, i) => `s${i}`),
  rows: rows.map(([label, values, sizes]) => ({ label, values, qualifiers: values.map(() => undefined), ...(sizes ? { sampleSizes: sizes } : {}) })),
});

describe('formatFieldwork', () => {
  it('writes an ISO range in words: "2024-03-01/2024-03-15" → "1–15 March 2024"', () => {
    expect(formatFieldwork('2024-03-01/2024-03-15', 'en-GB').replace(/\s/g, ' ')).to.match(/^1 ?– ?15 March 2024$/);
  });
  it('writes a month as "March 2024" and a year as "2024"', () => {
    expect(formatFieldwork('2024-03', 'en-GB')).to.equal('March 2024');
    expect(formatFieldwork('2024', 'en-GB')).to.equal('2024');
  });
  it('writes Welsh month names on a Welsh page, from the catalogue where the browser has no Welsh dates', () => {
    const months = messagesFor('cy').monthNames;
    expect(formatFieldwork('2024-03', 'cy', months)).to.equal('Mawrth 2024');
    expect(formatFieldwork('2024-03-01/2024-04-15', 'cy', months).replace(/\s/g, ' ')).to.match(/^1 Mawrth ?– ?15 Ebrill 2024$/);
  });
  it('keeps free text and impossible dates as the author wrote them', () => {
    expect(formatFieldwork('Spring 2024', 'en-GB')).to.equal('Spring 2024');
    expect(formatFieldwork('2024-02-31', 'en-GB')).to.equal('2024-02-31');
  });
  it('reads years before 100 as written, not as 19xx', () => {
    expect(formatFieldwork('0050-03', 'en-GB')).to.equal('March 50');
    expect(formatFieldwork('0050-03', 'cy', messagesFor('cy').monthNames)).to.equal('Mawrth 50');
    expect(formatFieldwork('0099', 'en-GB')).to.equal('99');
  });
  it('keeps a range that ends before it starts as written, and names the slip', () => {
    expect(formatFieldwork('2024-03-15/2024-03-01', 'en-GB')).to.equal('2024-03-15/2024-03-01');
    const found = fieldworkProblem(' 2024-03-15/2024-03-01 ');
    expect(found?.attribute).to.equal('fieldwork');
    expect(found?.describe(messagesFor('en-GB'))).to.equal(
      '“2024-03-15/2024-03-01” ends before it starts: write the earlier date first (2024-03-01/2024-03-15).',
    );
  });
  it('names dates that do not exist, in anything shaped like ISO dates', () => {
    for (const text of ['2024-13', '2024-02-31', '2024-02-30/2024-03', '2024-03-01/2024-3-99', '2024-3-1']) {
      const found = fieldworkProblem(text);
      expect(found?.attribute, text).to.equal('fieldwork');
      expect(found?.describe(messagesFor('en-GB')), text).to.equal(
        `“${text}” is not a real date: write dates as YYYY-MM-DD (2024-03-15), YYYY-MM or YYYY, and a period as two dates with a / between them.`,
      );
      expect(formatFieldwork(text, 'en-GB'), 'shown as typed').to.equal(text);
    }
    expect(fieldworkProblem('2024/2023')?.describe(messagesFor('en-GB'))).to.contain('write the earlier date first (2023/2024)');
  });
  it('finds no slip in ordered ranges, ranges within one month or year, free text or nothing', () => {
    for (const text of [
      '2024-03-01/2024-03-15',
      '2024-03/2024-03-31',
      '2024-03-31/2024-03',
      '2024/2024-06',
      '2024-02-29',
      'Spring 2024',
      '1–15 March 2024',
      '2024 / 25',
      ' / ',
      '',
      null,
      undefined,
    ]) {
      expect(fieldworkProblem(text), String(text)).to.equal(undefined);
    }
  });
});

describe('sample sizes', () => {
  it('reads one sample-size for every series, or one per series', () => {
    const warnings: Problem[] = [];
    expect(readSampleSizeAttribute('1,000', 2, 'en-GB', warnings)).to.deep.equal([1000, 1000]);
    expect(readSampleSizeAttribute('800 | 1,000', 2, 'en-GB', warnings)).to.deep.equal([800, 1000]);
    expect(warnings).to.deep.equal([]);
  });

  it('warns (naming sample-size) about a value that is not a whole number of people, and about a count mismatch', () => {
    const warnings: Problem[] = [];
    expect(readSampleSizeAttribute('lots', 1, 'en-GB', warnings)).to.deep.equal([undefined]);
    readSampleSizeAttribute('1 | 2 | 3', 2, 'en-GB', warnings);
    const en = messagesFor('en-GB');
    expect(warnings.map((w) => `${w.attribute}: ${w.describe(en)}`)).to.deep.equal([
      'sample-size: “lots” is not a whole number of people, so no margins of error are shown. Write how many people answered, such as 1,000 or “about 1,000”.',
      'sample-size: “sample-size” has 3 values, but there are 2 series. Give one value per series, separated by |, with a dash (–) where there is none.',
    ]);
  });

  it("prefers a row's own n over the chart's sample-size", () => {
    const data = model([
      ['Staff', [36], [500]],
      ['Public', [57]],
    ]);
    expect(sampleSizeOf(data.rows[0]!, 0, [1000])).to.equal(500);
    expect(sampleSizeOf(data.rows[1]!, 0, [1000])).to.equal(1000);
  });

  it('withholds values from fewer than 30 people and flags those from fewer than the caution limit', () => {
    const data = model([
      ['Tiny', [40], [12]],
      ['Small', [50], [60]],
      ['Big', [57], [1000]],
    ]);
    const result = applySampleRules(data, [], 100, false);
    expect(result.model.rows.map((row) => row.values[0])).to.deep.equal([null, 50, 57]);
    expect(result.model.rows[0]!.withheld).to.deep.equal([true]);
    expect(result.withheld).to.deep.equal([{ label: 'Tiny', series: 0, n: 12 }]);
    expect(result.caution).to.deep.equal([{ label: 'Small', series: 0, n: 60 }]);
  });

  it('shows small samples when the author allows them (still with a caution)', () => {
    const result = applySampleRules(model([['Tiny', [40], [12]]]), [], 100, true);
    expect(result.model.rows[0]!.values).to.deep.equal([40]);
    expect(result.caution).to.deep.equal([{ label: 'Tiny', series: 0, n: 12 }]);
  });

  it('gives a value its interval from its sample size', () => {
    const data = model([['Public', [57], [1000]]]);
    const interval = intervalOf(data.rows[0]!, 0, []);
    // 1.96 × √(0.57 × 0.43 / 1000) = 1.96 × 0.015655 = 0.030685 → ±3.07 points
    expect(interval?.method === 'normal' && interval.margin).to.be.closeTo(3.068, 0.001);
    expect(intervalOf(model([['Public', [57]]]).rows[0]!, 0, [])).to.equal(undefined);
  });
});
