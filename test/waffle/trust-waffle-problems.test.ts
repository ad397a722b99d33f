import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/waffle/define.js';
import type { TrustDataErrorEvent, TrustRenderEvent } from '../../src/core/events.js';
import type { TrustWaffle } from '../../src/waffle/trust-waffle.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

const errorText = (el: TrustWaffle) => texts(shadow(el), '[part="error"] li');
const warningText = (el: TrustWaffle) => texts(shadow(el), '[part="warning"] li');

/** Renders `markup`, returning the element and every console warning it produced. */
async function render(markup: ReturnType<typeof html>) {
  let el!: TrustWaffle;
  const warnings = await captureWarnings(async () => {
    el = await fixture<TrustWaffle>(markup);
    await settled(el);
  });
  return { el, warnings };
}

describe('<trust-waffle> errors: the chart cannot be drawn', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    [
      'a value that is not a number',
      html`<trust-waffle value="lots"></trust-waffle>`,
      'value: “lots” is not a number. Write a count in digits, for example value="24".',
    ],
    [
      'a value that is not a whole number',
      html`<trust-waffle value="24.5" of="108"></trust-waffle>`,
      'value: “24.5” is not a count. A unit chart draws one shape for each thing counted',
    ],
    ['a negative value', html`<trust-waffle value="-3"></trust-waffle>`, 'value: “-3” is not a count.'],
    ['a value larger than the whole', html`<trust-waffle value="120" of="108"></trust-waffle>`, 'value: 120 is more than the whole, of="108".'],
    [
      'a value over 100 when of is not set',
      html`<trust-waffle value="108"></trust-waffle>`,
      'value: 108 is more than 100, the whole when of is not set. Set of to the whole, for example of="108".',
    ],
    ['a whole that is not a whole number', html`<trust-waffle value="24" of="108.5"></trust-waffle>`, 'of: “108.5” is not a whole number of 1 or more.'],
    ['a whole of zero', html`<trust-waffle value="0" of="0"></trust-waffle>`, 'of: “0” is not a whole number of 1 or more.'],
    [
      'a whole too large to count',
      html`<trust-waffle value="24" of="1700000"></trust-waffle>`,
      'of: 1,700,000 shapes are too many to count by eye (a unit chart shows at most 1,000).',
    ],
    [
      'data that adds up to more than 100 without of',
      html`<trust-waffle data="No security-qualified staff: 24; Some: 84"></trust-waffle>`,
      'data: the counts add up to 108, more than 100, the whole when of is not set. Set of to the whole, for example of="108".',
    ],
    [
      'data that adds up to more than of',
      html`<trust-waffle of="100" data="Sufficient: 36; Not sufficient: 70"></trust-waffle>`,
      'data: the counts add up to 106, more than the whole, of="100".',
    ],
    [
      'a share with a decimal in the data',
      html`<trust-waffle data="Sufficient: 36.5"></trust-waffle>`,
      'data: “Sufficient” is 36.5, but a unit chart draws one shape for each thing counted',
    ],
    ['a decimal in a child table', html`<trust-waffle><table><tr><td>Sufficient</td><td>36.5</td></tr></table></trust-waffle>`, 'table: “Sufficient” is 36.5'],
    ['a missing figure', html`<trust-waffle data="Sufficient: 36; Not asked: n/a"></trust-waffle>`, 'data: “Not asked” has no figure.'],
    [
      'seven categories',
      html`<trust-waffle data="A: 1; B: 1; C: 1; D: 1; E: 1; F: 1; G: 1"></trust-waffle>`,
      'data: there are 7 categories, but a unit chart can only keep 6 apart.',
    ],
    ['a bad whole with data', html`<trust-waffle of="many" data="Sufficient: 36"></trust-waffle>`, 'of: “many” is not a whole number of 1 or more.'],
    ['a negative count in the data', html`<trust-waffle data="Change: -8"></trust-waffle>`, 'data: “Change” is -8; a count cannot be negative.'],
    ['malformed compact data', html`<trust-waffle data="Sufficient 36"></trust-waffle>`, 'data: “Sufficient 36” should read “label: number”'],
  ];
  for (const [name, markup, expected] of cases) {
    it(`shows a visible message (not an alert) for ${name}, and warns in the console naming the attribute`, async () => {
      const { el, warnings } = await render(markup);
      const box = shadow(el).querySelector('[part="error"]')!;
      expect(box, 'error box').to.exist;
      expect(box.getAttribute('role'), 'an error present at load is content, not an alert (issue 17 item 9)').to.equal(null);
      expect(texts(box, 'p')[0]).to.equal('This chart can’t be shown');
      expect(errorText(el).join(' ')).to.contain(expected);
      expect(shadow(el).querySelectorAll('[part="error"]'), 'one error box').to.have.length(1);
      expect(shadow(el).querySelector('svg')).to.equal(null);
      expect(
        warnings.filter((w) => w.startsWith(`<trust-waffle> ${expected}`)),
        warnings.join('\n'),
      ).to.have.length(1);
    });
  }

  it('sets the .data property wrong and names .data', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle></trust-waffle>`);
    const warnings = await captureWarnings(async () => {
      el.data = [{ label: 'Half a trust', value: 0.5 }];
      await settled(el);
    });
    expect(errorText(el)[0]).to.contain('.data: “Half a trust” is 0.5');
    expect(warnings.some((w) => w.startsWith('<trust-waffle> .data:'))).to.equal(true);
  });

  it('shows the author’s own table in place of the chart when figures cannot be drawn as shapes, as for every error', async () => {
    const { el } = await render(html`<trust-waffle><table><tr><td>Sufficient</td><td>36.5</td></tr></table></trust-waffle>`);
    expect(errorText(el)[0]).to.contain('table: “Sufficient” is 36.5');
    expect(
      shadow(el)
        .querySelector('slot')!
        .assignedElements()
        .map((node) => node.localName),
    ).to.deep.equal(['table']);
    expect(el.querySelector('table')!.getBoundingClientRect().height, 'the table is visible').to.be.greaterThan(0);
    expect(shadow(el).querySelector('[part="toolbar"]'), 'no table button').to.equal(null);
  });

  it('fires trust-data-error once for a problem found while drawing, and counts it in trust-render', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle data="Sufficient: 36"></trust-waffle>`);
    let count = 0;
    el.addEventListener('trust-data-error', () => count++);
    await captureWarnings(async () => {
      setTimeout(() => el.setAttribute('data', 'Sufficient: 36.5'));
      const [event, render] = await Promise.all([oneEvent<TrustDataErrorEvent>(el, 'trust-data-error'), oneEvent<TrustRenderEvent>(el, 'trust-render')]);
      expect(event.messages).to.have.length(1);
      expect(event.messages[0]).to.contain('“Sufficient” is 36.5');
      expect(render.errors).to.equal(1);
      el.heading = 'Still broken';
      await settled(el);
    });
    expect(count).to.equal(1);
  });

  it('warns once, not on every render', async () => {
    const { el, warnings } = await render(html`<trust-waffle data="Sufficient: 36.5"></trust-waffle>`);
    const more = await captureWarnings(async () => {
      el.heading = 'Re-rendered';
      await settled(el);
    });
    expect(warnings).to.have.length(1);
    expect(more).to.have.length(0);
  });

  it('clears the error when the figures are fixed', async () => {
    const { el } = await render(html`<trust-waffle value="120" of="108"></trust-waffle>`);
    el.value = '24';
    await settled(el);
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    expect(shadow(el).querySelectorAll('[part~="cell"]')).to.have.length(108);
  });

  it('shows its own messages in Welsh on a Welsh page, and warns in English', async () => {
    const { el, warnings } = await render(html`<trust-waffle locale="cy" value="24.5" of="108"></trust-waffle>`);
    expect(texts(shadow(el), '[part="error"] p')[0]).to.equal('Ni ellir dangos y siart hwn');
    expect(errorText(el)[0]).to.equal(
      'value: Nid yw “24.5” yn gyfrif. Mae siart unedau yn tynnu un siâp am bob peth a gyfrifir, felly mae angen rhif cyfan o 0 neu fwy, fel 24.',
    );
    expect(warnings[0]).to.contain('<trust-waffle> value: “24.5” is not a count.');
  });

  it('shows a Welsh message for a problem found while drawing', async () => {
    const { el } = await render(html`<trust-waffle locale="cy" data="Digonol: 36; Ddim yn ddigonol: 70"></trust-waffle>`);
    expect(errorText(el)[0]).to.equal(
      'data: mae’r cyfrifon yn dod i 106, sy’n fwy na 100, y cyfan pan nad yw of wedi’i osod. Gosodwch of i’r cyfan, er enghraifft of="106".',
    );
  });

  it('never injects markup from data: labels are text', async () => {
    const { el } = await render(html`<trust-waffle data='[{"label":"<img src=x onerror=alert(1)>","value":5}]'></trust-waffle>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(texts(shadow(el), '[part="label"]').join('')).to.contain('<img src=x');
  });
});

describe('<trust-waffle> warnings: the chart is drawn, with a visible notice', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    ['an unknown shape', html`<trust-waffle shape="star" value="36"></trust-waffle>`, 'shape: “star” is not one of square, circle, person; using square.'],
    [
      'a value ignored because data is given',
      html`<trust-waffle value="24" data="Sufficient: 36"></trust-waffle>`,
      'value: ignored, because the categories come from the data attribute.',
    ],
    [
      'a label ignored because a table gives the names',
      html`<trust-waffle label="Sufficient"><table><tr><td>Sufficient</td><td>36</td></tr></table></trust-waffle>`,
      'label: ignored, because the categories come from the table inside the element.',
    ],
    [
      'a unit that is not a count',
      html`<trust-waffle unit="currency" value="24"></trust-waffle>`,
      'unit: a unit chart counts whole things, so unit="currency" does not fit',
    ],
    [
      'a whole other than 100 with unit="percent"',
      html`<trust-waffle unit="percent" of="108" value="22"></trust-waffle>`,
      'of: with unit="percent" the whole is 100, so of="108" was ignored.',
    ],
    [
      'a second series in the data',
      html`<trust-waffle series="2022 | 2024" data="Trained: 47 | 39"></trust-waffle>`,
      'data: the data has 2 series, but a unit chart shows only the first (“2022”).',
    ],
    ['a misspelt attribute', html`<trust-waffle populaton="trusts" value="24"></trust-waffle>`, 'populaton: “populaton” is not an attribute of this chart'],
  ];
  for (const [name, markup, expected] of cases) {
    it(`draws the chart and reports ${name}`, async () => {
      const { el, warnings } = await render(markup);
      expect(shadow(el).querySelector('svg'), 'chart').to.exist;
      const box = shadow(el).querySelector('[part="warning"]')!;
      // Content when the chart loads, not a live region: a page of warned charts would say every notice (f100225).
      expect(box.getAttribute('role')).to.equal(null);
      expect(warningText(el).join(' ')).to.contain(expected);
      expect(warnings.some((w) => w.startsWith(`<trust-waffle> ${expected.split(':')[0]!}:`))).to.equal(true);
    });
  }

  it('counts "£24" as 24 shapes when the unit is wrong, writing plain counts', async () => {
    const { el } = await render(html`<trust-waffle unit="currency" value="24" of="108"></trust-waffle>`);
    expect(texts(shadow(el), '[part="label"]')).to.deep.equal(['Counted: 24', 'Others: 84']);
  });
});
