import { expect } from '@open-wc/testing';
import { chooseColumns, parseColumnList, parseFilter } from '../../src/core/source/source-columns.js';
import { readSource, type SourceTable } from '../../src/core/source/source-format.js';
import { normaliseRecords } from '../../src/core/data/normalise-records.js';
import { isDirectionHeader } from '../../src/core/data/direction-header.js';

function table(csv: string): SourceTable {
  const result = readSource(csv, 'csv');
  if (!result.ok) throw new Error(result.problem.kind);
  return result.table;
}

const FIGURES = table(
  [
    'Measure,Group,2022,2023,n,Trust',
    'Worried about cyber-attacks,Public,51,57,2000,All',
    'Measures are sufficient,Staff,40,36,1200,Leeds',
    'Measures are sufficient,Staff,38,34,900,York',
  ].join('\n'),
);

describe('chooseColumns', () => {
  it('gives each record its direction (a "Which way is good" column, or `direction-column`), never a value column', () => {
    const sheet = table('Question,2023,Which way is good,Good way\nBurnout,30,down-is-good,up\nEngaged,68,,neutral');
    const byHeader = chooseColumns(sheet, {});
    expect(byHeader.ok && [byHeader.series, byHeader.records.map((record) => record['direction'])]).to.deep.equal([
      ['2023', 'Good way'],
      ['down-is-good', ''],
    ]);
    const named = chooseColumns(sheet, { direction: 'good  WAY', series: ['2023'] });
    expect(named.ok && named.records).to.deep.equal([
      { label: 'Burnout', 2023: '30', direction: 'up' },
      { label: 'Engaged', 2023: '68', direction: 'neutral' },
    ]);
    const missing = chooseColumns(sheet, { direction: 'Way' });
    expect(!missing.ok && [missing.problem.attribute, missing.problem.column]).to.deep.equal(['direction-column', 'Way']);
  });

  it('sets aside the same direction headers as a child table does (its list is a copy: the chunk imports nothing the page holds)', () => {
    const headers = ['direction', 'Direction', '  Which   way is GOOD ', 'Cyfeiriad', 'which way', 'directions', 'Good direction', 'way is good', 'n'];
    const fromSource = headers.map((header) => {
      const result = chooseColumns(table(`Question,${JSON.stringify(header)},2023\nBurnout,up,30`), {});
      return result.ok && result.records[0]?.['direction'] !== undefined;
    });
    expect(fromSource).to.deep.equal(headers.map((header) => isDirectionHeader(header)));
    expect(fromSource.filter(Boolean), 'the known headers are recognised at all').to.have.length(4);
  });

  it('draws a plain two-column sheet with no attributes at all', () => {
    const result = chooseColumns(table('Group,Share\nPublic,57\nStaff,36'), {});
    expect(result.ok && result.records).to.deep.equal([
      { label: 'Public', Share: '57' },
      { label: 'Staff', Share: '36' },
    ]);
  });

  it('picks a label and one value column as a single series, with a sample size column', () => {
    const result = chooseColumns(FIGURES, { label: 'Trust', value: '2023', n: 'n' });
    expect(result.ok && result.records).to.deep.equal([
      { label: 'All', value: '57', n: '2000' },
      { label: 'Leeds', value: '36', n: '1200' },
      { label: 'York', value: '34', n: '900' },
    ]);
  });

  it('picks series columns in the order given, and from/to columns for a change chart', () => {
    const series = chooseColumns(FIGURES, { label: 'Trust', series: ['2023', '2022'] });
    expect(series.ok && series.records[0]).to.deep.equal({ label: 'All', '2023': '57', '2022': '51' });
    const change = chooseColumns(FIGURES, { label: 'Trust', from: '2022', to: '2023' });
    expect(change.ok && change.records[1]).to.deep.equal({ label: 'Leeds', '2022': '40', '2023': '36' });
  });

  it('filters rows on every condition, matching column names loosely as people retype them', () => {
    const { conditions } = parseFilter('group = Staff; TRUST=York');
    const result = chooseColumns(FIGURES, { label: 'Measure', value: '2023', filter: conditions });
    expect(result.ok && result.records).to.deep.equal([{ label: 'Measures are sufficient', value: '34' }]);
  });

  it('names the attribute, the column and what the file has when a column is missing', () => {
    for (const [choice, attribute, column] of [
      [{ label: 'Region' }, 'label-column', 'Region'],
      [{ value: '2024' }, 'value-column', '2024'],
      [{ series: ['2022', '2021'] }, 'series-columns', '2021'],
      [{ n: 'Base' }, 'n-column', 'Base'],
      [{ filter: [{ column: 'Year', value: '2024' }] }, 'filter', 'Year'],
    ] as const) {
      const result = chooseColumns(FIGURES, choice);
      expect(result.ok ? undefined : result.problem).to.deep.equal({ kind: 'missing-column', attribute, column, available: FIGURES.columns });
    }
  });

  it('gives records that the widgets’ own reader turns into figures, sample sizes included', () => {
    const result = chooseColumns(FIGURES, { label: 'Trust', series: ['2022', '2023'], n: 'n' });
    if (!result.ok) throw new Error('columns');
    const model = normaliseRecords(result.records, 'src', 'en-GB');
    expect(model.ok).to.equal(true);
    if (!model.ok) return;
    expect(model.value.series).to.deep.equal(['2022', '2023']);
    expect(model.value.rows.map((row) => row.values)).to.deep.equal([
      [51, 57],
      [40, 36],
      [38, 34],
    ]);
  });
});

describe('parseFilter and parseColumnList', () => {
  it('splits conditions on ";" and reports a condition without "="', () => {
    expect(parseFilter('Trust=Leeds;; Year = 2024 ; oops')).to.deep.equal({
      conditions: [
        { column: 'Trust', value: 'Leeds' },
        { column: 'Year', value: '2024' },
      ],
      invalid: ['oops'],
    });
    expect(parseFilter('=x').invalid).to.deep.equal(['=x']);
    expect(parseFilter('Note=a=b').conditions).to.deep.equal([{ column: 'Note', value: 'a=b' }]);
  });

  it('splits a column list on commas', () => {
    expect(parseColumnList(' 2022, 2023 ,, 2024')).to.deep.equal(['2022', '2023', '2024']);
    expect(parseColumnList(null)).to.deep.equal([]);
  });
});
