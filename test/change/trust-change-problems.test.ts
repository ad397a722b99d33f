import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/change/define.js';
import type { TrustChange } from '../../src/change/trust-change.js';
import type { TrustDataErrorEvent, TrustRenderEvent } from '../../src/core/events.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

const errorText = (el: TrustChange) => texts(shadow(el), '[part="error"] li');
const warningText = (el: TrustChange) => texts(shadow(el), '[part="warning"] li');

/** Renders `markup`, returning the element and every console warning it produced. */
async function render(markup: ReturnType<typeof html>) {
  let el!: TrustChange;
  const warnings = await captureWarnings(async () => {
    el = await fixture<TrustChange>(markup);
    await settled(el);
  });
  return { el, warnings };
}

const TOO_FEW = 'a change chart needs two values on every row, the earlier figure and the later one';

describe('<trust-change> errors: the chart cannot be drawn', () => {
  const oneValue: [string, ReturnType<typeof html>, string][] = [
    ['compact data with one value per row', html`<trust-change data="Trained on new technologies: 15; Trained on both: 39"></trust-change>`, 'data'],
    ['JSON rows with a single value', html`<trust-change data='[{"label": "Trained on new technologies", "value": 15}]'></trust-change>`, 'data'],
    [
      'a table with one column of values',
      html`<trust-change><table><thead><tr><th>Training</th><th>2024</th></tr></thead><tbody><tr><td>Trained on new technologies</td><td>15%</td></tr></tbody></table></trust-change>`,
      'table',
    ],
  ];
  for (const [name, markup, attribute] of oneValue) {
    it(`refuses ${name} with a visible message (not an alert) naming ${attribute}, and warns in the console`, async () => {
      const { el, warnings } = await render(markup);
      const box = shadow(el).querySelector('[part="error"]')!;
      expect(box, 'error box').to.exist;
      expect(box.getAttribute('role'), 'an error present at load is content, not an alert (issue 17 item 9)').to.equal(null);
      expect(texts(box, 'p')[0]).to.equal('This chart can’t be shown');
      expect(errorText(el)[0]).to.contain(`${attribute}: ${TOO_FEW}`).and.to.contain('but this data has 1 value on each row.');
      expect(shadow(el).querySelector('svg'), 'no chart').to.equal(null);
      expect(warnings.filter((w) => w.startsWith(`<trust-change> ${attribute}: ${TOO_FEW}`))).to.have.length(1);
    });
  }

  it('names .data when the property holds one value per row', async () => {
    const el = await fixture<TrustChange>(html`<trust-change data="Trained on new technologies: 5 | 15"></trust-change>`);
    const warnings = await captureWarnings(async () => {
      el.data = [{ label: 'Trained on new technologies', value: 15 }];
      await settled(el);
    });
    expect(errorText(el)[0]).to.contain(`.data: ${TOO_FEW}`);
    expect(warnings.some((w) => w.startsWith('<trust-change> .data:'))).to.equal(true);
  });

  it('shows the author’s own table in place of the chart, as for every error, with no second copy of it', async () => {
    const { el } = await render(
      html`<trust-change><table><thead><tr><th>Training</th><th>2024</th></tr></thead><tbody><tr><td>Trained on new technologies</td><td>15%</td></tr></tbody></table></trust-change>`,
    );
    expect(shadow(el).querySelector('[part="error"]'), 'error box').to.exist;
    const slot = shadow(el).querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.localName)).to.deep.equal(['table']);
    expect(el.querySelector('table')!.getBoundingClientRect().height, 'the table is visible').to.be.greaterThan(0);
    expect(shadow(el).querySelector('[part="toolbar"]'), 'no table button').to.equal(null);
    expect(shadow(el).querySelector('#data-table'), 'no generated table').to.equal(null);
  });

  it('fires trust-data-error once with the message, counts it in trust-render, and warns only once however often it redraws', async () => {
    const el = document.createElement('trust-change') as TrustChange;
    el.setAttribute('data', 'Trained on new technologies: 15');
    let dataErrors = 0;
    el.addEventListener('trust-data-error', () => dataErrors++);
    let event!: TrustDataErrorEvent;
    let render!: TrustRenderEvent;
    const warnings = await captureWarnings(async () => {
      setTimeout(() => document.body.append(el));
      [event, render] = await Promise.all([oneEvent<TrustDataErrorEvent>(el, 'trust-data-error'), oneEvent<TrustRenderEvent>(el, 'trust-render')]);
      el.heading = 'Redrawn';
      await settled(el);
    });
    expect(event.messages).to.have.length(1);
    expect(event.messages[0]).to.contain(TOO_FEW);
    expect(render.errors).to.equal(1);
    expect(dataErrors).to.equal(1);
    expect(warnings).to.have.length(1);
    el.remove();
  });

  it('draws the chart once the second value is added', async () => {
    const { el } = await render(html`<trust-change data="Trained on new technologies: 15"></trust-change>`);
    el.setAttribute('data', 'Trained on new technologies: 5 | 15');
    await settled(el);
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    expect(shadow(el).querySelector('svg')).to.exist;
  });

  const shared: [string, ReturnType<typeof html>, string][] = [
    ['a value that is not a number', html`<trust-change data="Trained: 5 | lots"></trust-change>`, 'data: “lots” (for “Trained”) is not a number.'],
    ['rows with different numbers of values', html`<trust-change data="A: 5 | 15; B: 47"></trust-change>`, 'data: “B” has 1 value, but there are 2 series.'],
    ['a percentage over 100', html`<trust-change data="Staff: 5 | 150"></trust-change>`, 'data: “Staff” is 150%, more than 100%.'],
    ['no data at all', html`<trust-change heading="Nothing yet"></trust-change>`, 'data: there is no data to show.'],
  ];
  for (const [name, markup, expected] of shared) {
    it(`shows the shared message for ${name}`, async () => {
      const { el, warnings } = await render(markup);
      expect(errorText(el).join(' ')).to.contain(expected);
      expect(warnings.some((w) => w.startsWith(`<trust-change> ${expected.split(':')[0]}:`))).to.equal(true);
    });
  }

  it('says it in Welsh on a Welsh page, and in English in the console', async () => {
    const { el, warnings } = await render(html`<trust-change locale="cy" data="Hyfforddiant: 15"></trust-change>`);
    expect(texts(shadow(el), '[part="error"] p')[0]).to.equal('Ni ellir dangos y siart hwn');
    expect(errorText(el)[0]).to.contain('data: mae angen dau werth ar bob rhes mewn siart newid');
    expect(warnings.some((w) => w.startsWith(`<trust-change> data: ${TOO_FEW}`))).to.equal(true);
  });

  it('never injects markup from data: labels are text', async () => {
    const { el } = await render(html`<trust-change data='[{"label":"<img src=x onerror=alert(1)>","from":5,"to":15}]'></trust-change>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(texts(shadow(el), 'text.row-label').join('')).to.contain('<img src=x');
  });
});

describe('<trust-change> warnings: the chart is drawn, with a visible notice', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    [
      'a third value on each row (only the first two are drawn)',
      html`<trust-change series="2020 | 2022 | 2024" data="Trained: 3 | 5 | 15"></trust-change>`,
      'data: the data has 3 values on each row, but a change chart shows two; only 2020 and 2022 are drawn.',
    ],
    [
      'a third column in the table',
      html`<trust-change><table><thead><tr><th>Training</th><th>2020</th><th>2022</th><th>2024</th></tr></thead><tbody><tr><td>Trained</td><td>3</td><td>5</td><td>15</td></tr></tbody></table></trust-change>`,
      'table: the data has 3 values on each row',
    ],
    [
      'an unknown direction',
      html`<trust-change direction="sideways" data="Trained: 5 | 15"></trust-change>`,
      'direction: “sideways” is not one of neutral, up-is-good, down-is-good; using neutral.',
    ],
    [
      'an unknown sort order',
      html`<trust-change sort="biggest" data="Trained: 5 | 15"></trust-change>`,
      'sort: “biggest” is not one of none, ascending, descending; using none.',
    ],
    ['a max that is not a number', html`<trust-change max="lots" data="Trained: 5 | 15"></trust-change>`, 'max: “lots” is not a number; it was ignored.'],
    ['a max below the data', html`<trust-change max="10" data="Trained: 5 | 15"></trust-change>`, 'max: the axis maximum 10% is below the largest value 15%'],
    [
      'a misspelt attribute',
      html`<trust-change from-lable="2022" data="Trained: 5 | 15"></trust-change>`,
      'from-lable: “from-lable” is not an attribute of this chart',
    ],
  ];
  for (const [name, markup, expected] of cases) {
    it(`draws the chart and reports ${name}`, async () => {
      const { el, warnings } = await render(markup);
      expect(shadow(el).querySelector('svg'), 'chart').to.exist;
      const box = shadow(el).querySelector('[part="warning"]')!;
      // Content when the chart loads, not a live region: a page of warned charts would say every notice (f100225).
      expect(box.getAttribute('role')).to.equal(null);
      expect(warningText(el).join(' ')).to.contain(expected);
      expect(warnings.some((w) => w.startsWith(`<trust-change> ${expected.split(':')[0]}:`))).to.equal(true);
    });
  }

  it('draws the first two values of each row when there are three', async () => {
    const { el } = await render(html`<trust-change series="2020 | 2022 | 2024" data="Trained: 3 | 5 | 15"></trust-change>`);
    expect(texts(shadow(el), 'text.value')).to.deep.equal(['3%', '5%']);
    expect(texts(shadow(el), '[part="legend"] text').slice(0, 2)).to.deep.equal(['2020', '2022']);
  });

  it('warns in Welsh on a Welsh page and in English in the console', async () => {
    const { el, warnings } = await render(html`<trust-change locale="cy" data="Hyfforddiant: 3 | 5 | 15"></trust-change>`);
    expect(warningText(el).join(' ')).to.contain('data: mae gan y data 3 gwerth ar bob rhes');
    expect(warnings.some((w) => w.startsWith('<trust-change> data: the data has 3 values on each row'))).to.equal(true);
  });
});
