/**
 * The element reads its data once per change of its sources, not once per render: a keypress, the table button or
 * a new heading re-render without reading `.data` or the child table again, while any real change is still seen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import { createDataResolver } from '../../src/core/data/resolve-data.js';
import { settled, shadow, texts } from '../helpers/widget.js';

/** An array of records that counts how often it is read (normaliseRecords walks it once per reading). */
function counted(records: { label: string; value: number }[]) {
  const reads = { count: 0 };
  const data = new Proxy(records, {
    get(target, key, receiver) {
      if (key === 'forEach') reads.count++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { data, reads };
}

const valueLabels = (el: TrustBars) => texts(shadow(el), 'text.value');

describe('data resolution is remembered between renders', () => {
  it('resolver: the same sources give the same answer without reading again; any change reads again', () => {
    const resolve = createDataResolver();
    const { data, reads } = counted([{ label: 'Worried', value: 57 }]);
    const sources = { property: data, attribute: undefined, table: null, locale: 'en-GB' };
    const first = resolve(sources, 0);
    expect(resolve({ ...sources }, 0)).to.equal(first);
    expect(reads.count).to.equal(1);
    expect(resolve({ ...sources, locale: 'de-DE' }, 0)).to.not.equal(first);
    expect(resolve({ ...sources, locale: 'de-DE' }, 1), 'a new table version').to.not.equal(first);
    expect(reads.count).to.equal(3);
    const text = resolve({ property: undefined, attribute: 'Worried: 57', table: null, locale: 'en-GB' }, 0);
    expect(resolve({ property: undefined, attribute: 'Worried: 58', table: null, locale: 'en-GB' }, 0)).to.not.equal(text);
  });

  it('a keypress, the table button and a new heading do not read `.data` again; a new array does', async () => {
    const { data, reads } = counted([
      { label: 'Worried', value: 57 },
      { label: 'Concerned', value: 60 },
    ]);
    const el = await fixture<TrustBars>(html`<trust-bars heading="Concern" .data=${data}></trust-bars>`);
    await settled(el);
    const afterFirst = reads.count;
    expect(afterFirst).to.be.at.least(1);
    const chart = shadow(el).querySelector<SVGElement>('svg[tabindex]')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await settled(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await settled(el);
    el.heading = 'Concern, again';
    el.style.width = '320px';
    await settled(el);
    expect(reads.count, 'reads after interaction, a new heading and a resize').to.equal(afterFirst);
    el.data = [
      { label: 'Worried', value: 40 },
      { label: 'Concerned', value: 60 },
    ];
    await settled(el);
    expect(valueLabels(el)).to.deep.equal(['40%', '60%']);
  });

  it('still sees a table cell edited in place, and one edited while the widget was out of the page', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars><table><tr><th>Item</th><th>%</th></tr><tr><td>Worried</td><td>57</td></tr></table></trust-bars>`);
    await settled(el);
    expect(valueLabels(el)).to.deep.equal(['57%']);
    el.querySelector('td:last-child')!.textContent = '58';
    await settled(el);
    expect(valueLabels(el)).to.deep.equal(['58%']);
    const parent = el.parentElement!;
    el.remove();
    el.querySelector('td:last-child')!.textContent = '59';
    parent.append(el);
    await settled(el);
    expect(valueLabels(el)).to.deep.equal(['59%']);
  });
});
