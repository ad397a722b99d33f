/**
 * Pre-rendered charts with notes, reference lines and shaded ranges (test/fixtures/ssr/annotations.html, rendered by
 * the CLI through scripts/wtr-ssr-plugin.js) hydrate without drawing differently: the code that draws them loads
 * lazily in the browser (core/annotations/load.ts), and must be there before the hydrating render, or that render
 * would not match the server's. With the CDN file (its chunks) and with the source (src/ssr/hydrate.ts).
 */
import { expect } from '@open-wc/testing';

type FrameWindow = Window &
  typeof globalThis & {
    ssrProblems: string[];
    ssrBefore: Record<string, { svg: SVGSVGElement | null; figure: Element | null }>;
    ssrRemoved: Element[];
  };
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const CHARTS = ['trend', 'bars', 'change'];
const chartSvg = (widget: Element) => widget.shadowRoot!.querySelector<SVGSVGElement>('[part="chart"] > svg');
const partCount = (widget: Element, part: string) => widget.shadowRoot!.querySelectorAll(`[part~="${part}"]`).length;

async function loadPage(query: string): Promise<{ frame: HTMLIFrameElement; doc: Document; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '3000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__ssr/annotations.html?${query}`;
  document.body.append(frame);
  frame.scrollIntoView();
  await loaded;
  const doc = frame.contentDocument!;
  const error = doc.getElementById('ssr-error');
  if (error) throw new Error(error.textContent ?? 'pre-render failed');
  return { frame, doc, win: frame.contentWindow as FrameWindow };
}

/** What the server drew that the lazy code computes: notes, reference lines, ranges, trend's point values. */
const annotated = (doc: Document) => ({
  trendNotes: partCount(doc.getElementById('trend')!, 'note'),
  trendReferences: partCount(doc.getElementById('trend')!, 'reference'),
  trendRanges: partCount(doc.getElementById('trend')!, 'highlight'),
  trendText: doc.getElementById('trend')!.shadowRoot!.querySelector('[part="chart"]')!.textContent!.replace(/\s+/g, ' '),
  barsNotes: partCount(doc.getElementById('bars')!, 'note'),
  changeReferences: partCount(doc.getElementById('change')!, 'reference'),
  changeRanges: partCount(doc.getElementById('change')!, 'highlight'),
});

describe('pre-rendered charts with notes, reference lines and shaded ranges', () => {
  let server: ReturnType<typeof annotated>;
  before(async () => {
    const plain = await loadPage('styles=inline&script=none');
    server = annotated(plain.doc);
    plain.frame.remove();
  });

  it('are drawn by the server with their notes, lines and ranges', () => {
    expect(server).to.include({ trendNotes: 1, trendReferences: 1, trendRanges: 1, barsNotes: 1, changeReferences: 1, changeRanges: 1 });
    expect(server.trendText).to.contain('Survey moved online').and.to.contain('Target').and.to.contain('Pandemic');
  });

  for (const script of ['cdn', 'hydrate']) {
    it(`hydrate (script=${script}) on the server's nodes, without a mismatch, drawing the same annotations`, async () => {
      const { frame, doc, win } = await loadPage(`styles=inline&script=${script}`);
      try {
        await Promise.all(['trust-trend', 'trust-bars', 'trust-change'].map((tag) => win.customElements.whenDefined(tag)));
        const widgets = CHARTS.map((id) => doc.getElementById(id) as Widget);
        // The hydrating render waits for the annotation code; the next lays out again at the frame's width.
        for (let round = 0; round < 3; round++) {
          await Promise.all(widgets.map((widget) => widget.updateComplete));
          await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 30)));
        }
        for (const id of CHARTS) {
          const before = win.ssrBefore[id]!;
          expect(before.svg, id).to.exist;
          expect(chartSvg(doc.getElementById(id)!) === before.svg, `${id}: same <svg> node`).to.equal(true);
        }
        expect(win.ssrRemoved.filter((node) => node.localName === 'svg' || node.localName === 'figure').map((node) => node.localName)).to.deep.equal([]);
        expect(win.ssrProblems.filter((problem) => !/Lit is in dev mode/.test(problem))).to.deep.equal([]);
        const after = annotated(doc);
        expect({ ...after, trendText: undefined }).to.deep.equal({ ...server, trendText: undefined });
        expect(after.trendText).to.contain('Survey moved online').and.to.contain('Target').and.to.contain('Pandemic');
      } finally {
        frame.remove();
      }
    });
  }
});
