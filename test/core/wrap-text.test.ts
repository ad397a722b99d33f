import { expect } from '@open-wc/testing';
import { estimateTextWidth } from '../../src/core/layout/measure-text.js';
import { MAX_LINES, wrapText } from '../../src/core/layout/wrap-text.js';

// At size 10 the estimate is 6 px a character, so a width of 60 holds exactly 10 characters.
const STYLE = { size: 10 } as const;
const wrap = (text: string, maxWidth: number, maxLines?: number) => wrapText(text, maxWidth, estimateTextWidth, STYLE, maxLines);
const width = (line: string) => estimateTextWidth(line, STYLE);

describe('wrapText', () => {
  it('measures 6 px a character at size 10 (the estimate these tests rely on)', () => {
    expect(width('Worried')).to.equal(42);
  });

  it('keeps a label that fits on one line', () => {
    expect(wrap('Worried about cyber-attacks on the NHS', 600)).to.deep.equal(['Worried about cyber-attacks on the NHS']);
  });

  it('wraps at spaces: 20 characters a line', () => {
    expect(wrap('Worried about cyber-attacks on the NHS', 120)).to.deep.equal(['Worried about', 'cyber-attacks on the', 'NHS']);
  });

  it('fits a line of exactly the maximum width', () => {
    expect(wrap('cyber-attacks on the', 120)).to.deep.equal(['cyber-attacks on the']);
  });

  it('collapses runs of white space and ignores leading and trailing space', () => {
    expect(wrap('  Worried \n\t about  ', 600)).to.deep.equal(['Worried about']);
  });

  it('gives no lines for empty text', () => {
    expect(wrap('', 100)).to.deep.equal([]);
    expect(wrap('   ', 100)).to.deep.equal([]);
  });

  it('breaks a word longer than the width into pieces that fit', () => {
    expect(wrap('Informationssicherheitsbeauftragte', 60)).to.deep.equal(['Informatio', 'nssicherhe', 'itsbeauftr', 'agte']);
  });

  it('continues after a broken word on the same line as its last piece', () => {
    expect(wrap('https://example.org/report is here', 120)).to.deep.equal(['https://example.org/', 'report is here']);
  });

  it('never makes a line wider than the maximum', () => {
    const labels = [
      'NHS staff who believe current cyber measures are sufficient',
      'Frontline NHS staff calling for more training',
      'NHS trust employees per qualified security professional (average)',
      'https://www.example.org/bt-nhs-cyber-research-2024/full-report.pdf',
      'Informationssicherheitsbeauftragte im Gesundheitswesen',
    ];
    for (const label of labels) {
      for (const maxWidth of [30, 60, 97, 150, 243.2]) {
        for (const line of wrap(label, maxWidth)) {
          expect(width(line), `"${line}" from "${label}" at ${maxWidth}`).to.be.at.most(maxWidth);
        }
      }
    }
  });

  it(`stops at ${MAX_LINES} lines and ends the last with an ellipsis`, () => {
    expect(MAX_LINES).to.equal(4);
    expect(wrap('one two three four five six seven eight nine ten', 60)).to.deep.equal(['one two', 'three four', 'five six', 'seven…']);
  });

  it('shortens a full last line so that the ellipsis still fits', () => {
    expect(wrap('aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeee', 60)).to.deep.equal(['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'ddddddddd…']);
  });

  it('does not add an ellipsis when the text fills exactly the maximum number of lines', () => {
    expect(wrap('aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd', 60)).to.deep.equal(['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd']);
  });

  it('honours a smaller maximum number of lines', () => {
    expect(wrap('one two three four five six seven eight nine ten', 60, 2)).to.deep.equal(['one two', 'three fou…']);
  });

  it('cuts an over-long word at the line limit with an ellipsis', () => {
    const lines = wrap('x'.repeat(100), 60);
    expect(lines).to.deep.equal(['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxxxxxx…']);
  });

  it('returns quickly for a 10,000-character label, within the line limit', () => {
    for (const label of ['Worried '.repeat(1250), 'W'.repeat(10_000)]) {
      expect(label.length).to.equal(10_000);
      const started = performance.now();
      const lines = wrap(label, 200);
      expect(performance.now() - started).to.be.below(100);
      expect(lines).to.have.length(MAX_LINES);
      expect(lines[MAX_LINES - 1]!.endsWith('…')).to.equal(true);
      for (const line of lines) expect(width(line)).to.be.at.most(200);
    }
  });
});
