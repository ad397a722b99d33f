import { expect, fixture, html } from '@open-wc/testing';
import '../../src/likert/define.js';
import type { TrustLikert } from '../../src/likert/trust-likert.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';
import { CONFIDENCE, CONFIDENCE_DATA } from './fixtures.js';

const warningText = (el: TrustLikert) => texts(shadow(el), '[part="warning"] li');

async function render(markup: ReturnType<typeof html>) {
  let el!: TrustLikert;
  const warnings = await captureWarnings(async () => {
    el = await fixture<TrustLikert>(markup);
    await settled(el);
  });
  return { el, warnings };
}

describe('<trust-likert> errors: the chart cannot be drawn', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    [
      'a value that is not a number',
      html`<trust-likert series="Agree | Neither | Disagree" data="Staff: 40 | lots | 40"></trust-likert>`,
      'data: “lots” (for “Staff”) is not a number.',
    ],
    [
      'a percentage over 100',
      html`<trust-likert series="Agree | Neither | Disagree" data="Staff: 400 | 100 | 500"></trust-likert>`,
      'data: “Staff” is 400%, more than 100%. If these are not percentages, set unit="count"',
    ],
    ['no data at all', html`<trust-likert heading="Nothing yet"></trust-likert>`, 'data: there is no data to show.'],
    [
      'a row with fewer answers than the first',
      html`<trust-likert data="Staff: 40 | 20 | 40; Public: 50 | 50"></trust-likert>`,
      'data: “Public” has 2 values, but there are 3 series.',
    ],
  ];
  for (const [name, markup, expected] of cases) {
    it(`shows a visible message for ${name}, and warns in the console naming the attribute`, async () => {
      const { el, warnings } = await render(markup);
      expect(texts(shadow(el), '[part="error"] li').join(' ')).to.contain(expected);
      expect(shadow(el).querySelector('svg')).to.equal(null);
      const attribute = expected.split(':')[0]!;
      expect(
        warnings.some((w) => w.startsWith(`<trust-likert> ${attribute}:`)),
        warnings.join('\n'),
      ).to.equal(true);
    });
  }
});

describe('<trust-likert> warnings: the chart is drawn, with a visible notice', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    [
      'a row whose answers do not add up to 100%',
      html`<trust-likert series=${CONFIDENCE} data="NHS staff: 12 | 24 | 20 | 30 | 4; UK public: 10 | 28 | 18 | 29 | 15"></trust-likert>`,
      'data: the answers for “NHS staff” add up to 90%, not 100%. Each row should add up to 100% (99% to 101% allows for rounding)',
    ],
    [
      'a table row whose answers add up to more than 101%',
      html`<trust-likert><table><tr><th>Group</th><th>Agree</th><th>Neither</th><th>Disagree</th></tr><tr><td>Staff</td><td>50%</td><td>20%</td><td>40%</td></tr></table></trust-likert>`,
      'table: the answers for “Staff” add up to 110%, not 100%.',
    ],
    [
      'an unknown positive end',
      html`<trust-likert positive="left" series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert>`,
      'positive: “left” is not one of first, last; using first.',
    ],
    [
      'a neutral name that matches no answer',
      html`<trust-likert neutral="Unsure" series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert>`,
      'neutral: no answer is called “Unsure”, so the middle answer, “Neither”, is the neutral one.',
    ],
    [
      'a neutral name on an even scale that matches nothing',
      html`<trust-likert neutral="Unsure" series="Well | Badly" data="Staff: 60 | 40"></trust-likert>`,
      'neutral: no answer is called “Unsure”, so the scale has no neutral answer.',
    ],
    [
      'a dont-know name that matches no answer',
      html`<trust-likert dont-know="Not sure" series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert>`,
      'dont-know: no answer is called “Not sure”, so every answer is drawn on the scale.',
    ],
    [
      "the don't-know answer named as neutral too",
      html`<trust-likert neutral="Don't know" dont-know="Don't know" series="Agree | Neither | Disagree | Don't know" data="Staff: 40 | 20 | 30 | 10"></trust-likert>`,
      "neutral: “Don't know” is the don’t-know answer, shown apart, so it cannot also be the neutral one.",
    ],
    [
      'more answers than the colours can tell apart',
      html`<trust-likert series="1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9" data="Staff: 10 | 10 | 10 | 10 | 20 | 10 | 10 | 10 | 10"></trust-likert>`,
      'series: the scale has 9 answers. Colours can tell at most 3 apart on each side (7 in all)',
    ],
    [
      'a scale with a single answer',
      html`<trust-likert dont-know="Don't know" series="Agree | Don't know" data="Staff: 90 | 10"></trust-likert>`,
      'series: a diverging bar needs at least 2 answers on its scale, but there is 1.',
    ],
    [
      'a unit that is not a share',
      html`<trust-likert unit="currency" series="Agree | Neither | Disagree" data="Staff: 40 | 20 | 40"></trust-likert>`,
      'unit: “currency” does not suit an agree/disagree chart',
    ],
    [
      'halves whose answers would read the same',
      html`<trust-likert series="Yes | Not sure | Yes" data="Staff: 40 | 20 | 40"></trust-likert>`,
      'positive: both halves of the scale would be called “yes” in the summary',
    ],
  ];
  for (const [name, markup, expected] of cases) {
    it(`draws the chart and reports ${name}`, async () => {
      const { el, warnings } = await render(markup);
      expect(shadow(el).querySelector('svg'), 'chart').to.exist;
      const box = shadow(el).querySelector('[part="warning"]')!;
      // Content at load, said politely only when it appears later (issue 17 item 9).
      expect(box.getAttribute('role')).to.equal(null);
      expect(warningText(el).join(' ')).to.contain(expected);
      const attribute = expected.split(':')[0]!;
      expect(
        warnings.some((w) => w.startsWith(`<trust-likert> ${attribute}:`)),
        warnings.join('\n'),
      ).to.equal(true);
    });
  }

  it('accepts rows that add up to 99% or 101% (rounding) without a notice', async () => {
    const { el } = await render(
      html`<trust-likert series=${CONFIDENCE} data="NHS staff: 12 | 24 | 20 | 30 | 13; UK public: 10 | 28 | 18 | 29 | 16"></trust-likert>`,
    );
    expect(shadow(el).querySelector('[part="warning"]')).to.equal(null);
  });

  it('does not check sums for counts, which add up to the number of people asked', async () => {
    const { el } = await render(html`<trust-likert unit="count" series="Agree | Neither | Disagree" data="Staff: 200 | 100 | 200"></trust-likert>`);
    expect(shadow(el).querySelector('[part="warning"]')).to.equal(null);
  });

  it('warns once, in English in the console and in Welsh on the page', async () => {
    const { el, warnings } = await render(html`<trust-likert locale="cy" series="Cytuno | Niwtral | Anghytuno" data="Staff: 40 | 20 | 30"></trust-likert>`);
    expect(warningText(el)[0]).to.equal(
      'data: mae’r atebion ar gyfer “Staff” yn dod i 90%, nid 100%. Dylai pob rhes ddod i 100% (mae 99% i 101% yn caniatáu ar gyfer talgrynnu): gwiriwch am ffigur coll neu wedi’i gamdeipio.',
    );
    expect(warnings.filter((w) => w.includes('“Staff”'))).to.deep.equal([
      '<trust-likert> data: the answers for “Staff” add up to 90%, not 100%. Each row should add up to 100% (99% to 101% allows for rounding): check for a missing or mistyped figure.',
    ]);
    const more = await captureWarnings(async () => {
      el.heading = 'Re-rendered';
      await settled(el);
    });
    expect(more).to.deep.equal([]);
  });

  it('never injects markup from data: labels and answers are text', async () => {
    const data = JSON.stringify([{ label: '<img src=x onerror=alert(1)>', values: { '<script>alert(2)</script>': 50, Neither: 0, No: 50 } }]);
    const { el } = await render(html`<trust-likert data=${data}></trust-likert>`);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(texts(shadow(el), 'text.row-label').join('')).to.contain('<img src=x');
    expect(texts(shadow(el), '[part="legend"] li').join('')).to.contain('<script>');
  });
});
