/**
 * A pre-rendered widget with `src` (issue 13): the CLI wrote the figures of test/fixtures/ssr/live-figures.csv into
 * test/fixtures/ssr/live.html as a child table, and the pre-render drew them. With the widget script, the widget
 * hydrates from that table without re-creating its chart (no loading state, no flash), then loads src itself.
 */
import { expect } from '@open-wc/testing';

type FrameWindow = Window &
  typeof globalThis & {
    ssrProblems: string[];
    ssrBefore: Record<string, { svg: SVGSVGElement | null; figure: Element | null }>;
    ssrRemoved: Element[];
  };
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function loadPage(query: string): Promise<{ doc: Document; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__ssr/live.html?${query}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const error = doc.getElementById('ssr-error');
  if (error) throw new Error(error.textContent ?? 'pre-render failed');
  return { doc, win: frame.contentWindow as FrameWindow };
}

const rows = (widget: Element) =>
  Array.from(widget.shadowRoot!.querySelectorAll('#data-table tbody tr, [part="table"] tbody tr'), (tr) => (tr.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('src, pre-rendered', () => {
  it('without the script: the static HTML carries the figures, as a chart and as the table', async () => {
    const { doc } = await loadPage('styles=inline&script=none');
    const widget = doc.getElementById('live')!;
    expect(widget.shadowRoot?.querySelector('[part="chart"] > svg')).to.exist;
    expect(widget.shadowRoot?.querySelector('[part="loading"]')).to.equal(null);
    expect(Array.from(widget.querySelectorAll('table[data-from-src] tbody th'), (th) => th.textContent)).to.deep.equal([
      'Worry about cyber-attacks on the NHS',
      'Concerned about patient data exposure',
    ]);
  });

  it('with the script: hydrates the same chart, never shows a loading state, then draws its own load of src', async () => {
    const { doc, win } = await loadPage('styles=inline&script=hydrate');
    await win.customElements.whenDefined('trust-bars');
    const widget = doc.getElementById('live') as Widget;
    const loaded = new Promise((resolve) => widget.addEventListener('trust-data-load', resolve, { once: true }));
    let sawLoading = false;
    const watch = new MutationObserver(() => (sawLoading ||= !!widget.shadowRoot!.querySelector('[part="loading"]')));
    watch.observe(widget.shadowRoot!, { childList: true, subtree: true });
    await loaded;
    await widget.updateComplete;
    watch.disconnect();
    expect(sawLoading).to.equal(false);
    expect(widget.shadowRoot!.querySelector('[part="chart"] > svg') === win.ssrBefore['live']!.svg).to.equal(true);
    expect(win.ssrRemoved.filter((node) => node.localName === 'svg' || node.localName === 'figure')).to.deep.equal([]);
    expect(win.ssrProblems.filter((p) => !/Lit is in dev mode/.test(p))).to.deep.equal([]);
    expect(rows(widget)).to.deep.equal(['Worry about cyber-attacks on the NHS 57%', 'Concerned about patient data exposure 56%']);
  });
});
