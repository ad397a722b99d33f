import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import '../../src/likert/define.js';
import '../../src/stat/define.js';
import '../../src/trend/define.js';
import '../../src/waffle/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { accessibleName, axNodes, axTree, hiddenFromTree, tabStops, type AxNode } from '../helpers/ax-tree.js';
import { engine } from '../helpers/engine.js';
import { settled, shadow } from '../helpers/widget.js';
import { CONFIDENCE } from '../likert/fixtures.js';

/*
 * Issue 17 items 6 and 7, and its "Done means": what a screen reader gets from each widget, read from Chromium's
 * accessibility tree (Chrome DevTools Protocol, test/helpers/ax-tree-plugin.js) and, in every engine, from the DOM
 * with a small accessible-name helper. Firefox and WebKit are driven through WebDriver, which has no accessibility
 * tree to read: there the same facts are checked on roles and names in the DOM.
 */

const HEADING = 'Most NHS staff worry about cyber-attacks';
const SOURCE = 'Illustrative figures';

/** `count` rows of invented figures, labelled "Item 1" … (values differ so no two points read the same). */
const rows = (count: number, series: number, base = 20) =>
  Array.from({ length: count }, (_, r) => `Item ${r + 1}: ${Array.from({ length: series }, (_, s) => base + r * 7 + s * 3).join(' | ')}`).join('; ');

interface Case {
  readonly tag: string;
  /** The widget with `size` (1 or 2) times the rows: Tab stops must not grow with the number of points. */
  readonly make: (size: number) => Promise<TrustElement>;
  /** How many points the keyboard walks for `size`. */
  readonly points: (size: number) => number;
  /** How the summary starts (the chart's name). */
  readonly kind: RegExp;
}

const make = (template: TemplateResult) => async () => {
  const el = await fixture<TrustElement>(template);
  await settled(el);
  return el;
};

const CASES: readonly Case[] = [
  {
    tag: 'trust-bars',
    make: (size) =>
      make(html`<trust-bars heading=${HEADING} source=${SOURCE} source-url="https://example.org/source" data=${rows(2 * size, 1)}></trust-bars>`)(),
    points: (size) => 2 * size,
    kind: /^Bar chart, /,
  },
  {
    tag: 'trust-trend',
    make: (size) =>
      make(
        html`<trust-trend heading=${HEADING} source=${SOURCE} source-url="https://example.org/source" series="Staff | Public" data=${Array.from(
          { length: 2 * size },
          (_, w) => `${2018 + w}: ${10 + w * 5} | ${40 - w * 3}`,
        ).join('; ')}></trust-trend>`,
      )(),
    points: (size) => 2 * 2 * size,
    kind: /^Line chart, /,
  },
  {
    tag: 'trust-change',
    make: (size) =>
      make(
        html`<trust-change heading=${HEADING} source=${SOURCE} source-url="https://example.org/source" from-label="2022" to-label="2024" data=${rows(2 * size, 2)}></trust-change>`,
      )(),
    // Each row's two ends (issue 17 item 5).
    points: (size) => 2 * 2 * size,
    kind: /chart/i,
  },
  {
    tag: 'trust-likert',
    make: (size) =>
      make(
        html`<trust-likert heading=${HEADING} source=${SOURCE} source-url="https://example.org/source" series=${CONFIDENCE} data=${Array.from(
          { length: 2 * size },
          (_, r) => `Group ${r + 1}: ${12 + r} | 24 | 20 | 30 | ${14 - r}`,
        ).join('; ')}></trust-likert>`,
      )(),
    // Each row's five answers (issue 17 item 5).
    points: (size) => 5 * 2 * size,
    kind: /^Diverging bar chart, /,
  },
  {
    tag: 'trust-waffle',
    make: (size) =>
      make(
        html`<trust-waffle heading=${HEADING} source=${SOURCE} source-url="https://example.org/source" data=${size === 1 ? 'Yes: 36; No: 64' : 'Yes: 30; No: 40; Unsure: 20; Refused: 10'}></trust-waffle>`,
      )(),
    points: (size) => 2 * size,
    kind: /^Unit chart /,
  },
];

/** The chart group of a widget in Chromium's tree: the figure named by the widget's heading. */
function figureOf(tree: AxNode): AxNode {
  const figures = axNodes(tree).filter((node) => node.role === 'figure');
  expect(figures, 'one figure on the page').to.have.length(1);
  return figures[0]!;
}

/** Roles of graphics: each must have a name, or a screen reader says "graphic" and nothing else. */
const GRAPHICS = /^(img|image|graphics-document|graphics-object|graphics-symbol|svg|SvgRoot)$/;

describe('the accessibility tree of each widget (issue 17)', () => {
  for (const { tag, make: build, points, kind } of CASES) {
    describe(`<${tag}>`, () => {
      it('in Chromium: the figure is named by the heading, the chart by its summary, every point named once', async function () {
        const el = await build(1);
        const tree = await axTree();
        if (!tree) {
          // Checked through the DOM in the next test instead.
          expect(engine, 'only Chromium has no tree to hand').to.not.equal('chromium');
          console.log(`[engine-skip] ${engine}: "${this.test?.fullTitle() ?? ''}": no accessibility tree over WebDriver (the DOM test checks the same)`);
          this.skip();
        }
        const figure = figureOf(tree);
        const nodes = axNodes(figure);
        expect(figure.name, "the figure's name").to.equal(HEADING);
        const headings = nodes.filter((node) => node.role === 'heading');
        expect(headings.map((node) => node.name)).to.deep.equal([HEADING]);
        // Read once: only the figure (its name) and the heading with its own text carry the heading's words.
        const repeating = nodes.filter((node) => node.name.includes(HEADING) && node !== figure && !headings.includes(node) && node.role !== 'StaticText');
        expect(
          repeating.map((node) => `${node.role}: ${node.name}`),
          'no other node repeats the heading',
        ).to.deep.equal([]);
        expect(
          nodes.filter((node) => node.role === 'StaticText' && node.name === HEADING),
          'the heading text appears once',
        ).to.have.length(1);

        const charts = nodes.filter((node) => node.role === 'graphics-document');
        expect(charts, 'one chart').to.have.length(1);
        const chart = charts[0]!;
        const summary = shadow(el).querySelector('#summary')!.textContent!;
        expect(chart.name, "the chart's name is its summary").to.equal(summary);
        expect(chart.name).to.match(kind);
        expect(chart.focusable, 'the chart takes focus (one Tab stop)').to.equal(true);

        const symbols = chart.children.filter((node) => node.role === 'graphics-symbol');
        expect(symbols, 'a symbol for each point').to.have.length(points(1));
        expect(
          chart.children.filter((node) => node.role !== 'graphics-symbol').map((node) => node.role),
          'nothing else of the drawing is exposed',
        ).to.deep.equal([]);
        for (const symbol of symbols) {
          expect(symbol.name, 'a named point').to.match(/\S: .*\d+ of \d+/);
          expect(symbol.focusable, 'a point is no Tab stop').to.equal(false);
          expect(
            nodes.filter((node) => node.name === symbol.name),
            `"${symbol.name}" named once`,
          ).to.have.length(1);
        }
        const unnamed = nodes.filter((node) => GRAPHICS.test(node.role) && !node.name.trim());
        expect(
          unnamed.map((node) => node.role),
          'no unnamed graphics',
        ).to.deep.equal([]);
      });

      it('in every engine: the same names and roles through the DOM, and one Tab stop for the chart whatever its size', async () => {
        const stopCounts: number[] = [];
        for (const size of [1, 2]) {
          const el = await build(size);
          const root = shadow(el);
          const figure = root.querySelector('figure')!;
          expect(accessibleName(figure), "the figure's name").to.equal(HEADING);
          const svg = root.querySelector('[part="chart"] > svg')!;
          expect(svg.getAttribute('role'), 'a graphics document: its points can be entered').to.equal('graphics-document');
          expect(accessibleName(svg)).to.equal(root.querySelector('#summary')!.textContent);
          expect(accessibleName(svg), "the chart's name does not repeat the heading").to.not.contain(HEADING);
          const symbols = [...svg.querySelectorAll('[role="graphics-symbol"]')];
          expect(symbols, 'a symbol for each point').to.have.length(points(size));
          const names = symbols.map(accessibleName);
          expect(new Set(names).size, 'every point named, each differently').to.equal(names.length);
          for (const name of names) expect(name).to.match(/\S: .*\d+ of \d+/);
          const graphics = [...root.querySelectorAll('[role]')].filter((node) => GRAPHICS.test(node.getAttribute('role')!) && !hiddenFromTree(node));
          expect(
            graphics.filter((node) => !accessibleName(node)).map((node) => node.outerHTML.slice(0, 80)),
            'no unnamed graphics',
          ).to.deep.equal([]);
          // The chart is one stop however many points it has; the others are the frame's own controls (Show data
          // table, Download, the source link, "How to read this chart" where there is one).
          const stops = tabStops(root);
          expect(
            stops.filter((node) => node.closest('[part="chart"]')),
            'one stop in the chart: the chart itself',
          ).to.deep.equal([svg]);
          expect(
            stops.filter((node) => !node.closest('[part="chart"]') && !/^(button|a|summary)$/.test(node.localName)).map((node) => node.localName),
            'only controls besides',
          ).to.deep.equal([]);
          stopCounts.push(stops.length);
        }
        expect(stopCounts[1], `Tab stops with ${points(2)} points as with ${points(1)} (${stopCounts.join(', ')})`).to.equal(stopCounts[0]);
        // At least the chart, Show data table, Download and the source link.
        expect(stopCounts[0]).to.be.at.least(4);
      });
    });
  }

  it('<trust-stat>: the figure is named by the heading, which nothing else repeats; its range strip is a named image', async () => {
    const el = await make(
      html`<trust-stat heading=${HEADING} source=${SOURCE} value="57" sample-size="1000" show-uncertainty label="of staff worry"></trust-stat>`,
    )();
    const root = shadow(el);
    expect(accessibleName(root.querySelector('figure')!)).to.equal(HEADING);
    const strip = root.querySelector('svg[role="img"]');
    expect(strip, 'the range strip (show-uncertainty)').to.exist;
    expect(accessibleName(strip!)).to.match(/\S/);
    expect(accessibleName(strip!)).to.not.contain(HEADING);
    const tree = await axTree();
    if (!tree) return;
    const nodes = axNodes(figureOf(tree));
    expect(nodes.filter((node) => node.name.includes(HEADING) && !['figure', 'heading', 'StaticText'].includes(node.role))).to.deep.equal([]);
    expect(nodes.filter((node) => GRAPHICS.test(node.role) && !node.name.trim())).to.deep.equal([]);
  });

  it('an error box: the figure keeps the heading as its name, with no chart and no unnamed graphics', async () => {
    const el = await make(html`<trust-bars heading=${HEADING} data="Worried: lots"></trust-bars>`)();
    const root = shadow(el);
    expect(root.querySelector('[part="chart"] > svg'), 'no chart').to.equal(null);
    expect(accessibleName(root.querySelector('figure')!)).to.equal(HEADING);
    const tree = await axTree();
    if (!tree) return;
    const nodes = axNodes(figureOf(tree));
    expect(nodes.filter((node) => /graphics|img/.test(node.role))).to.deep.equal([]);
    expect(nodes.filter((node) => node.role === 'heading').map((node) => node.name)).to.deep.equal([HEADING]);
  });

  it('each point’s symbol lies over its mark, where touch exploration looks, and paints nothing', async () => {
    const el = await make(html`<trust-bars heading=${HEADING} data="Worried: 60; Not worried: 40; Unsure: 10"></trust-bars>`)();
    const root = shadow(el);
    // The bars grow in (Firefox here runs without reduced motion): hit-test where they end.
    await Promise.all(root.getAnimations().map((animation) => animation.finished));
    const bars = [...root.querySelectorAll('[part="bar"]')];
    const symbols = [...root.querySelectorAll('[role="graphics-symbol"]')];
    expect(symbols).to.have.length(bars.length);
    bars.forEach((bar, i) => {
      const mark = bar.getBoundingClientRect();
      const x = mark.left + mark.width / 2;
      const y = mark.top + mark.height / 2;
      // The symbol on top is the one a finger (or a screen reader's hit test) finds over the bar's middle. Compared
      // as a name, not as elements: a failing message that prints two DOM elements can take minutes to format.
      const found = root.elementFromPoint(x, y);
      expect(found?.getAttribute('aria-label') ?? found?.localName ?? 'nothing', `over bar ${i + 1}`).to.equal(symbols[i]!.getAttribute('aria-label'));
      expect(getComputedStyle(symbols[i]!).fillOpacity, 'see-through').to.equal('0');
    });
  });

  it('without a heading the chart is still named by its summary, and the figure by its caption', async () => {
    const el = await make(html`<trust-bars source=${SOURCE} data="Worried: 60; Not worried: 40"></trust-bars>`)();
    const root = shadow(el);
    expect(root.querySelector('figure')!.hasAttribute('aria-labelledby'), 'no heading to point at').to.equal(false);
    expect(accessibleName(root.querySelector('[part="chart"] > svg')!)).to.match(/^Bar chart, 2 items/);
  });

  it('each point is named in the words the arrow keys announce for it (placed in its row on likert and change)', async () => {
    for (const { tag, make: build } of CASES) {
      const el = await build(1);
      const root = shadow(el);
      const svg = root.querySelector<SVGSVGElement>('[part="chart"] > svg')!;
      svg.focus();
      await settled(el);
      const announced = root.querySelector('[aria-live="polite"]')!.textContent!.trim();
      const first = root.querySelector('[role="graphics-symbol"]')!.getAttribute('aria-label')!;
      expect(announced, tag).to.contain(first);
      if (tag === 'trust-likert' || tag === 'trust-change') expect(first, tag).to.match(/\. 1 of \d+, row 1 of \d+\.$/);
      el.remove();
    }
  });
});
