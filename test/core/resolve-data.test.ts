import { expect } from '@open-wc/testing';
import type { TrustData } from '../../src/core/data/model.js';
import { resolveData } from '../../src/core/data/resolve-data.js';
import { described, en, problemsOf, valueOf } from './helpers.js';

function table(markup: string): HTMLTableElement {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstElementChild as HTMLTableElement;
}

const TABLE = '<table><caption>Staff</caption><tr><td>From the table</td><td>36</td></tr></table>';

describe('resolveData', () => {
  it('uses the .data property over the data attribute and the child table', () => {
    const result = valueOf(
      resolveData({ property: [{ label: 'From .data', value: 57 }], attribute: 'From the attribute: 60', table: table(TABLE), locale: 'en-GB' }),
    );
    expect(result.origin).to.equal('.data');
    expect(result.rows.map((row) => [row.label, row.values[0]])).to.deep.equal([['From .data', 57]]);
  });

  it('reads a string .data property in the compact form', () => {
    const result = valueOf(resolveData({ property: 'From .data: 56; Second: 55', attribute: undefined, table: undefined, locale: 'en-GB' }));
    expect(result.origin).to.equal('.data');
    expect(result.rows.map((row) => row.values[0])).to.deep.equal([56, 55]);
  });

  it('uses the data attribute over the child table', () => {
    const result = valueOf(resolveData({ property: undefined, attribute: 'From the attribute: 60', table: table(TABLE), locale: 'en-GB' }));
    expect(result.origin).to.equal('data');
    expect(result.rows.map((row) => row.label)).to.deep.equal(['From the attribute']);
  });

  it('treats a blank data attribute as not given and uses the table', () => {
    const result = valueOf(resolveData({ property: undefined, attribute: '  \n ', table: table(TABLE), locale: 'en-GB' }));
    expect(result.origin).to.equal('table');
    expect(result.rows.map((row) => row.label)).to.deep.equal(['From the table']);
    expect(result.caption).to.equal('Staff');
  });

  it('treats a null data attribute and a null table as not given', () => {
    const problems = problemsOf(resolveData({ property: undefined, attribute: null, table: null, locale: 'en-GB' }));
    expect(described(problems)).to.deep.equal([`data: ${en.emptyData}`]);
  });

  it('reports a broken .data property instead of falling back to a good attribute', () => {
    const problems = problemsOf(
      resolveData({ property: [{ value: 57 }] as unknown as TrustData, attribute: 'Good: 60', table: table(TABLE), locale: 'en-GB' }),
    );
    expect(described(problems)).to.deep.equal([`.data: ${en.missingLabel(1)}`]);
  });

  it('reports a broken data attribute instead of falling back to a good table', () => {
    const problems = problemsOf(resolveData({ property: undefined, attribute: 'Worried: lots', table: table(TABLE), locale: 'en-GB' }));
    expect(described(problems)).to.deep.equal([`data: ${en.notANumber('lots', 'Worried')}`]);
  });

  it('reports a broken table under "table"', () => {
    const broken = table('<table><tr><td>Worried</td><td>lots</td></tr></table>');
    const problems = problemsOf(resolveData({ property: undefined, attribute: undefined, table: broken, locale: 'en-GB' }));
    expect(described(problems)).to.deep.equal([`table: ${en.notANumber('lots', 'Worried')}`]);
  });

  it('reports an empty .data list under ".data" rather than using the attribute', () => {
    const problems = problemsOf(resolveData({ property: [], attribute: 'Good: 60', table: undefined, locale: 'en-GB' }));
    expect(described(problems)).to.deep.equal([`.data: ${en.emptyData}`]);
  });

  it('reports a data attribute of separators only as empty data under "data"', () => {
    const problems = problemsOf(resolveData({ property: undefined, attribute: ' ; ; ', table: table(TABLE), locale: 'en-GB' }));
    expect(described(problems)).to.deep.equal([`data: ${en.emptyData}`]);
  });

  it('reports no data at all under "data"', () => {
    const problems = problemsOf(resolveData({ property: undefined, attribute: undefined, table: undefined, locale: 'en-GB' }));
    expect(described(problems)).to.deep.equal([`data: ${en.emptyData}`]);
  });

  it('reads every source in the given locale', () => {
    const fromAttribute = valueOf(resolveData({ property: undefined, attribute: 'Besorgt: 57,5', table: undefined, locale: 'de-DE' }));
    const fromProperty = valueOf(resolveData({ property: [{ label: 'Besorgt', value: '2.582' }], attribute: undefined, table: undefined, locale: 'de-DE' }));
    const fromTable = valueOf(
      resolveData({ property: undefined, attribute: undefined, table: table('<table><tr><td>Besorgt</td><td>1.700.000</td></tr></table>'), locale: 'de-DE' }),
    );
    expect([fromAttribute.rows[0]!.values[0], fromProperty.rows[0]!.values[0], fromTable.rows[0]!.values[0]]).to.deep.equal([57.5, 2582, 1_700_000]);
  });
});
