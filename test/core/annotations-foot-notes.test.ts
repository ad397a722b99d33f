/**
 * Notes written in the foot of the child table (`<td data-note>`), for pages written by hand that must read well
 * without the script: the table's footnotes there, the chart's notes once it draws (issue 16).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/trend/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

async function chart<T extends TrustElement>(markup: ReturnType<typeof html>): Promise<{ el: T; warnings: string[] }> {
  let el!: T;
  const warnings = await captureWarnings(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">${markup}</div>`);
    el = wrapper.firstElementChild as T;
    await settled(el);
  });
  return { el, warnings };
}
const summary = (el: Element) => shadow(el).querySelector('#summary')!.textContent!;

describe('annotations: notes in the foot of the child table', () => {
  it('draws a trend’s foot notes as its notes (place from the row, or from data-note), hides the table, and follows edits', async () => {
    const { el, warnings } = await chart(html`
      <trust-trend series="Worried">
        <table>
          <thead><tr><th>Year</th><th>Worried</th></tr></thead>
          <tbody><tr><td>2016</td><td>41</td></tr><tr><td>2017</td><td>52</td></tr><tr><td>2018</td><td>54</td></tr></tbody>
          <tfoot>
            <tr><th scope="row">2017</th><td data-note>WannaCry <b>attack</b></td></tr>
            <tr><td colspan="2" data-note="2018 | Worried">Survey moved online</td></tr>
          </tfoot>
        </table>
      </trust-trend>
    `);
    // The figures are read from the body alone: a foot row read as data would be a problem ("not a number").
    expect(warnings).to.deep.equal([]);
    expect(texts(shadow(el), '[part="note"] text')).to.deep.equal(['WannaCry attack', 'Survey moved online']);
    expect(summary(el)).to.contain('Notes: 2017: WannaCry attack; 2018: Survey moved online.');
    // The author's table (its foot with it) is not shown beside the drawn chart.
    expect(el.querySelector('table')!.getBoundingClientRect().height).to.equal(0);

    el.querySelector('tfoot tr:last-child td')!.textContent = 'Moved online';
    await settled(el);
    expect(texts(shadow(el), '[part="note"] text')).to.deep.equal(['WannaCry attack', 'Moved online']);
  });

  it('reports a foot note on an unknown label or with no place, naming data-note; the notes attribute wins over the foot', async () => {
    const table = html`
      <table>
        <tbody><tr><td>Worried</td><td>57</td></tr><tr><td>Prepared</td><td>36</td></tr></tbody>
        <tfoot>
          <tr><th>Prepraed</th><td data-note>Lowest</td></tr>
          <tr><td data-note>Nowhere to go</td></tr>
          <tr><th>Worried</th><td data-note>Highest</td></tr>
        </tfoot>
      </table>
    `;
    const { el, warnings } = await chart(html`<trust-bars>${table}</trust-bars>`);
    expect(texts(shadow(el), '[part="note"] text')).to.deep.equal(['Highest']);
    expect(warnings.join('\n')).to.contain('data-note: “Prepraed” is not a label in the data').and.to.contain('data-note: the note “Nowhere to go”');
    expect(texts(shadow(el), '[part~="problems"] li, .problems li').join('\n')).to.contain('Prepraed');

    const both = await chart(html`<trust-bars notes="Prepared: From the attribute">${table}</trust-bars>`);
    expect(texts(shadow(both.el), '[part="note"] text')).to.deep.equal(['From the attribute']);
    expect(both.warnings.join('\n')).to.contain('notes: the chart has notes in this attribute and 2 in its table’s foot').and.not.to.contain('Prepraed');
  });
});
