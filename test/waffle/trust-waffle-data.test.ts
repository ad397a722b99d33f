import { expect, fixture, html } from '@open-wc/testing';
import '../../src/waffle/define.js';
import type { TrustWaffle } from '../../src/waffle/trust-waffle.js';
import { PERSON_PATH } from '../../src/waffle/waffle-layout.js';
import { figure } from '../fixtures/figures.js';
import { settled, shadow, texts } from '../helpers/widget.js';

const cells = (el: TrustWaffle) => Array.from(shadow(el).querySelectorAll<SVGElement>('[part~="cell"]'));
const filled = (el: TrustWaffle, series: number) => shadow(el).querySelectorAll(`[part~="cell"].series-${series}`).length;
const hollow = (el: TrustWaffle) => shadow(el).querySelectorAll('[part~="rest"]').length;
const key = (el: TrustWaffle) => texts(shadow(el), '[part="label"]');
const caption = (el: TrustWaffle) => texts(shadow(el), '[part="frequency"]')[0];
/** Distinct x and y positions of the shapes (hollow ones are inset by under a pixel): the grid's columns and rows. */
const gridOf = (el: TrustWaffle) => {
  const xs = new Set(cells(el).map((cell) => Math.floor(Number(cell.getAttribute('x')))));
  const ys = new Set(cells(el).map((cell) => Math.floor(Number(cell.getAttribute('y')))));
  return { columns: xs.size, rows: ys.size };
};

describe('<trust-waffle> one figure from value and of', () => {
  it('draws 24 of 108 trusts as 108 squares, 24 filled and 84 hollow, in a 12 × 9 grid', async () => {
    const trusts = await figure('trusts_without_security_pro');
    const el = await fixture<TrustWaffle>(html`<trust-waffle
      value=${trusts.value} of=${trusts.compare_value} population="trusts" label="Trusts with no security-qualified staff"
    ></trust-waffle>`);
    expect(cells(el)).to.have.length(108);
    expect(filled(el, 1)).to.equal(24);
    expect(hollow(el)).to.equal(84);
    expect(gridOf(el)).to.deep.equal({ columns: 12, rows: 9 });
  });

  it('fills the first 24 squares in reading order', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle value="24" of="108"></trust-waffle>`);
    const series = cells(el).map((cell) => cell.classList.contains('series-1'));
    expect(series.slice(0, 24).every(Boolean)).to.equal(true);
    expect(series.slice(24).some(Boolean)).to.equal(false);
  });

  it('writes the key with counts and the natural-frequency line, both ways', async () => {
    const el = await fixture<TrustWaffle>(
      html`<trust-waffle value="24" of="108" population="trusts" label="Trusts with no security-qualified staff"></trust-waffle>`,
    );
    expect(key(el).join(' | ')).to.equal('Trusts with no security-qualified staff: 24 | Other trusts: 84');
    expect(caption(el)).to.equal('Out of 108 trusts: 24 trusts with no security-qualified staff and 84 other trusts.');
  });

  it('is out of 100 when of is not set, and says "in every 100"', async () => {
    const staff = await figure('staff_measures_sufficient');
    const el = await fixture<TrustWaffle>(
      html`<trust-waffle value=${staff.value} population="staff" label="Believe current measures are sufficient"></trust-waffle>`,
    );
    expect(cells(el)).to.have.length(100);
    expect(gridOf(el)).to.deep.equal({ columns: 10, rows: 10 });
    expect(caption(el)).to.equal('Out of every 100 staff: 36 believe current measures are sufficient and 64 other staff.');
  });

  it('accepts a percentage sign in value when the whole is 100 ("36%" is 36 of 100)', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle value="36%"></trust-waffle>`);
    expect(filled(el, 1)).to.equal(36);
    expect(key(el)).to.deep.equal(['Counted: 36', 'Others: 64']);
  });

  it('names the rest with rest-label', async () => {
    const el = await fixture<TrustWaffle>(
      html`<trust-waffle value="12" population="trusts" label="Met the training target" rest-label="Did not meet it"></trust-waffle>`,
    );
    expect(key(el)).to.deep.equal(['Met the training target: 12', 'Did not meet it: 88']);
    expect(caption(el)).to.equal('Out of every 100 trusts: 12 met the training target and 88 did not meet it.');
  });

  it('draws no rest when the value is the whole', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle value="10" of="10" label="All"></trust-waffle>`);
    expect(hollow(el)).to.equal(0);
    expect(key(el)).to.deep.equal(['All: 10']);
  });

  it('keeps capitals of an acronym in the sentence ("NHS staff"), lowering only an ordinary first word', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle value="36" label="NHS staff who feel safe"></trust-waffle>`);
    expect(caption(el)).to.equal('Out of every 100: 36 NHS staff who feel safe and 64 others.');
  });

  it('puts the value in the data table under a heading that names the whole', async () => {
    const el = await fixture<TrustWaffle>(
      html`<trust-waffle value="24" of="108" population="trusts" label="Trusts with no security-qualified staff"></trust-waffle>`,
    );
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Item', 'Out of 108 trusts']);
    // The shapes no category claims are a row too, as in the key (issue 16 item 8).
    expect(texts(shadow(el), 'tbody th')).to.deep.equal(['Trusts with no security-qualified staff', 'Other trusts']);
    expect(texts(shadow(el), 'tbody td')).to.deep.equal(['24', '84']);
  });

  it('redraws when value changes', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle value="24" of="108"></trust-waffle>`);
    el.value = '30';
    await settled(el);
    expect(filled(el, 1)).to.equal(30);
  });
});

describe('<trust-waffle> several categories from data', () => {
  it('reads the compact data attribute: one category per row, coloured in order', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle population="staff" data="Sufficient: 36; Not sufficient: 64"></trust-waffle>`);
    expect(filled(el, 1)).to.equal(36);
    expect(filled(el, 2)).to.equal(64);
    expect(hollow(el)).to.equal(0);
    expect(key(el)).to.deep.equal(['Sufficient: 36', 'Not sufficient: 64']);
    expect(caption(el)).to.equal('Out of every 100 staff: 36 sufficient and 64 not sufficient.');
  });

  it('fills category after category, then shows the rest as "Other …"', async () => {
    // Illustrative answers to one question: categories of one whole never overlap.
    const el = await fixture<TrustWaffle>(html`<trust-waffle population="staff" data="Very confident: 42; Fairly confident: 36"></trust-waffle>`);
    const order = cells(el).map((cell) => (cell.classList.contains('series-1') ? 1 : cell.classList.contains('series-2') ? 2 : 0));
    expect(order.slice(0, 42).every((s) => s === 1)).to.equal(true);
    expect(order.slice(42, 78).every((s) => s === 2)).to.equal(true);
    expect(order.slice(78).every((s) => s === 0)).to.equal(true);
    expect(key(el)).to.deep.equal(['Very confident: 42', 'Fairly confident: 36', 'Other staff: 22']);
  });

  it('reads JSON in the data attribute', async () => {
    const el = await fixture<TrustWaffle>(
      html`<trust-waffle of="108" data='[{"label":"No qualified staff","value":24},{"label":"Some","value":"84"}]'></trust-waffle>`,
    );
    expect(cells(el)).to.have.length(108);
    expect([filled(el, 1), filled(el, 2), hollow(el)]).to.deep.equal([24, 84, 0]);
  });

  it('reads a child table, with its caption as the heading', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle of="108" population="trusts">
      <table>
        <caption>A fifth of trusts had no security-qualified staff</caption>
        <thead><tr><th>Trusts</th><th>Number</th></tr></thead>
        <tbody><tr><td>No security-qualified staff</td><td>24</td></tr></tbody>
      </table>
    </trust-waffle>`);
    expect(filled(el, 1)).to.equal(24);
    expect(texts(shadow(el), '[part="heading"]')).to.deep.equal(['A fifth of trusts had no security-qualified staff']);
    expect(key(el)).to.deep.equal(['No security-qualified staff: 24', 'Other trusts: 84']);
  });

  it('takes .data from developers, over the data attribute', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle data="From attribute: 10"></trust-waffle>`);
    el.data = [{ label: 'From property', value: 36 }];
    await settled(el);
    expect(key(el)).to.deep.equal(['From property: 36', 'Others: 64']);
  });

  it('prefers value over a child table kept for readers without JavaScript', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle value="24" of="108" label="Trusts with none">
      <table><tr><td>Trusts with none</td><td>20</td></tr></table>
    </trust-waffle>`);
    expect(filled(el, 1)).to.equal(24);
    expect(shadow(el).querySelector('[part="warning"]')).to.equal(null);
  });

  it('keeps a qualifier and calls the rest "about" the remainder', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle population="staff" data="Understand their role: more than 90"></trust-waffle>`);
    expect(key(el)).to.deep.equal(['Understand their role: more than 90', 'Other staff: about 10']);
    expect(caption(el)).to.equal('Out of every 100 staff: more than 90 understand their role and about 10 other staff.');
  });

  it('applies the qualifier attribute to every count that has none', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle qualifier="about" value="36"></trust-waffle>`);
    expect(key(el)).to.deep.equal(['Counted: about 36', 'Others: about 64']);
  });
});

describe('<trust-waffle> shape and unit', () => {
  it('draws squares by default, circles with shape="circle"', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle value="36"></trust-waffle>`);
    expect(cells(el).every((cell) => cell.localName === 'rect')).to.equal(true);
    el.shape = 'circle';
    await settled(el);
    expect(cells(el).every((cell) => cell.localName === 'circle')).to.equal(true);
    expect(cells(el)).to.have.length(100);
  });

  it('draws people from the built-in path with shape="person", and the key uses the same shape', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle shape="person" value="36"></trust-waffle>`);
    expect(cells(el).every((cell) => cell.localName === 'path' && cell.getAttribute('d') === PERSON_PATH)).to.equal(true);
    // The first figure sits at the grid's left edge, RING_ROOM (6 px) in from the drawing's for the focus ring.
    expect(cells(el)[0]!.getAttribute('transform')).to.match(/^translate\(6 \d+(\.\d+)?\) scale\([\d.]+\)$/);
    expect(Array.from(shadow(el).querySelectorAll('.key-swatch'), (s) => s.localName)).to.deep.equal(['path', 'path']);
  });

  it('accepts the shape in any letter case', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle shape="Circle" value="36"></trust-waffle>`);
    expect(cells(el)[0]!.localName).to.equal('circle');
  });

  it('shows percentages in the key with unit="percent", and natural frequencies in the sentences', async () => {
    const el = await fixture<TrustWaffle>(
      html`<trust-waffle unit="percent" population="trusts" value="12" label="Met the 95% training target"></trust-waffle>`,
    );
    expect(key(el)).to.deep.equal(['Met the 95% training target: 12%', 'Other trusts: 88%']);
    expect(caption(el)).to.equal('Out of every 100 trusts: 12 met the 95% training target and 88 other trusts.');
  });

  it('formats counts for the locale', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle locale="de-DE" of="1000" value="240" label="NHS-Trusts"></trust-waffle>`);
    expect(caption(el)).to.equal('Out of 1.000: 240 NHS-Trusts and 760 others.');
  });
});
