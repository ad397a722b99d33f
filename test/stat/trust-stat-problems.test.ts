import { expect, fixture, html } from '@open-wc/testing';
import '../../src/stat/define.js';
import type { TrustStat } from '../../src/stat/trust-stat.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

const errorText = (el: TrustStat) => texts(shadow(el), '[part="error"] li');
const warningText = (el: TrustStat) => texts(shadow(el), '[part="warning"] li');

/** Renders `markup`, returning the element and every console warning it produced. */
async function render(markup: ReturnType<typeof html>) {
  let el!: TrustStat;
  const warnings = await captureWarnings(async () => {
    el = await fixture<TrustStat>(markup);
    await settled(el);
  });
  return { el, warnings };
}

describe('<trust-stat> errors: the figure cannot be shown', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    [
      'a value that is not a number',
      html`<trust-stat value="lots"></trust-stat>`,
      'value: “lots” is not a number. Write the figure in digits, for example value="57" or value="over 1.7 million".',
    ],
    ['a value written as "n/a"', html`<trust-stat value="n/a"></trust-stat>`, 'value: “n/a” is not a number.'],
    ['a range instead of one figure', html`<trust-stat value="90% or more"></trust-stat>`, 'value: “90% or more” is not a number.'],
    [
      'a percentage over 100',
      html`<trust-stat value="1700000" label="NHS employees"></trust-stat>`,
      'value: “NHS employees” is 1,700,000%, more than 100%. If these are not percentages, set unit="count"',
    ],
    ['a negative count', html`<trust-stat unit="count" value="-3" label="Trusts"></trust-stat>`, 'value: “Trusts” is -3; a count cannot be negative.'],
    ['no figure at all', html`<trust-stat heading="Nothing yet"></trust-stat>`, 'data: there is no data to show.'],
    ['data that is not a number', html`<trust-stat data="Worried: lots"></trust-stat>`, 'data: “lots” (for “Worried”) is not a number.'],
    ['an unknown unit', html`<trust-stat unit="percentage" value="57"></trust-stat>`, 'unit: “percentage” is not a unit.'],
    [
      'an unknown currency',
      html`<trust-stat unit="currency" currency="pounds" value="92000000"></trust-stat>`,
      'currency: “pounds” is not a three-letter currency code',
    ],
  ];
  for (const [name, markup, expected] of cases) {
    it(`shows a visible message (not an alert) for ${name}, and warns in the console naming the attribute`, async () => {
      const { el, warnings } = await render(markup);
      const box = shadow(el).querySelector('[part="error"]')!;
      expect(box, 'error box').to.exist;
      expect(box.getAttribute('role'), 'an error present at load is content, not an alert (issue 17 item 9)').to.equal(null);
      expect(errorText(el).join(' ')).to.contain(expected);
      expect(shadow(el).querySelector('[part="value"]')).to.equal(null);
      const attribute = expected.split(':')[0]!;
      expect(
        warnings.some((w) => w.startsWith(`<trust-stat> ${attribute}:`)),
        warnings.join('\n'),
      ).to.equal(true);
    });
  }

  it('warns once, not on every render', async () => {
    const { el, warnings } = await render(html`<trust-stat value="lots"></trust-stat>`);
    const more = await captureWarnings(async () => {
      el.heading = 'Re-rendered';
      await settled(el);
    });
    expect(warnings).to.have.length(1);
    expect(more).to.have.length(0);
  });

  it("still shows the author's table when the figure has a problem", async () => {
    const { el } = await render(html`<trust-stat><table><tr><td>Worried</td><td>lots</td></tr></table></trust-stat>`);
    expect(shadow(el).querySelector('slot')).to.exist;
    expect(el.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('shows its own message in Welsh on a Welsh page, and in English in the console', async () => {
    const { el, warnings } = await render(html`<trust-stat locale="cy" value="llawer"></trust-stat>`);
    expect(texts(shadow(el), '[part="error"] p')[0]).to.equal('Ni ellir dangos y siart hwn');
    expect(errorText(el)[0]).to.equal(
      'value: Nid yw “llawer” yn rhif. Ysgrifennwch y ffigur mewn digidau, er enghraifft value="57" neu value="over 1.7 million".',
    );
    expect(warnings).to.deep.equal([
      '<trust-stat> value: “llawer” is not a number. Write the figure in digits, for example value="57" or value="over 1.7 million".',
    ]);
  });
});

describe('<trust-stat> warnings: the figure is shown, with a visible notice', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    [
      'an unknown direction',
      html`<trust-stat value="15" previous="5" direction="up"></trust-stat>`,
      'direction: “up” is not one of neutral, up-is-good, down-is-good; using neutral.',
    ],
    ['a previous figure that is not a number', html`<trust-stat value="15" previous="five"></trust-stat>`, 'previous: “five” is not a number; it was ignored.'],
    ['a previous percentage over 100', html`<trust-stat value="15" previous="150"></trust-stat>`, 'previous: “150” is more than 100%, so no change is shown.'],
    [
      'a negative previous count',
      html`<trust-stat unit="count" value="15" previous="-2"></trust-stat>`,
      'previous: “-2” is negative, which a count cannot be, so no change is shown.',
    ],
    [
      'more than one row of data',
      html`<trust-stat data="Worried: 57; Concerned: 60"></trust-stat>`,
      'data: the data has 2 rows; a headline number shows only the first.',
    ],
    [
      'more than one row in a child table',
      html`<trust-stat><table><tr><td>Worried</td><td>57</td></tr><tr><td>Concerned</td><td>60</td></tr></table></trust-stat>`,
      'table: the data has 2 rows',
    ],
    [
      'value beside the data attribute',
      html`<trust-stat value="60" data="Worried: 57"></trust-stat>`,
      'value: ignored, because the figures come from the data attribute.',
    ],
    [
      'previous beside the data attribute',
      html`<trust-stat previous="50" data="Worried: 57"></trust-stat>`,
      'previous: ignored, because the figures come from the data attribute.',
    ],
    [
      'previous beside a child table',
      html`<trust-stat previous="50"><table><tr><td>Worried</td><td>57</td></tr></table></trust-stat>`,
      'previous: ignored, because the figures come from the table inside the element.',
    ],
    [
      'per-label on a percentage',
      html`<trust-stat value="57" per-label="employees"></trust-stat>`,
      'per-label: “per-label” is only used with unit="ratio"; it was ignored.',
    ],
    [
      'a misspelt attribute',
      html`<trust-stat value="15" previous-lable="2022"></trust-stat>`,
      'previous-lable: “previous-lable” is not an attribute of this chart',
    ],
    ['an unknown theme', html`<trust-stat theme="purple" value="57"></trust-stat>`, 'theme: “purple” is not one of light, dark, auto, nhs'],
  ];
  for (const [name, markup, expected] of cases) {
    it(`shows the figure and reports ${name}`, async () => {
      const { el, warnings } = await render(markup);
      expect(shadow(el).querySelector('[part="value"]'), 'figure').to.exist;
      const box = shadow(el).querySelector('[part="warning"]')!;
      // Content at load, said politely only when it appears later (issue 17 item 9).
      expect(box.getAttribute('role')).to.equal(null);
      expect(warningText(el).join(' ')).to.contain(expected);
      const attribute = expected.split(':')[0]!;
      expect(
        warnings.some((w) => w.startsWith(`<trust-stat> ${attribute}:`)),
        warnings.join('\n'),
      ).to.equal(true);
    });
  }

  it('draws no change line when the previous figure was ignored', async () => {
    const { el } = await render(html`<trust-stat value="15" previous="five"></trust-stat>`);
    expect(shadow(el).querySelector('[part="change"]')).to.equal(null);
    expect(shadow(el).querySelector('[part="toolbar"]'), 'one number: no table').to.equal(null);
  });

  it('shows the first row of several, and offers them all in the table', async () => {
    const { el } = await render(html`<trust-stat data="Worried: 57; Concerned: 60"></trust-stat>`);
    expect(texts(shadow(el), '[part="value"]')).to.deep.equal(['57%']);
    expect(texts(shadow(el), 'tbody th')).to.deep.equal(['Worried', 'Concerned']);
  });

  it('shows "no data" in place of a missing latest figure, with a notice', async () => {
    const { el } = await render(html`<trust-stat series="2022 | 2024" data="Worried: 57 | n/a"></trust-stat>`);
    expect(texts(shadow(el), '[part="value"]')).to.deep.equal(['no data']);
    expect(warningText(el)).to.deep.equal(['data: the latest figure is missing (n/a), so there is no number to show. Give the latest figure.']);
  });

  it('accepts population with any unit: it says who the figures are about', async () => {
    const { el } = await render(html`<trust-stat unit="count" value="24" population="trusts"></trust-stat>`);
    expect(shadow(el).querySelector('[part="warning"]')).to.equal(null);
  });

  it('words its own warnings in Welsh on a Welsh page', async () => {
    const { el } = await render(html`<trust-stat locale="cy" value="57" per-label="gweithwyr"></trust-stat>`);
    expect(warningText(el)).to.deep.equal([
      'per-label: Defnyddir “per-label” gyda unit="ratio" yn unig; cafodd ei anwybyddu. Tynnwch ef, neu gosodwch unit="ratio".',
    ]);
  });
});
