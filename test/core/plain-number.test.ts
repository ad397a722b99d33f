import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import { numberFormat } from '../../src/core/format/number.js';
import { numberSeparators, plainNumberFormat } from '../../src/core/format/plain-number.js';
import { shadow } from '../helpers/widget.js';

/** Every option set the widgets pass to numberFormat in British English, and a few more the fast path takes. */
const HANDLED: Intl.NumberFormatOptions[] = [
  // The value formatter's: percent, count and ratio, number (signDisplay 'negative' is ES2023, hence the casts).
  { signDisplay: 'negative' as Intl.NumberFormatOptions['signDisplay'], style: 'percent', maximumFractionDigits: 1 },
  { signDisplay: 'negative' as Intl.NumberFormatOptions['signDisplay'], maximumFractionDigits: 1 },
  { signDisplay: 'negative' as Intl.NumberFormatOptions['signDisplay'], maximumFractionDigits: 2 },
  // format=",.0f" and ",.2f".
  { signDisplay: 'negative' as Intl.NumberFormatOptions['signDisplay'], maximumFractionDigits: 0, minimumFractionDigits: 0, useGrouping: true },
  // format=".1f" and ".1%": no grouping.
  { signDisplay: 'negative' as Intl.NumberFormatOptions['signDisplay'], maximumFractionDigits: 1, minimumFractionDigits: 1, useGrouping: false },
  {
    signDisplay: 'negative' as Intl.NumberFormatOptions['signDisplay'],
    style: 'percent',
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    useGrouping: false,
  },
  {
    signDisplay: 'negative' as Intl.NumberFormatOptions['signDisplay'],
    style: 'percent',
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
    useGrouping: true,
  },
  // Counts, margins, sample sizes.
  {},
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 1 },
  { maximumFractionDigits: 2 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { minimumFractionDigits: 4 },
  { style: 'percent' },
  { style: 'percent', minimumFractionDigits: 1 },
];

/** Values around every rounding boundary the options above meet, in a range wider than survey figures. */
function values(): number[] {
  const found: number[] = [0, -0, 1e-7, -1e-7, 5e-324, 1e20, 999999999999999, 123456789012345680000, 2 ** 53, 2 ** 53 + 2];
  for (let k = -100000; k <= 100000; k++) found.push(k / 100);
  for (let k = -20000; k <= 20000; k++) found.push(k / 1000, k / 10000 + k);
  // Ties at every place (x.5, x.05, x.005 …) and their neighbours.
  for (let k = -2000; k <= 2000; k++) {
    for (const scale of [2, 20, 200, 2000, 20000, 200000]) {
      const tie = (2 * k + 1) / scale;
      found.push(tie, tie + Number.EPSILON * Math.abs(tie), tie - Number.EPSILON * Math.abs(tie));
    }
  }
  // Powers of ten and the nines under them ("9.95" rounds up to "10", "999.96" to "1,000").
  for (let e = -8; e <= 20; e++) {
    const p = 10 ** e;
    found.push(p, -p, p * 0.995, p * 0.9995, p - p / 1e6, p * 1.5, p * 0.45);
  }
  // Seeded random doubles of every magnitude, so a failure can be reproduced.
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 20000; i++) {
    const magnitude = 10 ** Math.floor(random() * 28 - 8);
    found.push((random() - 0.5) * 2 * magnitude);
  }
  return found;
}

describe('plainNumberFormat', () => {
  it('writes every value exactly as Intl.NumberFormat does, for every option set it takes in en-GB', function () {
    this.timeout(120000);
    const all = values();
    for (const options of HANDLED) {
      const plain = plainNumberFormat('en-GB', options);
      expect(plain, JSON.stringify(options)).to.be.a('function');
      const intl = new Intl.NumberFormat('en-GB', options);
      const wrong: string[] = [];
      for (const value of all) {
        const expected = intl.format(value);
        const written = plain!(value) ?? expected;
        if (written !== expected && wrong.length < 5) wrong.push(`${value}: "${written}", Intl "${expected}"`);
      }
      expect(wrong, JSON.stringify(options)).to.deep.equal([]);
    }
  });

  it('leaves NaN, infinities and numbers from 1e21 up to Intl', () => {
    const plain = plainNumberFormat('en-GB', { maximumFractionDigits: 1 })!;
    for (const value of [NaN, Infinity, -Infinity, 1e21, -1e21, 1e300]) expect(plain(value)).to.equal(undefined);
  });

  it('writes the English locales that CLDR writes as en-GB exactly as their own Intl.NumberFormat', function () {
    this.timeout(120000);
    // Every 100th value: en-GB's own test above covers every rounding case; this one proves each locale's Intl agrees.
    const some = values().filter((_, i) => i % 100 === 0);
    const wrong: string[] = [];
    for (const locale of ['en-US', 'en-AU', 'en-CA', 'en-IE', 'en-NZ']) {
      for (const options of HANDLED) {
        const plain = plainNumberFormat(locale, options);
        expect(plain, `${locale} ${JSON.stringify(options)}`).to.be.a('function');
        const intl = new Intl.NumberFormat(locale, options);
        for (const value of some) {
          const expected = intl.format(value);
          const written = plain!(value) ?? expected;
          if (written !== expected && wrong.length < 5) wrong.push(`${locale} ${JSON.stringify(options)} ${value}: "${written}", Intl "${expected}"`);
        }
      }
      const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
      expect(numberSeparators(locale), locale).to.deep.equal({
        group: parts.find((p) => p.type === 'group')?.value,
        decimal: parts.find((p) => p.type === 'decimal')?.value,
      });
    }
    expect(wrong).to.deep.equal([]);
  });

  it('takes no other locale and no other option: those go to Intl', () => {
    // Indian English groups "12,34,567"; South African English writes "1 234,5".
    expect(plainNumberFormat('en-IN', {})).to.equal(undefined);
    expect(plainNumberFormat('en-ZA', {})).to.equal(undefined);
    expect(plainNumberFormat('cy', {})).to.equal(undefined);
    expect(plainNumberFormat('de-DE', { maximumFractionDigits: 1 })).to.equal(undefined);
    for (const options of [
      { style: 'currency', currency: 'GBP' },
      { notation: 'compact' },
      { notation: 'scientific' },
      { maximumSignificantDigits: 3 },
      { useGrouping: 'min2' },
      { signDisplay: 'exceptZero' },
      { signDisplay: 'always' },
      { currencySign: 'accounting' },
      { minimumFractionDigits: 3, maximumFractionDigits: 1 },
      { maximumFractionDigits: 1.5 },
    ] as Intl.NumberFormatOptions[]) {
      expect(plainNumberFormat('en-GB', options), JSON.stringify(options)).to.equal(undefined);
    }
  });
});

describe('numberFormat', () => {
  it('formats as Intl.NumberFormat does, with or without the fast path', () => {
    for (const [locale, options, value] of [
      ['en-GB', { style: 'percent', maximumFractionDigits: 1 }, 0.5745],
      ['en-GB', { style: 'currency', currency: 'GBP' }, 1234.5],
      ['en-GB', { notation: 'compact', compactDisplay: 'long' }, 1700000],
      ['de-DE', { maximumFractionDigits: 1 }, 2582.55],
      ['cy', { style: 'percent' }, 0.57],
      ['en-GB', {}, NaN],
    ] as [string, Intl.NumberFormatOptions, number][]) {
      expect(numberFormat(locale, options).format(value)).to.equal(new Intl.NumberFormat(locale, options).format(value));
      expect(numberFormat(locale, options).formatToParts(value)).to.deep.equal(new Intl.NumberFormat(locale, options).formatToParts(value));
    }
  });

  it('shares one formatter per locale and options', () => {
    expect(numberFormat('en-GB', { maximumFractionDigits: 1 })).to.equal(numberFormat('en-GB', { maximumFractionDigits: 1 }));
  });
});

describe('numberSeparators', () => {
  it('names the separators Intl.NumberFormat writes, in en-GB and elsewhere', () => {
    for (const locale of ['en-GB', 'de-DE', 'fr-FR', 'cy', 'en-US', 'en-IN', 'en-ZA']) {
      const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
      expect(numberSeparators(locale), locale).to.deep.equal({
        group: parts.find((p) => p.type === 'group')?.value,
        decimal: parts.find((p) => p.type === 'decimal')?.value,
      });
    }
  });
});

describe('charts that need no Intl.NumberFormat', () => {
  let built = 0;
  const Native = Intl.NumberFormat;
  before(() => {
    Intl.NumberFormat = new Proxy(Native, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        built++;
        return new target(...args);
      },
    });
  });
  after(() => {
    Intl.NumberFormat = Native;
  });

  it('draws its figures, sample size and margins with no Intl.NumberFormat built (issue 12: the first costs 20–40 ms)', async () => {
    built = 0;
    const wrapper = await fixture(
      html`<div lang="en-US"><trust-bars heading="Worry" sample-size="2000" data="Cyber-attacks: 57; Data exposure: 56.5; Training: 1234.5" unit="count"></trust-bars></div>`,
    );
    const bars = wrapper.querySelector<TrustBars>('trust-bars')!;
    await bars.updateComplete;
    const text = shadow(bars).textContent!;
    expect(text).to.contain('1,234.5');
    expect(text).to.contain('2,000');
    expect(built, 'Intl.NumberFormat objects built').to.equal(0);
  });

  it('draws a chart with format=".1f" (no grouping) with no Intl.NumberFormat built, its format checked without one', async () => {
    built = 0;
    const bars = await fixture<TrustBars>(
      html`<trust-bars lang="en-GB" heading="Spend" unit="count" format=".1f" data="Wards: 1234.56; Clinics: 12"></trust-bars>`,
    );
    const text = shadow(bars).textContent!;
    expect(text).to.contain('1234.6').and.to.contain('12.0');
    expect(built, 'Intl.NumberFormat objects built').to.equal(0);
  });
});
