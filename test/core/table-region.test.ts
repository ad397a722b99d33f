/**
 * The data table on a narrow screen (issue 17, defect 2; issue 16, item 4): a table wider than the widget scrolls in
 * a region that keyboard users can reach and scroll, named by the table's caption; a value and its margin of error
 * stay on one line.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/bars/define.js';
import '../../src/likert/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow } from '../helpers/widget.js';
import { AGREEMENT, AGREEMENT_DATA } from '../likert/fixtures.js';

async function openTable(el: TrustElement): Promise<HTMLElement> {
  await settled(el);
  shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
  await el.updateComplete;
  return shadow(el).querySelector<HTMLElement>('#data-table')!;
}

describe('the data table on a narrow screen', () => {
  it('scrolls in a focusable region named by its caption, and axe finds no unreachable scroll box (likert at 320 px)', async () => {
    const holder = await fixture<HTMLElement>(html`<div style="width: 320px">
      <trust-likert heading="Cyber-security at work" source="Illustrative data" series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>
    </div>`);
    const el = holder.querySelector<TrustElement>('trust-likert')!;
    const region = await openTable(el);
    expect(region.scrollWidth, 'the table is wider than the widget').to.be.greaterThan(region.clientWidth);
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('tabindex')).to.equal('0');
    const name = shadow(el).getElementById(region.getAttribute('aria-labelledby')!);
    expect(name?.localName).to.equal('caption');
    expect(name!.textContent).to.contain('Cyber-security at work');
    await expect(holder).to.be.accessible();
  });

  it('is no keyboard stop while the table is hidden', async () => {
    const el = await fixture<TrustElement>(html`<trust-likert series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>`);
    await settled(el);
    expect(shadow(el).querySelector('#data-table')!.hasAttribute('tabindex')).to.equal(false);
  });

  it('scrolls sideways with the arrow keys once focused', async () => {
    const holder = await fixture<HTMLElement>(html`<div style="width: 320px">
      <trust-likert heading="Cyber-security at work" series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>
    </div>`);
    const el = holder.querySelector<TrustElement>('trust-likert')!;
    const region = await openTable(el);
    region.focus();
    expect(shadow(el).activeElement).to.equal(region);
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    // Firefox scrolls smoothly: wait for the scroll to begin (a frame was not always enough on a busy machine).
    await waitUntil(() => region.scrollLeft > 0, 'the table to scroll', { timeout: 3000 }).catch(() => undefined);
    expect(region.scrollLeft).to.be.greaterThan(0);
  });

  it('keeps a value and its margin of error on one line', async () => {
    const holder = await fixture<HTMLElement>(html`<div style="width: 320px">
      <trust-bars sample-size="1000" data="Worried about cyber-attacks on the NHS: 27; Concerned about patient data: 60"></trust-bars>
    </div>`);
    const el = holder.querySelector<TrustElement>('trust-bars')!;
    const region = await openTable(el);
    const cells = [...region.querySelectorAll<HTMLElement>('td.number')];
    expect(cells.some((cell) => cell.textContent!.includes('±'))).to.equal(true);
    for (const cell of cells) {
      // The lines the cell's text takes: the tops of its text boxes (the row itself is taller where its label wraps).
      const range = document.createRange();
      range.selectNodeContents(cell);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      expect(lines.size, `"${cell.textContent!.trim()}" on one line`).to.equal(1);
    }
  });
});
