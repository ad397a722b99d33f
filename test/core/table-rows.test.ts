/**
 * The data table says what the chart says (issue 16): a waffle's table lists the shapes no category claims, as its key
 * does ("Other trusts: 84"), and a change chart whose rows differ in their good way names each row's way there too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import '../../src/trend/define.js';
import '../../src/waffle/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow } from '../helpers/widget.js';

const tableRows = (el: Element) =>
  [...shadow(el).querySelectorAll('.table-region tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean),
  );

describe('the data table says what the chart says', () => {
  it('a waffle’s table has the rest of the shapes as its last row', async () => {
    const el = await fixture<TrustElement>(
      html`<trust-waffle heading="Trusts" value="24" of="108" label="Reported an attack" population="trusts"></trust-waffle>`,
    );
    await settled(el);
    expect(tableRows(el)).to.deep.equal([
      ['Reported an attack', '24'],
      ['Other trusts', '84'],
    ]);
  });

  it('a waffle that fills its whole adds no row', async () => {
    const el = await fixture<TrustElement>(html`<trust-waffle heading="Staff" data="Yes: 60; No: 40"></trust-waffle>`);
    await settled(el);
    expect(tableRows(el).map((row) => row[0])).to.deep.equal(['Yes', 'No']);
  });

  it('a change chart’s rows name their own good way in the table when they differ, and only then', async () => {
    const mixed = await fixture<TrustElement>(
      html`<trust-change heading="Staff" from-label="2022" to-label="2024" data="Burnout: 34 | 30; Would recommend: 60 | 63" direction="Burnout: down-is-good; Would recommend: up-is-good"></trust-change>`,
    );
    await settled(mixed);
    expect(tableRows(mixed).map((row) => row[0])).to.deep.equal(['Burnout (lower is better)', 'Would recommend (higher is better)']);
    const same = await fixture<TrustElement>(
      html`<trust-change heading="Staff" from-label="2022" to-label="2024" data="Burnout: 34 | 30; Stress: 40 | 38" direction="down-is-good"></trust-change>`,
    );
    await settled(same);
    expect(tableRows(same).map((row) => row[0])).to.deep.equal(['Burnout', 'Stress']);
  });

  it('notes written on a trend or a bar are in the table, in a Notes column beside their row', async () => {
    const trend = await fixture<TrustElement>(
      html`<trust-trend heading="Worry" data="2016: 40; 2017: 52; 2018: 48" notes="2017: WannaCry attack, May 2017"></trust-trend>`,
    );
    await settled(trend);
    const headings = [...shadow(trend).querySelectorAll('.table-region thead th')].map((cell) => cell.textContent!.trim());
    expect(headings[headings.length - 1]).to.equal('Notes');
    expect(tableRows(trend)).to.deep.equal([
      ['2016', '40%'],
      ['2017', '52%', 'WannaCry attack, May 2017'],
      ['2018', '48%'],
    ]);
    const bars = await fixture<TrustElement>(html`<trust-bars heading="Worry" data="Public: 57; Staff: 36" notes="Staff: Survey of 1,000 staff"></trust-bars>`);
    await settled(bars);
    expect(tableRows(bars)).to.deep.equal([
      ['Public', '57%'],
      ['Staff', '36%', 'Survey of 1,000 staff'],
    ]);
  });
});
