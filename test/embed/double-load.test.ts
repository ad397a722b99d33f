/**
 * Two different builds of the library in one page (test/fixtures/embed/double-load*.html): the CDN bundle, then
 * a copy of a built file served under another URL with its version string changed to 9.9.9 (see the
 * `/__version/` route in web-test-runner.config.js). The second copy registers nothing, throws nothing
 * (no CustomElementRegistry error), and says so in one warning naming every widget and both versions; the widgets
 * work.
 */
import { expect } from '@open-wc/testing';
import { frameWindow, openFrame, pause, until } from './helpers.js';

const TAGS = ['trust-bars', 'trust-stat', 'trust-waffle', 'trust-change', 'trust-likert', 'trust-trend'];
const VERSION = '0.1.0';

async function load(page: string) {
  const frame = await openFrame(new URL(`/test/fixtures/embed/${page}`, location.origin).href, { width: 640, height: 600 });
  const win = frameWindow(frame);
  await win.customElements.whenDefined('trust-bars');
  // Module scripts run in order; wait for the second one to have run as well.
  await until(() => frame.contentDocument!.documentElement.dataset.loaded === 'both', 'both builds to have run');
  await pause(100);
  return { frame, win };
}

describe('two builds of the library on one page', () => {
  it('the full bundle twice (0.1.0, then 9.9.9): one warning naming every widget and both versions, no error', async () => {
    const { frame, win } = await load('double-load.html');
    try {
      const { warnings, errors } = win.recorded!;
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      for (const tag of TAGS) expect(warnings[0], tag).to.contain(`<${tag}>`);
      expect(warnings[0]).to.contain(`already defined by version ${VERSION}; this copy (version 9.9.9) was not registered`);
      // The first build's classes stay registered and draw.
      const bars = frame.contentDocument!.querySelector('trust-bars')!;
      expect((win.customElements.get('trust-bars') as unknown as { version: string }).version).to.equal(VERSION);
      await until(() => bars.shadowRoot?.querySelectorAll('rect[part="bar"]').length === 2, 'the bars to draw');
    } finally {
      frame.remove();
    }
  });

  it('the full bundle and a single-widget file of another version: exactly one warning, naming both versions', async () => {
    const { frame, win } = await load('double-load-one.html');
    try {
      const { warnings, errors } = win.recorded!;
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([
        `public-trust-widgets: <trust-bars> is already defined by version ${VERSION}; this copy (version 9.9.9) was not registered. Load the library once per page.`,
      ]);
    } finally {
      frame.remove();
    }
  });
});
