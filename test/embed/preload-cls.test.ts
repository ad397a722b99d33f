/**
 * dist/cdn/preload.css keeps an article still while the widget script arrives late. The fixture
 * (test/fixtures/embed/cls.html, served by the layoutShiftPage route in web-test-runner.config.js) has a
 * <trust-bars> with a child table and a <trust-stat> from attributes between paragraphs, and its module script is
 * held back for a second by the server. Layout shifts (PerformanceObserver 'layout-shift', not caused by input)
 * are summed in the page.
 *
 * - without preload.css: the table, then the charts, push the text down (the score is reported, not asserted);
 * - with preload.css alone: each chart reserves its widget's typical height (reported);
 * - with preload.css and each chart's height set in CSS (--trust-preload-height, the documented way to know the
 *   final size in advance; here measured from a first load at the same width): the score is ≤ 0.01.
 */
import { expect } from '@open-wc/testing';
import { frameWindow, openFrame, pause, until } from './helpers.js';
import { skipIn } from '../helpers/engine.js';

const NO_LAYOUT_INSTABILITY_API = 'no Layout Instability API (layout-shift entries): layout shift is measured in Chromium only';
const IDS = ['bars', 'stat'];
const page = (query: string) => new URL(`/test/fixtures/embed/cls.html?${query}`, location.origin).href;

/** Loads the page, waits for the charts to draw and settle; returns the summed layout shift and the chart heights. */
async function measure(query: string): Promise<{ cls: number; heights: Record<string, number>; shifts: number }> {
  const frame = await openFrame(page(query), { width: 700, height: 1100 });
  try {
    const win = frameWindow(frame);
    await win.customElements.whenDefined('trust-stat');
    await until(() => IDS.every((id) => frame.contentDocument!.getElementById(id)!.shadowRoot?.querySelector('[part="chart"]')), 'the charts to draw');
    await pause(600);
    const shifts = win.recorded!.shifts;
    const heights = Object.fromEntries(IDS.map((id) => [id, frame.contentDocument!.getElementById(id)!.getBoundingClientRect().height]));
    return { cls: shifts.reduce((sum, shift) => sum + shift.value, 0), heights, shifts: shifts.length };
  } finally {
    frame.remove();
  }
}

describe('preload.css and layout shift while the script arrives late', () => {
  let finalHeights: Record<string, number>;
  before(async () => {
    // The charts' drawn heights at this width, as an author would read them once from the developer tools.
    finalHeights = (await measure('preload=none&delay=0')).heights;
  });

  it('the script really arrives late: without preload.css the text moves (score reported)', async function () {
    skipIn(this, ['firefox', 'webkit'], NO_LAYOUT_INSTABILITY_API);
    const { cls, shifts } = await measure('preload=none&delay=1000');
    console.log(`layout shift without preload.css: ${cls.toFixed(4)} (${shifts} shifts)`);
    expect(cls).to.be.greaterThan(0.01);
  });

  it('preload.css with the widgets’ typical heights only (score reported)', async function () {
    skipIn(this, ['firefox', 'webkit'], NO_LAYOUT_INSTABILITY_API);
    const { cls, shifts } = await measure('preload=typical&delay=1000');
    console.log(`layout shift with preload.css, typical heights: ${cls.toFixed(4)} (${shifts} shifts)`);
    expect(cls).to.be.lessThan(1);
  });

  it('preload.css with each chart’s height in CSS: layout shift ≤ 0.01', async function () {
    skipIn(this, ['firefox', 'webkit'], NO_LAYOUT_INSTABILITY_API);
    const heights = IDS.map((id) => `${id}=${Math.ceil(finalHeights[id]!)}`).join('&');
    const { cls, shifts } = await measure(`preload=measured&delay=1000&${heights}`);
    console.log(`layout shift with preload.css and --trust-preload-height: ${cls.toFixed(4)} (${shifts} shifts); heights ${heights}`);
    expect(cls).to.be.at.most(0.01);
  });

  it('before the script runs, preload.css shows the heading and a readable table in the reserved box', async () => {
    const frame = await openFrame(page('preload=typical&delay=3000'), { width: 700, height: 1100, parsed: true });
    try {
      const win = frameWindow(frame);
      const bars = frame.contentDocument!.getElementById('bars')!;
      // Parsed is not styled: Firefox may still be fetching preload.css when the HTML has been read.
      const preload = frame.contentDocument!.querySelector<HTMLLinkElement>('link[href$="preload.css"]')!;
      await until(() => preload.sheet, 'preload.css to load');
      expect(win.customElements.get('trust-bars')).to.equal(undefined);
      expect(win.getComputedStyle(bars).display).to.equal('block');
      // The heading shows: its text is the heading attribute's (Chromium and WebKit serialise the computed content
      // with attr() resolved, Firefox as written)…
      const content = win.getComputedStyle(bars, '::before').content;
      expect(content === 'attr(heading)' ? `"${bars.getAttribute('heading')}"` : content).to.equal(
        '"Fewer NHS staff are trained on both new and existing systems"',
      );
      const table = bars.querySelector('table')!;
      // …and it takes its place above the table: at least one line (a 1.25rem font, line-height 1.25) and its 0.5rem margin.
      const headingSpace = table.getBoundingClientRect().top - bars.getBoundingClientRect().top - parseFloat(win.getComputedStyle(bars).paddingTop);
      expect(headingSpace, 'space above the table').to.be.at.least(20 * 1.25 + 8 - 1);
      expect(table.getBoundingClientRect().height).to.be.greaterThan(40);
      expect(win.getComputedStyle(table.querySelector('td')!).borderBottomStyle).to.equal('solid');
      // The reserved height: 20rem for bars, 17rem for stat, or the chart's own --trust-preload-height.
      expect(bars.getBoundingClientRect().height).to.be.at.least(320);
      expect(frame.contentDocument!.getElementById('stat')!.getBoundingClientRect().height).to.equal(272);
    } finally {
      frame.remove();
    }
  });

  it('before the script runs, a table wider than a phone scrolls inside its chart: the page keeps its width', async () => {
    const frame = await openFrame(page('preload=typical&delay=3000'), { width: 320, height: 900, parsed: true });
    try {
      const doc = frame.contentDocument!;
      const preload = doc.querySelector<HTMLLinkElement>('link[href$="preload.css"]')!;
      await until(() => preload.sheet, 'preload.css to load');
      // The fixture's article is 640 px wide; a phone's is as wide as the phone.
      doc.body.style.width = 'auto';
      // An author's likert-like table: five answers and "Don't know", each a column.
      const bars = doc.getElementById('bars')!;
      for (const row of bars.querySelectorAll('tr')) {
        for (const answer of ['Very confident', 'Fairly confident', 'Neither', 'Not very confident', 'Don’t know']) {
          row.append(
            Object.assign(doc.createElement(row.querySelector('th') && row.parentElement?.localName === 'thead' ? 'th' : 'td'), { textContent: answer }),
          );
        }
      }
      expect(frameWindow(frame).customElements.get('trust-bars')).to.equal(undefined);
      expect(doc.documentElement.scrollWidth, 'the page is as wide as the phone').to.be.at.most(320);
      expect(bars.scrollWidth, 'the table is wider than the chart').to.be.greaterThan(bars.clientWidth);
    } finally {
      frame.remove();
    }
  });
});
