/**
 * A redraw that changes the page's layout must not make the browser report "ResizeObserver loop completed with
 * undelivered notifications" to the host page's error handlers (news sites log every window error). Here the chart
 * narrows, draws taller, and its height brings up the page's scrollbar, which narrows the chart again.
 */
import { expect } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled } from '../helpers/widget.js';

const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  });

describe('a redraw that moves the chart again in the same frame', () => {
  it('reports no ResizeObserver loop to the page, and the chart ends at its final width', async () => {
    const column = document.createElement('div');
    column.style.width = '640px';
    const chart = document.createElement('trust-bars') as TrustElement;
    chart.setAttribute('heading', 'Public worry about cyber-attacks on the NHS');
    chart.setAttribute(
      'data',
      'Worried about attacks on hospital systems: 57; Concerned about their own health records: 60; Think the NHS is well prepared: 36; Trust the NHS with their data: 71',
    );
    column.append(chart);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    document.body.append(column);
    try {
      await settled(chart);
      await frames(2);
      // What a page's scrollbar does when a chart redraws taller: the chart's column narrows again, in the same frame.
      // (Headless browsers overlay their scrollbars, so the page narrows it itself, from an observer of the drawing.)
      const before = chart.getBoundingClientRect().height;
      const page = new ResizeObserver(() => {
        if (chart.getBoundingClientRect().height <= before) return;
        page.disconnect();
        column.style.width = '340px';
      });
      page.observe(chart.shadowRoot!.querySelector('svg')!);
      column.style.width = '380px';
      await frames(8);
      await settled(chart);
      page.disconnect();
      const svg = chart.shadowRoot!.querySelector('svg')!;
      const probe = chart.shadowRoot!.querySelector('.width-probe')!;
      expect(probe.getBoundingClientRect().width, 'the column narrowed twice').to.be.below(340);
      expect(Number(svg.getAttribute('width')), 'drawn at the width it ends with').to.equal(probe.getBoundingClientRect().width);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      column.remove();
    }
  });
});
