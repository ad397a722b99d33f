/**
 * Pre-rendered dashboards (issue 13): test/fixtures/ssr/dashboard.html, rendered by the CLI (scripts/wtr-ssr-plugin.js),
 * draws each dashboard and its charts without JavaScript, the charts taking what their dashboard shares; the script
 * then hydrates the dashboards and their charts without re-creating anything, and without a console warning. Each
 * chart is pre-rendered at its grid cell's width, so hydration draws it where it stays (no jump once it is measured).
 */
import { expect } from '@open-wc/testing';
import { dashboardCellWidth } from '../../src/dashboard/dashboard-styles.js';
import '../../src/dashboard/define.js';
import '../../src/stat/define.js';

interface PreRendered {
  svg: SVGSVGElement | null;
  figure: Element | null;
  region: Element | null;
}
type FrameWindow = Window &
  typeof globalThis & {
    ssrProblems: string[];
    ssrDefinedBefore: boolean;
    ssrBefore: Record<string, PreRendered>;
    ssrRemoved: Element[];
  };
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const DASHBOARDS = ['plain', 'nhs', 'live', 'welsh'];
const CHARTS = ['plain-bars', 'plain-stat', 'nhs-bars', 'nhs-stat', 'live-bars', 'welsh-bars'];
/** The NHS theme's first series colour (#005eb8), and the default theme's (#12436d). */
const NHS_BLUE = 'rgb(0, 94, 184)';
const DEFAULT_BLUE = 'rgb(18, 67, 109)';
const frames: HTMLIFrameElement[] = [];

async function loadPage(query: string): Promise<{ doc: Document; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '3000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__ssr/dashboard.html?${query}`;
  document.body.append(frame);
  frames.push(frame);
  frame.scrollIntoView();
  await loaded;
  const doc = frame.contentDocument!;
  const error = doc.getElementById('ssr-error');
  if (error) throw new Error(error.textContent ?? 'pre-render failed');
  const animations = Array.from(doc.querySelectorAll('*')).flatMap((element) => element.shadowRoot?.getAnimations() ?? []);
  await Promise.all(animations.map((animation) => animation.finished.catch(() => undefined)));
  return { doc, win: frame.contentWindow as FrameWindow };
}

/** Waits for the dashboards and charts to hydrate, lay out again for the frame, and load the shared file. */
async function hydrated(doc: Document, win: FrameWindow): Promise<void> {
  await Promise.all(['trust-dashboard', 'trust-bars', 'trust-stat'].map((tag) => win.customElements.whenDefined(tag)));
  const all = Array.from(doc.querySelectorAll<Widget>('trust-dashboard, trust-bars, trust-stat'));
  for (let round = 0; round < 3; round++) {
    await Promise.all(all.map((element) => element.updateComplete));
    await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 30)));
  }
}

const byId = (doc: Document, id: string) => doc.getElementById(id) as Widget;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (doc: Document, id: string, selector: string) => text(byId(doc, id).shadowRoot!.querySelector(selector));
/** What a chart says, independent of layout: its heading, summary, data table and caption. */
const dataText = (doc: Document, id: string) =>
  ['[part="heading"]', '#summary', '#data-table', 'figcaption'].map((selector) => shadowText(doc, id, selector)).join(' | ');
const problemsOf = (win: FrameWindow) => win.ssrProblems.filter((p) => !/Lit is in dev mode/.test(p));
const barFill = (win: FrameWindow, doc: Document, id: string) => win.getComputedStyle(byId(doc, id).shadowRoot!.querySelector('rect[part="bar"]')!).fill;

describe('pre-rendered dashboards', () => {
  after(() => frames.forEach((frame) => frame.remove()));

  describe('without JavaScript', () => {
    let doc: Document;
    let win: FrameWindow;
    before(async function () {
      // Each page is pre-rendered by the CLI when it is asked for: seconds on a busy machine.
      this.timeout(30_000);
      ({ doc, win } = await loadPage('styles=inline&script=none'));
    });

    it('draws each dashboard (a region named by its heading, the grid, the shared footer) and every chart in it', () => {
      expect(win.customElements.get('trust-dashboard')).to.equal(undefined);
      for (const id of DASHBOARDS) {
        const region = byId(doc, id).shadowRoot!.querySelector('[part="region"]');
        expect(region, id).to.exist;
        expect(region!.getAttribute('aria-labelledby')).to.equal('heading');
        expect(win.getComputedStyle(byId(doc, id).shadowRoot!.querySelector('.grid')!).display, id).to.equal('grid');
      }
      for (const id of CHARTS) expect(byId(doc, id).shadowRoot!.querySelector('figure'), id).to.exist;
      expect(shadowText(doc, 'plain', 'footer')).to.match(/Source: BT research.*UK adults.*1,000 people.*March 2024/);
      // The charts take an h3 under the dashboard's h2 (h4 under the NHS dashboard's h3), and do not repeat the facts.
      expect(byId(doc, 'plain-bars').shadowRoot!.querySelector('h3[part="heading"]')).to.exist;
      expect(byId(doc, 'nhs-stat').shadowRoot!.querySelector('h4[part="heading"]')).to.exist;
      expect(shadowText(doc, 'plain-bars', 'figcaption')).to.not.match(/March 2024|BT research/);
      expect(shadowText(doc, 'plain-stat', '[part="margin"]')).to.contain('1,000');
      // The Welsh dashboard's chart is in Welsh (its locale), with its sample size.
      expect(shadowText(doc, 'welsh-bars', '#summary')).to.match(/^Siart bar, 2 eitem.*±/);
      // The shared file's figures, written in as a table at build time.
      expect(shadowText(doc, 'live-bars', '#summary')).to.contain('Worry about cyber-attacks on the NHS');
    });

    it('the NHS theme reaches the charts by CSS alone; two columns side by side', () => {
      expect(barFill(win, doc, 'nhs-bars')).to.equal(NHS_BLUE);
      expect(barFill(win, doc, 'plain-bars')).to.equal(DEFAULT_BLUE);
      const [bars, stat] = ['nhs-bars', 'nhs-stat'].map((id) => byId(doc, id).getBoundingClientRect());
      // columns="2" and a 1000 px frame: the stat spans both columns, below the bars.
      expect(stat!.width).to.be.greaterThan(bars!.width * 1.8);
    });
  });

  describe('with the script (src/ssr/hydrate.ts)', () => {
    let doc: Document;
    let win: FrameWindow;
    let serverData: Map<string, string>;
    let serverFill: string;
    before(async function () {
      this.timeout(60_000);
      const plain = await loadPage('styles=inline&script=none');
      serverData = new Map(CHARTS.map((id) => [id, dataText(plain.doc, id)]));
      serverFill = barFill(plain.win, plain.doc, 'nhs-bars');
      ({ doc, win } = await loadPage('styles=inline&script=hydrate'));
      await hydrated(doc, win);
    });

    it('hydrates: the dashboards’ regions and the charts’ SVGs and figures are the pre-rendered nodes, never removed', () => {
      expect(win.ssrDefinedBefore).to.equal(false);
      for (const id of DASHBOARDS) {
        expect(win.ssrBefore[id]!.region, id).to.exist;
        expect(byId(doc, id).shadowRoot!.querySelector('[part="region"]') === win.ssrBefore[id]!.region, `${id}: same region`).to.equal(true);
      }
      for (const id of CHARTS) {
        const before = win.ssrBefore[id]!;
        if (before.svg) expect(byId(doc, id).shadowRoot!.querySelector('[part="chart"] > svg') === before.svg, `${id}: same <svg>`).to.equal(true);
        expect(byId(doc, id).shadowRoot!.querySelector('figure') === before.figure, `${id}: same <figure>`).to.equal(true);
      }
      const removed = win.ssrRemoved.filter(
        (node) => ['svg', 'figure', 'section'].includes(node.localName) || node.querySelector('[part="chart"] > svg, section'),
      );
      expect(removed.map((node) => node.localName)).to.deep.equal([]);
    });

    it('without console errors or warnings (no hydration mismatch)', () => {
      expect(problemsOf(win)).to.deep.equal([]);
    });

    it('a chart fed by the dashboard’s src loads it again in the browser (the table written at build time stands in until then)', async () => {
      // The server wrote the shared file's figures into the chart as a table; the browser must still fetch the file,
      // or `refresh` could never bring new figures.
      const fetched = () => win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/test/fixtures/ssr/live-figures.csv'));
      for (let wait = 0; wait < 50 && !fetched(); wait++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fetched(), 'live-figures.csv fetched by the page').to.equal(true);
      expect(dataText(doc, 'live-bars')).to.equal(serverData.get('live-bars'));
    });

    it('draws what the server drew: the same headings, summaries, tables and captions, the NHS colours kept', () => {
      for (const id of CHARTS) expect(dataText(doc, id), id).to.equal(serverData.get(id));
      expect(barFill(win, doc, 'nhs-bars')).to.equal(serverFill);
      expect(serverFill).to.equal(NHS_BLUE);
    });
  });

  describe('with the npm entry, which has no hydration support (public-trust-widgets)', () => {
    it('draws each dashboard and chart afresh, once, with no error', async function () {
      this.timeout(60_000);
      const { doc, win } = await loadPage('styles=inline&script=plain');
      await hydrated(doc, win);
      for (const id of DASHBOARDS) expect(byId(doc, id).shadowRoot!.querySelectorAll('[part="region"]'), id).to.have.length(1);
      for (const id of CHARTS) expect(byId(doc, id).shadowRoot!.querySelectorAll('figure'), id).to.have.length(1);
      const problems = problemsOf(win);
      const redrawn = problems.filter((p) => p.startsWith('warn: <trust-') && p.includes('this script cannot take over pre-rendered HTML'));
      expect(problems.filter((p) => !redrawn.includes(p))).to.deep.equal([]);
    });
  });

  describe('each chart laid out at its grid cell’s width (the page pre-rendered for a 984 px dashboard)', () => {
    // The frame is 1000 px wide and its body has the default 8 px margin: every dashboard is 984 px wide.
    const WIDTH = 984;
    let doc: Document;
    let win: FrameWindow;
    before(async function () {
      this.timeout(60_000);
      ({ doc, win } = await loadPage(`styles=inline&script=hydrate&width=${WIDTH}`));
      await hydrated(doc, win);
    });

    it('the server wrote each chart the width the browser measures, so hydrating draws it where it stays', () => {
      for (const id of DASHBOARDS) expect(byId(doc, id).getBoundingClientRect().width, `${id}: the frame's dashboards are ${WIDTH} px wide`).to.equal(WIDTH);
      const widths = CHARTS.map((id) => {
        const chart = byId(doc, id);
        const probe = chart.shadowRoot!.querySelector('.width-probe')!;
        const svg = chart.shadowRoot!.querySelector('[part="chart"] > svg');
        return {
          id,
          server: chart.getAttribute('data-ssr-width'),
          measured: String(Math.round(probe.getBoundingClientRect().width)),
          // The chart as drawn now, after hydration and every width the browser has reported since.
          drawn: svg ? svg.getAttribute('width') : String(Math.round(probe.getBoundingClientRect().width)),
          kept: !svg || svg === win.ssrBefore[id]!.svg,
        };
      });
      // Two columns at 984 px (from 42rem); the NHS dashboard's stat spans both (columns="2", span="2").
      const cell = String(Math.round((WIDTH - 32 - 16) / 2 - 2 - 32));
      const wide = String(WIDTH - 32 - 2 - 32);
      expect(widths.map(({ id, server }) => `${id} ${server}`)).to.deep.equal(CHARTS.map((id) => `${id} ${id === 'nhs-stat' ? wide : cell}`));
      for (const { id, server, measured, drawn, kept } of widths) {
        expect(measured, `${id}: measured in the browser`).to.equal(server);
        expect(drawn, `${id}: drawn after hydration`).to.equal(server);
        expect(kept, `${id}: the pre-rendered <svg> kept`).to.equal(true);
      }
      expect(problemsOf(win)).to.deep.equal([]);
    });
  });
});

/**
 * The pre-renderer cannot measure a dashboard's grid: it works each cell's width out with dashboardCellWidth, from the
 * same numbers the grid's stylesheet is written with. Here that arithmetic meets the browser's grid, at the widths on
 * either side of every breakpoint, for every `columns` and `span`.
 */
describe('dashboardCellWidth is the width the dashboard’s grid gives each child', () => {
  const WIDTHS = [320, 575, 576, 640, 671, 672, 863, 864, 984, 1024, 1055, 1056, 1280];
  const placed: Element[] = [];
  after(() => placed.forEach((element) => element.remove()));

  for (const columns of [undefined, '1', '2', '3', '4']) {
    it(`columns=${columns ?? '(none)'}`, async () => {
      const dashboard = document.createElement('trust-dashboard');
      dashboard.setAttribute('heading', 'Grid');
      if (columns) dashboard.setAttribute('columns', columns);
      for (const span of [undefined, '2', '3', '4']) {
        const chart = document.createElement('trust-stat');
        chart.setAttribute('value', '41');
        if (span) chart.setAttribute('span', span);
        dashboard.append(chart);
      }
      document.body.append(dashboard);
      placed.push(dashboard);
      await (dashboard as Widget).updateComplete;
      const seen: string[] = [];
      const expected: string[] = [];
      for (const width of WIDTHS) {
        dashboard.style.width = `${width}px`;
        for (const chart of Array.from(dashboard.children)) {
          const span = chart.getAttribute('span') ?? undefined;
          const label = `${width} px, span=${span ?? '(none)'}`;
          seen.push(`${label}: ${chart.getBoundingClientRect().width.toFixed(1)}`);
          expected.push(`${label}: ${dashboardCellWidth(width, columns, span, 16).toFixed(1)}`);
        }
      }
      expect(seen).to.deep.equal(expected);
    });
  }
});
