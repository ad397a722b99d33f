/**
 * The data table on a phone (issue 16, item 4), measured as a reader sees it. A wide table shows that it scrolls: its
 * edge shades where there is more to see, proved on the screen's pixels in each theme. A long label wraps into lines of
 * a few words, not one word a line (a half-width stat's label column did), proved by its width and its lines.
 * The likert answers are invented (test/likert/fixtures.ts); other figures from BT research's surveys of NHS staff.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { NO_FORCED_COLOURS, skipIn } from '../helpers/engine.js';
import { pngPixels } from '../helpers/png-pixels.js';
import { emulateMediaFeatures, settled, shadow } from '../helpers/widget.js';
import { AGREEMENT, AGREEMENT_DATA } from '../likert/fixtures.js';

async function openTable(el: TrustElement): Promise<HTMLElement> {
  await settled(el);
  const region = shadow(el).querySelector<HTMLElement>('#data-table')!;
  if (region.hidden) shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button[aria-controls="data-table"]')!.click();
  await settled(el);
  return region;
}

/** The lines an element's text takes: the tops of its text boxes. */
function linesOf(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The page's pixels in `box` (CSS px; the screenshot command of test/robustness/groups.js, in every engine). */
async function pixels(box: DOMRect): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const clip = { x: Math.floor(box.x + window.scrollX), y: Math.floor(box.y + window.scrollY), width: Math.floor(box.width), height: Math.floor(box.height) };
  return pngPixels((await executeServerCommand<string, unknown>('robustness-screenshot', { clip }))!);
}

/** "rgb(18, 67, 109)" as [18, 67, 109]. */
const rgb = (colour: string): number[] =>
  colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);

/**
 * How far each edge of the table region is from the widget's background, 0–255: the median, over the middle third of
 * its height, of the two outermost columns of pixels (the median passes over the rows' 1 px rules). A shade is what
 * makes an edge differ; the table's text keeps 0.5rem in from either edge.
 */
async function edgeShades(el: TrustElement, region: HTMLElement): Promise<{ left: number; right: number }> {
  await frame();
  const background = rgb(getComputedStyle(el).backgroundColor);
  const shot = await pixels(region.getBoundingClientRect());
  const scale = shot.width / Math.floor(region.getBoundingClientRect().width);
  const edge = (columns: number[]) => {
    const found: number[] = [];
    for (let y = Math.floor(shot.height / 3); y < (shot.height * 2) / 3; y++) {
      for (const x of columns) {
        const i = (y * shot.width + x) * 4;
        found.push(Math.max(...[0, 1, 2].map((c) => Math.abs(shot.data[i + c]! - background[c]!))));
      }
    }
    return found.sort((a, b) => a - b)[Math.floor(found.length / 2)]!;
  };
  const inner = Math.max(1, Math.round(scale));
  return { left: edge([0, inner]), right: edge([shot.width - 1, shot.width - 1 - inner]) };
}

const LIKERT = html`<trust-likert heading="Cyber-security at work" dont-know="Don't know" series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>`;

describe('the data table on a phone', () => {
  afterEach(() => emulateMediaFeatures());

  for (const theme of ['', 'dark', 'nhs']) {
    it(`a wide likert table at 320 px shades the edge it scrolls towards, and a table that fits shades neither (${theme || 'plain'} theme)`, async () => {
      const holder = await fixture<HTMLElement>(html`<div style="width: 320px">${LIKERT}</div>`);
      const el = holder.querySelector<TrustElement>('trust-likert')!;
      if (theme) el.setAttribute('theme', theme);
      const region = await openTable(el);
      expect(region.scrollWidth, 'the table is wider than the widget').to.be.greaterThan(region.clientWidth + 100);
      // Its caption wraps in view, not cut at the edge mid-word.
      const caption = shadow(el).querySelector('caption')!.getBoundingClientRect();
      expect(caption.right, 'the caption ends in view').to.be.at.most(region.getBoundingClientRect().right + 0.5);
      const start = await edgeShades(el, region);
      expect(start.right, 'before scrolling: a shade at the right edge').to.be.greaterThan(20);
      expect(start.left, 'before scrolling: none at the left').to.be.lessThan(6);
      region.scrollLeft = region.scrollWidth;
      const end = await edgeShades(el, region);
      expect(end.left, 'scrolled to the end: a shade at the left edge').to.be.greaterThan(20);
      expect(end.right, 'scrolled to the end: none at the right').to.be.lessThan(6);

      // On its own, at the top of the page: WebKit's screenshot of a part scrolled into view can be taken before it repaints.
      holder.remove();
      window.scrollTo(0, 0);
      const fits = await fixture<HTMLElement>(
        html`<div style="width: 320px"><trust-bars heading="Worry" theme=${theme} data="Public: 57; Staff: 36"></trust-bars></div>`,
      );
      const bars = fits.querySelector<TrustElement>('trust-bars')!;
      const narrow = await openTable(bars);
      expect(narrow.scrollWidth).to.equal(narrow.clientWidth);
      const none = await edgeShades(bars, narrow);
      expect(none.left, 'a table that fits: no shade at the left').to.be.lessThan(6);
      expect(none.right, 'nor at the right').to.be.lessThan(6);
    });
  }

  it('in forced colours too, the wide table shades the edge it scrolls towards', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    const holder = await fixture<HTMLElement>(html`<div style="width: 320px">${LIKERT}</div>`);
    const el = holder.querySelector<TrustElement>('trust-likert')!;
    const region = await openTable(el);
    const start = await edgeShades(el, region);
    expect(start.right, 'a shade at the right edge').to.be.greaterThan(20);
    expect(start.left, 'none at the left').to.be.lessThan(6);
  });

  it('a long label wraps into lines of a few words, not one word a line (a stat at 300 px and half a dashboard; notes)', async () => {
    const holder = await fixture<HTMLElement>(html`<div>
      <div style="width: 300px">
        <trust-stat heading="Worried" show-uncertainty label="Worried about cyber-attacks on the NHS" value="57" previous="60" previous-label="2022" sample-size="1,000" previous-sample-size="1,000"></trust-stat>
      </div>
      <div style="width: 300px">
        <trust-bars heading="Worry" sample-size="1000" data="Public: 57; Staff: 36" notes="Staff: Asked of NHS staff from 2023"></trust-bars>
      </div>
      <trust-dashboard heading="Training" columns="2" sample-size="1000" style="width: 640px">
        <trust-stat heading="Trained" label="of NHS staff are trained on new technologies" value="15" previous="5" previous-label="2022"></trust-stat>
        <trust-stat heading="Worried" label="Worried about cyber-attacks on the NHS" value="57" previous="60" previous-label="2022"></trust-stat>
      </trust-dashboard>
    </div>`);
    const notes = await openTable(holder.querySelector<TrustElement>('trust-bars')!);
    const note = notes.querySelector<HTMLElement>('tbody tr:last-child td:last-child')!;
    expect(note.getBoundingClientRect().width / parseFloat(getComputedStyle(note).fontSize), 'the notes’ column in em').to.be.at.least(8);
    const stats = [...holder.querySelectorAll<TrustElement>('trust-stat')];
    for (const el of stats) {
      const region = await openTable(el);
      expect(region.clientWidth, 'half a dashboard or less').to.be.below(300);
      expect(region.scrollWidth, 'the table scrolls').to.be.greaterThan(region.clientWidth);
      const label = region.querySelector<HTMLElement>('tbody th')!;
      const em = parseFloat(getComputedStyle(label).fontSize);
      const words = label.textContent!.trim().split(/\s+/).length;
      const lines = linesOf(label);
      expect(label.getBoundingClientRect().width / em, `${label.textContent}: its column in em`).to.be.at.least(8);
      expect(lines, `${label.textContent}: ${words} words in ${lines} lines`).to.be.at.most(Math.ceil(words / 2));
      // Every column heading too: "2022: 95% range" in a line or two, not three.
      for (const heading of region.querySelectorAll<HTMLElement>('thead th')) {
        expect(linesOf(heading), `${heading.textContent}: lines`).to.be.at.most(2);
      }
    }
  });
});
