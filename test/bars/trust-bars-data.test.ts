import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import { addMessages } from '../../src/core/i18n/messages.js';
import { figure } from '../fixtures/figures.js';
import { settled, shadow, texts } from '../helpers/widget.js';

const values = (el: TrustBars) => texts(shadow(el), 'text.value');
const labels = (el: TrustBars) => texts(shadow(el), 'text.bar-label');

describe('<trust-bars> data input', () => {
  it('draws the public-concern figures from the compact data attribute', async () => {
    const worry = await figure('public_worry_attacks');
    const disruption = await figure('public_worry_disruption');
    const el = await fixture<TrustBars>(
      html`<trust-bars data="Worry about cyber-attacks: ${worry.value}; Concerned about disruption: ${disruption.value}"></trust-bars>`,
    );
    expect(labels(el)).to.deep.equal(['Worry about cyber-attacks', 'Concerned about disruption']);
    expect(values(el)).to.deep.equal(['57%', '60%']);
    expect(shadow(el).querySelectorAll('rect[part="bar"]')).to.have.length(2);
  });

  it('reads JSON in the data attribute', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars data='[{"label":"Worried","value":57},{"label":"Concerned","value":"60%"}]'></trust-bars>`);
    expect(values(el)).to.deep.equal(['57%', '60%']);
  });

  it('reads a child table: labels, series from the header row, qualifiers in cells', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars>
      <table>
        <caption>NHS staff views</caption>
        <thead><tr><th>Statement</th><th>% of staff</th></tr></thead>
        <tbody>
          <tr><td>Understand their role</td><td>more than 90%</td></tr>
          <tr><td>Believe measures are sufficient</td><td>36%</td></tr>
        </tbody>
      </table>
    </trust-bars>`);
    expect(values(el)).to.deep.equal(['more than 90%', '36%']);
    expect(texts(shadow(el), '[part="heading"]')).to.deep.equal(['NHS staff views']);
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Statement', '% of staff']);
  });

  it('gives the .data property precedence over the data attribute, and the attribute over the table', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars data="From attribute: 20">
      <table><tr><td>From table</td><td>10</td></tr></table>
    </trust-bars>`);
    expect(labels(el)).to.deep.equal(['From attribute']);
    el.data = [{ label: 'From property', value: 30 }];
    await settled(el);
    expect(labels(el)).to.deep.equal(['From property']);
    el.data = undefined;
    el.removeAttribute('data');
    await settled(el);
    expect(labels(el)).to.deep.equal(['From table']);
  });

  it('accepts series rows through .data and draws grouped bars with a key', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars></trust-bars>`);
    el.data = [
      { label: 'Trained on new technologies', values: { '2022': 5, '2024': 15 } },
      { label: 'Trained on new and existing systems', values: { '2022': 47, '2024': 39 } },
    ];
    await settled(el);
    expect(texts(shadow(el), '[part="legend"] li')).to.deep.equal(['2022', '2024']);
    expect(values(el)).to.deep.equal(['2022: 5%', '2024: 15%', '47%', '39%']);
    expect(shadow(el).querySelectorAll('rect.series-2')).to.have.length(2);
  });

  it('names compact multi-series values with the series attribute', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars series="2022 | 2024" data="Trained on new tech: 5 | 15; Trained on both: 47 | 39"></trust-bars>`);
    expect(texts(shadow(el), '[part="legend"] li')).to.deep.equal(['2022', '2024']);
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Item', '2022', '2024']);
  });

  it('re-renders when a CMS edits the child table', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars><table><tr><td>Worried</td><td>57</td></tr></table></trust-bars>`);
    el.querySelector('td:last-child')!.textContent = '58';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(values(el)).to.deep.equal(['58%']);
  });

  it('keeps the light-DOM table out of view once the chart is drawn', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars><table><tr><td>Worried</td><td>57</td></tr></table></trust-bars>`);
    expect(shadow(el).querySelector('slot')).to.equal(null);
    expect(el.querySelector('table')!.getBoundingClientRect().height).to.equal(0);
  });

  it('shows a missing value as "no data" without drawing a bar', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars data="Worried: 57; Not asked: n/a"></trust-bars>`);
    expect(values(el)).to.deep.equal(['57%', 'no data']);
    expect(shadow(el).querySelectorAll('rect[part="bar"]')).to.have.length(1);
  });
});

describe('<trust-bars> options', () => {
  const concern = 'Worry about attacks: 57; Concerned about disruption: 60; Concerned about data exposure: 56; Training a priority: 55';

  it('sorts descending and ascending by value, and keeps the written order by default', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars data=${concern}></trust-bars>`);
    expect(values(el)).to.deep.equal(['57%', '60%', '56%', '55%']);
    el.sort = 'descending';
    await settled(el);
    expect(values(el)).to.deep.equal(['60%', '57%', '56%', '55%']);
    el.sort = 'ascending';
    await settled(el);
    expect(values(el)).to.deep.equal(['55%', '56%', '57%', '60%']);
  });

  it('highlights one bar by its label and mutes the others', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars highlight="concerned about disruption" data=${concern}></trust-bars>`);
    const bars = Array.from(shadow(el).querySelectorAll('rect[part="bar"]'));
    expect(bars.map((bar) => bar.classList.contains('highlight'))).to.deep.equal([false, true, false, false]);
    expect(bars.filter((bar) => bar.classList.contains('muted'))).to.have.length(3);
  });

  it('draws a labelled target line at the target value', async () => {
    const el = await fixture<TrustBars>(
      html`<trust-bars style="width: 600px" target="95" target-label="Training target" data="Trusts meeting the target: 12"></trust-bars>`,
    );
    expect(texts(shadow(el), '.target-label')).to.deep.equal(['Training target: 95%']);
    const zero = shadow(el).querySelector('line.zero')!;
    const hundredTick = Array.from(shadow(el).querySelectorAll('text.tick')).find((t) => t.textContent === '100%')!;
    const x0 = Number(zero.getAttribute('x1'));
    const x100 = Number(hundredTick.getAttribute('x'));
    const target = Number(shadow(el).querySelector('line.target-line')!.getAttribute('x1'));
    expect(target).to.be.closeTo(x0 + 0.95 * (x100 - x0), 0.5);
  });

  it('says "Target" in the reader\'s language when no target-label is given', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars target="95" locale="cy" data="Ymddiriedolaethau: 12"></trust-bars>`);
    expect(texts(shadow(el), '.target-label')).to.deep.equal(['Targed: 95%']);
  });

  it('runs a percentage axis to 100 and honours max', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars data="Worried: 57"></trust-bars>`);
    expect(texts(shadow(el), 'text.tick').at(-1)).to.equal('100%');
    el.max = '60';
    await settled(el);
    expect(texts(shadow(el), 'text.tick').at(-1)).to.equal('60%');
  });

  it('keeps a qualifier from the qualifier attribute in labels, table and summary', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars qualifier="more than" data="Understand their role: 90"></trust-bars>`);
    expect(values(el)).to.deep.equal(['more than 90%']);
    expect(texts(shadow(el), 'tbody td')).to.deep.equal(['more than 90%']);
    expect(shadow(el).querySelector('#summary')!.textContent).to.contain('more than 90%');
  });

  it('writes money compactly in UK style and counts in words', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars unit="currency" data="WannaCry cost: 92000000; Extra funding: 150000000"></trust-bars>`);
    expect(values(el)).to.deep.equal(['£92m', '£150m']);
    el.unit = 'count';
    el.setAttribute('data', 'NHS employees: over 1.7 million');
    await settled(el);
    expect(values(el)).to.deep.equal(['over 1.7 million']);
    el.notation = 'standard';
    await settled(el);
    expect(values(el)).to.deep.equal(['over 1,700,000']);
  });

  it('writes every axis tick in one notation, chosen from the largest value', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars unit="count" data="NHS employees: 1700000; Largest trust: 16000"></trust-bars>`);
    const ticks = texts(shadow(el), 'text.tick');
    expect(ticks[0]).to.equal('0');
    // Compact words everywhere ("500 thousand", "1 million"), never "500,000" beside "1 million".
    expect(
      ticks.slice(1).every((tick) => / (thousand|million)$/.test(tick) && !tick.includes(',')),
      ticks.join(' | '),
    ).to.equal(true);
    expect(values(el)).to.deep.equal(['1.7 million', '16,000']);
  });

  it('formats with a currency code and a d3-format specifier', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars unit="currency" currency="EUR" format=",.2f" data="Spend per trust: 5356"></trust-bars>`);
    expect(values(el)).to.deep.equal(['€5,356.00']);
  });

  it('writes ratios as "1 in N" with plain numbers on the axis', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars unit="ratio" data="Employees per security professional: 2582"></trust-bars>`);
    expect(values(el)).to.deep.equal(['1 in 2,582']);
    expect(texts(shadow(el), 'text.tick')[0]).to.equal('0');
    expect(texts(shadow(el), 'text.tick').some((tick) => tick.includes(' in '))).to.equal(false);
  });

  it('allows a negative amount of money (a budget cut)', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars unit="currency" data="Change in training budget: -5356"></trust-bars>`);
    expect(values(el)).to.deep.equal(['-£5,356']);
  });

  it('accepts a theme in any letter case', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars theme="NHS" data="Worried: 57"></trust-bars>`);
    expect(getComputedStyle(shadow(el).querySelector('rect[part="bar"]')!).fill).to.equal('rgb(0, 94, 184)');
    expect(shadow(el).querySelector('[part="warning"]')).to.equal(null);
  });

  it('draws negative numbers to the left of zero when unit is number', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars unit="number" data="Fell: -8; Rose: 10"></trust-bars>`);
    const [fell, rose] = Array.from(shadow(el).querySelectorAll('rect[part="bar"]'));
    const zero = Number(shadow(el).querySelector('line.zero')!.getAttribute('x1'));
    expect(Number(fell!.getAttribute('x')) + Number(fell!.getAttribute('width'))).to.be.closeTo(zero, 0.01);
    expect(Number(rose!.getAttribute('x'))).to.be.closeTo(zero, 0.01);
    expect(values(el)).to.deep.equal(['-8', '10']);
  });
});

describe('<trust-bars> locale', () => {
  it('redraws in the new words when the page adds a catalogue after the charts drew', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars locale="es-ES" data="Preocupados: 57"></trust-bars>`);
    expect(texts(shadow(el), '[part="toolbar"] button')).to.deep.equal(['Show data table']);
    addMessages('es', { showTable: 'Mostrar la tabla de datos' });
    await settled(el);
    expect(texts(shadow(el), '[part="toolbar"] button')).to.deep.equal(['Mostrar la tabla de datos']);
  });

  it('formats numbers for de-DE and fr-FR', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars locale="de-DE" data='[{"label":"Besorgt","value":57.5}]'></trust-bars>`);
    expect(values(el)[0]).to.match(/^57,5[\s\u00a0\u202f]%$/);
    el.locale = 'fr-FR';
    await settled(el);
    expect(values(el)[0]).to.match(/^57,5[\s\u00a0\u202f]%$/);
  });

  it('reads numbers in the table in the page language', async () => {
    const el = await fixture<TrustBars>(
      html`<div lang="de-DE"><trust-bars unit="count"><table><tr><td>Mitarbeiter</td><td>2.582</td></tr></table></trust-bars></div>`,
    );
    const bars = el.querySelector('trust-bars') as TrustBars;
    await settled(bars);
    expect(texts(shadow(bars), 'text.value')).to.deep.equal(['2.582']);
  });

  it('speaks Welsh when the page is in Welsh', async () => {
    const wrapper = await fixture(html`<div lang="cy"><trust-bars heading="Pryder" data="Yn poeni: 57; Yn pryderu: 60"></trust-bars></div>`);
    const el = wrapper.querySelector('trust-bars') as TrustBars;
    await settled(el);
    expect(texts(shadow(el), '[part="toolbar"] button')).to.deep.equal(['Dangos y tabl data']);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('Siart bar, 2 eitem. Uchaf: Yn pryderu, 60%. Isaf: Yn poeni, 57%.');
  });
});
