/**
 * The CDN files carry no code for a reader's keys, mouse and touch on a chart (issue 12): it is fetched as
 * chunks/point-interaction.js on their first focus, key or pointer on a chart, and what they did meanwhile is answered
 * once it arrives. A CDN missing the chunk leaves the chart drawn, with one warning. Each page is its own iframe, so
 * that every load starts from nothing.
 */
import { expect } from '@open-wc/testing';
import { embedReady, embedUrl, openFrame, pause, until } from '../embed/helpers.js';
import { loadCdnPage as load, type Loaded } from '../helpers/cdn-page.js';
import { skipIn } from '../helpers/engine.js';
import { keydownListeners, pointAt } from '../helpers/widget.js';

const svgOf = (page: Loaded) => page.widget.shadowRoot!.querySelector<SVGSVGElement>('[part="chart"] > svg')!;
const live = (page: Loaded) => page.widget.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!;

/** Presses `key` on the chart as a keyboard does; whether the page was kept from its default (scrolling). */
function press(page: Loaded, key: string): boolean {
  const event = new page.win.KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  svgOf(page).dispatchEvent(event);
  return event.defaultPrevented;
}

describe('the CDN files load the code for keys and tooltips on the first interaction', () => {
  it('trust-bars.js: a reader who tabs in and presses an arrow at once gets the second point, and `?` its keys, from one chunk', async () => {
    const page = await load('/dist/cdn/trust-bars.js', 'en-GB', '<trust-bars data="Worried: 57; Concerned: 60; Neither: 12"></trust-bars>');
    try {
      expect(page.chunks()).to.deep.equal([]);
      svgOf(page).focus();
      expect(press(page, 'ArrowRight')).to.equal(true);
      await page.widget.updateComplete;
      expect(live(page)).to.contain('Concerned').and.to.contain('2 of 3');
      expect(press(page, '?')).to.equal(true);
      await page.widget.updateComplete;
      expect(page.widget.shadowRoot!.querySelector('[part="key-help"]')!.textContent).to.contain('Keys for this chart');
      expect(page.chunks()).to.deep.equal(['/dist/cdn/chunks/point-interaction.js']);
      expect(page.win.recorded!.warnings).to.deep.equal([]);
      expect(page.win.recorded!.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a pointer coming over the widget starts the load, so that the first tooltip need not wait for it', async () => {
    const page = await load('/dist/cdn/trust-bars.js', 'en-GB', '<trust-bars heading="Worry" data="Worried: 57; Concerned: 60"></trust-bars>');
    try {
      const heading = page.widget.shadowRoot!.querySelector('[part="heading"]')!;
      heading.dispatchEvent(new page.win.PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
      // Nothing waits for it (updateComplete waits only for a load that has the reader's actions to answer).
      await until(() => page.chunks().length, 'the chunk to be fetched');
      expect(page.chunks()).to.deep.equal(['/dist/cdn/chunks/point-interaction.js']);
      expect(page.widget.shadowRoot!.querySelector('.tooltip'), 'nothing shown for it').to.equal(null);
      expect(page.win.recorded!.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a chunk that fails to load leaves the chart drawn and the page’s keys alone, with one warning and nothing thrown', async () => {
    // Served from /__no-chunks/ (web-test-runner.config.js), where every chunk answers 404, as on a CDN missing them.
    const page = await load('/__no-chunks/dist/cdn/trust-bars.js', 'en-GB', '<trust-bars data="Worried: 57; Concerned: 60"></trust-bars>');
    try {
      svgOf(page).focus();
      press(page, 'ArrowRight');
      await page.widget.updateComplete;
      expect(press(page, 'ArrowRight'), 'an arrow nothing answers scrolls the page').to.equal(false);
      await page.widget.updateComplete;
      expect(live(page).trim()).to.equal('');
      expect(page.widget.shadowRoot!.querySelectorAll('[role="graphics-symbol"]')).to.have.length(2);
      expect(page.chunks()).to.deep.equal(['/__no-chunks/dist/cdn/chunks/point-interaction.js']);
      expect(page.win.recorded!.warnings.filter((warning) => warning.includes('keys and tooltips did not load'))).to.have.length(1);
      expect(page.win.recorded!.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a chunk that failed to load is asked for again when the reader comes back to the chart, and then answers', async function () {
    // Firefox ESR does not ask again for a module whose import failed (the HTML module map before whatwg/html#10327;
    // Chromium and WebKit ask again): there the reader's keys stay with the page, as the test above checks.
    skipIn(this, 'firefox', 'Firefox ESR keeps a failed module import: asking again cannot succeed there');
    // Served from /__chunks-once-missing/ (web-test-runner.config.js): a chunk answers 404 the first time it is asked for.
    const id = Math.random().toString(36).slice(2);
    const page = await load(`/__chunks-once-missing/${id}/dist/cdn/trust-bars.js`, 'en-GB', '<trust-bars data="Worried: 57; Concerned: 60"></trust-bars>');
    try {
      svgOf(page).focus();
      await page.widget.updateComplete;
      expect(press(page, 'ArrowRight'), 'left to the page while nothing can answer').to.equal(false);
      svgOf(page).blur();
      svgOf(page).focus();
      expect(press(page, 'ArrowRight'), 'kept from the page while it loads again').to.equal(true);
      await page.widget.updateComplete;
      expect(live(page)).to.contain('Concerned').and.to.contain('2 of 2');
      const chunk = `/__chunks-once-missing/${id}/dist/cdn/chunks/point-interaction.js`;
      expect(page.chunks(), 'refused, then asked for again').to.deep.equal([chunk, chunk]);
      expect(page.win.recorded!.warnings.filter((warning) => warning.includes('keys and tooltips did not load'))).to.have.length(1);
    } finally {
      page.frame.remove();
    }
  });

  it('a pointer over a stat (which has no points) fetches nothing', async () => {
    const page = await load('/dist/cdn/trust-stat.js', 'en-GB', '<trust-stat value="57" label="Worried"></trust-stat>');
    try {
      page.widget.dispatchEvent(new page.win.PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
      await pause(300);
      expect(page.chunks()).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a chart taken off the page while the chunk loads leaves no listener on the page (which would hold it)', async () => {
    const page = await load('/dist/cdn/trust-bars.js', 'en-GB', '<trust-bars data="Worried: 57; Concerned: 60"></trust-bars>');
    try {
      const { listening, stop } = keydownListeners(page.win.document);
      pointAt(svgOf(page).querySelector<SVGGraphicsElement>('rect[part~="bar"]')!, page.win as Window & typeof globalThis);
      const answered = page.widget.updateComplete;
      page.widget.remove();
      await answered;
      expect(page.chunks(), 'loaded and answered').to.deep.equal(['/dist/cdn/chunks/point-interaction.js']);
      expect(listening.size).to.equal(0);
      stop();
    } finally {
      page.frame.remove();
    }
  });

  it('the embed page under the strict Content-Security-Policy loads it and shows the focused point’s tooltip, with zero violations', async () => {
    const reports = async (clear = false): Promise<string[]> => (await fetch(`/__csp-reports${clear ? '?clear' : ''}`)).json();
    await reports(true);
    const strictPage = new URL('/dist/embed/index.html?csp=strict', location.origin).href;
    const frame = await openFrame(embedUrl('trust-bars', { data: 'Worried: 57; Concerned: 60' }, undefined, strictPage));
    try {
      const seen: string[] = [];
      frame.contentDocument!.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
      await embedReady(frame);
      const widget = frame.contentDocument!.querySelector('trust-bars') as HTMLElement & { updateComplete: Promise<unknown> };
      const svg = widget.shadowRoot!.querySelector<SVGSVGElement>('[part="chart"] > svg')!;
      svg.focus();
      svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }));
      await widget.updateComplete;
      expect(widget.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.contain('2 of 2');
      const tooltip = widget.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
      expect(tooltip.textContent).to.contain('Concerned');
      expect(tooltip.style.left, 'placed through the CSSOM').to.match(/px$/);
      // Reports travel to the server asynchronously.
      await pause(400);
      expect(await reports(true)).to.deep.equal([]);
      expect(seen).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
