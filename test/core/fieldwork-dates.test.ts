import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import '../../src/trend/define.js';
import type { TrustTrend } from '../../src/trend/trust-trend.js';
import { formatFieldwork } from '../../src/core/format/fieldwork.js';
import { shadow } from '../helpers/widget.js';

/**
 * Issue 12: the page's first Intl.DateTimeFormat costs 20–40 ms in Chromium, paid on the first paint of a chart with
 * fieldwork dates or a trend over months. British English dates are written without one (test/node/fieldwork-dates.test.mjs
 * checks them against Node's Intl, character for character).
 */
describe('fieldwork dates in British English', () => {
  let built = 0;
  const Native = Intl.DateTimeFormat;
  before(() => {
    Intl.DateTimeFormat = new Proxy(Native, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built++;
        return new target(...args);
      },
    });
  });
  after(() => {
    Intl.DateTimeFormat = Native;
  });
  beforeEach(() => {
    built = 0;
  });

  it('a chart with fieldwork dates draws them in full with no Intl.DateTimeFormat built', async () => {
    const el = await fixture<TrustBars>(
      html`<trust-bars lang="en-GB" heading="Worry" population="UK adults" fieldwork="2024-03-01/2024-03-15" data="Yes: 57; No: 43"></trust-bars>`,
    );
    expect(shadow(el).textContent!.replace(/\s+/g, ' ')).to.contain('1 – 15 March 2024');
    expect(built, 'Intl.DateTimeFormat objects built').to.equal(0);
  });

  it('a trend over months writes its waves ("Sept 2024") with no Intl.DateTimeFormat built', async () => {
    const el = await fixture<TrustTrend>(html`<trust-trend lang="en-GB" heading="Worry" data="2024-03: 40; 2024-09: 45; 2025-01-15: 50"></trust-trend>`);
    const text = shadow(el).textContent!;
    expect(text).to.contain('Mar 2024').and.to.contain('Sept 2024').and.to.contain('15 Jan 2025');
    expect(built, 'Intl.DateTimeFormat objects built').to.equal(0);
  });

  it('are written in words without building an Intl.DateTimeFormat', () => {
    const written = ['2024', '2024-03', '2024-03-01', '2023/2024', '2024-03/2024-04', '2023-12/2024-01', '2024-03-01/2024-03-15', '2024-03-01/2024-04-15'].map(
      (text) => formatFieldwork(text, 'en-GB').replace(/\s/g, ' '),
    );
    expect(written).to.deep.equal([
      '2024',
      'March 2024',
      '1 March 2024',
      '2023 – 2024',
      'March – April 2024',
      'December 2023 – January 2024',
      '1 – 15 March 2024',
      '1 March – 15 April 2024',
    ]);
    expect(built, 'Intl.DateTimeFormat objects built').to.equal(0);
  });

  it('other locales are still written by Intl', () => {
    expect(formatFieldwork('2024-03', 'de-DE')).to.equal(new Native('de-DE', { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(Date.UTC(2024, 2, 1)));
    expect(built).to.be.greaterThan(0);
  });
});
