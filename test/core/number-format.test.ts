import { expect } from '@open-wc/testing';
import { createValueFormatter, intlOptionsFromSpecifier, type NumberFormatSettings, type ValueFormatter } from '../../src/core/format/number.js';
import { messagesFor } from '../../src/core/i18n/messages.js';
import { described, en, problemsOf, valueOf } from './helpers.js';
// Welsh words are loaded on demand in a page; these tests word things in Welsh without drawing a widget.
import '../../src/ssr/words.js';

const NBSP = '\u00a0';

function formatter(settings: Partial<NumberFormatSettings> = {}): ValueFormatter {
  return valueOf(createValueFormatter({ unit: 'number', locale: 'en-GB', currency: 'GBP', notation: 'auto', messages: en, ...settings }));
}

describe('createValueFormatter', () => {
  describe('percent', () => {
    it('writes 57 as "57%" in en-GB', () => {
      expect(formatter({ unit: 'percent' })(57)).to.equal('57%');
    });

    it('writes 57 as "57 %" with a no-break space in de-DE and fr-FR', () => {
      expect(formatter({ unit: 'percent', locale: 'de-DE' })(57)).to.equal(`57${NBSP}%`);
      expect(formatter({ unit: 'percent', locale: 'fr-FR' })(57)).to.equal(`57${NBSP}%`);
    });

    it('writes 57.5 with the locale decimal: "57.5%", "57,5 %"', () => {
      expect(formatter({ unit: 'percent' })(57.5)).to.equal('57.5%');
      expect(formatter({ unit: 'percent', locale: 'de-DE' })(57.5)).to.equal(`57,5${NBSP}%`);
    });

    it('keeps at most one decimal place (36.04 → "36%")', () => {
      expect(formatter({ unit: 'percent' })(36.04)).to.equal('36%');
    });

    it('keeps the qualifier: 90 with "more than" is "more than 90%"', () => {
      expect(formatter({ unit: 'percent' })(90, 'more than')).to.equal('more than 90%');
    });

    it('never shortens a percentage, even with notation "compact"', () => {
      expect(formatter({ unit: 'percent', notation: 'compact' })(57)).to.equal('57%');
    });
  });

  describe('currency', () => {
    it('writes £5,356 (average training spend per trust) without pence', () => {
      expect(formatter({ unit: 'currency' })(5356)).to.equal('£5,356');
    });

    it('writes up to two decimal places of money', () => {
      expect(formatter({ unit: 'currency' })(5356.25)).to.equal('£5,356.25');
    });

    it('writes the WannaCry cost of 92,000,000 as "£92m" and 1,700,000 as "£1.7m"', () => {
      expect(formatter({ unit: 'currency' })(92_000_000)).to.equal('£92m');
      expect(formatter({ unit: 'currency' })(1_700_000)).to.equal('£1.7m');
    });

    it('writes short money in the house style at every scale: £45.6k, £2.5bn, £3tn, -£92m', () => {
      const money = formatter({ unit: 'currency', notation: 'compact' });
      expect([45_600, 2_500_000_000, 3e12, -92_000_000].map((value) => money(value))).to.deep.equal(['£45.6k', '£2.5bn', '£3tn', '-£92m']);
    });

    it('moves up a scale when rounding reaches it: 999,950 is "£1m", 999,499 is "£999k"', () => {
      const money = formatter({ unit: 'currency', notation: 'compact' });
      expect([999_950, 999_499, 999.5].map((value) => money(value))).to.deep.equal(['£1m', '£999k', '£1k']);
    });

    it('keeps the digits a format asks for in short money: ",.1f" writes "£92.0m"', () => {
      expect(formatter({ unit: 'currency', format: ',.1f', notation: 'compact' })(92_000_000)).to.equal('£92.0m');
    });

    it("writes £92m whatever the browser's own compact data says (WebKit with CLDR 42 wrote £92M)", () => {
      // Stand in for an engine with older CLDR data: its compact notation writes K, M, B, T. A format no other test
      // uses, so that no formatter built before the stand-in comes from the shared cache.
      const RealNumberFormat = Intl.NumberFormat;
      const OlderCldr = function (locale?: string | string[], options?: Intl.NumberFormatOptions) {
        const real = new RealNumberFormat(locale, options);
        if (options?.notation !== 'compact') return real;
        const OLDER: Record<string, string> = { k: 'K', m: 'M', bn: 'B', tn: 'T' };
        const upper = (parts: Intl.NumberFormatPart[]) =>
          parts.map((part) => (part.type === 'compact' ? { ...part, value: OLDER[part.value] ?? part.value } : part));
        return {
          format: (value: number) =>
            upper(real.formatToParts(value))
              .map((part) => part.value)
              .join(''),
          formatToParts: (value: number) => upper(real.formatToParts(value)),
          resolvedOptions: () => real.resolvedOptions(),
        };
      } as unknown as typeof Intl.NumberFormat;
      Intl.NumberFormat = OlderCldr;
      try {
        expect(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', notation: 'compact' }).format(92e6), 'the stand-in').to.equal('£92M');
        const money = formatter({ unit: 'currency', format: '.5s' });
        expect([92_000_000, 1_700_000, 2_500_000_000, 3e12, 45_600].map((value) => money(value))).to.deep.equal(['£92m', '£1.7m', '£2.5bn', '£3tn', '£45.6k']);
      } finally {
        Intl.NumberFormat = RealNumberFormat;
      }
    });

    it('accepts a lower-case currency code', () => {
      expect(formatter({ unit: 'currency', currency: 'gbp' })(5356)).to.equal('£5,356');
    });

    it('writes euros the German way: "5.356,5 €"', () => {
      expect(formatter({ unit: 'currency', currency: 'EUR', locale: 'de-DE' })(5356.5)).to.equal(`5.356,5${NBSP}€`);
    });

    for (const code of ['EURO', 'UKP', 'GPB', '£', '']) {
      it(`reports the currency code ${JSON.stringify(code)} as a problem on "currency"`, () => {
        const problems = problemsOf(createValueFormatter({ unit: 'currency', locale: 'en-GB', currency: code, notation: 'auto', messages: en }));
        expect(described(problems)).to.deep.equal([`currency: ${en.invalidCurrency(code)}`]);
      });
    }

    it('ignores the currency code when the unit is not currency', () => {
      expect(formatter({ unit: 'count', currency: 'UKP' })(24)).to.equal('24');
    });
  });

  describe('count and notation', () => {
    it('writes 1,700,000 NHS employees as "1.7 million" (auto shortens from a million)', () => {
      expect(formatter({ unit: 'count' })(1_700_000)).to.equal('1.7 million');
    });

    it('writes 999,999 in full and 1,000,000 as "1 million"', () => {
      expect(formatter({ unit: 'count' })(999_999)).to.equal('999,999');
      expect(formatter({ unit: 'count' })(1_000_000)).to.equal('1 million');
    });

    it('writes 1,700,000 as "1,700,000" with notation "standard"', () => {
      expect(formatter({ unit: 'count', notation: 'standard' })(1_700_000)).to.equal('1,700,000');
    });

    it('writes 2,582 as "2.58 thousand" with notation "compact"', () => {
      expect(formatter({ unit: 'count', notation: 'compact' })(2582)).to.equal('2.58 thousand');
    });

    it('keeps the qualifier: "over 1.7 million"', () => {
      expect(formatter({ unit: 'count' })(1_700_000, 'over')).to.equal('over 1.7 million');
    });

    it('writes 24 of 108 trusts as "24" and "108"', () => {
      const format = formatter({ unit: 'count' });
      expect([format(24), format(108)]).to.deep.equal(['24', '108']);
    });
  });

  describe('ratio', () => {
    it('writes 2,582 employees per security professional as "1 in 2,582"', () => {
      expect(formatter({ unit: 'ratio' })(2582)).to.equal('1 in 2,582');
    });

    it('uses the Welsh words for a ratio: "1 o bob 2,582"', () => {
      expect(formatter({ unit: 'ratio', locale: 'cy', messages: messagesFor('cy') })(2582)).to.equal('1 o bob 2,582');
    });
  });

  describe('negative zero', () => {
    it('writes -0 as "0"', () => {
      expect(formatter()(-0)).to.equal('0');
    });

    it('writes values that round to zero as "0", not "-0"', () => {
      expect(formatter()(-0.001)).to.equal('0');
      expect(formatter({ unit: 'percent' })(-0.01)).to.equal('0%');
      expect(formatter({ unit: 'count' })(-0.04)).to.equal('0');
    });

    it('still writes real negative numbers with their sign', () => {
      expect(formatter()(-8)).to.equal('-8');
    });
  });

  describe('d3-format specifiers', () => {
    it('".1f" writes exactly one decimal and no grouping: 57 → "57.0", 1,700,000 → "1700000.0"', () => {
      const format = formatter({ format: '.1f' });
      expect([format(57), format(1_700_000)]).to.deep.equal(['57.0', '1700000.0']);
    });

    it('".1f" on a percentage writes "57.0%"', () => {
      expect(formatter({ unit: 'percent', format: '.1f' })(57)).to.equal('57.0%');
    });

    it('".1f" keeps the German decimal comma: "57,0 %"', () => {
      expect(formatter({ unit: 'percent', format: '.1f', locale: 'de-DE' })(57)).to.equal(`57,0${NBSP}%`);
    });

    it('",.0f" writes 1,700,000 as "1,700,000" (a format turns off auto shortening)', () => {
      expect(formatter({ unit: 'count', format: ',.0f' })(1_700_000)).to.equal('1,700,000');
    });

    it('"+.1f" writes +8.0 and -8.0, and 0 without a sign', () => {
      const format = formatter({ format: '+.1f' });
      expect([format(8), format(-8), format(0), format(-0.001)]).to.deep.equal(['+8.0', '-8.0', '0.0', '0.0']);
    });

    it('".3s" shortens with three significant figures: 1234.5 → "1.23 thousand"', () => {
      expect(formatter({ format: '.3s' })(1234.5)).to.equal('1.23 thousand');
    });

    it('"~" trims trailing zeros: ".1~f" writes 1234 as "1234" and 57.25 as "57.3"', () => {
      const format = formatter({ format: '.1~f' });
      expect([format(1234), format(57.25)]).to.deep.equal(['1234', '57.3']);
    });

    it('"d" writes whole numbers: 1234.5 → "1235"', () => {
      expect(formatter({ format: 'd' })(1234.5)).to.equal('1235');
    });

    it('"e" and ".2e" write scientific notation: 1234.5 → "1.23E3"', () => {
      expect(formatter({ format: '.2e' })(1234.5)).to.equal('1.23E3');
      expect(formatter({ format: 'e' })(2582)).to.equal('2.58E3');
    });

    it('".3r" and ".2n" round to significant figures: 1234.5 → "1230" and "1,200"', () => {
      expect(formatter({ format: '.3r' })(1234.5)).to.equal('1230');
      expect(formatter({ format: '.2n' })(1234.5)).to.equal('1,200');
    });

    it('".1%" is one decimal place and does not multiply by 100', () => {
      expect(formatter({ unit: 'percent', format: '.1%' })(57)).to.equal('57.0%');
    });

    it('ignores width, zero-padding and alignment ("08.2f", ">10")', () => {
      expect(formatter({ format: '08.2f' })(3.14159)).to.equal('3.14');
      expect(formatter({ format: '>10' })(57)).to.equal('57');
    });

    it('a format with notation "compact" still shortens: ".1f" writes 1,700,000 as "1.7 million"', () => {
      expect(formatter({ unit: 'count', format: '.1f', notation: 'compact' })(1_700_000)).to.equal('1.7 million');
    });

    for (const specifier of ['x', 'X', 'b', 'o', 'c', 'p', 'not a format', '.200f', '.30r', '.25s']) {
      it(`reports the specifier ${JSON.stringify(specifier)} as a problem on "format"`, () => {
        const problems = problemsOf(
          createValueFormatter({ unit: 'number', locale: 'en-GB', currency: 'GBP', format: specifier, notation: 'auto', messages: en }),
        );
        expect(described(problems)).to.deep.equal([`format: ${en.invalidFormat(specifier)}`]);
      });
    }
  });
});

describe('intlOptionsFromSpecifier', () => {
  it('maps ".1f" to one fixed decimal without grouping', () => {
    expect(valueOf(intlOptionsFromSpecifier('.1f'))).to.deep.equal({ useGrouping: false, minimumFractionDigits: 1, maximumFractionDigits: 1 });
  });

  it('maps ",.0f" to no decimals with grouping', () => {
    expect(valueOf(intlOptionsFromSpecifier(',.0f'))).to.deep.equal({ useGrouping: true, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  });

  it('maps "+.1f" to a sign except on zero', () => {
    expect(valueOf(intlOptionsFromSpecifier('+.1f'))).to.deep.equal({
      useGrouping: false,
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
  });

  it('maps ".3s" to compact notation with three significant digits', () => {
    expect(valueOf(intlOptionsFromSpecifier('.3s'))).to.deep.equal({ useGrouping: false, notation: 'compact', maximumSignificantDigits: 3 });
  });

  it('maps ".2~f" to between 0 and 2 decimals', () => {
    expect(valueOf(intlOptionsFromSpecifier('.2~f'))).to.deep.equal({ useGrouping: false, minimumFractionDigits: 0, maximumFractionDigits: 2 });
  });

  it('maps "d" to whole numbers and "e" to scientific notation', () => {
    expect(valueOf(intlOptionsFromSpecifier('d'))).to.deep.equal({ useGrouping: false, minimumFractionDigits: 0, maximumFractionDigits: 0 });
    expect(valueOf(intlOptionsFromSpecifier('e'))).to.deep.equal({ useGrouping: false, notation: 'scientific' });
  });

  it('maps "(" to accounting brackets for money', () => {
    expect(valueOf(intlOptionsFromSpecifier('(')).currencySign).to.equal('accounting');
  });

  it('reports an unusable specifier on the attribute "format"', () => {
    const problems = problemsOf(intlOptionsFromSpecifier('x'));
    expect(problems.map((p) => p.attribute)).to.deep.equal(['format']);
    expect(problems[0]!.describe(en)).to.equal(en.invalidFormat('x'));
  });
});
