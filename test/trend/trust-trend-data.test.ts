import { expect, fixture, html } from '@open-wc/testing';
import '../../src/trend/define.js';
import type { TrustTrend } from '../../src/trend/trust-trend.js';
import { figure } from '../fixtures/figures.js';
import { settled, shadow, texts } from '../helpers/widget.js';

const endValues = (el: TrustTrend) => texts(shadow(el), 'text.end-value');
/** Each series name at a line end, its wrapped lines joined again. */
const endNames = (el: TrustTrend) =>
  Array.from(shadow(el).querySelectorAll('text.end-name'), (text) => Array.from(text.querySelectorAll('tspan'), (line) => line.textContent).join(' '));
const waveLabels = (el: TrustTrend) => texts(shadow(el), 'text.wave');
const yLabels = (el: TrustTrend) => texts(shadow(el), 'text.tick:not(.wave)');
const summary = (el: TrustTrend) => shadow(el).querySelector('#summary')!.textContent;
const waveX = (el: TrustTrend) => Array.from(shadow(el).querySelectorAll('line.wave-tick'), (tick) => Number(tick.getAttribute('x1')));

/** A wide container, so the series names sit at the line ends. */
const wide = async (markup: ReturnType<typeof html>) => {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">${markup}</div>`);
  const el = wrapper.querySelector('trust-trend') as TrustTrend;
  await settled(el);
  return el;
};

describe('<trust-trend> data input', () => {
  it('draws the real 2022 and 2024 training figures from a child table: waves in rows, measures in columns', async () => {
    const newTech = await figure('staff_training_new_tech');
    const both = await figure('staff_training_new_and_existing');
    const el = await wide(html`<trust-trend>
      <table>
        <thead><tr><th>Survey</th><th>Trained on new technologies</th><th>Trained on both new and existing systems</th></tr></thead>
        <tbody>
          <tr><td>${newTech.compare_year}</td><td>${newTech.compare_value}%</td><td>${both.compare_value}%</td></tr>
          <tr><td>${newTech.year}</td><td>${newTech.value}%</td><td>${both.value}%</td></tr>
        </tbody>
      </table>
    </trust-trend>`);
    expect(waveLabels(el)).to.deep.equal(['2022', '2024']);
    expect(endValues(el)).to.deep.equal(['15%', '39%']);
    expect(endNames(el).join(' | ')).to.equal('Trained on new technologies | Trained on both new and existing systems');
    expect(shadow(el).querySelectorAll('path[part="line"]')).to.have.length(2);
    expect(shadow(el).querySelectorAll('path[part="point"]')).to.have.length(4);
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Survey', 'Trained on new technologies', 'Trained on both new and existing systems']);
    expect(texts(shadow(el), 'tbody th')).to.deep.equal(['2022', '2024']);
  });

  it('reads the compact data attribute, with series naming the measures', async () => {
    const el = await wide(
      html`<trust-trend series="Trained on new technologies | Trained on both new and existing systems" data="2022: 5 | 47; 2024: 15 | 39"></trust-trend>`,
    );
    expect(endValues(el)).to.deep.equal(['15%', '39%']);
    expect(endNames(el)[0]).to.equal('Trained on new technologies');
  });

  it('reads JSON rows whose other keys are the series, with years written as numbers', async () => {
    const el = await wide(
      html`<trust-trend data='[{"label": 2022, "New technologies": 5, "Both systems": 47}, {"label": 2024, "New technologies": 15, "Both systems": 39}]'></trust-trend>`,
    );
    expect(waveLabels(el)).to.deep.equal(['2022', '2024']);
    expect(endNames(el)).to.deep.equal(['New technologies', 'Both systems']);
  });

  it('reads JSON rows with values by series, and null for a missing wave', async () => {
    const el = await wide(
      html`<trust-trend data='[{"label": "2022", "values": {"New technologies": 5}}, {"label": "2023", "values": {"New technologies": null}}, {"label": "2024", "values": {"New technologies": 15}}]'></trust-trend>`,
    );
    expect(waveLabels(el)).to.deep.equal(['2022', '2023', '2024']);
    expect(shadow(el).querySelectorAll('path[part="point"]')).to.have.length(2);
  });

  it('gives .data precedence over the data attribute, and the attribute over the table', async () => {
    const el = await wide(html`<trust-trend data="2020: 20; 2021: 21">
      <table><tr><td>2018</td><td>10</td></tr><tr><td>2019</td><td>11</td></tr></table>
    </trust-trend>`);
    expect(waveLabels(el)).to.deep.equal(['2020', '2021']);
    el.data = [
      { label: '2030', value: 30 },
      { label: '2031', value: 31 },
    ];
    await settled(el);
    expect(waveLabels(el)).to.deep.equal(['2030', '2031']);
    el.data = undefined;
    el.removeAttribute('data');
    await settled(el);
    expect(waveLabels(el)).to.deep.equal(['2018', '2019']);
  });

  it('accepts series rows through .data', async () => {
    const el = await wide(html`<trust-trend></trust-trend>`);
    el.data = [
      { label: '2022', values: { 'Trained on new technologies': 5, 'Trained on both new and existing systems': 47 } },
      { label: '2024', values: { 'Trained on new technologies': 15, 'Trained on both new and existing systems': 39 } },
    ];
    await settled(el);
    expect(endValues(el)).to.deep.equal(['15%', '39%']);
  });

  it('names nothing for a single unnamed series: only its latest value is written at the line end', async () => {
    const el = await wide(html`<trust-trend unit="count" data="2019: 12; 2020: 18; 2021: 15; 2022: 24; 2023: 21; 2024: 27"></trust-trend>`);
    expect(endValues(el)).to.deep.equal(['27']);
    expect(endNames(el)).to.deep.equal([]);
    expect(shadow(el).querySelector('.key-item')).to.equal(null);
  });

  it('names a single series when the table header or series attribute gives it a name', async () => {
    const el = await wide(html`<trust-trend series="Worry about cyber-attacks" data="Wave 1: 52; Wave 2: 55"></trust-trend>`);
    expect(endNames(el)).to.deep.equal(['Worry about cyber-attacks']);
  });
});

describe('<trust-trend> missing waves', () => {
  const gappy = html`<trust-trend series="Trained on new technologies | Trained on both new and existing systems" data="2021: 4 | 50; 2022: 5 | 47; 2023: n/a | 43; 2024: 15 | 39"></trust-trend>`;

  it('breaks the line at a wave with no figure and marks no point there', async () => {
    const el = await wide(gappy);
    const [newTech, both] = Array.from(shadow(el).querySelectorAll('path[part="line"]'), (path) => path.getAttribute('d')!);
    expect(newTech!.match(/M/g), 'two pieces').to.have.length(2);
    expect(both!.match(/M/g), 'one piece').to.have.length(1);
    expect(shadow(el).querySelectorAll('path[part="point"].series-1')).to.have.length(3);
    expect(waveLabels(el)).to.deep.equal(['2021', '2022', '2023', '2024']);
  });

  it('lists the missing wave in the summary and the table instead of inventing a value', async () => {
    const el = await wide(gappy);
    expect(summary(el)).to.contain('Trained on new technologies: rose from 4% in 2021 to 15% in 2024 (up 11 percentage points); no data for 2023.');
    expect(texts(shadow(el), 'tbody tr:nth-child(3) td')).to.deep.equal(['no data', '43%']);
  });

  it('writes "no data" at the end of a series with no figures at all', async () => {
    const el = await wide(html`<trust-trend series="Asked | Not asked" data="2022: 5 | n/a; 2024: 15 | n/a"></trust-trend>`);
    expect(endValues(el)).to.deep.equal(['15%', 'no data']);
    expect(shadow(el).querySelectorAll('path[part="line"]')).to.have.length(1);
  });
});

describe('<trust-trend> waves along the axis', () => {
  it('spaces plain years evenly in the order written, even when the years are uneven', async () => {
    const el = await wide(html`<trust-trend data="2019: 4; 2022: 9; 2024: 15"></trust-trend>`);
    const [a, b, c] = waveX(el);
    expect(b! - a!).to.be.closeTo(c! - b!, 0.01);
  });

  it('places ISO months in proportion to time, and writes them as the reader does', async () => {
    const el = await wide(html`<trust-trend data="2023-01: 49; 2023-03: 51; 2023-11: 55; 2024-03: 57"></trust-trend>`);
    const [a, b, , d] = waveX(el);
    expect((b! - a!) / (d! - a!)).to.be.closeTo(59 / 425, 0.001);
    expect(waveLabels(el)).to.deep.equal(['Jan 2023', 'Mar 2023', 'Nov 2023', 'Mar 2024']);
  });

  it('spaces months evenly with spacing="even"', async () => {
    const el = await wide(html`<trust-trend spacing="even" data="2023-01: 49; 2023-03: 51; 2023-11: 55"></trust-trend>`);
    const [a, b, c] = waveX(el);
    expect(b! - a!).to.be.closeTo(c! - b!, 0.01);
  });

  it('places uneven years in proportion to time with spacing="time"', async () => {
    const el = await wide(html`<trust-trend spacing="time" data="2019: 4; 2022: 9; 2024: 15"></trust-trend>`);
    const [a, b, c] = waveX(el);
    expect((b! - a!) / (c! - a!)).to.be.closeTo(1096 / 1826, 0.001);
  });

  it('draws dates written out of order in time order, so the line never doubles back', async () => {
    const el = await wide(html`<trust-trend data="2024-03: 57; 2023-01: 49; 2023-11: 55"></trust-trend>`);
    expect(waveLabels(el)).to.deep.equal(['Jan 2023', 'Nov 2023', 'Mar 2024']);
    expect(summary(el)).to.contain('Rose from 49% in Jan 2023 to 57% in Mar 2024');
  });
});

describe('<trust-trend> the vertical axis', () => {
  it('starts percentages at zero and ends at a round value above the largest, not always 100%', async () => {
    const el = await wide(html`<trust-trend data="2022: 5 | 47; 2024: 15 | 39"></trust-trend>`);
    expect(yLabels(el)[0]).to.equal('0%');
    expect(yLabels(el).at(-1)).to.equal('50%');
    expect(shadow(el).querySelector('[part="axis-note"]')).to.equal(null);
    expect(shadow(el).querySelector('.axis-break')).to.equal(null);
  });

  it('runs to y-max when it is set', async () => {
    const el = await wide(html`<trust-trend y-max="100" data="2022: 5; 2024: 15"></trust-trend>`);
    expect(yLabels(el).at(-1)).to.equal('100%');
  });

  it('starts at y-min with an axis-break mark and a note under the chart', async () => {
    const el = await wide(html`<trust-trend y-min="30" data="Wave 1: 35; Wave 2: 47"></trust-trend>`);
    expect(yLabels(el)[0]).to.equal('30%');
    expect(shadow(el).querySelector('path.axis-break')).to.exist;
    expect(texts(shadow(el), '[part="axis-note"]')).to.deep.equal(['The vertical axis starts at 30%, not zero.']);
  });

  it('writes the note in Welsh on a Welsh chart', async () => {
    const el = await wide(html`<trust-trend locale="cy" y-min="30" data="Cylch 1: 35; Cylch 2: 47"></trust-trend>`);
    expect(texts(shadow(el), '[part="axis-note"]')).to.deep.equal(['Mae’r echelin fertigol yn dechrau ar 30%, nid ar sero.']);
  });

  it('starts counts at zero, and states their change as an absolute difference', async () => {
    const el = await wide(html`<trust-trend unit="count" data="2019: 12; 2024: 27"></trust-trend>`);
    expect(yLabels(el)[0]).to.equal('0');
    expect(summary(el)).to.equal('Line chart, 2 waves from 2019 to 2024. Rose from 12 in 2019 to 27 in 2024 (up 15).');
  });

  it('states a change in money in the reader’s currency', async () => {
    const el = await wide(html`<trust-trend unit="currency" series="Spend" data="2017: 92000000; 2018: 150000000"></trust-trend>`);
    expect(summary(el)).to.contain('Spend: rose from £92m in 2017 to £150m in 2018 (up £58m).');
  });

  it('goes below zero for numbers that can be negative, with a zero line', async () => {
    const el = await wide(html`<trust-trend unit="number" data="2022: -8; 2024: 10"></trust-trend>`);
    expect(yLabels(el)[0]).to.equal('-10');
    expect(shadow(el).querySelector('line.zero')).to.exist;
    expect(summary(el)).to.contain('(up 18)');
  });
});

describe('<trust-trend> qualifiers and formats', () => {
  it('keeps "more than" with the value and does not claim an exact change', async () => {
    const el = await wide(html`<trust-trend series="Understand their role" data="2022: 80; 2024: more than 90"></trust-trend>`);
    expect(endValues(el)).to.deep.equal(['more than 90%']);
    expect(summary(el)).to.contain('Understand their role: rose from 80% in 2022 to more than 90% in 2024.');
  });

  it('uses the format attribute for values and the change', async () => {
    const el = await wide(html`<trust-trend format=".1f" data="2022: 5; 2024: 15.26"></trust-trend>`);
    expect(endValues(el)).to.deep.equal(['15.3%']);
    expect(summary(el)).to.contain('(up 10.3 percentage points)');
  });
});
