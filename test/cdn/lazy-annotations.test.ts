/**
 * The CDN files carry no code for notes, reference lines and shaded ranges (issue 12): a chart with them fetches its
 * widget's chunk (dist/cdn/chunks/<widget>-annotation-kit.js, built by `node scripts/build.mjs`) before its first
 * render, which shows them; a chart without them fetches none; a chunk that fails to load leaves the chart drawn
 * without them, with a warning naming the attribute. Each page is its own iframe, so that every load starts from nothing.
 */
import { expect } from '@open-wc/testing';
import { loadCdnPage, type Loaded } from '../helpers/cdn-page.js';

/** Loads `script` (a CDN file) into a fresh English page with one widget, and waits for it to draw. */
const load = (script: string, markup: string): Promise<Loaded> => loadCdnPage(script, 'en-GB', markup);

const TREND = 'series="Clinical | Admin" data="2020: 40 | 30; 2022: 45 | 35; 2024: 50 | 41"';
const annotationChunks = (page: Loaded) => page.chunks().filter((path) => path.includes('-annotation-kit'));

describe('the CDN files load the code of notes, reference lines and ranges only for a chart that has them', () => {
  for (const script of ['/dist/cdn/trust-trend.js', '/dist/cdn/public-trust-widgets.js']) {
    it(`${script}: a plain trend fetches no annotation chunk`, async () => {
      const page = await load(script, `<trust-trend ${TREND}></trust-trend>`);
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

  it('trust-trend.js: a trend with notes, a reference line and a range fetches its chunk and draws them on its first render', async () => {
    const page = await load(
      '/dist/cdn/trust-trend.js',
      `<trust-trend ${TREND} notes="2022: Survey moved online" reference="45: Target" highlight="2020–2022: Pandemic"></trust-trend>`,
    );
    try {
      expect(page.firstRender).to.contain('Survey moved online').and.to.contain('Target').and.to.contain('Pandemic');
      expect(page.widget.shadowRoot!.querySelectorAll('[part~="note"]')).to.have.length(1);
      expect(page.widget.shadowRoot!.querySelectorAll('[part~="reference"]')).to.have.length(1);
      expect(page.widget.shadowRoot!.querySelectorAll('[part~="highlight"]')).to.have.length(1);
      // No frame drew the chart without its note.
      const charts = page.everShown.filter((text) => text.includes('Show data table'));
      expect(charts.length, 'texts seen').to.be.greaterThan(0);
      for (const text of charts) expect(text).to.contain('Survey moved online');
      expect(annotationChunks(page)).to.deep.equal(['/dist/cdn/chunks/trend-annotation-kit.js']);
      expect(page.win.recorded!.warnings).to.deep.equal([]);
      expect(page.win.recorded!.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('trust-trend.js: labels="all" fetches the chunk and writes every value on the first render', async () => {
    const page = await load('/dist/cdn/trust-trend.js', `<trust-trend ${TREND} labels="all"></trust-trend>`);
    try {
      // 2020's and 2022's values are written beside their points only with labels="all" (the line ends show 2024's).
      expect(page.firstRender).to.contain('40%').and.to.contain('45%');
      expect(annotationChunks(page)).to.deep.equal(['/dist/cdn/chunks/trend-annotation-kit.js']);
    } finally {
      page.frame.remove();
    }
  });

  it('public-trust-widgets.js: bars with notes fetch the bars chunk only, and draw the note on the first render', async () => {
    const page = await load('/dist/cdn/public-trust-widgets.js', '<trust-bars data="Worried: 57; Concerned: 60" notes="Worried: Up from 2022"></trust-bars>');
    try {
      expect(page.firstRender).to.contain('Up from 2022');
      expect(annotationChunks(page)).to.deep.equal(['/dist/cdn/chunks/bars-annotation-kit.js']);
      expect(page.win.recorded!.warnings).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('trust-change.js: a reference line fetches the change chunk and is drawn on the first render', async () => {
    const page = await load(
      '/dist/cdn/trust-change.js',
      '<trust-change from-label="2022" to-label="2024" data="Worried: 40 | 57; Concerned: 50 | 60" reference="50: Half"></trust-change>',
    );
    try {
      expect(page.firstRender).to.contain('Half');
      expect(page.widget.shadowRoot!.querySelectorAll('[part~="reference"]')).to.have.length(1);
      expect(annotationChunks(page)).to.deep.equal(['/dist/cdn/chunks/change-annotation-kit.js']);
    } finally {
      page.frame.remove();
    }
  });

  it('a chunk that fails to load leaves the chart drawn without its notes, with a warning naming the attribute', async () => {
    // Served from /__no-chunks/ (web-test-runner.config.js), where every chunk answers 404, as on a CDN missing them.
    const page = await load('/__no-chunks/dist/cdn/trust-trend.js', `<trust-trend ${TREND} notes="2022: Survey moved online"></trust-trend>`);
    try {
      const root = page.widget.shadowRoot!;
      expect(root.querySelector('[part="chart"]')).to.exist;
      expect(root.querySelectorAll('[part~="line"]')).to.have.length(2);
      expect(root.textContent).not.to.contain('Survey moved online');
      // The warning on the chart names the attribute (its explanation, also a chunk, cannot load here either).
      expect(root.textContent).to.match(/notes:/);
      expect(annotationChunks(page)).to.deep.equal(['/__no-chunks/dist/cdn/chunks/trend-annotation-kit.js']);
      const warnings = page.win.recorded!.warnings;
      expect(
        warnings.filter((warning) => warning.startsWith('<trust-trend> notes:')),
        warnings.join('\n'),
      ).to.have.length(1);
      expect(warnings.filter((warning) => warning.includes('could not be loaded')).length, warnings.join('\n')).to.be.greaterThan(0);
      expect(page.win.recorded!.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
