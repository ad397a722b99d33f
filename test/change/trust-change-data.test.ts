import { expect, fixture, html } from '@open-wc/testing';
import '../../src/change/define.js';
import type { TrustChange } from '../../src/change/trust-change.js';
import { addMessages } from '../../src/core/i18n/messages.js';
import { figure } from '../fixtures/figures.js';
import { settled, shadow, texts } from '../helpers/widget.js';

const values = (el: TrustChange) => texts(shadow(el), 'text.value');
const changes = (el: TrustChange) => texts(shadow(el), 'text.change');
/** Each label's wrapped lines joined again with spaces. */
const labels = (el: TrustChange) =>
  Array.from(shadow(el).querySelectorAll('text.row-label'), (text) => Array.from(text.querySelectorAll('tspan'), (line) => line.textContent).join(' '));
const key = (el: TrustChange) => texts(shadow(el), '[part="legend"] text');
const summary = (el: TrustChange) => shadow(el).querySelector('#summary')!.textContent;

const TRAINING = 'Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39';

describe('<trust-change> data input', () => {
  it('draws the real BT training figures: a hollow 2022 dot, a filled 2024 dot and the change in points', async () => {
    const newTech = await figure('staff_training_new_tech');
    const both = await figure('staff_training_new_and_existing');
    const el = await fixture<TrustChange>(html`<trust-change
      from-label=${newTech.compare_year}
      to-label=${newTech.year}
      data="Trained on new technologies: ${newTech.compare_value} | ${newTech.value}; Trained on both new and existing systems: ${both.compare_value} | ${both.value}"
    ></trust-change>`);
    expect(labels(el)).to.deep.equal(['Trained on new technologies', 'Trained on both new and existing systems']);
    expect(values(el)).to.deep.equal(['5%', '15%', '39%', '47%']);
    expect(changes(el)).to.deep.equal(['+10 pts', '\u22128 pts']);
    expect(shadow(el).querySelectorAll('circle[part~="from"]')).to.have.length(2);
    expect(shadow(el).querySelectorAll('circle[part~="to"]')).to.have.length(2);
    expect(key(el)).to.deep.equal(['2022', '2024', 'pts: percentage points']);
  });

  it('writes a fall with a real minus sign (U+2212), never a hyphen', async () => {
    const el = await fixture<TrustChange>(html`<trust-change data="Trained on both: 47 | 39"></trust-change>`);
    expect(changes(el)[0]!.codePointAt(0)).to.equal(0x2212);
    expect(changes(el)[0]).to.not.contain('-');
  });

  it('reads a child table: the header row names the two time points', async () => {
    const el = await fixture<TrustChange>(html`<trust-change>
      <table>
        <thead><tr><th>Training</th><th>2022</th><th>2024</th></tr></thead>
        <tbody>
          <tr><td>Trained on new technologies</td><td>5%</td><td>15%</td></tr>
          <tr><td>Trained on both new and existing systems</td><td>47%</td><td>39%</td></tr>
        </tbody>
      </table>
    </trust-change>`);
    expect(key(el).slice(0, 2)).to.deep.equal(['2022', '2024']);
    expect(summary(el)).to.contain('from 2022 to 2024');
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Training', '2022', '2024']);
  });

  it('lets from-label and to-label rename the ends named by a table header', async () => {
    const el = await fixture<TrustChange>(html`<trust-change from-label="Spring 2022" to-label="Spring 2024">
      <table>
        <thead><tr><th>Training</th><th>2022</th><th>2024</th></tr></thead>
        <tbody><tr><td>Trained on new technologies</td><td>5%</td><td>15%</td></tr></tbody>
      </table>
    </trust-change>`);
    expect(key(el).slice(0, 2)).to.deep.equal(['Spring 2022', 'Spring 2024']);
  });

  it('names the ends from the series attribute, and says "Before" and "After" when nothing names them', async () => {
    const named = await fixture<TrustChange>(html`<trust-change series="2022 | 2024" data=${TRAINING}></trust-change>`);
    expect(key(named).slice(0, 2)).to.deep.equal(['2022', '2024']);
    const unnamed = await fixture<TrustChange>(html`<trust-change data=${TRAINING}></trust-change>`);
    expect(key(unnamed).slice(0, 2)).to.deep.equal(['Before', 'After']);
    expect(summary(unnamed)).to.contain('from Before to After');
  });

  it('reads JSON rows with "from" and "to", in whichever order the keys are written', async () => {
    const el = await fixture<TrustChange>(html`<trust-change
      data='[{"label": "Trained on new technologies", "to": 15, "from": 5}, {"label": "Trained on both", "from": "47%", "to": "39%"}]'
    ></trust-change>`);
    expect(values(el)).to.deep.equal(['5%', '15%', '39%', '47%']);
    expect(changes(el)).to.deep.equal(['+10 pts', '\u22128 pts']);
    expect(key(el).slice(0, 2)).to.deep.equal(['Before', 'After']);
  });

  it('reads JSON rows with named values, whose names become the ends', async () => {
    const el = await fixture<TrustChange>(html`<trust-change
      data='[{"label": "Trained on new technologies", "values": {"2022": 5, "2024": 15}}]'
    ></trust-change>`);
    expect(key(el).slice(0, 2)).to.deep.equal(['2022', '2024']);
    expect(changes(el)).to.deep.equal(['+10 pts']);
  });

  it('accepts .data as {label, from, to} rows and as series rows, winning over the attribute', async () => {
    const el = await fixture<TrustChange>(html`<trust-change data="From the attribute: 1 | 2"></trust-change>`);
    el.data = [{ label: 'From the property', from: 5, to: 15 }] as unknown as TrustChange['data'];
    await settled(el);
    expect(labels(el)).to.deep.equal(['From the property']);
    expect(changes(el)).to.deep.equal(['+10 pts']);
    el.data = [{ label: 'Series rows', values: { '2022': 47, '2024': 39 } }];
    await settled(el);
    expect(changes(el)).to.deep.equal(['\u22128 pts']);
    expect(key(el).slice(0, 2)).to.deep.equal(['2022', '2024']);
  });

  it('shows a row without one of its values as words, with no dumbbell, and says which is missing', async () => {
    const el = await fixture<TrustChange>(
      html`<trust-change from-label="2022" to-label="2024" data="Trained on new technologies: 5 | 15; Not asked in 2022: n/a | 55; Not asked at all: – | n/a"></trust-change>`,
    );
    expect(texts(shadow(el), 'text.missing')).to.deep.equal(['no data for 2022; 55% in 2024', 'no data']);
    expect(shadow(el).querySelectorAll('circle[part~="from"]')).to.have.length(1);
    expect(changes(el)).to.deep.equal(['+10 pts']);
    expect(summary(el)).to.contain('Not asked in 2022: no data for 2022; 55% in 2024.');
    expect(summary(el)).to.contain('Not asked at all: no data.');
  });

  it('re-renders when a CMS edits the child table', async () => {
    const el = await fixture<TrustChange>(html`<trust-change><table><tr><td>Trained</td><td>5</td><td>15</td></tr></table></trust-change>`);
    el.querySelector('td:last-child')!.textContent = '25';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(changes(el)).to.deep.equal(['+20 pts']);
  });
});

describe('<trust-change> options', () => {
  const three = 'Small rise: 40 | 41; Fall: 47 | 39; Big rise: 5 | 15; Not asked: n/a | 20';

  it('keeps the written order by default, and sorts by the change (later minus earlier) on request', async () => {
    const el = await fixture<TrustChange>(html`<trust-change data=${three}></trust-change>`);
    expect(labels(el)).to.deep.equal(['Small rise', 'Fall', 'Big rise', 'Not asked']);
    el.sort = 'descending';
    await settled(el);
    expect(labels(el)).to.deep.equal(['Big rise', 'Small rise', 'Fall', 'Not asked']);
    el.sort = 'ascending';
    await settled(el);
    expect(labels(el)).to.deep.equal(['Fall', 'Small rise', 'Big rise', 'Not asked']);
    // The data table keeps the author's order.
    expect(texts(shadow(el), 'tbody th')).to.deep.equal(['Small rise', 'Fall', 'Big rise', 'Not asked']);
  });

  it('colours a rise as good and a fall as bad with direction="up-is-good", and the reverse with down-is-good', async () => {
    const el = await fixture<TrustChange>(html`<trust-change direction="up-is-good" data=${TRAINING}></trust-change>`);
    const tones = () => Array.from(shadow(el).querySelectorAll('g.row'), (row) => row.getAttribute('class'));
    expect(tones()).to.deep.equal(['row tone-good', 'row tone-bad']);
    expect(key(el)).to.include('Higher is better.');
    el.direction = 'down-is-good';
    await settled(el);
    expect(tones()).to.deep.equal(['row tone-bad', 'row tone-good']);
    expect(key(el)).to.include('Lower is better.');
  });

  it('uses one colour for rises and falls by default, while the words still say up and down', async () => {
    const el = await fixture<TrustChange>(html`<trust-change data=${TRAINING}></trust-change>`);
    const rows = Array.from(shadow(el).querySelectorAll('g.row'));
    expect(rows.map((row) => row.getAttribute('class'))).to.deep.equal(['row tone-neutral', 'row tone-neutral']);
    expect(getComputedStyle(rows[0]!.querySelector('.dot-to')!).fill).to.equal(getComputedStyle(rows[1]!.querySelector('.dot-to')!).fill);
    expect(summary(el)).to.contain('up 10 percentage points').and.to.contain('down 8 percentage points');
    expect(key(el).join(' ')).to.not.contain('better');
  });

  it('says "no change" for equal values and never colours them as good or bad', async () => {
    const el = await fixture<TrustChange>(html`<trust-change direction="up-is-good" data="Steady: 60 | 60"></trust-change>`);
    expect(changes(el)).to.deep.equal(['no change']);
    expect(shadow(el).querySelector('g.row')!.getAttribute('class')).to.equal('row tone-neutral');
    expect(summary(el)).to.contain('Steady: no change, from 60% to 60%.');
    expect(key(el)).to.not.include('pts: percentage points');
  });

  it('says "1 pt" and "1 percentage point" for a one-point change, and keeps one decimal', async () => {
    const el = await fixture<TrustChange>(html`<trust-change data="Tiny rise: 40 | 41; Half: 40.5 | 41"></trust-change>`);
    expect(changes(el)).to.deep.equal(['+1 pt', '+0.5 pts']);
    expect(summary(el)).to.contain('up 1 percentage point, from 40% to 41%').and.to.contain('up 0.5 percentage points');
  });

  it('runs a percentage axis to 100 and honours max', async () => {
    const el = await fixture<TrustChange>(html`<trust-change data=${TRAINING}></trust-change>`);
    expect(texts(shadow(el), 'text.tick').at(-1)).to.equal('100%');
    el.max = '50';
    await settled(el);
    expect(texts(shadow(el), 'text.tick').at(-1)).to.equal('50%');
  });

  it('gives the absolute difference in the unit for counts and money, never percentage points', async () => {
    const el = await fixture<TrustChange>(html`<trust-change unit="count" data="Trusts with no qualified staff: 24 | 19"></trust-change>`);
    expect(changes(el)).to.deep.equal(['\u22125']);
    expect(summary(el)).to.contain('down 5, from 24 to 19.');
    el.unit = 'currency';
    el.setAttribute('data', 'Average training spend per trust: 5356 | 6356');
    await settled(el);
    expect(changes(el)).to.deep.equal(['+£1,000']);
    expect(summary(el)).to.contain('up £1,000, from £5,356 to £6,356.');
  });

  it('keeps qualifiers with the values they belong to', async () => {
    const el = await fixture<TrustChange>(html`<trust-change data="Understand their role: more than 90 | 95"></trust-change>`);
    expect(values(el)).to.deep.equal(['more than 90%', '95%']);
  });

  it('lets a page reword the widget’s own sentences with addMessages', async () => {
    addMessages('en', { changeNone: 'unchanged' });
    try {
      const el = await fixture<TrustChange>(html`<trust-change data="Steady: 60 | 60"></trust-change>`);
      expect(changes(el)).to.deep.equal(['unchanged']);
    } finally {
      addMessages('en', { changeNone: 'no change' });
    }
  });
});
