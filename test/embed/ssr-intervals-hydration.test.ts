/**
 * Published intervals from src (lower-column / upper-column, issue 13), pre-rendered: test/fixtures/ssr/
 * published-intervals.html, rendered by the CLI (scripts/wtr-ssr-plugin.js), draws each value's published range, the
 * error bars from its ends and "About this data" saying the ranges are the source's, without JavaScript; the script
 * then hydrates that drawing without re-creating it or a console warning, and keeps it once its own load arrives.
 */
import { expect } from '@open-wc/testing';

type FrameWindow = Window &
  typeof globalThis & { ssrProblems: string[]; ssrBefore: Record<string, { svg: Element | null; figure: Element | null }>; ssrRemoved: Element[] };
type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const IDS = ['bars', 'stat', 'child'];
const frames: HTMLIFrameElement[] = [];

async function loadPage(query: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '2000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__ssr/published-intervals.html?${query}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const error = doc.getElementById('ssr-error');
  if (error) throw new Error(error.textContent ?? 'pre-render failed');
  return { doc, win: frame.contentWindow as FrameWindow };
}
/** An element's text, whitespace collapsed, leaving out the parts that match `leaveOut`. */
const textWithout = (element: Element | null, leaveOut: string): string => {
  const copy = element?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll(leaveOut).forEach((part) => part.remove());
  return (copy?.textContent ?? '').replace(/\s+/g, ' ').trim();
};
const said = (doc: Document, id: string) => {
  const root = doc.getElementById(id)!.shadowRoot!;
  return {
    table: (root.querySelector('[part="table"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    about: (root.querySelector('details[part="about"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    // Layout aside (the axis ticks follow the frame's width): what is said. Not the Download button, which only the
    // script brings (a pre-rendered page has no button that cannot work).
    text: textWithout(root.querySelector(id === 'stat' ? 'figure' : '#summary'), '[part="downloads"]'),
    bars: root.querySelectorAll('[part="error-bar"]').length,
  };
};

describe('published intervals, pre-rendered and hydrated', () => {
  after(() => frames.forEach((frame) => frame.remove()));

  it('the static HTML draws them, and hydration keeps them without re-creating anything or a warning', async function () {
    this.timeout(60_000);
    const plain = await loadPage('styles=inline&script=none');
    const before = Object.fromEntries(IDS.map((id) => [id, said(plain.doc, id)]));
    expect(before.bars!.table).to.contain('57% (54–60)');
    expect(before.bars!.about).to.contain('intervals their source published');
    expect(before.bars!.bars).to.equal(2);
    expect(before.stat!.text).to.contain('Interval published with the figures: 57% (54–60)');
    expect(before.child!.table).to.contain('57% (54–60)');
    const { doc, win } = await loadPage('styles=inline&script=hydrate');
    await Promise.all(['trust-bars', 'trust-stat', 'trust-dashboard'].map((tag) => win.customElements.whenDefined(tag)));
    const widgets = IDS.map((id) => doc.getElementById(id) as Widget);
    for (let round = 0; round < 3; round++) {
      await Promise.all(widgets.map((w) => w.updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const id of IDS) {
      expect(said(doc, id), id).to.deep.equal(before[id]);
      expect(doc.getElementById(id)!.shadowRoot!.querySelector('figure') === win.ssrBefore[id]!.figure, `${id}: same figure`).to.equal(true);
    }
    expect(win.ssrRemoved.filter((n) => ['svg', 'figure'].includes(n.localName)).map((n) => n.localName)).to.deep.equal([]);
    expect(win.ssrProblems.filter((p) => !/Lit is in dev mode/.test(p))).to.deep.equal([]);
  });
});
