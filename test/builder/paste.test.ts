/** Data in (src/builder/paste.ts): text pasted from a spreadsheet, read cell by cell as the widgets read it. */
import { expect } from '@open-wc/testing';
import { detectFormat, readPasted, readFigure } from '../../src/builder/paste.js';

describe('builder: reading pasted data', () => {
  it('reads tab-separated text copied from a spreadsheet, header row first', () => {
    const table = readPasted('Answer\t2022\t2024\nWorried\t52%\t57%\nConcerned\t55%\t60%\n\n');
    expect(table?.format).to.equal('tsv');
    expect(table?.header).to.deep.equal(['Answer', '2022', '2024']);
    expect(table?.rows).to.deep.equal([
      ['Worried', '52%', '57%'],
      ['Concerned', '55%', '60%'],
    ]);
    expect(table?.valueColumns).to.deep.equal([1, 2]);
    expect(table?.readings[0]?.[2]).to.deep.equal({ text: '57%', kind: 'number', value: 57, unit: 'percent' });
    expect(table?.unit).to.equal('percent');
    expect(table?.problemCount).to.equal(0);
  });

  it('reads CSV, with quoted cells holding commas', () => {
    const table = readPasted('Figure,Value\n"NHS employees, England","1,700,000"\nSpent on security,£92m\n');
    expect(table?.format).to.equal('csv');
    expect(table?.rows[0]).to.deep.equal(['NHS employees, England', '1,700,000']);
    expect(table?.readings[0]?.[1]).to.include({ kind: 'number', value: 1_700_000 });
    expect(table?.readings[1]?.[1]).to.deep.equal({ text: '£92m', kind: 'number', value: 92_000_000, unit: 'currency', currency: 'GBP' });
    // Mixed units: no single unit to suggest.
    expect(table?.unit).to.equal(undefined);
  });

  it('tells TSV from CSV from semicolon-separated text', () => {
    expect(detectFormat('a\tb\n1\t2')).to.equal('tsv');
    expect(detectFormat('a,b\n1,2')).to.equal('csv');
    expect(detectFormat('a;b;c\n1;2;3')).to.equal('semicolon');
    expect(detectFormat('Worried;57,5', 'de-DE')).to.equal('semicolon');
    expect(detectFormat('Worried;57,5', 'en-GB')).to.equal('csv');
  });

  it('reads numbers as people type them, with the library’s own number reader', () => {
    expect(readFigure('36.5')).to.deep.equal({ text: '36.5', kind: 'number', value: 36.5 });
    expect(readFigure('more than 90%')).to.deep.equal({ text: 'more than 90%', kind: 'number', value: 90, qualifier: 'more than', unit: 'percent' });
    expect(readFigure('57,5', 'de-DE')).to.include({ kind: 'number', value: 57.5 });
    expect(readFigure('n/a')).to.deep.equal({ text: 'n/a', kind: 'missing' });
    expect(readFigure('lots')).to.deep.equal({ text: 'lots', kind: 'invalid', problem: 'not-a-number' });
    // "57,5" in British English is refused rather than read as 575.
    expect(readFigure('57,5').kind).to.equal('invalid');
  });

  it('marks problems in place, and reads an n column as sample sizes', () => {
    const table = readPasted('Answer\tShare\tn\nWorried\tlots\t1,000\n\t12\t200\nConcerned\t60\tmany');
    expect(table?.valueColumns).to.deep.equal([1]);
    expect(table?.readings[0]?.[1]?.problem).to.equal('not-a-number');
    expect(table?.readings[0]?.[2]).to.deep.equal({ text: '1,000', kind: 'size', value: 1000 });
    expect(table?.readings[1]?.[0]?.problem).to.equal('no-label');
    expect(table?.readings[2]?.[2]?.problem).to.equal('not-a-sample-size');
    expect(table?.problemCount).to.equal(3);
  });

  it('reads sample sizes as the chart does: "about 1,000" and "1k" in an n column are sizes', () => {
    const table = readPasted('Answer\tShare\tn\nWorried\t57\tabout 1,000\nConcerned\t60\t1k');
    expect(table?.readings[0]?.[2]).to.deep.equal({ text: 'about 1,000', kind: 'size', value: 1000 });
    expect(table?.readings[1]?.[2]).to.deep.equal({ text: '1k', kind: 'size', value: 1000 });
    expect(table?.problemCount).to.equal(0);
  });

  it('pads short rows, drops empty rows and reads nothing from blank text', () => {
    const table = readPasted('A\tB\tC\nx\t1\n\t\t\ny\t2\t3');
    expect(table?.rows).to.deep.equal([
      ['x', '1', ''],
      ['y', '2', '3'],
    ]);
    expect(table?.readings[0]?.[2]?.kind).to.equal('missing');
    expect(readPasted('  \n ')).to.equal(undefined);
  });
});
