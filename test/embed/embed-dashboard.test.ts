/**
 * A dashboard in the iframe embed page (dist/embed/index.html, built by `node scripts/build.mjs`): the dashboard and
 * its charts from the address (`tag=trust-dashboard`, one `child=` per chart), every chart fed by the dashboard's
 * `src`, each child checked like a single chart, nothing in the address turned into markup, and the height posted.
 */
import { expect } from '@open-wc/testing';
import { dashboardEmbedAddress, MAX_DASHBOARD_CHILDREN } from '../../src/embed/embed-address.js';
import { isHeightMessage, type HeightMessage } from '../../src/embed/protocol.js';
import type { WidgetTag } from '../../src/widgets.js';
import { copiedEmbedCode, EMBED_PAGE, exportedText, openFrame, pause, recordMessages, until } from './helpers.js';

type Element_ = HTMLElement & { updateComplete?: Promise<unknown> };
type Child = { tag: WidgetTag; attributes: Record<string, string | boolean> };

/** Served by the test server: Answer,2024 / Worry about cyber-attacks on the NHS,57 / Concerned about patient data exposure,56. */
const FIGURES = '/test/fixtures/ssr/live-figures.csv';
const DASHBOARD = { heading: 'Concern about cyber-attacks on the NHS', src: FIGURES, source: 'BT research', 'sample-size': '1000', fieldwork: '2024-03' };
const CHILDREN: Child[] = [
  { tag: 'trust-bars', attributes: { heading: 'Both worries', 'label-column': 'Answer', 'value-column': '2024' } },
  {
    tag: 'trust-stat',
    attributes: { heading: 'Worried', 'label-column': 'Answer', 'value-column': '2024', filter: 'Answer=Worry about cyber-attacks on the NHS' },
  },
];

const dashboardUrl = (attributes: Record<string, string | boolean>, children: Child[] | string[], id?: string) =>
  typeof children[0] === 'string'
    ? `${dashboardEmbedAddress(EMBED_PAGE, attributes, [], id)}&${(children as string[]).map((list) => `child=${encodeURIComponent(list)}`).join('&')}`
    : dashboardEmbedAddress(EMBED_PAGE, attributes, children as Child[], id);

const dashboardOf = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector<Element_>('#embed > trust-dashboard');
const chartsOf = (frame: HTMLIFrameElement) => Array.from(dashboardOf(frame)?.children ?? []) as Element_[];

/** Waits until the page has built the dashboard and every chart has drawn its figures from src. */
async function dashboardReady(frame: HTMLIFrameElement): Promise<Element_> {
  const dashboard = await until(() => dashboardOf(frame), 'the embed page to build the dashboard');
  await until(() => dashboard.shadowRoot?.querySelector('[part="region"]'), 'the dashboard to render');
  for (const chart of chartsOf(frame)) {
    await until(() => chart.shadowRoot?.querySelector('figure'), `<${chart.localName}> to draw its figures`);
    await chart.updateComplete;
  }
  await pause(50);
  return dashboard;
}

const heightsFrom = (messages: { source: MessageEventSource | null; data: unknown }[], frame: HTMLIFrameElement) =>
  messages.filter((m) => m.source === frame.contentWindow && isHeightMessage(m.data)).map((m) => m.data as HeightMessage);

describe('a dashboard in the iframe embed page', () => {
  let frame: HTMLIFrameElement | undefined;
  let recorder: ReturnType<typeof recordMessages>;
  beforeEach(() => {
    recorder = recordMessages();
  });
  afterEach(() => {
    recorder.stop();
    frame?.remove();
    frame = undefined;
  });

  it('builds the dashboard and its charts from the address; each chart draws its own columns of the shared src', async () => {
    frame = await openFrame(dashboardUrl(DASHBOARD, CHILDREN, 'dash'), { width: 900, height: 600 });
    const dashboard = await dashboardReady(frame);
    for (const [name, value] of Object.entries(DASHBOARD)) expect(dashboard.getAttribute(name), name).to.equal(value);
    expect(chartsOf(frame).map((chart) => chart.localName)).to.deep.equal(['trust-bars', 'trust-stat']);
    const [bars, stat] = chartsOf(frame);
    expect(bars!.getAttribute('value-column')).to.equal('2024');
    // The charts take the dashboard's src, one level below its heading, and its sample size.
    expect(bars!.hasAttribute('src')).to.equal(false);
    expect(bars!.shadowRoot!.querySelectorAll('rect[part="bar"]')).to.have.length(2);
    expect(bars!.shadowRoot!.querySelector('h3[part="heading"]')!.textContent!.trim()).to.equal('Both worries');
    expect(stat!.shadowRoot!.querySelector('[part="value"]')!.textContent).to.contain('57%');
    expect(stat!.shadowRoot!.querySelector('[part="margin"]')!.textContent).to.contain('1,000');
    // The source and fieldwork are said once, under the dashboard.
    expect(dashboard.shadowRoot!.querySelector('[part="source"]')!.textContent).to.contain('BT research');
    expect(bars!.shadowRoot!.querySelector('[part="source"]')).to.equal(null);
    expect(frame.contentDocument!.querySelector('.embed-problems')).to.equal(null);
    expect(frame.contentDocument!.title).to.equal(DASHBOARD.heading);
  });

  it('"Copy embed code" of a chart in it gives the iframe of the whole dashboard (its charts need its src and source)', async () => {
    frame = await openFrame(dashboardUrl(DASHBOARD, CHILDREN, 'dash'), { width: 900, height: 600 });
    await dashboardReady(frame);
    const copied = await copiedEmbedCode(frame, chartsOf(frame)[0]!);
    const doc = new DOMParser().parseFromString(copied, 'text/html');
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal(frame.contentWindow!.location.href);
    expect(iframe.getAttribute('title')).to.equal(`Dashboard: ${DASHBOARD.heading}`);
    expect(Array.from(doc.querySelectorAll('script'), (script) => script.getAttribute('src'))).to.deep.equal([new URL('resize.js', EMBED_PAGE).href]);
    expect(doc.querySelector('trust-dashboard, trust-bars')).to.equal(null);
  });

  it("a chart's downloaded picture carries the source and note the dashboard shows for all its charts", async () => {
    const note = 'Staff could give more than one answer.';
    frame = await openFrame(dashboardUrl({ ...DASHBOARD, note }, CHILDREN), { width: 900, height: 600 });
    await dashboardReady(frame);
    const [bars] = chartsOf(frame);
    // The chart shows neither itself: the dashboard's footer does, once.
    expect(bars!.shadowRoot!.querySelector('figcaption [part="note"], figcaption [part="source"]')).to.equal(null);
    const svg = new DOMParser().parseFromString(await exportedText(bars!, 'Vector image (SVG)'), 'image/svg+xml');
    const words = Array.from(svg.querySelectorAll('text'), (text) => text.textContent).join(' ');
    expect(words).to.contain('Source: BT research').and.to.contain(note);
  });

  it('posts its height, and the height of its content once the charts have drawn', async () => {
    frame = await openFrame(dashboardUrl(DASHBOARD, CHILDREN, 'dash-h'), { width: 900, height: 300 });
    await dashboardReady(frame);
    const content = () => Math.ceil(frame!.contentDocument!.getElementById('embed')!.getBoundingClientRect().height);
    const last = await until(() => heightsFrom(recorder.messages, frame!).find((m) => m.height === content()), 'a height message matching the content');
    expect(last.id).to.equal('dash-h');
    expect(last.height).to.be.greaterThan(300);
  });

  it('an unknown chart, or a dashboard inside, is left out with a visible warning naming the child; the others draw', async () => {
    frame = await openFrame(
      dashboardUrl(DASHBOARD, [
        'tag=trust-nope&heading=x',
        `tag=trust-dashboard&heading=inner`,
        String(new URLSearchParams({ tag: 'trust-bars', ...CHILDREN[0]!.attributes })),
      ]),
      { width: 900, height: 600 },
    );
    await dashboardReady(frame);
    expect(chartsOf(frame).map((chart) => chart.localName)).to.deep.equal(['trust-bars']);
    const notice = frame.contentDocument!.querySelector<HTMLElement>('.embed-warning:not([role])')!;
    expect(Array.from(notice.querySelectorAll('code'), (code) => code.textContent)).to.deep.equal(['child 1: tag', 'child 2: tag']);
    expect(notice.textContent).to.contain('“trust-nope” is not a chart of public-trust-widgets; this chart was left out.');
    expect(notice.getBoundingClientRect().height, 'the notice is visible').to.be.greaterThan(20);
    expect(frame.contentDocument!.querySelectorAll('trust-nope, #embed trust-dashboard trust-dashboard')).to.have.length(0);
  });

  it('an unknown attribute of a child is left out with a visible warning; the chart still draws', async () => {
    const children: Child[] = [{ tag: 'trust-bars', attributes: { ...CHILDREN[0]!.attributes, colour: 'red', onclick: 'parent.pwned=1' } }];
    frame = await openFrame(dashboardUrl(DASHBOARD, children), { width: 900, height: 600 });
    await dashboardReady(frame);
    const [bars] = chartsOf(frame);
    expect(Array.from(bars!.attributes, (a) => a.name).sort()).to.deep.equal(['heading', 'label-column', 'value-column']);
    expect(bars!.shadowRoot!.querySelectorAll('rect[part="bar"]')).to.have.length(2);
    const notice = frame.contentDocument!.querySelector('.embed-warning')!;
    expect(Array.from(notice.querySelectorAll('code'), (code) => code.textContent)).to.deep.equal(['child 1: colour', 'child 1: onclick']);
    bars!.click();
    expect((window as Window & { pwned?: number }).pwned).to.equal(undefined);
  });

  it(`more than ${MAX_DASHBOARD_CHILDREN} charts: an embed error, and no dashboard`, async () => {
    const many = Array.from({ length: MAX_DASHBOARD_CHILDREN + 1 }, () => CHILDREN[1]!);
    frame = await openFrame(dashboardUrl(DASHBOARD, many));
    await until(() => frame!.contentDocument!.querySelector('.embed-error:not([role])'), 'the error box, content of the page as it loads (no alert)');
    expect(dashboardOf(frame)).to.equal(null);
    const error = frame.contentDocument!.querySelector('.embed-error')!;
    expect(error.querySelector('code')!.textContent).to.equal('child');
    expect(error.textContent).to.contain(`may hold at most ${MAX_DASHBOARD_CHILDREN}. Split it into two dashboards.`);
  });

  it('hostile strings in the dashboard and its children stay text: no element or handler is made from them', async () => {
    const html = '<img src=x onerror="parent.pwned=2"><script>parent.pwned=3</script>';
    const children = [
      String(new URLSearchParams({ tag: 'trust-bars', heading: html, 'label-column': 'Answer', 'value-column': '2024', [html]: '1' })),
      String(new URLSearchParams({ tag: html, heading: 'x' })),
      `tag=trust-stat&heading=%3Csvg%20onload%3Dparent.pwned%3D4%3E&value=5&%3E%3C=1`,
    ];
    frame = await openFrame(dashboardUrl({ ...DASHBOARD, heading: `<b>${html}</b>` }, children), { width: 900, height: 800 });
    const dashboard = await dashboardReady(frame);
    await pause(200);
    expect(dashboard.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.contain('<b><img src=x');
    expect(chartsOf(frame)[0]!.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.contain('<img src=x');
    const roots: ParentNode[] = [frame.contentDocument!, dashboard.shadowRoot!, ...chartsOf(frame).map((chart) => chart.shadowRoot!)];
    const elements = roots.flatMap((root) => Array.from(root.querySelectorAll('*')));
    const names = elements.map((element) => element.localName);
    for (const name of ['img', 'b']) expect(names, name).not.to.include(name);
    expect(elements.flatMap((element) => Array.from(element.attributes, (a) => a.name)).filter((name) => name.startsWith('on'))).to.deep.equal([]);
    expect(
      Array.from(frame.contentDocument!.querySelectorAll('script'), (s) => s.getAttribute('src') ?? 'inline').filter(
        (src) => !src.includes('__web-dev-server'),
      ),
    ).to.deep.equal(['./embed-page.js']);
    expect((window as Window & { pwned?: number }).pwned).to.equal(undefined);
    const notice = frame.contentDocument!.querySelector('.embed-warning')!;
    expect(notice.textContent).to.contain('child 2: tag');
  });
});
