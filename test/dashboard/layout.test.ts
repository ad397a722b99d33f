/**
 * The dashboard's grid (issue 13): the columns follow the dashboard's own width (a container query), not the
 * window's; `columns` caps them; `span` widens a chart; charts side by side have equal heights.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { mount, settleAll } from './helpers.js';

const charts = (n: number, extra: (i: number) => string = () => '') =>
  Array.from({ length: n }, (_, i) => `<trust-bars heading="Chart ${i + 1}" ${extra(i)} data="Worried: ${50 + i}; Concerned: ${40 + i}"></trust-bars>`).join(
    '',
  );

/** How many columns the children sit in: the distinct left edges of the charts in the first row. */
function columnsOf(widgets: readonly Element[]): number {
  const boxes = widgets.map((el) => el.getBoundingClientRect());
  const firstTop = boxes[0]!.top;
  return boxes.filter((box) => Math.abs(box.top - firstTop) < 1).length;
}

/** The children grouped by row (same top), each row as its widgets' boxes. */
function rowsOf(widgets: readonly Element[]): DOMRect[][] {
  const rows = new Map<number, DOMRect[]>();
  for (const el of widgets) {
    const box = el.getBoundingClientRect();
    const top = Math.round(box.top);
    rows.set(top, [...(rows.get(top) ?? []), box]);
  }
  return [...rows.values()];
}

/** The width of the dashboard's grid (inside its padding). */
const gridWidth = (dashboard: Element) => dashboard.shadowRoot!.querySelector('[part="grid"]')!.getBoundingClientRect().width;

async function dashboardAt(width: number, attributes = '', children = charts(6)) {
  return mount(`<trust-dashboard heading="Worry" ${attributes}>${children}</trust-dashboard>`, { width });
}

describe('<trust-dashboard> layout', () => {
  it('360 px wide: one column, charts stacked full width', async () => {
    const { dashboard, widgets } = await dashboardAt(360);
    expect(columnsOf(widgets)).to.equal(1);
    const width = gridWidth(dashboard);
    for (const box of widgets.map((el) => el.getBoundingClientRect())) expect(box.width).to.be.closeTo(width, 1);
    const tops = widgets.map((el) => el.getBoundingClientRect().top);
    expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
    expect(new Set(tops.map(Math.round)).size).to.equal(6);
  });

  it('800 px wide: two columns', async () => {
    const { widgets } = await dashboardAt(800);
    expect(columnsOf(widgets)).to.equal(2);
    expect(rowsOf(widgets).map((row) => row.length)).to.deep.equal([2, 2, 2]);
  });

  it('1280 px wide: three columns, of equal width, in reading order', async () => {
    const { widgets } = await dashboardAt(1280);
    expect(columnsOf(widgets)).to.equal(3);
    const rows = rowsOf(widgets);
    expect(rows.map((row) => row.length)).to.deep.equal([3, 3]);
    const [first] = rows;
    expect(first![0]!.left).to.be.below(first![1]!.left);
    expect(first![1]!.left).to.be.below(first![2]!.left);
    expect(first![0]!.width).to.be.closeTo(first![2]!.width, 1);
  });

  it('follows its own width, not the window’s: narrowing the container redraws in fewer columns', async () => {
    const { holder, widgets } = await dashboardAt(1280);
    expect(columnsOf(widgets)).to.equal(3);
    holder.style.width = '360px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settleAll(holder);
    expect(columnsOf(widgets)).to.equal(1);
    // The charts laid themselves out again for their new width.
    for (const el of widgets) expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(360);
  });

  it('columns="1" keeps one column however wide', async () => {
    const { widgets } = await dashboardAt(1280, 'columns="1"');
    expect(columnsOf(widgets)).to.equal(1);
  });

  it('columns="2" caps at two columns at 1280 px', async () => {
    const { widgets } = await dashboardAt(1280, 'columns="2"');
    expect(columnsOf(widgets)).to.equal(2);
  });

  it('columns="2" still gives one column on a phone', async () => {
    const { widgets } = await dashboardAt(360, 'columns="2"');
    expect(columnsOf(widgets)).to.equal(1);
  });

  it('span="2" takes two columns', async () => {
    const { widgets } = await dashboardAt(
      1280,
      '',
      charts(4, (i) => (i === 0 ? 'span="2"' : '')),
    );
    const [wide, beside, ...rest] = widgets.map((el) => el.getBoundingClientRect());
    expect(wide!.top).to.be.closeTo(beside!.top, 1);
    const gap = beside!.left - wide!.right;
    // Two columns and the gap between them.
    expect(wide!.width).to.be.closeTo(2 * beside!.width + gap, 1);
    expect(rest.map((box) => Math.round(box.top - rest[0]!.top))).to.deep.equal([0, 0]);
  });

  it('span="2" at two columns fills a row; on a phone it is one column like the others', async () => {
    const two = await dashboardAt(
      800,
      '',
      charts(3, (i) => (i === 1 ? 'span="2"' : '')),
    );
    const boxes = two.widgets.map((el) => el.getBoundingClientRect());
    expect(boxes[1]!.left).to.be.closeTo(boxes[0]!.left, 1);
    expect(boxes[1]!.width).to.be.closeTo(gridWidth(two.dashboard), 1);
    const phone = await dashboardAt(
      360,
      '',
      charts(3, (i) => (i === 1 ? 'span="2"' : '')),
    );
    expect(columnsOf(phone.widgets)).to.equal(1);
    const width = gridWidth(phone.dashboard);
    expect(phone.widgets[1]!.getBoundingClientRect().width).to.be.closeTo(width, 1);
  });

  it('span="3" takes a whole row of three, and no more than the two columns of columns="2"', async () => {
    const three = await dashboardAt(
      1280,
      '',
      charts(4, (i) => (i === 1 ? 'span="3"' : '')),
    );
    const wide = three.widgets[1]!.getBoundingClientRect();
    expect(wide.width).to.be.closeTo(gridWidth(three.dashboard), 1);
    expect(rowsOf(three.widgets).map((row) => row.length)).to.deep.equal([1, 1, 2]);
    const capped = await dashboardAt(
      1280,
      'columns="2"',
      charts(3, (i) => (i === 0 ? 'span="3"' : '')),
    );
    expect(capped.widgets[0]!.getBoundingClientRect().width).to.be.closeTo(gridWidth(capped.dashboard), 1);
    expect(rowsOf(capped.widgets).map((row) => row.length)).to.deep.equal([1, 2]);
  });

  it('cells in a row have equal heights, however tall their charts', async () => {
    const children = [
      '<trust-bars heading="Short" data="Worried: 57"></trust-bars>',
      '<trust-bars heading="Tall" data="A: 1; B: 2; C: 3; D: 4; E: 5; F: 6; G: 7; H: 8"></trust-bars>',
      '<trust-stat heading="A figure" value="57"></trust-stat>',
    ].join('');
    const { widgets } = await dashboardAt(1280, '', children);
    const heights = widgets.map((el) => el.getBoundingClientRect().height);
    expect(columnsOf(widgets)).to.equal(3);
    expect(heights[0]).to.be.closeTo(heights[1]!, 1);
    expect(heights[2]).to.be.closeTo(heights[1]!, 1);
    // Their charts really differ in height: the short one's cell is stretched to the tall one's.
    const chartHeight = (el: Element) => (el as TrustElement).shadowRoot!.querySelector('svg')!.getBoundingClientRect().height;
    expect(chartHeight(widgets[1]!) - chartHeight(widgets[0]!)).to.be.above(100);
  });

  it('no chart overflows the dashboard at any of the three widths', async () => {
    for (const width of [360, 800, 1280]) {
      const { dashboard, widgets } = await dashboardAt(
        width,
        '',
        charts(5, (i) => (i === 0 ? 'span="2"' : '')),
      );
      const outer = dashboard.getBoundingClientRect();
      for (const box of widgets.map((el) => el.getBoundingClientRect())) {
        expect(box.left, `${width}px`).to.be.at.least(outer.left - 0.5);
        expect(box.right, `${width}px`).to.be.at.most(outer.right + 0.5);
      }
    }
  });
});
