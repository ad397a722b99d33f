/**
 * Annotated charts on a page served with the strict Content-Security-Policy and Trusted Types of
 * test/embed/csp.test.ts (test/fixtures/csp/annotations.html): each widget's annotation chunk loads under
 * `script-src 'self'`, the notes, lines and ranges are drawn and styled (adopted stylesheets, no inline styles), and
 * nothing the reader does next (the tooltip, the data table) raises a violation.
 */
import { expect } from '@open-wc/testing';
import { openFrame, until, type FrameWindow } from '../embed/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type CspWindow = FrameWindow & { cspViolations: string[] };

describe('annotated charts under the strict Content-Security-Policy', () => {
  it('load their annotation chunks, draw and style notes, lines and ranges, and raise no violation', async () => {
    const frame = await openFrame(new URL('/test/fixtures/csp/annotations.html', location.origin).href, { width: 1000, height: 1600 });
    try {
      const win = frame.contentWindow as CspWindow;
      const doc = frame.contentDocument!;
      const [trend, bars, change, phone, foot] = ['body > trust-trend', 'trust-bars', 'trust-change', '.phone trust-trend', '#foot'].map((selector) =>
        doc.querySelector<Widget>(selector)!,
      ) as [Widget, Widget, Widget, Widget, Widget];
      const parts = (widget: Widget, part: string) => widget.shadowRoot?.querySelectorAll(`[part~="${part}"]`).length ?? 0;
      await until(
        () => parts(trend, 'note') && parts(bars, 'note') && parts(change, 'reference') && parts(phone, 'notes') && parts(foot, 'note'),
        'the annotated charts to draw',
      );
      for (const widget of [trend, bars, change, phone, foot]) while (!(await widget.updateComplete));

      expect([parts(trend, 'note'), parts(trend, 'reference'), parts(trend, 'highlight')], 'trend: note, line, range').to.deep.equal([1, 1, 1]);
      expect([parts(bars, 'note'), parts(bars, 'reference')], 'bars: note, line').to.deep.equal([1, 1]);
      expect(parts(foot, 'note'), 'trend: a note from the table’s foot').to.equal(1);
      expect([parts(change, 'reference'), parts(change, 'highlight')], 'change: line, range').to.deep.equal([1, 1]);
      // On a phone the notes become numbered markers, listed under the chart.
      expect([parts(phone, 'note'), phone.shadowRoot!.querySelectorAll('[part~="notes"] li').length], 'phone: markers, list').to.deep.equal([2, 2]);
      const fetched = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      for (const kit of ['trend', 'bars', 'change']) expect(fetched, kit).to.include(`/dist/cdn/chunks/${kit}-annotation-kit.js`);

      // Styled by the widgets' stylesheets: the lines dashed, the ranges tinted.
      const style = (widget: Widget, selector: string) => win.getComputedStyle(widget.shadowRoot!.querySelector(selector)!);
      expect(style(bars, '[part~="reference"]').strokeDasharray, 'bars').not.to.equal('none');
      for (const widget of [trend, change]) {
        expect(style(widget, '[part~="reference"]').strokeDasharray, widget.localName).not.to.equal('none');
        expect(style(widget, '[part~="highlight"]').fillOpacity, widget.localName).to.equal('0.14');
      }

      // What a reader does next draws again: a tooltip on keyboard focus, and the data table with its notes.
      const svg = trend.shadowRoot!.querySelector<SVGSVGElement>('[part="chart"] > svg')!;
      svg.focus();
      await until(() => trend.shadowRoot!.querySelector('.tooltip'), 'the tooltip');
      for (const widget of [trend, bars]) widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await until(() => trend.shadowRoot!.querySelector('[part~="table"]')?.textContent?.includes('WannaCry'), 'the table with its note');
      // Violation events are delivered asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
