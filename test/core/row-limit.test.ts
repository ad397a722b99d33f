/**
 * The row limit: data with more rows than a chart can show legibly ends at once in the widget's own error message
 * (a 10,000-row bar chart used to hold the page for seconds), with a console warning naming where the data came
 * from; at the limit itself the chart still draws.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

interface Limit {
  readonly tag: string;
  readonly max: number;
  /** The compact data of `count` rows this widget accepts. */
  readonly rows: (count: number) => string;
  readonly series?: string;
}

const rows = (count: number, cells: (i: number) => string) => Array.from({ length: count }, (_, i) => `Row ${i + 1}: ${cells(i)}`).join('; ');
const LIMITS: readonly Limit[] = [
  { tag: 'trust-bars', max: 1000, rows: (n) => rows(n, (i) => `${i % 100}`) },
  { tag: 'trust-change', max: 500, rows: (n) => rows(n, (i) => `${i % 100} | ${(i + 3) % 100}`), series: '2022 | 2024' },
  {
    tag: 'trust-likert',
    max: 500,
    rows: (n) => rows(n, () => '20 | 20 | 20 | 20 | 20'),
    series: 'Strongly agree | Agree | Neither | Disagree | Strongly disagree',
  },
  { tag: 'trust-trend', max: 5000, rows: (n) => rows(n, (i) => `${i % 100}`) },
];

async function render(limit: Limit, count: number) {
  const el = document.createElement(limit.tag) as TrustElement;
  el.setAttribute('heading', 'Many rows');
  if (limit.series) el.setAttribute('series', limit.series);
  el.setAttribute('data', limit.rows(count));
  const warnings = await captureWarnings(async () => {
    await fixture(html`<div style="width: 640px">${el}</div>`);
    await settled(el);
  });
  return { el, warnings };
}

const formatted = (n: number) => n.toLocaleString('en-GB');

describe('the row limit', () => {
  for (const limit of LIMITS) {
    it(`<${limit.tag}>: ${formatted(limit.max + 1)} rows give a visible message and one console warning naming \`data\``, async function () {
      this.timeout(30_000);
      const { el, warnings } = await render(limit, limit.max + 1);
      const expected = `data: the data has ${formatted(limit.max + 1)} rows; this chart draws at most ${formatted(limit.max)}.`;
      expect(texts(shadow(el), '[part="error"] li')[0]).to.contain(expected);
      expect(shadow(el).querySelector('[part="error"]')!.getAttribute('role'), 'content, not an alert (issue 17 item 9)').to.equal(null);
      expect(shadow(el).querySelector('[part="chart"] > svg'), 'no chart').to.equal(null);
      expect(warnings.filter((w) => w.includes('rows; this chart draws at most'))).to.deep.equal([
        `<${limit.tag}> ${expected} Chart a selection or a summary, and link to the full table.`,
      ]);
    });
  }

  for (const limit of LIMITS) {
    it(`<${limit.tag}>: exactly ${formatted(limit.max)} rows still draw`, async function () {
      this.timeout(30_000);
      const { el } = await render(limit, limit.max);
      expect(shadow(el).querySelector('[part="error"]'), texts(shadow(el), '[part="error"] li').join('\n')).to.equal(null);
      expect(shadow(el).querySelector('[part="chart"] > svg')).to.exist;
    });
  }

  it('<trust-stat> has no row limit: it draws the first of 1,001 rows and warns that the others are left out', async () => {
    const limit = { tag: 'trust-stat', max: 0, rows: (n: number) => rows(n, (i) => `${i % 100}`) };
    const { el, warnings } = await render(limit, 1001);
    expect(shadow(el).querySelector('[part="error"]'), texts(shadow(el), '[part="error"] li').join('\n')).to.equal(null);
    expect(texts(shadow(el), '[part="value"]')[0]).to.equal('0%');
    expect(texts(shadow(el), '[part="warning"] li').join('\n')).to.contain('1,001');
    expect(warnings.join('\n')).to.not.contain('this chart draws at most');
  });

  it('<trust-waffle> has no row limit: its own limit of six categories speaks first', async () => {
    const limit = { tag: 'trust-waffle', max: 0, rows: (n: number) => rows(n, () => '1') };
    const { el, warnings } = await render(limit, 1001);
    const error = texts(shadow(el), '[part="error"] li').join('\n');
    expect(error).to.contain('6');
    expect(error).to.not.contain('this chart draws at most');
    expect(warnings.join('\n')).to.not.contain('this chart draws at most');
  });

  it('keeps the author’s own table on show when it has too many rows, and names `table`', async () => {
    const body = Array.from({ length: 1001 }, (_, i) => `<tr><td>Row ${i + 1}</td><td>${i % 100}%</td></tr>`).join('');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let el!: TrustElement;
    const warnings = await captureWarnings(async () => {
      // The table is the author's own markup; building it from a string is the quickest way to 1,001 rows here.
      const template = document.createElement('template');
      template.innerHTML = `<trust-bars heading="Many rows"><table><thead><tr><th>Item</th><th>%</th></tr></thead><tbody>${body}</tbody></table></trust-bars>`;
      host.append(template.content);
      el = host.querySelector('trust-bars') as TrustElement;
      await settled(el);
    });
    expect(texts(shadow(el), '[part="error"] li')[0]).to.contain('table: the data has 1,001 rows; this chart draws at most 1,000.');
    expect(warnings.some((w) => w.startsWith('<trust-bars> table: the data has 1,001 rows'))).to.equal(true);
    const slot = shadow(el).querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.localName)).to.deep.equal(['table']);
    expect(el.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
