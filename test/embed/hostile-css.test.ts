/**
 * A host page with hostile CSS (test/fixtures/embed/hostile.css: `* { all: unset !important }`, `svg { display:
 * none !important }`, `body { font-size: 40px; direction: rtl }`, `table { display: none }`): every widget still
 * draws its chart, visibly, inside its shadow root; and nothing of the widgets leaks into the page (the page's
 * `.mark`, `figure` and `[part]` selectors match nothing of ours).
 */
import { expect } from '@open-wc/testing';
import { frameWindow, openFrame, pause, until } from './helpers.js';

const TAGS = ['trust-bars', 'trust-stat', 'trust-waffle', 'trust-change', 'trust-likert', 'trust-trend'];

describe('widgets on a page with hostile CSS', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await openFrame(new URL('/test/fixtures/embed/hostile.html', location.origin).href, { width: 800, height: 1000 });
    const win = frameWindow(frame);
    await win.customElements.whenDefined('trust-trend');
    await until(() => TAGS.every((tag) => frame.contentDocument!.querySelector(tag)?.shadowRoot?.querySelector('[part="chart"]')), 'every widget to draw');
    await pause(300);
  });
  after(() => frame.remove());

  it('the hostile CSS really applies to the page (its own svg is hidden, the body is rtl and 40px)', () => {
    const win = frameWindow(frame);
    const doc = frame.contentDocument!;
    expect(win.getComputedStyle(doc.getElementById('host-svg')!).display).to.equal('none');
    expect(win.getComputedStyle(doc.body).direction).to.equal('rtl');
    expect(win.getComputedStyle(doc.querySelector('trust-bars')!).display).to.equal('inline');
  });

  for (const tag of TAGS) {
    it(`<${tag}> still draws its chart visibly, with no error`, () => {
      const win = frameWindow(frame);
      const el = frame.contentDocument!.querySelector(tag)!;
      const root = el.shadowRoot!;
      expect(root.querySelector('[part="error"]'), 'error box').to.equal(null);
      const chart = root.querySelector<HTMLElement>('[part="chart"]')!;
      const box = chart.getBoundingClientRect();
      expect(box.width, 'chart width').to.be.greaterThan(100);
      expect(box.height, 'chart height').to.be.greaterThan(20);
      const svgs = Array.from(root.querySelectorAll('svg'));
      expect(svgs.length, 'an svg').to.be.greaterThan(0);
      for (const svg of svgs) {
        expect(win.getComputedStyle(svg).display).not.to.equal('none');
        const rect = svg.getBoundingClientRect();
        expect(rect.width * rect.height, 'svg area').to.be.greaterThan(0);
      }
      const heading = root.querySelector('[part="heading"]')!;
      expect(heading.textContent!.trim()).to.equal(tag.replace('trust-', '').replace(/^./, (c) => c.toUpperCase()));
    });
  }

  it('nothing of the widgets is reachable from the page’s selectors', () => {
    const doc = frame.contentDocument!;
    expect(doc.querySelectorAll('.mark, figure, [part], rect[part="bar"], text')).to.have.length(0);
    expect(doc.querySelectorAll('svg')).to.have.length(1); // the page's own
    expect(doc.querySelectorAll('style')).to.have.length(0); // no styles injected into the page
    expect(frameWindow(frame).recorded!.errors).to.deep.equal([]);
  });
});
