import { expect } from '@open-wc/testing';
import type { DataModel, DataRow } from '../../src/core/data/model.js';
import { validateValues } from '../../src/core/data/validate.js';
import { createValueFormatter } from '../../src/core/format/number.js';
import type { Unit } from '../../src/core/format/units.js';
import { described, en, valueOf } from './helpers.js';

const row = (label: string, ...values: (number | null)[]): DataRow => ({ label, values, qualifiers: values.map(() => undefined) });
const model = (...rows: DataRow[]): DataModel => ({ series: rows[0]?.values.map(() => '') ?? [''], rows });
const formatter = (unit: Unit) => valueOf(createValueFormatter({ unit, locale: 'en-GB', currency: 'GBP', notation: 'auto', messages: en }));
const check = (data: DataModel, unit: Unit, origin = 'data') => described(validateValues(data, origin, unit, formatter(unit)));

describe('validateValues', () => {
  it('accepts the public-concern percentages 57, 60, 56 and 55', () => {
    expect(check(model(row('Worried', 57), row('Disruption', 60), row('Data exposure', 56), row('Training priority', 55)), 'percent')).to.deep.equal([]);
  });

  it('accepts 0% and 100% exactly', () => {
    expect(check(model(row('None', 0), row('All', 100)), 'percent')).to.deep.equal([]);
  });

  it('reports a percentage above 100, formatted, under the origin of the data', () => {
    expect(check(model(row('Employees per professional', 2582)), 'percent', 'table')).to.deep.equal([
      `table: ${en.percentTooHigh('Employees per professional', '2,582%')}`,
    ]);
  });

  it('reports 100.5% as too high', () => {
    expect(check(model(row('Staff', 100.5)), 'percent')).to.deep.equal([`data: ${en.percentTooHigh('Staff', '100.5%')}`]);
  });

  it('reports a negative percentage', () => {
    expect(check(model(row('Staff', -3)), 'percent', '.data')).to.deep.equal([`.data: ${en.negativePercent('Staff', '-3%')}`]);
  });

  it('reports a negative count', () => {
    expect(check(model(row('Trusts without a security professional', -24)), 'count')).to.deep.equal([
      `data: ${en.negativeNotAllowed('Trusts without a security professional', '-24', 'count')}`,
    ]);
  });

  it('reports a negative ratio, written the way the chart writes ratios', () => {
    expect(check(model(row('Employees per professional', -2582)), 'ratio')).to.deep.equal([
      `data: ${en.negativeNotAllowed('Employees per professional', '1 in -2,582', 'ratio')}`,
    ]);
  });

  it('allows negative money (a cut), as src/core/format/units.ts now says', () => {
    expect(check(model(row('Change in training spend', -5356)), 'currency')).to.deep.equal([]);
  });

  it('allows negative values for unit "number" (changes in percentage points)', () => {
    expect(check(model(row('Trained on new technologies', 10), row('Trained on both systems', -8)), 'number')).to.deep.equal([]);
  });

  it('skips missing values', () => {
    expect(check(model(row('No figure', null), row('Worried', 57)), 'percent')).to.deep.equal([]);
  });

  it('checks every series of a row', () => {
    expect(check(model(row('Trained', 47, 139)), 'percent')).to.deep.equal([`data: ${en.percentTooHigh('Trained', '139%')}`]);
  });

  it('reports at most five problems', () => {
    const rows = Array.from({ length: 9 }, (_, i) => row(`Row ${i + 1}`, 101 + i));
    const problems = check(model(...rows), 'percent');
    expect(problems).to.have.length(5);
    expect(problems[4]).to.equal(`data: ${en.percentTooHigh('Row 5', '105%')}`);
  });
});
