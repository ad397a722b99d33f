import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { nextPointIndex } from '../../src/core/a11y/point-navigation.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow } from '../helpers/widget.js';

/*
 * Key presses to reach a point (issue 17, "Done means"): for each widget, the fewest presses from Tab into the chart
 * (which counts as one) to every point, over the chart's own keys, found by a breadth-first search that drives the
 * element with key events and reads where each one lands. The most any point takes is asserted against the shape:
 * along a line of n marks Home or End and the arrows reach any mark in ⌊n/2⌋ presses, so a grid of rows × parts (or
 * series × labels) needs at most 1 + ⌊rows/2⌋ + ⌊parts/2⌋. A walk where Up and Down repeat Left and Right (the defect
 * of issue 17 item 5) needs 1 + ⌊rows × parts/2⌋, more than that bound: checked below against such a walk.
 */

const KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'PageUp', 'PageDown'];

/** Fewest presses to each state from state 0 (reached by Tab: one press), given where a key takes each state. */
async function fewestPresses(count: number, move: (path: readonly string[], key: string) => number | Promise<number>): Promise<number[]> {
  const paths: (string[] | undefined)[] = Array.from({ length: count }, (_, i) => (i === 0 ? [] : undefined));
  const queue = [0];
  while (queue.length) {
    const from = queue.shift()!;
    for (const key of KEYS) {
      const to = await move(paths[from]!, key);
      if (paths[to] === undefined) {
        paths[to] = [...paths[from]!, key];
        queue.push(to);
      }
    }
  }
  return paths.map((path) => (path === undefined ? Infinity : 1 + path.length));
}

/** The most presses any point of a drawn chart takes, driving its key handler with key events. */
async function mostPresses(el: TrustElement): Promise<{ points: number; most: number }> {
  const svg = shadow(el).querySelector<SVGSVGElement>('[part="chart"] > svg')!;
  // A point's name in the accessibility tree is what the keys announce for it (point-list.ts): it tells where a key landed.
  const names = Array.from(svg.querySelectorAll('[role="graphics-symbol"]'), (symbol) => symbol.getAttribute('aria-label')!);
  const live = shadow(el).querySelector('[aria-live="polite"]')!;
  const press = async (key: string) => {
    svg.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
  };
  svg.focus();
  await el.updateComplete;
  const at = () => names.findIndex((name) => live.textContent!.endsWith(name));
  expect(at(), 'Tab lands on the first point').to.equal(0);
  const presses = await fewestPresses(names.length, async (path, key) => {
    // Back to the first point (PageUp, then Home: the first series or row, then its start), along the path, then the key.
    for (const step of ['PageUp', 'Home', ...path, key]) await press(step);
    return at();
  });
  return { points: names.length, most: Math.max(...presses) };
}

/** The bound for a grid of `rows` × `parts`: Tab, then the ends and arrows along each of its two directions. */
const bound = (rows: number, parts: number) => 1 + Math.floor(rows / 2) + Math.floor(parts / 2);

const draw = async (markup: string) => {
  const el = (await fixture<HTMLDivElement>(`<div style="width: 800px">${markup}</div>`)).firstElementChild as TrustElement;
  await settled(el);
  return el;
};

const CASES: { name: string; markup: string; rows: number; parts: number }[] = [
  {
    name: 'grouped bars (4 items × 2 series)',
    markup: '<trust-bars series="2022 | 2024" data="North: 5 | 15; South: 47 | 39; East: 20 | 22; West: 30 | 35"></trust-bars>',
    rows: 4,
    parts: 2,
  },
  {
    name: 'trend with 2 series (2 × 5 years)',
    markup: '<trust-trend series="Staff | Public" data="2019: 30 | 40; 2020: 36 | 41; 2021: 41 | 45; 2022: 40 | 44; 2023: 44 | 47"></trust-trend>',
    rows: 2,
    parts: 5,
  },
  {
    name: 'likert (3 rows × 5 answers and a net score)',
    markup:
      '<trust-likert show-net series="Strongly agree | Agree | Neither | Disagree | Strongly disagree" data="A: 38 | 41 | 9 | 8 | 4; B: 8 | 22 | 25 | 30 | 15; C: 6 | 19 | 17 | 37 | 21"></trust-likert>',
    rows: 3,
    parts: 6,
  },
  {
    name: 'change (4 rows × from and to)',
    markup: '<trust-change from-label="2022" to-label="2024" data="A: 5 | 15; B: 47 | 39; C: 20 | 22; D: 30 | 35"></trust-change>',
    rows: 4,
    parts: 2,
  },
  { name: 'waffle (3 parts)', markup: '<trust-waffle data="Yes: 30; No: 50; Unsure: 20" of="100"></trust-waffle>', rows: 1, parts: 3 },
];

describe('key presses to reach a point (issue 17): Tab, then the fewest keys, within a bound set by the chart’s shape', () => {
  for (const { name, markup, rows, parts } of CASES) {
    it(name, async () => {
      const el = await draw(markup);
      const { points, most } = await mostPresses(el);
      expect(points, 'every point is in the accessibility tree').to.equal(rows * parts);
      expect(most, `most presses to reach a point (bound ${bound(rows, parts)})`).to.be.at.most(bound(rows, parts));
      // A walk where every arrow steps to the next or previous point (Up and Down as Left and Right) needs more.
      if (rows > 1 && parts > 1) {
        const linear = await fewestPresses(points, (path, key) => {
          const at = path.reduce((i, step) => nextPointIndex(step, i, points) ?? i, 0);
          return nextPointIndex(key, at, points) ?? at;
        });
        expect(Math.max(...linear), 'a linear walk breaks the bound').to.be.above(bound(rows, parts));
      }
    });
  }

  it('stat: a figure read as text, with no points and nothing for the keys to walk', async () => {
    const el = await draw('<trust-stat heading="Worried" value="57" previous="49" previous-label="2022"></trust-stat>');
    expect(shadow(el).querySelectorAll('[role="graphics-symbol"]')).to.have.length(0);
    expect(shadow(el).querySelector('svg[tabindex]'), 'no chart to Tab into').to.equal(null);
  });
});
