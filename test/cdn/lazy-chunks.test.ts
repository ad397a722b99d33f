/**
 * The CDN files carry no Welsh and no explanations of problems (issue 12): a Welsh page fetches it as a chunk (dist/cdn/chunks/, built by
 * `node scripts/build.mjs`) before the first render, an English page fetches no chunk at all, and a chunk that fails
 * to load leaves the widget drawn in English with a warning naming the locale. Likewise the English that explains an
 * author's mistake: fetched only by a widget with a problem to show, before the render that shows it. Each page is its
 * own iframe, so that every load starts from nothing.
 */
import { expect } from '@open-wc/testing';
import { openFrame, until } from '../embed/helpers.js';
import { loadCdnPage as load, type Loaded, type Widget } from '../helpers/cdn-page.js';

describe('the CDN files load Welsh only on Welsh pages', () => {
  for (const script of ['/dist/cdn/trust-bars.js', '/dist/cdn/public-trust-widgets.js']) {
    it(`${script} on an English page fetches no chunk`, async () => {
      const page = await load(script, 'en-GB', '<trust-bars data="Worried: 57; Concerned: 60"></trust-bars>');
      try {
        expect(page.firstRender).to.contain('Show data table');
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(page.chunks()).to.deep.equal([]);
        expect(page.win.recorded!.warnings).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });
  }

  it('trust-stat.js on a Welsh page fetches the Welsh chunks and shows Welsh on its first render, never English', async () => {
    const page = await load(
      '/dist/cdn/trust-stat.js',
      'cy',
      '<trust-stat value="57" label="o oedolion y DU" previous="47" previous-label="2022"></trust-stat>',
    );
    try {
      expect(page.firstRender).to.contain('Dangos y tabl data').and.to.contain('tua 57 o bob 100').and.to.contain('wedi codi 10 pwynt canran');
      expect(page.everShown.length, 'texts seen').to.be.greaterThan(0);
      for (const text of page.everShown) {
        expect(text).not.to.contain('Show data table');
        expect(text).not.to.contain('in every 100');
      }
      const fetched = page.chunks();
      expect(
        fetched.some((path) => /^\/dist\/cdn\/chunks\/cy-[\w-]+\.js$/.test(path)),
        fetched.join(', '),
      ).to.equal(true);
      expect(
        fetched.some((path) => /^\/dist\/cdn\/chunks\/stat-messages-cy-[\w-]+\.js$/.test(path)),
        fetched.join(', '),
      ).to.equal(true);
      expect(page.win.recorded!.warnings).to.deep.equal([]);
      expect(page.win.recorded!.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('public-trust-widgets.js on a Welsh page fetches the shared Welsh and the drawn widget’s own, not the others’', async () => {
    const page = await load('/dist/cdn/public-trust-widgets.js', 'cy', '<trust-bars data="Yn poeni: 57; Yn pryderu: 60"></trust-bars>');
    try {
      expect(page.firstRender).to.contain('Dangos y tabl data').and.to.contain('Siart bar, 2 eitem.');
      for (const text of page.everShown) expect(text).not.to.contain('Show data table');
      const fetched = page.chunks();
      expect(
        fetched.some((path) => /\/chunks\/cy-/.test(path)),
        fetched.join(', '),
      ).to.equal(true);
      expect(fetched.filter((path) => /-messages-cy-/.test(path))).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a Welsh chunk that fails to load leaves English, with a warning naming the locale', async () => {
    // Served from /__no-chunks/ (web-test-runner.config.js), where every chunk answers 404, as on a CDN missing them.
    // Not an import map: the dev server adds a module script to every page, and Firefox ignores a map added after a
    // module load has begun, so it fetched the real chunk.
    const page = await load('/__no-chunks/dist/cdn/trust-bars.js', 'cy', '<trust-bars data="Worried: 57"></trust-bars>');
    try {
      expect(page.firstRender).to.contain('Show data table');
      expect(page.widget.shadowRoot!.querySelector('[part="chart"]')).to.exist;
      const fetched = page.chunks();
      expect(
        fetched.some((path) => /^\/__no-chunks\/dist\/cdn\/chunks\/cy-[\w-]+\.js$/.test(path)),
        fetched.join(', '),
      ).to.equal(true);
      expect(
        fetched.every((path) => path.startsWith('/__no-chunks/')),
        fetched.join(', '),
      ).to.equal(true);
      expect(page.win.recorded!.warnings.filter((warning) => warning.includes('locale "cy"'))).to.have.length(1);
      expect(page.win.recorded!.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('loads the Welsh chunk under the strict Content-Security-Policy and Trusted Types', async () => {
    const frame = await openFrame(new URL('/test/fixtures/csp/welsh.html', location.origin).href);
    try {
      const win = frame.contentWindow as Window & typeof globalThis & { cspViolations: string[] };
      const widget = await until(() => frame.contentDocument!.querySelector<Widget>('trust-bars'), 'the widget');
      await win.customElements.whenDefined('trust-bars');
      await until(() => widget.shadowRoot?.textContent?.includes('Dangos y tabl data'), 'the Welsh to show');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(win.cspViolations).to.deep.equal([]);
      const fetched = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(
        fetched.some((path) => /^\/dist\/cdn\/chunks\/cy-/.test(path)),
        fetched.join(', '),
      ).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});

describe('the CDN files load the explanations of problems only when a widget has one to show', () => {
  /** The texts ever shown that hold a problem box's heading: each must carry its explanation too. */
  const boxesShown = (page: Loaded, heading: string) => page.everShown.filter((text) => text.includes(heading));

  it('trust-bars.js: an error (unit) is explained in full on the first render, from the shared chunk', async () => {
    const page = await load('/dist/cdn/trust-bars.js', 'en-GB', '<trust-bars unit="percentage" data="Worried: 57"></trust-bars>');
    try {
      const explanation = '“percentage” is not a unit. Use one of percent, count, currency, ratio, number.';
      expect(page.firstRender).to.contain('This chart can’t be shown').and.to.contain(`unit: ${explanation}`);
      expect(boxesShown(page, 'This chart can’t be shown').length, 'texts seen').to.be.greaterThan(0);
      for (const text of boxesShown(page, 'This chart can’t be shown')) expect(text).to.contain(explanation);
      const fetched = page.chunks();
      expect(
        fetched.some((path) => /^\/dist\/cdn\/chunks\/en-problems-[\w-]+\.js$/.test(path)),
        fetched.join(', '),
      ).to.equal(true);
      expect(page.win.recorded!.warnings).to.deep.equal([`<trust-bars> unit: ${explanation}`]);
      expect(page.win.recorded!.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('trust-stat.js: a problem with its own attribute is explained in full on the first render, from its own chunk', async () => {
    const page = await load('/dist/cdn/trust-stat.js', 'en-GB', '<trust-stat value="lots" label="of UK adults"></trust-stat>');
    try {
      const explanation = '“lots” is not a number. Write the figure in digits, for example value="57" or value="over 1.7 million".';
      expect(page.firstRender).to.contain(`value: ${explanation}`);
      for (const text of boxesShown(page, 'This chart can’t be shown')) expect(text).to.contain(explanation);
      const fetched = page.chunks();
      expect(
        fetched.some((path) => /^\/dist\/cdn\/chunks\/stat-problems-[\w-]+\.js$/.test(path)),
        fetched.join(', '),
      ).to.equal(true);
      expect(page.win.recorded!.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('public-trust-widgets.js: a warning is explained on the first render, with the chart, and not the other widgets’ explanations', async () => {
    const page = await load('/dist/cdn/public-trust-widgets.js', 'en-GB', '<trust-bars colour="red" data="Worried: 57; Concerned: 60"></trust-bars>');
    try {
      const explanation = '“colour” is not an attribute of this chart; it was ignored. Check its spelling.';
      expect(page.firstRender).to.contain('Check this chart').and.to.contain(`colour: ${explanation}`).and.to.contain('Show data table');
      for (const text of boxesShown(page, 'Check this chart')) expect(text).to.contain(explanation);
      expect(page.chunks().filter((path) => /-problems-/.test(path) && !/\/en-problems-/.test(path))).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a Welsh page explains a problem in Welsh on its first render, never in English first', async () => {
    const page = await load('/dist/cdn/public-trust-widgets.js', 'cy', '<trust-bars unit="canran" data="Yn poeni: 57"></trust-bars>');
    try {
      expect(page.firstRender).to.contain('Ni ellir dangos y siart hwn').and.to.contain('Nid yw “canran” yn uned.');
      for (const text of page.everShown) {
        expect(text).not.to.contain('This chart can’t be shown');
        expect(text).not.to.contain('is not a unit');
      }
    } finally {
      page.frame.remove();
    }
  });

  it('explanations that fail to load still leave the problem named, with a plain sentence and a warning, and nothing thrown', async () => {
    const page = await load('/__no-chunks/dist/cdn/trust-bars.js', 'en-GB', '<trust-bars unit="percentage" data="Worried: 57"></trust-bars>');
    try {
      expect(page.firstRender).to.contain('This chart can’t be shown').and.to.contain('unit: this value cannot be used');
      expect(page.win.recorded!.warnings.filter((warning) => warning.includes('problems are named, not explained'))).to.have.length(1);
      expect(page.win.recorded!.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
