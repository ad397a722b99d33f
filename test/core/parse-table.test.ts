import { expect } from '@open-wc/testing';
import { parseTable } from '../../src/core/data/parse-table.js';
import { described, en, problemsOf, valueOf } from './helpers.js';

/** A detached table parsed from markup, as a journalist would write it. */
function table(markup: string): HTMLTableElement {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const element = template.content.firstElementChild;
  if (!(element instanceof HTMLTableElement)) throw new Error('markup must be a <table>');
  return element;
}

describe('parseTable', () => {
  it('names the series from a <thead> row and the label column from its first cell', () => {
    const model = valueOf(
      parseTable(
        table(`<table>
          <thead><tr><th>Training</th><th>2022</th><th>2024</th></tr></thead>
          <tbody>
            <tr><td>Trained on new technologies</td><td>5%</td><td>15%</td></tr>
            <tr><td>Trained on both new and existing systems</td><td>47%</td><td>39%</td></tr>
          </tbody>
        </table>`),
        'en-GB',
      ),
    );
    expect(model).to.deep.equal({
      series: ['2022', '2024'],
      rows: [
        { label: 'Trained on new technologies', values: [5, 15], qualifiers: [undefined, undefined] },
        { label: 'Trained on both new and existing systems', values: [47, 39], qualifiers: [undefined, undefined] },
      ],
      labelHeader: 'Training',
      caption: undefined,
    });
  });

  it('sets a direction column aside (a "Direction" header, or the one named), keeping each row’s cell as written', () => {
    const byHeader = valueOf(
      parseTable(
        table(`<table><tr><th>Question</th><th>2023</th><th>Direction</th></tr>
          <tr><th>Burnout</th><td>30</td><td> lower is better </td></tr><tr><th>Engaged</th><td>68</td><td></td></tr></table>`),
        'en-GB',
      ),
    );
    expect([byHeader.series, byHeader.rows.map((row) => row.direction), byHeader.directionColumn]).to.deep.equal([
      ['2023'],
      ['lower is better', undefined],
      'Direction',
    ]);
    const named = valueOf(
      parseTable(
        table(`<table><tr><th>Question</th><th>2023</th><th>n</th><th>Which way</th></tr>
          <tr><th>Burnout</th><td>30</td><td>1000</td><td>up-is-good</td></tr><tr><th>Engaged</th><td>68</td><td>900</td><td></td></tr></table>`),
        'en-GB',
        'which  WAY',
      ),
    );
    expect([named.series, named.rows.map((row) => row.direction), named.directionColumn]).to.deep.equal([['2023'], ['up-is-good', undefined], 'Which way']);
    expect(named.rows.map((row) => row.sampleSizes)).to.deep.equal([[1000], [900]]);
  });

  it('takes a first row made only of <th> cells as the header when there is no <thead>', () => {
    const model = valueOf(
      parseTable(
        table(`<table>
          <tr><th>Group</th><th>Share</th></tr>
          <tr><th scope="row">Public worried about cyber-attacks</th><td>57</td></tr>
          <tr><th scope="row">Staff who think measures are sufficient</th><td>36</td></tr>
        </table>`),
        'en-GB',
      ),
    );
    expect(model.series).to.deep.equal(['Share']);
    expect(model.labelHeader).to.equal('Group');
    expect(model.rows.map((row) => [row.label, row.values[0]])).to.deep.equal([
      ['Public worried about cyber-attacks', 57],
      ['Staff who think measures are sufficient', 36],
    ]);
  });

  it('reads a table with no header row: unnamed series, one per value column of the first row', () => {
    const model = valueOf(
      parseTable(
        table(`<table>
          <tr><th scope="row">Trained on new technologies</th><td>5</td><td>15</td></tr>
          <tr><th scope="row">Trained on both systems</th><td>47</td><td>39</td></tr>
        </table>`),
        'en-GB',
      ),
    );
    expect(model.series).to.deep.equal(['', '']);
    expect(model.labelHeader).to.equal(undefined);
    expect(model.rows.map((row) => row.values)).to.deep.equal([
      [5, 15],
      [47, 39],
    ]);
  });

  it('keeps the <caption> text with its white space collapsed', () => {
    const model = valueOf(
      parseTable(
        table(`<table><caption>
            NHS trusts   with no
            security-qualified staff </caption>
          <tr><td>Trusts</td><td>24</td></tr></table>`),
        'en-GB',
      ),
    );
    expect(model.caption).to.equal('NHS trusts with no security-qualified staff');
  });

  it('ignores rows in <tfoot>', () => {
    const model = valueOf(
      parseTable(
        table(`<table>
          <thead><tr><th>Answer</th><th>Trusts</th></tr></thead>
          <tbody><tr><td>No qualified staff</td><td>24</td></tr><tr><td>Some qualified staff</td><td>84</td></tr></tbody>
          <tfoot><tr><td>Total</td><td>108</td></tr></tfoot>
        </table>`),
        'en-GB',
      ),
    );
    expect(model.rows.map((row) => row.label)).to.deep.equal(['No qualified staff', 'Some qualified staff']);
  });

  it('skips blank rows', () => {
    const model = valueOf(
      parseTable(
        table(`<table>
          <tr><td>Worried</td><td>57</td></tr>
          <tr><td> </td><td></td></tr>
          <tr><td>Concerned</td><td>60</td></tr>
        </table>`),
        'en-GB',
      ),
    );
    expect(model.rows.map((row) => row.label)).to.deep.equal(['Worried', 'Concerned']);
  });

  it('reads qualifiers in cells ("more than 90%", "over 1.7 million")', () => {
    const model = valueOf(
      parseTable(
        table(`<table>
          <tr><td>Understand their role</td><td>more than 90%</td></tr>
          <tr><td>NHS employees</td><td>over 1.7 million</td></tr>
        </table>`),
        'en-GB',
      ),
    );
    expect(model.rows).to.deep.equal([
      { label: 'Understand their role', values: [90], qualifiers: ['more than'] },
      { label: 'NHS employees', values: [1_700_000], qualifiers: ['over'] },
    ]);
  });

  it('reads missing markers and absent cells as null', () => {
    const model = valueOf(
      parseTable(
        table(`<table>
          <thead><tr><th>Training</th><th>2022</th><th>2024</th></tr></thead>
          <tr><td>Trained on new technologies</td><td>..</td><td>15</td></tr>
          <tr><td>Want more training</td><td>60</td></tr>
        </table>`),
        'en-GB',
      ),
    );
    expect(model.rows.map((row) => row.values)).to.deep.equal([
      [null, 15],
      [60, null],
    ]);
  });

  it('ignores columns beyond those named in the header row', () => {
    const model = valueOf(
      parseTable(
        table(`<table>
          <thead><tr><th>Group</th><th>Share</th></tr></thead>
          <tr><td>Public</td><td>57</td><td>note: see text</td></tr>
        </table>`),
        'en-GB',
      ),
    );
    expect(model.series).to.deep.equal(['Share']);
    expect(model.rows[0]!.values).to.deep.equal([57]);
  });

  it('reports a cell that is not a number, naming its row', () => {
    const problems = problemsOf(
      parseTable(
        table(`<table>
          <tr><td>Worried</td><td>57</td></tr>
          <tr><td>Concerned</td><td>sixty</td></tr>
        </table>`),
        'en-GB',
      ),
    );
    expect(described(problems)).to.deep.equal([`table: ${en.notANumber('sixty', 'Concerned')}`]);
  });

  it('reports a table with no rows of data', () => {
    const headerOnly = table('<table><thead><tr><th>Group</th><th>Share</th></tr></thead></table>');
    expect(described(problemsOf(parseTable(headerOnly, 'en-GB')))).to.deep.equal([`table: ${en.tableWithoutRows}`]);
    expect(described(problemsOf(parseTable(table('<table></table>'), 'en-GB')))).to.deep.equal([`table: ${en.tableWithoutRows}`]);
  });

  it('reads numbers in the page locale: de-DE "2.582" is 2582 and "57,5 %" is 57.5', () => {
    const model = valueOf(
      parseTable(
        table(`<table>
          <tr><td>Beschäftigte je Fachkraft</td><td>2.582</td></tr>
          <tr><td>Besorgt</td><td>57,5 %</td></tr>
        </table>`),
        'de-DE',
      ),
    );
    expect(model.rows.map((row) => row.values[0])).to.deep.equal([2582, 57.5]);
  });

  it('refuses a cell no convention can read ("57,5,1" in de-DE) and says which row holds it', () => {
    const problems = problemsOf(parseTable(table('<table><tr><td>Besorgt</td><td>57,5,1</td></tr></table>'), 'de-DE'));
    expect(described(problems)).to.deep.equal([`table: ${en.notANumber('57,5,1', 'Besorgt')}`]);
  });

  it('refuses a row of values without a label, naming its position', () => {
    const problems = problemsOf(parseTable(table('<table><tr><td>Worried</td><td>57</td></tr><tr><td></td><td>60</td></tr></table>'), 'en-GB'));
    expect(described(problems)).to.deep.equal([`table: ${en.missingLabel(2)}`]);
  });
});
