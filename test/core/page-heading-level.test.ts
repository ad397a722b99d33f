/**
 * A chart's heading fits the page's outline (issue 16, item 9): one level below the page's last heading before it,
 * instead of an `<h3>` straight after the page's `<h1>` (axe's heading-order). `heading-level` still forces a level;
 * inside a dashboard, one below the dashboard's heading, which itself goes one below the page's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/dashboard/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow } from '../helpers/widget.js';

/** The tag of the heading in a widget's or dashboard's shadow root. */
const headingTag = (el: Element) => shadow(el).querySelector('[part="heading"]')?.localName;

async function page(markup: ReturnType<typeof html>): Promise<HTMLElement> {
  const holder = await fixture<HTMLElement>(markup);
  for (const el of holder.querySelectorAll<TrustElement>('trust-bars, trust-dashboard')) await settled(el);
  return holder;
}

describe('heading levels from the page', () => {
  for (const [before, expected] of [
    ['h1', 'h2'],
    ['h2', 'h3'],
    ['h3', 'h4'],
    ['h5', 'h6'],
    ['h6', 'h6'],
  ] as const) {
    it(`after the page's <${before}>, a chart's heading is an <${expected}>`, async () => {
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      holder.innerHTML = `<${before}>Cyber-security and the NHS</${before}><p>Text.</p><div><trust-bars heading="Worry" data="Worried: 57"></trust-bars></div>`;
      const el = holder.querySelector<TrustElement>('trust-bars')!;
      await settled(el);
      expect(headingTag(el)).to.equal(expected);
    });
  }

  it('takes the last heading before the chart, not one after it', async () => {
    const holder = await page(html`<div>
      <h1>Report</h1>
      <h2>Staff</h2>
      <trust-bars heading="Worry" data="Worried: 57"></trust-bars>
      <h1>Later</h1>
    </div>`);
    expect(headingTag(holder.querySelector('trust-bars')!)).to.equal('h3');
  });

  it('keeps <h3> where the page has no heading before the chart', async () => {
    const holder = await page(html`<div><trust-bars heading="Worry" data="Worried: 57"></trust-bars><h1>After</h1></div>`);
    expect(headingTag(holder.querySelector('trust-bars')!)).to.equal('h3');
  });

  it('heading-level still forces the level', async () => {
    const holder = await page(html`<div><h1>Report</h1><trust-bars heading="Worry" heading-level="4" data="Worried: 57"></trust-bars></div>`);
    expect(headingTag(holder.querySelector('trust-bars')!)).to.equal('h4');
  });

  it('a dashboard after the page’s <h1> is an <h2>, and its charts <h3>', async () => {
    const holder = await page(html`<div>
      <h1>Report</h1>
      <trust-dashboard heading="Cyber-security"><trust-bars heading="Worry" data="Worried: 57"></trust-bars></trust-dashboard>
    </div>`);
    expect(headingTag(holder.querySelector('trust-dashboard')!)).to.equal('h2');
    expect(headingTag(holder.querySelector('trust-bars')!)).to.equal('h3');
  });

  it('a dashboard after the page’s <h3> is an <h4>, and its charts <h5>', async () => {
    const holder = await page(html`<div>
      <h3>Report</h3>
      <trust-dashboard heading="Cyber-security"><trust-bars heading="Worry" data="Worried: 57"></trust-bars></trust-dashboard>
    </div>`);
    expect(headingTag(holder.querySelector('trust-dashboard')!)).to.equal('h4');
    expect(headingTag(holder.querySelector('trust-bars')!)).to.equal('h5');
  });

  it('a page with an <h1> and a chart passes axe’s heading-order', async () => {
    const holder = await page(html`<main><h1>Report</h1><trust-bars heading="Worry" source="BT" data="Worried: 57"></trust-bars></main>`);
    await expect(holder).to.be.accessible();
  });
});
