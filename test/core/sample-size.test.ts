import { expect } from '@open-wc/testing';
import { normaliseRecords } from '../../src/core/data/normalise-records.js';
import { parseTable } from '../../src/core/data/parse-table.js';
import { readSampleSize, sampleSizeColumn, seriesIndexFor } from '../../src/core/data/sample-size-columns.js';
import { en } from './helpers.js';
import { messagesFor } from '../../src/core/i18n/messages.js';

const table = (markup: string): HTMLTableElement => {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.querySelector('table')!;
};

describe('sample-size columns', () => {
  it('recognises "n", "sample size", "n 2024", "n from" and "Sample size (2022)" headers', () => {
    expect(sampleSizeColumn('n')).to.deep.equal({ kind: 'row' });
    expect(sampleSizeColumn(' Sample size ')).to.deep.equal({ kind: 'row' });
    expect(sampleSizeColumn('n 2024')).to.deep.equal({ kind: 'series', name: '2024' });
    expect(sampleSizeColumn('N from')).to.deep.equal({ kind: 'series', name: 'from' });
    expect(sampleSizeColumn('Sample size (2022)')).to.deep.equal({ kind: 'series', name: '2022' });
    expect(sampleSizeColumn('Net')).to.equal(undefined);
    expect(sampleSizeColumn('2024')).to.equal(undefined);
  });

  it('maps "from" and "to" to the first and last series when no series has that name', () => {
    expect(seriesIndexFor('from', ['2022', '2024'])).to.equal(0);
    expect(seriesIndexFor('to', ['2022', '2024'])).to.equal(1);
    expect(seriesIndexFor('2024', ['2022', '2024'])).to.equal(1);
    expect(seriesIndexFor('2023', ['2022', '2024'])).to.equal(-1);
  });

  it('accepts whole positive numbers of people, written as people write them', () => {
    expect(readSampleSize('1,000', 'en-GB')).to.equal(1000);
    expect(readSampleSize(500, 'en-GB')).to.equal(500);
    expect(readSampleSize('', 'en-GB')).to.equal(null);
    for (const bad of ['0', '-5', '12.5', 'about 1000', 'lots', 0, 2.5, Number.NaN, true]) {
      expect(readSampleSize(bad, 'en-GB'), String(bad)).to.equal('invalid');
    }
  });
});

describe('sample sizes in a child table', () => {
  it('keeps an "n" column out of the series and gives its size to every value of the row', () => {
    const result = parseTable(
      table(
        '<table><thead><tr><th>Group</th><th>%</th><th>n</th></tr></thead><tbody><tr><td>Staff</td><td>36</td><td>1,012</td></tr><tr><td>Public</td><td>57</td><td>2,000</td></tr></tbody></table>',
      ),
      'en-GB',
    );
    expect(result.ok && result.value.series).to.deep.equal(['%']);
    expect(result.ok && result.value.rows.map((row) => row.sampleSizes)).to.deep.equal([[1012], [2000]]);
  });

  it('reads "n from" and "n to" columns for a before-and-after table', () => {
    const result = parseTable(
      table(
        '<table><thead><tr><th>Training</th><th>2022</th><th>2024</th><th>n from</th><th>n to</th></tr></thead><tbody><tr><td>New tech</td><td>5</td><td>15</td><td>800</td><td>1,000</td></tr></tbody></table>',
      ),
      'en-GB',
    );
    expect(result.ok && result.value.series).to.deep.equal(['2022', '2024']);
    expect(result.ok && result.value.rows[0]!.values).to.deep.equal([5, 15]);
    expect(result.ok && result.value.rows[0]!.sampleSizes).to.deep.equal([800, 1000]);
  });

  it('reports a sample size that is not a whole number of people, naming the row', () => {
    const result = parseTable(
      table('<table><thead><tr><th>Group</th><th>%</th><th>n</th></tr></thead><tbody><tr><td>Staff</td><td>36</td><td>lots</td></tr></tbody></table>'),
      'en-GB',
    );
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.problems.map((p) => `${p.attribute}: ${p.describe(messagesFor('en-GB'))}`)).to.deep.equal([
      `table: ${en.invalidSampleSize('lots', 'Staff')}`,
    ]);
  });

  it('has no sampleSizes when the table has no n column', () => {
    const result = parseTable(table('<table><tr><td>Staff</td><td>36</td></tr></table>'), 'en-GB');
    expect(result.ok && 'sampleSizes' in result.value.rows[0]!).to.equal(false);
  });
});

describe('sample sizes in JSON rows', () => {
  it('reads "n" for the row and "n 2024" for one series, the series size winning', () => {
    const result = normaliseRecords([{ label: 'New tech', '2022': 5, '2024': 15, 'n 2024': 1000, n: 800 }], 'data', 'en-GB');
    expect(result.ok && result.value.series).to.deep.equal(['2022', '2024']);
    expect(result.ok && result.value.rows[0]!.sampleSizes).to.deep.equal([800, 1000]);
  });

  it('reports a sample size of zero', () => {
    const result = normaliseRecords([{ label: 'Staff', value: 36, n: 0 }], 'data', 'en-GB');
    expect(!result.ok && result.problems[0]!.describe(en)).to.equal(en.invalidSampleSize('0', 'Staff'));
  });
});
