import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

const errorText = (el: TrustBars) => texts(shadow(el), '[part="error"] li');
const warningText = (el: TrustBars) => texts(shadow(el), '[part="warning"] li');

/** Renders `markup`, returning the element and every console warning it produced. */
async function render(markup: ReturnType<typeof html>) {
  let el!: TrustBars;
  const warnings = await captureWarnings(async () => {
    el = await fixture<TrustBars>(markup);
    await settled(el);
  });
  return { el, warnings };
}

describe('<trust-bars> errors: the chart cannot be drawn', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    ['a value that is not a number', html`<trust-bars data="Worried: 57; Concerned: lots"></trust-bars>`, 'data: “lots” (for “Concerned”) is not a number.'],
    ['malformed JSON', html`<trust-bars data='[{"label": "Worried", "value": 57'></trust-bars>`, 'data: the data is not valid JSON'],
    ['JSON that is not a list of rows', html`<trust-bars data='{"Worried": 57}'></trust-bars>`, 'data: the data should be a list of {"label", "value"} rows'],
    ['a compact entry without a colon', html`<trust-bars data="Worried 57"></trust-bars>`, 'data: “Worried 57” should read “label: number”'],
    [
      'a percentage over 100',
      html`<trust-bars data="Staff: 1700000"></trust-bars>`,
      'data: “Staff” is 1,700,000%, more than 100%. If these are not percentages, set unit="count"',
    ],
    ['a negative percentage', html`<trust-bars data="Change: -8"></trust-bars>`, 'data: “Change” is -8%; a percentage cannot be negative.'],
    ['a negative count', html`<trust-bars unit="count" data="Trusts: -3"></trust-bars>`, 'data: “Trusts” is -3; a count cannot be negative.'],
    ['no data at all', html`<trust-bars heading="Nothing yet"></trust-bars>`, 'data: there is no data to show.'],
    ['an empty table', html`<trust-bars><table><thead><tr><th>Item</th><th>%</th></tr></thead></table></trust-bars>`, 'table: the table has no rows of data.'],
    [
      'a bad cell in the table',
      html`<trust-bars><table><tr><td>Worried</td><td>57,5</td></tr></table></trust-bars>`,
      'table: “57,5” (for “Worried”) is not a number.',
    ],
    [
      'a JSON row with a blank label',
      html`<trust-bars data='[{"label":"Worried","value":57},{"label":"  ","value":60}]'></trust-bars>`,
      'data: row 2 has no label.',
    ],
    [
      'an unknown unit',
      html`<trust-bars unit="percentage" data="Worried: 57"></trust-bars>`,
      'unit: “percentage” is not a unit. Use one of percent, count, currency, ratio, number.',
    ],
    [
      'an unknown currency',
      html`<trust-bars unit="currency" currency="pounds" data="Cost: 92000000"></trust-bars>`,
      'currency: “pounds” is not a three-letter currency code',
    ],
  ];
  for (const [name, markup, expected] of cases) {
    it(`shows a visible message (not an alert) for ${name}, and warns in the console naming the attribute`, async () => {
      const { el, warnings } = await render(markup);
      const box = shadow(el).querySelector('[part="error"]')!;
      expect(box, 'error box').to.exist;
      expect(box.getAttribute('role'), 'an error present at load is content, not an alert (issue 17 item 9)').to.equal(null);
      expect(texts(box, 'p')[0]).to.equal('This chart can’t be shown');
      expect(errorText(el).join(' ')).to.contain(expected);
      expect(shadow(el).querySelector('svg')).to.equal(null);
      const attribute = expected.split(':')[0]!;
      expect(
        warnings.some((w) => w.startsWith(`<trust-bars> ${attribute}:`)),
        warnings.join('\n'),
      ).to.equal(true);
    });
  }

  it('warns once, not on every render', async () => {
    const { el, warnings } = await render(html`<trust-bars data="Worried: lots"></trust-bars>`);
    const more = await captureWarnings(async () => {
      el.heading = 'Re-rendered';
      await settled(el);
    });
    expect(warnings).to.have.length(1);
    expect(more).to.have.length(0);
  });

  it("still shows the author's table when the data has a problem", async () => {
    const { el } = await render(html`<trust-bars><table><tr><td>Worried</td><td>lots</td></tr></table></trust-bars>`);
    expect(shadow(el).querySelector('slot')).to.exist;
    expect(el.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('never injects markup from data: labels are text', async () => {
    const { el } = await render(html`<trust-bars data='[{"label":"<img src=x onerror=alert(1)><script>alert(2)</script>","value":57}]'></trust-bars>`);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(texts(shadow(el), 'text.bar-label').join('')).to.contain('<img src=x');
  });

  it('shows its own message in Welsh on a Welsh page', async () => {
    const { el } = await render(html`<trust-bars locale="cy" data="Yn poeni: llawer"></trust-bars>`);
    expect(texts(shadow(el), '[part="error"] p')[0]).to.equal('Ni ellir dangos y siart hwn');
    expect(errorText(el)[0]).to.equal(
      'data: Nid yw “llawer” (ar gyfer “Yn poeni”) yn rhif. Ysgrifennwch y ffigur mewn digidau, fel 57, 57.5% neu “dros 1.7 miliwn”.',
    );
  });
});

describe('<trust-bars> warnings: the chart is drawn, with a visible notice', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    [
      'a misspelt attribute',
      html`<trust-bars heading-levle="2" data="Worried: 57"></trust-bars>`,
      'heading-levle: “heading-levle” is not an attribute of this chart',
    ],
    [
      'an unknown sort order',
      html`<trust-bars sort="biggest" data="Worried: 57"></trust-bars>`,
      'sort: “biggest” is not one of none, ascending, descending; using none.',
    ],
    [
      'an unknown theme',
      html`<trust-bars theme="purple" data="Worried: 57"></trust-bars>`,
      'theme: “purple” is not one of light, dark, auto, nhs; using the page’s colours.',
    ],
    [
      'a theme with spaces around it (the stylesheet would not match it)',
      html`<trust-bars theme=" nhs " data="Worried: 57"></trust-bars>`,
      'theme: “ nhs ” is not one of light, dark, auto, nhs; using the page’s colours.',
    ],
    [
      'a heading level outside 2–6',
      html`<trust-bars heading="Concern" heading-level="1" data="Worried: 57"></trust-bars>`,
      'heading-level: “1” is not one of 2, 3, 4, 5, 6; using 3.',
    ],
    ['an unknown notation', html`<trust-bars notation="short" data="Worried: 57"></trust-bars>`, 'notation: “short” is not one of auto, standard, compact'],
    [
      'a javascript: source link',
      html`<trust-bars source="BT" source-url="javascript:alert(1)" data="Worried: 57"></trust-bars>`,
      'source-url: “javascript:alert(1)” is not an http or https address',
    ],
    ['a highlight that matches no bar', html`<trust-bars highlight="Nobody" data="Worried: 57"></trust-bars>`, 'highlight: no bar is labelled “Nobody”'],
    ['a target that is not a number', html`<trust-bars target="high" data="Worried: 57"></trust-bars>`, 'target: “high” is not a number; it was ignored.'],
    ['a max below the data', html`<trust-bars max="50" data="Worried: 57"></trust-bars>`, 'max: the axis maximum 50% is below the largest value 57%'],
    ['an invalid locale', html`<trust-bars locale="english please" data="Worried: 57"></trust-bars>`, 'locale: “english please” is not a language tag'],
    ['an unsupported format', html`<trust-bars format="x" data="Worried: 57"></trust-bars>`, 'format: “x” is not a number format'],
    [
      'series names that do not match the data',
      html`<trust-bars series="2022 | 2024" data="Worried: 57"></trust-bars>`,
      'series: “series” has 2 values, but there is 1 series.',
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
      expect(warnings.some((w) => w.includes(expected.split(':')[0]!))).to.equal(true);
    });
  }

  it('shows the source as plain text when its link is refused', async () => {
    const { el } = await render(html`<trust-bars source="BT research" source-url="javascript:alert(1)" data="Worried: 57"></trust-bars>`);
    expect(shadow(el).querySelector('[part="source"] a')).to.equal(null);
    expect(texts(shadow(el), '[part="source"]')).to.deep.equal(['Source: BT research']);
  });

  it('ignores global attributes such as id, class, lang, aria-* and data-*', async () => {
    const { el } = await render(html`<trust-bars id="a" class="b" lang="en-GB" aria-describedby="c" data-cms-id="9" data="Worried: 57"></trust-bars>`);
    expect(shadow(el).querySelector('[part="warning"]')).to.equal(null);
  });
});
