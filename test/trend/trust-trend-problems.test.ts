import { expect, fixture, html } from '@open-wc/testing';
import '../../src/trend/define.js';
import type { TrustTrend } from '../../src/trend/trust-trend.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

const errorText = (el: TrustTrend) => texts(shadow(el), '[part="error"] li');
const warningText = (el: TrustTrend) => texts(shadow(el), '[part="warning"] li');

/** Renders `markup`, returning the element and every console warning it produced. */
async function render(markup: ReturnType<typeof html>) {
  let el!: TrustTrend;
  const warnings = await captureWarnings(async () => {
    el = await fixture<TrustTrend>(markup);
    await settled(el);
  });
  return { el, warnings };
}

describe('<trust-trend> errors: the chart cannot be drawn', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    ['a value that is not a number', html`<trust-trend data="2022: 5; 2024: lots"></trust-trend>`, 'data: “lots” (for “2024”) is not a number.'],
    [
      'a wave with more values than the first',
      html`<trust-trend data="2022: 5; 2024: 15 | 39"></trust-trend>`,
      'data: “2024” has 2 values, but there is 1 series.',
    ],
    ['a percentage over 100', html`<trust-trend data="2022: 5; 2024: 150"></trust-trend>`, 'data: “2024” is 150%, more than 100%.'],
    ['no data at all', html`<trust-trend heading="Nothing yet"></trust-trend>`, 'data: there is no data to show.'],
    [
      'a bad cell in the table',
      html`<trust-trend><table><tr><td>2022</td><td>5</td></tr><tr><td>2024</td><td>15,5</td></tr></table></trust-trend>`,
      'table: “15,5” (for “2024”) is not a number.',
    ],
    ['an unknown unit', html`<trust-trend unit="percentage" data="2022: 5"></trust-trend>`, 'unit: “percentage” is not a unit.'],
  ];
  for (const [name, markup, expected] of cases) {
    it(`shows a visible message (not an alert) for ${name}, and warns in the console naming the attribute`, async () => {
      const { el, warnings } = await render(markup);
      const box = shadow(el).querySelector('[part="error"]')!;
      expect(box.getAttribute('role'), 'an error present at load is content, not an alert (issue 17 item 9)').to.equal(null);
      expect(errorText(el).join(' ')).to.contain(expected);
      expect(shadow(el).querySelector('svg')).to.equal(null);
      const attribute = expected.split(':')[0]!;
      expect(
        warnings.some((w) => w.startsWith(`<trust-trend> ${attribute}:`)),
        warnings.join('\n'),
      ).to.equal(true);
    });
  }

  it('still shows the author’s table when the data has a problem', async () => {
    const { el } = await render(html`<trust-trend><table><tr><td>2022</td><td>lots</td></tr></table></trust-trend>`);
    expect(el.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('never injects markup from data: wave labels and series names are text', async () => {
    const { el } = await render(
      html`<trust-trend style="width: 900px" series="<img src=x onerror=alert(1)>" data='<b>2022</b>: 5; <script>alert(2)</script>: 15'></trust-trend>`,
    );
    expect(shadow(el).querySelector('img, script, b')).to.equal(null);
    expect(texts(shadow(el), 'text.wave').join(' ')).to.contain('<b>2022</b>');
    expect(texts(shadow(el), 'text.end-name').join('')).to.contain('<img src=x');
  });
});

describe('<trust-trend> warnings: the chart is drawn, with a visible notice', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    [
      'a y-min that is not a number',
      html`<trust-trend y-min="high" data="2022: 35; 2024: 47"></trust-trend>`,
      'y-min: “high” is not a number; it was ignored. Write the figure in digits, such as 57, 57.5% or “over 1.7 million”.',
    ],
    [
      'a y-max that is not a number',
      html`<trust-trend y-max="top" data="2022: 35; 2024: 47"></trust-trend>`,
      'y-max: “top” is not a number; it was ignored. Write the figure in digits, such as 57, 57.5% or “over 1.7 million”.',
    ],
    [
      'a y-min above the smallest value',
      html`<trust-trend y-min="40" data="2022: 35; 2024: 47"></trust-trend>`,
      'y-min: the axis minimum 40% is above the smallest value 35%; the axis was extended to fit. Set y-min to 35% or less, or remove it.',
    ],
    [
      'a y-max below the largest value',
      html`<trust-trend y-max="40" data="2022: 35; 2024: 47"></trust-trend>`,
      'y-max: the axis maximum 40% is below the largest value 47%; the axis was extended to fit. Set it to 47% or more, or remove it.',
    ],
    [
      'a y-max not above y-min',
      html`<trust-trend y-min="30" y-max="20" data="2022: 35; 2024: 47"></trust-trend>`,
      'y-max: the axis maximum 20% is not above the axis minimum 30%; it was ignored. Set y-max above y-min.',
    ],
    [
      'an unknown spacing',
      html`<trust-trend spacing="dates" data="2022: 35; 2024: 47"></trust-trend>`,
      'spacing: “dates” is not one of auto, even, time; using auto.',
    ],
    [
      'dates mixed with wave names',
      html`<trust-trend data="2023-01: 49; Wave 2: 51; 2024-03: 57"></trust-trend>`,
      'data: the waves mix dates (“2023-01”) and names (“Wave 2”), so they are spaced evenly in the order written. Write every wave as a date (2023, 2024-03) or every one as a name.',
    ],
    [
      'spacing="time" with a wave name',
      html`<trust-trend spacing="time" data="2022: 35; Wave 2: 47"></trust-trend>`,
      'spacing: “Wave 2” is not a date such as 2024, 2024-03 or 2024-03-15, so the waves are spaced evenly in the order written.',
    ],
    [
      'a misspelt attribute',
      html`<trust-trend ymin="30" data="2022: 35; 2024: 47"></trust-trend>`,
      'ymin: “ymin” is not an attribute of this chart; it was ignored. Check its spelling.',
    ],
    [
      'series names that do not match the data',
      html`<trust-trend series="A | B" data="2022: 35; 2024: 47"></trust-trend>`,
      'series: “series” has 2 values, but there is 1 series. Give one value per series, separated by |, with a dash (–) where there is none.',
    ],
  ];
  for (const [name, markup, expected] of cases) {
    it(`draws the chart and reports ${name}`, async () => {
      const { el, warnings } = await render(markup);
      expect(shadow(el).querySelector('svg'), 'chart').to.exist;
      // Content when the chart loads, not a live region: a page of warned charts would say every notice (f100225).
      expect(shadow(el).querySelector('[part="warning"]')!.getAttribute('role')).to.equal(null);
      expect(warningText(el)).to.include(expected);
      expect(warnings).to.include(`<trust-trend> ${expected}`);
    });
  }

  it('names the table as the source of mixed wave labels written in a table', async () => {
    const { el } = await render(html`<trust-trend><table><tr><td>2023-01</td><td>49</td></tr><tr><td>Wave 2</td><td>51</td></tr></table></trust-trend>`);
    expect(warningText(el)[0]).to.match(/^table: the waves mix dates/);
  });

  it('keeps drawing honestly after a warning: the axis still reaches the smallest value', async () => {
    const { el } = await render(html`<trust-trend y-min="40" data="2022: 35; 2024: 47"></trust-trend>`);
    expect(texts(shadow(el), '[part="axis-note"]')).to.deep.equal(['The vertical axis starts at 34%, not zero.']);
  });

  it('warns in Welsh inside a Welsh chart, and in English in the console', async () => {
    const { el, warnings } = await render(html`<trust-trend locale="cy" y-min="40" data="2022: 35; 2024: 47"></trust-trend>`);
    expect(warningText(el)).to.include(
      'y-min: mae isafswm yr echelin 40% yn uwch na’r gwerth lleiaf 35%; estynnwyd yr echelin i’w gynnwys. Gosodwch y-min i 35% neu lai, neu tynnwch ef.',
    );
    expect(warnings).to.include(
      '<trust-trend> y-min: the axis minimum 40% is above the smallest value 35%; the axis was extended to fit. Set y-min to 35% or less, or remove it.',
    );
  });

  it('warns once, not on every render', async () => {
    const { el, warnings } = await render(html`<trust-trend y-min="high" data="2022: 35; 2024: 47"></trust-trend>`);
    const more = await captureWarnings(async () => {
      el.heading = 'Re-rendered';
      await settled(el);
    });
    expect(warnings).to.have.length(1);
    expect(more).to.have.length(0);
  });
});
