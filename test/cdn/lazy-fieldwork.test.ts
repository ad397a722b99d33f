/**
 * The CDN files carry no code for fieldwork dates (issue 12): a chart whose `fieldwork` is written as ISO dates
 * fetches it (dist/cdn/chunks/fieldwork-dates-<hash>.js, built by `node scripts/build.mjs`) before its first render,
 * which shows the dates in words; a chart without dates fetches nothing; a chunk that fails to load leaves the dates as
 * written, with a warning naming the attribute. Each page is its own iframe, so that every load starts from nothing.
 */
import { expect } from '@open-wc/testing';
import { loadCdnPage, type Loaded } from '../helpers/cdn-page.js';

const BARS = '<trust-bars heading="Worry" population="UK adults" data="Yes: 57; No: 43"';
const fieldworkChunks = (page: Loaded) => page.chunks().filter((path) => path.includes('/chunks/fieldwork-dates'));

describe('the CDN files load the code of fieldwork dates only for a chart that has them', () => {
  it('trust-bars.js: free text in fieldwork fetches no chunk and is shown as written', async () => {
    const page = await loadCdnPage('/dist/cdn/trust-bars.js', 'en-GB', `${BARS} fieldwork="Spring 2024"></trust-bars>`);
    try {
      expect(page.firstRender).to.contain('Spring 2024');
      expect(page.chunks()).to.deep.equal([]);
      expect(page.win.recorded!.warnings).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('trust-bars.js: ISO dates fetch the chunk, and the first render shows them in words', async () => {
    const page = await loadCdnPage('/dist/cdn/trust-bars.js', 'en-GB', `${BARS} fieldwork="2024-03-01/2024-03-15"></trust-bars>`);
    try {
      expect(page.firstRender).to.contain('1 – 15 March 2024');
      // No frame showed the dates as typed.
      expect(page.everShown.join('\n')).not.to.contain('2024-03-01');
      expect(fieldworkChunks(page)).to.have.length(1);
      expect(page.win.recorded!.warnings).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('public-trust-widgets.js: a Welsh dashboard and its chart write their dates in Welsh on their first render', async () => {
    const page = await loadCdnPage(
      '/dist/cdn/public-trust-widgets.js',
      'cy',
      `<trust-dashboard heading="Pryder" fieldwork="2024-03"><trust-bars heading="Pryder" data="Ydw: 57; Nac ydw: 43"></trust-bars></trust-dashboard>`,
    );
    try {
      const chart = page.widget.querySelector('trust-bars')!;
      await (chart as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(page.widget.shadowRoot!.textContent).to.contain('Mawrth 2024');
      expect(chart.shadowRoot!.textContent).to.contain('Mawrth 2024');
      expect(page.everShown.join('\n')).not.to.contain('2024-03');
      expect(fieldworkChunks(page)).to.have.length(1);
    } finally {
      page.frame.remove();
    }
  });

  it('a chunk that fails to load leaves the dates as written, with a warning naming the attribute', async () => {
    // Served from /__no-chunks/ (web-test-runner.config.js), where every chunk answers 404, as on a CDN missing them.
    const page = await loadCdnPage('/__no-chunks/dist/cdn/trust-bars.js', 'en-GB', `${BARS} fieldwork="2024-03"></trust-bars>`);
    try {
      const root = page.widget.shadowRoot!;
      expect(root.querySelectorAll('[part~="bar"]')).to.have.length(2);
      expect(root.textContent).to.contain('2024-03');
      expect(root.textContent).to.match(/fieldwork:/);
      const warnings = page.win.recorded!.warnings;
      expect(
        warnings.filter((warning) => warning.startsWith('<trust-bars> fieldwork:')),
        warnings.join('\n'),
      ).to.have.length(1);
      expect(warnings.filter((warning) => warning.includes('could not be loaded')).length, warnings.join('\n')).to.be.greaterThan(0);
      expect(page.win.recorded!.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
