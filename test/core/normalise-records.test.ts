import { expect } from '@open-wc/testing';
import { normaliseRecords } from '../../src/core/data/normalise-records.js';
import { described, en, problemsOf, valueOf } from './helpers.js';

describe('normaliseRecords', () => {
  it('sets aside a `direction` key (or the key named) as the row’s direction, not a series', () => {
    const records = [
      { label: 'Burnout', 2023: 30, Direction: 'lower is better', Way: 'up-is-good' },
      { label: 'Engaged', 2023: 68, Way: 7 },
    ];
    const byKey = valueOf(
      normaliseRecords(
        records.map(({ Way: _, ...rest }) => rest),
        '.data',
        'en-GB',
      ),
    );
    expect([byKey.series, byKey.rows.map((row) => row.direction), byKey.directionColumn]).to.deep.equal([
      ['2023'],
      ['lower is better', undefined],
      'Direction',
    ]);
    const named = valueOf(
      normaliseRecords(
        records.map(({ Direction: _, ...rest }) => rest),
        'src',
        'en-GB',
        'way',
      ),
    );
    expect([named.series, named.rows.map((row) => row.direction)]).to.deep.equal([['2023'], ['up-is-good', '7']]);
  });

  it('reads {label, value} rows as one unnamed series', () => {
    const model = valueOf(
      normaliseRecords(
        [
          { label: 'Worried about cyber-attacks', value: 57 },
          { label: 'Concerned about disruption', value: 60 },
          { label: 'Concerned about data exposure', value: 56 },
          { label: 'Training staff is a priority', value: 55 },
        ],
        '.data',
        'en-GB',
      ),
    );
    expect(model.series).to.deep.equal(['']);
    expect(model.rows.map((row) => [row.label, row.values[0]])).to.deep.equal([
      ['Worried about cyber-attacks', 57],
      ['Concerned about disruption', 60],
      ['Concerned about data exposure', 56],
      ['Training staff is a priority', 55],
    ]);
  });

  it('reads {label, values: {...}} rows as named series, in order of first appearance', () => {
    const model = valueOf(
      normaliseRecords(
        [
          { label: 'Trained on new technologies', values: { y2022: 5, y2024: 15 } },
          { label: 'Trained on both new and existing systems', values: { y2022: 47, y2024: 39 } },
        ],
        '.data',
        'en-GB',
      ),
    );
    expect(model).to.deep.equal({
      series: ['y2022', 'y2024'],
      rows: [
        { label: 'Trained on new technologies', values: [5, 15], qualifiers: [undefined, undefined] },
        { label: 'Trained on both new and existing systems', values: [47, 39], qualifiers: [undefined, undefined] },
      ],
    });
  });

  it('fills a series a row does not mention with null', () => {
    const model = valueOf(
      normaliseRecords(
        [
          { label: 'A', values: { 2022: 5 } },
          { label: 'B', values: { 2024: 39 } },
        ],
        'data',
        'en-GB',
      ),
    );
    expect(model.series).to.deep.equal(['2022', '2024']);
    expect(model.rows.map((row) => row.values)).to.deep.equal([
      [5, null],
      [null, 39],
    ]);
  });

  it('reads flat rows (d3.csvParse output) whose other keys are series, from strings', () => {
    const csvRows = [
      { label: 'Trained on new technologies', '2022': '5', '2024': '15' },
      { label: 'Trained on both new and existing systems', '2022': '47', '2024': '39' },
    ];
    const model = valueOf(normaliseRecords(csvRows, 'data', 'en-GB'));
    expect(model.series).to.deep.equal(['2022', '2024']);
    expect(model.rows.map((row) => row.values)).to.deep.equal([
      [5, 15],
      [47, 39],
    ]);
  });

  it('keeps a row qualifier with its value ("more than" 90)', () => {
    const model = valueOf(normaliseRecords([{ label: 'Understand their role', value: 90, qualifier: ' more than ' }], '.data', 'en-GB'));
    expect(model.rows[0]).to.deep.equal({ label: 'Understand their role', values: [90], qualifiers: ['more than'] });
  });

  it('reads the qualifier from a string value ("over 1.7 million")', () => {
    const model = valueOf(normaliseRecords([{ label: 'NHS employees', value: 'over 1.7 million' }], '.data', 'en-GB'));
    expect(model.rows[0]).to.deep.equal({ label: 'NHS employees', values: [1_700_000], qualifiers: ['over'] });
  });

  it('prefers an explicit qualifier to one written in the value', () => {
    const model = valueOf(normaliseRecords([{ label: 'Staff', value: 'more than 90%', qualifier: 'almost' }], '.data', 'en-GB'));
    expect(model.rows[0]!.qualifiers).to.deep.equal(['almost']);
  });

  it('takes per-series qualifiers from "qualifiers"', () => {
    const model = valueOf(normaliseRecords([{ label: 'Staff', values: { 2022: 47, 2024: 39 }, qualifiers: { 2024: 'about' } }], '.data', 'en-GB'));
    expect(model.rows[0]!.qualifiers).to.deep.equal([undefined, 'about']);
  });

  it('reads numeric strings in the locale ("2,582" in en-GB, "2.582" in de-DE)', () => {
    expect(valueOf(normaliseRecords([{ label: 'Employees per professional', value: '2,582' }], 'data', 'en-GB')).rows[0]!.values).to.deep.equal([2582]);
    expect(valueOf(normaliseRecords([{ label: 'Beschäftigte', value: '2.582' }], 'data', 'de-DE')).rows[0]!.values).to.deep.equal([2582]);
  });

  it('reads null, a missing value key and "n/a" as no data', () => {
    const model = valueOf(
      normaliseRecords(
        [
          { label: 'A', value: null },
          { label: 'B', value: 'n/a' },
          { label: 'C', values: { x: undefined } },
        ],
        '.data',
        'en-GB',
      ),
    );
    expect(model.rows.map((row) => row.values)).to.deep.equal([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(model.series).to.deep.equal(['', 'x']);
  });

  it('turns a numeric label into text', () => {
    const model = valueOf(normaliseRecords([{ label: 2024, value: 15 }], '.data', 'en-GB'));
    expect(model.rows[0]!.label).to.equal('2024');
  });

  it('reports input that is not a list', () => {
    expect(described(problemsOf(normaliseRecords({ label: 'A', value: 1 }, '.data', 'en-GB')))).to.deep.equal([`.data: ${en.jsonShape('an object')}`]);
    expect(described(problemsOf(normaliseRecords(42, 'data', 'en-GB')))).to.deep.equal([`data: ${en.jsonShape('number 42')}`]);
    expect(described(problemsOf(normaliseRecords(null, 'data', 'en-GB')))).to.deep.equal([`data: ${en.jsonShape('null')}`]);
  });

  it('reports rows that are not objects, by row number', () => {
    const problems = problemsOf(normaliseRecords([{ label: 'A', value: 1 }, 'B: 2', [3]], '.data', 'en-GB'));
    expect(described(problems)).to.deep.equal([`.data: ${en.jsonShape('row 2 is string B: 2.')}`, `.data: ${en.jsonShape('row 3 is a list.')}`]);
  });

  it('reports a row without a label, by row number', () => {
    const problems = problemsOf(normaliseRecords([{ label: 'A', value: 1 }, { value: 2 }, { label: true, value: 3 }], 'data', 'en-GB'));
    expect(described(problems)).to.deep.equal([`data: ${en.missingLabel(2)}`, `data: ${en.missingLabel(3)}`]);
  });

  it('rejects NaN and Infinity values, naming the row', () => {
    const problems = problemsOf(
      normaliseRecords(
        [
          { label: 'A', value: Number.NaN },
          { label: 'B', value: Number.POSITIVE_INFINITY },
        ],
        '.data',
        'en-GB',
      ),
    );
    expect(described(problems)).to.deep.equal([`.data: ${en.notANumber('NaN', 'A')}`, `.data: ${en.notANumber('Infinity', 'B')}`]);
  });

  it('rejects booleans, objects and unreadable strings, naming the row', () => {
    const problems = problemsOf(
      normaliseRecords(
        [
          { label: 'A', value: true },
          { label: 'B', value: { n: 1 } },
          { label: 'C', colour: 'red' },
        ],
        'data',
        'en-GB',
      ),
    );
    expect(described(problems)).to.deep.equal([
      `data: ${en.notANumber('boolean true', 'A')}`,
      `data: ${en.notANumber('an object', 'B')}`,
      `data: ${en.notANumber('red', 'C')}`,
    ]);
  });

  it('reports at most five problems, even when one row has more bad series', () => {
    const row: Record<string, unknown> = { label: 'A' };
    for (let i = 0; i < 8; i++) row[`s${i}`] = 'bad';
    expect(problemsOf(normaliseRecords([row], 'data', 'en-GB'))).to.have.length(5);
  });

  it('gives an empty model for an empty list (resolveData reports it)', () => {
    expect(valueOf(normaliseRecords([], '.data', 'en-GB'))).to.deep.equal({ series: [''], rows: [] });
  });

  describe('hostile keys', () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    });

    it('treats "__proto__" and "constructor" keys from JSON as plain series names', () => {
      const model = valueOf(normaliseRecords(JSON.parse('[{"label":"a","__proto__":5,"constructor":7}]'), 'data', 'en-GB'));
      expect(model.series).to.deep.equal(['__proto__', 'constructor']);
      expect(model.rows[0]!.values).to.deep.equal([5, 7]);
      expect(model.rows[0]!.qualifiers).to.deep.equal([undefined, undefined]);
    });

    it('does not pollute Object.prototype when "__proto__" holds an object', () => {
      const result = normaliseRecords(JSON.parse('[{"label":"a","__proto__":{"polluted":1}}]'), 'data', 'en-GB');
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      // The object is not a number, so it is reported under the series it came from.
      expect(described(problemsOf(result))).to.deep.equal([`data: ${en.notANumber('an object', 'a')}`]);
    });

    it('treats "__proto__" inside "values" as a series and leaves Object.prototype alone', () => {
      const model = valueOf(
        normaliseRecords(JSON.parse('[{"label":"a","values":{"__proto__":3,"toString":4},"qualifiers":{"__proto__":"about"}}]'), 'data', 'en-GB'),
      );
      expect(model.series).to.deep.equal(['__proto__', 'toString']);
      expect(model.rows[0]!.values).to.deep.equal([3, 4]);
      expect(model.rows[0]!.qualifiers).to.deep.equal(['about', undefined]);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(Object.prototype.toString.call([])).to.equal('[object Array]');
    });
  });
});
