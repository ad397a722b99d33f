import { expect } from '@open-wc/testing';
import { parseNumberText } from '../../src/core/data/parse-number.js';

const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

describe('parseNumberText', () => {
  describe('plain numbers and percentages', () => {
    it('reads "57" as 57 without a qualifier', () => {
      expect(parseNumberText('57')).to.deep.equal({ kind: 'number', value: 57 });
    });

    it('reads "36%" as 36, dropping the percent sign', () => {
      expect(parseNumberText('36%')).to.deep.equal({ kind: 'number', value: 36 });
    });

    it('reads "57.5 %" with a space before the sign as 57.5', () => {
      expect(parseNumberText('57.5 %')).to.deep.equal({ kind: 'number', value: 57.5 });
    });

    it('reads ".5" as 0.5', () => {
      expect(parseNumberText('.5')).to.deep.equal({ kind: 'number', value: 0.5 });
    });

    it('ignores spaces around the number', () => {
      expect(parseNumberText('  60%\n')).to.deep.equal({ kind: 'number', value: 60 });
    });
  });

  describe('qualifiers', () => {
    it('reads "more than 90%" as 90 with the qualifier "more than"', () => {
      expect(parseNumberText('more than 90%')).to.deep.equal({ kind: 'number', value: 90, qualifier: 'more than' });
    });

    it('reads "over 1.7 million" as 1,700,000 with the qualifier "over"', () => {
      expect(parseNumberText('over 1.7 million')).to.deep.equal({ kind: 'number', value: 1_700_000, qualifier: 'over' });
    });

    it('reads "c. 57" as 57 with the qualifier "c."', () => {
      expect(parseNumberText('c. 57')).to.deep.equal({ kind: 'number', value: 57, qualifier: 'c.' });
    });

    it('reads "c.57" without a space as 57 with the qualifier "c.", not as 0.57', () => {
      expect(parseNumberText('c.57')).to.deep.equal({ kind: 'number', value: 57, qualifier: 'c.' });
    });

    it('reads "<5" as 5 with the qualifier "<"', () => {
      expect(parseNumberText('<5')).to.deep.equal({ kind: 'number', value: 5, qualifier: '<' });
    });

    it('reads "< 1%", "~40", "≥ 95%" and "<=5" with their comparison signs', () => {
      expect(parseNumberText('< 1%')).to.deep.equal({ kind: 'number', value: 1, qualifier: '<' });
      expect(parseNumberText('~40')).to.deep.equal({ kind: 'number', value: 40, qualifier: '~' });
      expect(parseNumberText('≥ 95%')).to.deep.equal({ kind: 'number', value: 95, qualifier: '≥' });
      expect(parseNumberText('<=5')).to.deep.equal({ kind: 'number', value: 5, qualifier: '<=' });
    });

    it('reads "about £92 million" as 92,000,000 with the qualifier "about"', () => {
      expect(parseNumberText('about £92 million')).to.deep.equal({ kind: 'number', value: 92_000_000, qualifier: 'about' });
    });

    it('collapses runs of spaces inside the qualifier ("more   than  90%")', () => {
      expect(parseNumberText('more   than  90%')).to.deep.equal({ kind: 'number', value: 90, qualifier: 'more than' });
    });

    it('keeps a long qualifier ("an estimated total of more than 1.7 million")', () => {
      expect(parseNumberText('an estimated total of more than 1.7 million')).to.deep.equal({
        kind: 'number',
        value: 1_700_000,
        qualifier: 'an estimated total of more than',
      });
    });

    it('refuses words after the number ("90% or more")', () => {
      expect(parseNumberText('90% or more')).to.deep.equal({ kind: 'invalid' });
    });

    it('refuses a qualifier made of punctuation or digits ("(57)", "#57", "5-6")', () => {
      expect(parseNumberText('(57)')).to.deep.equal({ kind: 'invalid' });
      expect(parseNumberText('#57')).to.deep.equal({ kind: 'invalid' });
      expect(parseNumberText('5-6')).to.deep.equal({ kind: 'invalid' });
    });
  });

  describe('multipliers and currency symbols', () => {
    it('reads "£92m" (WannaCry) as 92,000,000', () => {
      expect(parseNumberText('£92m')).to.deep.equal({ kind: 'number', value: 92_000_000 });
    });

    it('reads "£150M" regardless of the case of the multiplier', () => {
      expect(parseNumberText('£150M')).to.deep.equal({ kind: 'number', value: 150_000_000 });
    });

    it('reads k, thousand, mn, bn, billion, tn and trillion', () => {
      expect(parseNumberText('16k')).to.deep.equal({ kind: 'number', value: 16_000 });
      expect(parseNumberText('16 thousand')).to.deep.equal({ kind: 'number', value: 16_000 });
      expect(parseNumberText('3mn')).to.deep.equal({ kind: 'number', value: 3_000_000 });
      expect(parseNumberText('2.5bn')).to.deep.equal({ kind: 'number', value: 2_500_000_000 });
      expect(parseNumberText('200 billion')).to.deep.equal({ kind: 'number', value: 200_000_000_000 });
      expect(parseNumberText('1.2tn')).to.deep.equal({ kind: 'number', value: 1_200_000_000_000 });
      expect(parseNumberText('4 trillion')).to.deep.equal({ kind: 'number', value: 4_000_000_000_000 });
    });

    it('drops "$" and "€" signs and keeps grouping ("€5,356")', () => {
      expect(parseNumberText('$5')).to.deep.equal({ kind: 'number', value: 5 });
      expect(parseNumberText('€5,356')).to.deep.equal({ kind: 'number', value: 5356 });
    });
  });

  describe('separators in the page locale', () => {
    it('reads en-GB "2,582.5" as 2582.5 and "2,582" as 2582', () => {
      expect(parseNumberText('2,582.5', 'en-GB')).to.deep.equal({ kind: 'number', value: 2582.5 });
      expect(parseNumberText('2,582', 'en-GB')).to.deep.equal({ kind: 'number', value: 2582 });
    });

    it('reads en-GB "1,700,000" and "1 700 000" as 1,700,000', () => {
      expect(parseNumberText('1,700,000', 'en-GB')).to.deep.equal({ kind: 'number', value: 1_700_000 });
      expect(parseNumberText('1 700 000', 'en-GB')).to.deep.equal({ kind: 'number', value: 1_700_000 });
    });

    it('reads de-DE "2.582,5" as 2582.5, "57,5" as 57.5 and "1.700.000" as 1,700,000', () => {
      expect(parseNumberText('2.582,5', 'de-DE')).to.deep.equal({ kind: 'number', value: 2582.5 });
      expect(parseNumberText('57,5', 'de-DE')).to.deep.equal({ kind: 'number', value: 57.5 });
      expect(parseNumberText('1.700.000', 'de-DE')).to.deep.equal({ kind: 'number', value: 1_700_000 });
    });

    it('reads "57.5" typed the English way on a German page as 57.5, since German rules cannot read it', () => {
      expect(parseNumberText('57.5', 'de-DE')).to.deep.equal({ kind: 'number', value: 57.5 });
    });

    it('still refuses text that neither the page\'s rules nor English rules can read ("57,5,1" in de-DE)', () => {
      expect(parseNumberText('57,5,1', 'de-DE')).to.deep.equal({ kind: 'invalid' });
    });

    it('reads the same text "2.582" as 2.582 in en-GB but 2582 in de-DE', () => {
      expect(parseNumberText('2.582', 'en-GB')).to.deep.equal({ kind: 'number', value: 2.582 });
      expect(parseNumberText('2.582', 'de-DE')).to.deep.equal({ kind: 'number', value: 2582 });
    });

    it('reads fr-FR "2 582,5" with a narrow no-break space, a no-break space or a plain space', () => {
      expect(parseNumberText(`2${NARROW_NBSP}582,5`, 'fr-FR')).to.deep.equal({ kind: 'number', value: 2582.5 });
      expect(parseNumberText(`2${NBSP}582,5`, 'fr-FR')).to.deep.equal({ kind: 'number', value: 2582.5 });
      expect(parseNumberText('2 582,5', 'fr-FR')).to.deep.equal({ kind: 'number', value: 2582.5 });
    });

    it('reads fr-FR "57,5 %" with a no-break space before the sign as 57.5', () => {
      expect(parseNumberText(`57,5${NBSP}%`, 'fr-FR')).to.deep.equal({ kind: 'number', value: 57.5 });
    });

    it('reads what Intl writes for 2582.5 in fr-FR back as 2582.5', () => {
      const written = new Intl.NumberFormat('fr-FR').format(2582.5);
      expect(parseNumberText(written, 'fr-FR')).to.deep.equal({ kind: 'number', value: 2582.5 });
    });

    it('refuses the ambiguous "57,5" in en-GB rather than reading it as 575', () => {
      expect(parseNumberText('57,5', 'en-GB')).to.deep.equal({ kind: 'invalid' });
    });

    it('refuses groups that are not threes ("2,58", "1,5000") and two decimal points ("1.2.3")', () => {
      expect(parseNumberText('2,58')).to.deep.equal({ kind: 'invalid' });
      expect(parseNumberText('1,5000')).to.deep.equal({ kind: 'invalid' });
      expect(parseNumberText('1.2.3')).to.deep.equal({ kind: 'invalid' });
    });

    it('uses en-GB when no locale is given', () => {
      expect(parseNumberText('2,582.5')).to.deep.equal({ kind: 'number', value: 2582.5 });
    });
  });

  describe('missing markers', () => {
    for (const marker of ['', '   ', '-', '–', '—', 'n/a', 'N/A', 'na', '..', 'x', 'X', ':']) {
      it(`reads ${JSON.stringify(marker)} as a missing figure`, () => {
        expect(parseNumberText(marker)).to.deep.equal({ kind: 'missing' });
      });
    }

    it('does not read "*" as missing: pollsters print it for "less than 0.5%", so the author must write a value', () => {
      expect(parseNumberText('*')).to.deep.equal({ kind: 'invalid' });
    });
  });

  describe('signs', () => {
    it('reads the unicode minus in "−5" as -5', () => {
      expect(parseNumberText('\u22125')).to.deep.equal({ kind: 'number', value: -5 });
    });

    it('reads "−2.5%" as -2.5 and "-8" as -8', () => {
      expect(parseNumberText('\u22122.5%')).to.deep.equal({ kind: 'number', value: -2.5 });
      expect(parseNumberText('-8')).to.deep.equal({ kind: 'number', value: -8 });
    });

    it('reads "+10" as 10', () => {
      expect(parseNumberText('+10')).to.deep.equal({ kind: 'number', value: 10 });
    });
  });

  describe('hostile and non-numeric text', () => {
    for (const text of [
      '<script>',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '1e309',
      '1e3',
      'Infinity',
      '-Infinity',
      'NaN',
      '0x10',
      '57abc',
      'lots',
      '5 5',
    ]) {
      it(`refuses ${JSON.stringify(text)} as invalid`, () => {
        expect(parseNumberText(text)).to.deep.equal({ kind: 'invalid' });
      });
    }

    it('refuses a 10,000-character string of digits and spaces quickly', () => {
      const started = performance.now();
      expect(parseNumberText(`1${' '.repeat(9_998)}x`)).to.deep.equal({ kind: 'invalid' });
      expect(parseNumberText(`${'1 '.repeat(5_000)}x`)).to.deep.equal({ kind: 'invalid' });
      expect(parseNumberText('1,'.repeat(5_000))).to.deep.equal({ kind: 'invalid' });
      expect(performance.now() - started).to.be.below(200);
    });

    it('reads "1" followed by 300 spaces and "%" as 1, because runs of spaces are collapsed', () => {
      expect(parseNumberText(`1${' '.repeat(300)}%`)).to.deep.equal({ kind: 'number', value: 1 });
    });
  });
});
