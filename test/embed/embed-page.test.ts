/**
 * The iframe embed page (dist/embed/index.html, built by `node scripts/build.mjs`) as a CMS would show it: one
 * widget from the address fragment, its height posted to the parent, every parameter checked like the element
 * checks its attributes, and nothing in the address ever turned into markup or script.
 */
import { expect } from '@open-wc/testing';
import { isHeightMessage, type HeightMessage } from '../../src/embed/protocol.js';
import { copiedEmbedCode, EMBED_PAGE, embedReady, embedUrl, embeddedWidget, frameWindow, openFrame, pause, recordMessages, until } from './helpers.js';

/** One embed of each widget, with the content each one must draw. */
const WIDGETS: { tag: string; attributes: Record<string, string>; drawn: string }[] = [
  {
    tag: 'trust-bars',
    attributes: {
      heading: 'Most of the UK public worry',
      data: 'Worry about cyber-attacks on the NHS: 57; Concerned attacks could disrupt NHS systems: 60',
      source: 'BT research',
      'source-url': 'https://example.org/report',
    },
    drawn: 'rect[part="bar"]',
  },
  {
    tag: 'trust-stat',
    attributes: { heading: 'Most worry', value: '57', label: 'of UK adults worry about cyber-attacks on the NHS', population: 'UK adults' },
    drawn: '[part="value"]',
  },
  {
    tag: 'trust-waffle',
    attributes: { heading: 'A fifth of trusts', value: '24', of: '108', population: 'trusts', label: 'Trusts with no security-qualified staff' },
    drawn: '[part="chart"] > svg',
  },
  {
    tag: 'trust-change',
    attributes: {
      heading: 'Training changed',
      'from-label': '2022',
      'to-label': '2024',
      data: 'Trained on new technologies: 5 | 15; Trained on both: 47 | 39',
    },
    drawn: '[part="chart"] > svg',
  },
  {
    tag: 'trust-likert',
    attributes: {
      heading: 'Confidence',
      series: 'Very confident | Fairly confident | Neither | Not very confident | Not at all confident',
      data: 'NHS staff: 12 | 24 | 20 | 30 | 14; UK public: 10 | 28 | 18 | 29 | 15',
    },
    drawn: '[part="chart"] > svg',
  },
  {
    tag: 'trust-trend',
    attributes: { heading: 'Training over time', series: 'New | Both', data: '2019: 4 | 52; 2020: 6 | 49; 2021: n/a | n/a; 2022: 9 | 45; 2023: 12 | 41' },
    drawn: '[part="chart"] > svg',
  },
];

const heightsFrom = (messages: { source: MessageEventSource | null; data: unknown }[], frame: HTMLIFrameElement) =>
  messages.filter((m) => m.source === frame.contentWindow && isHeightMessage(m.data)).map((m) => m.data as HeightMessage);

describe('the iframe embed page', () => {
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

  for (const { tag, attributes, drawn } of WIDGETS) {
    it(`renders <${tag}> from the address, with every parameter as an attribute`, async () => {
      frame = await openFrame(embedUrl(tag, { ...attributes, theme: 'light' }));
      await embedReady(frame);
      const widget = embeddedWidget(frame)!;
      expect(widget.localName).to.equal(tag);
      for (const [name, value] of Object.entries(attributes)) expect(widget.getAttribute(name), name).to.equal(value);
      const root = widget.shadowRoot!;
      expect(root.querySelector('[part="error"]'), 'error box').to.equal(null);
      expect(root.querySelector('[part="warning"]'), 'warning box').to.equal(null);
      expect(root.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(attributes.heading);
      expect(root.querySelector(drawn), drawn).to.exist;
      // Transparent: the host page shows through the iframe and the widget.
      const win = frameWindow(frame);
      expect(win.getComputedStyle(frame.contentDocument!.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(win.getComputedStyle(widget).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(frame.contentDocument!.title).to.equal(attributes.heading);
    });
  }

  it('links the source only to an http(s) address (the bars embed above links https://example.org/report)', async () => {
    frame = await openFrame(embedUrl('trust-bars', WIDGETS[0]!.attributes));
    await embedReady(frame);
    const link = embeddedWidget(frame)!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="source"] a')!;
    expect(link.href).to.equal('https://example.org/report');
  });

  it('posts { type, version: 1, id, height } to its parent on load, matching its content height', async () => {
    frame = await openFrame(embedUrl('trust-bars', WIDGETS[0]!.attributes, 'chart-1'), { width: 640, height: 300 });
    await embedReady(frame);
    const messages = await until(() => heightsFrom(recorder.messages, frame!).length > 0 && heightsFrom(recorder.messages, frame!), 'a height message');
    const last = messages[messages.length - 1]!;
    expect(Object.keys(last).sort()).to.deep.equal(['height', 'id', 'type', 'version']);
    expect(last.type).to.equal('public-trust-widgets:height');
    expect(last.version).to.equal(1);
    expect(last.id).to.equal('chart-1');
    expect(Number.isInteger(last.height)).to.equal(true);
    const content = frame.contentDocument!.getElementById('embed')!.getBoundingClientRect().height;
    expect(last.height).to.equal(Math.ceil(content));
    expect(last.height).to.be.within(150, 1000);
  });

  it('posts a new, larger height when the iframe gets narrower (labels wrap), and again when the table opens', async () => {
    frame = await openFrame(embedUrl('trust-bars', WIDGETS[0]!.attributes), { width: 720, height: 300 });
    await embedReady(frame);
    const wide = (await until(() => heightsFrom(recorder.messages, frame!).at(-1), 'the first height')).height;
    frame.style.width = '320px';
    const narrow = (await until(() => heightsFrom(recorder.messages, frame!).find((m) => m.height > wide), 'a larger height at 320 px')).height;
    expect(narrow).to.be.greaterThan(wide);
    const count = heightsFrom(recorder.messages, frame).length;
    embeddedWidget(frame)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    const opened = await until(
      () =>
        heightsFrom(recorder.messages, frame!)
          .slice(count)
          .find((m) => m.height > narrow),
      'a larger height with the table open',
    );
    expect(opened.height).to.be.greaterThan(narrow);
    // No message repeats a height: each one is a change.
    const heights = heightsFrom(recorder.messages, frame).map((m) => m.height);
    for (let i = 1; i < heights.length; i++) expect(heights[i], `message ${i}`).not.to.equal(heights[i - 1]);
  });

  it('answers a request for its height from its parent, and ignores one from anywhere else', async () => {
    frame = await openFrame(embedUrl('trust-stat', WIDGETS[1]!.attributes, 'ask'));
    await embedReady(frame);
    await until(() => heightsFrom(recorder.messages, frame!).length, 'the first height');
    const before = heightsFrom(recorder.messages, frame).length;
    frame.contentWindow!.postMessage({ type: 'public-trust-widgets:request-height', version: 1 }, '*');
    await until(() => heightsFrom(recorder.messages, frame!).length > before, 'the height again');
    const after = heightsFrom(recorder.messages, frame).length;
    // A request of another version, or one the iframe's own window posts (its source is not the parent), is ignored.
    frame.contentWindow!.postMessage({ type: 'public-trust-widgets:request-height', version: 2 }, '*');
    const inFrame = frame.contentWindow as Window & { Function: FunctionConstructor };
    new inFrame.Function("postMessage({ type: 'public-trust-widgets:request-height', version: 1 }, '*')")();
    await pause(200);
    expect(heightsFrom(recorder.messages, frame).length).to.equal(after);
  });

  it('without resize.js, a short iframe keeps its own height and the chart scrolls inside it', async () => {
    frame = await openFrame(embedUrl('trust-bars', WIDGETS[0]!.attributes), { width: 640, height: 150 });
    await embedReady(frame);
    expect(frame.getBoundingClientRect().height).to.equal(150);
    const page = frame.contentDocument!.scrollingElement!;
    expect(page.scrollHeight).to.be.greaterThan(150);
    page.scrollTop = page.scrollHeight;
    expect(page.scrollTop, 'the reader can scroll to the end').to.be.greaterThan(0);
  });

  it('draws again when only the fragment changes (no reload)', async () => {
    frame = await openFrame(embedUrl('trust-bars', WIDGETS[0]!.attributes));
    await embedReady(frame);
    const first = embeddedWidget(frame);
    frame.contentWindow!.location.hash = new URL(embedUrl('trust-stat', WIDGETS[1]!.attributes)).hash;
    await until(() => embeddedWidget(frame!)?.localName === 'trust-stat', 'the stat to replace the bars');
    expect(first!.isConnected).to.equal(false);
    expect(frame.contentDocument!.querySelectorAll('#embed > *')).to.have.length(1);
  });

  it('"Copy embed code" gives the iframe of this page (what another site pastes), not its script and element', async () => {
    const heading = 'Worry & "concern" <b>now</b>';
    frame = await openFrame(embedUrl('trust-bars', { ...WIDGETS[0]!.attributes, heading }, 'nhs-worry'));
    await embedReady(frame);
    const copied = await copiedEmbedCode(frame, embeddedWidget(frame)!);
    const doc = new DOMParser().parseFromString(copied, 'text/html');
    const iframes = Array.from(doc.querySelectorAll('iframe'));
    expect(iframes, copied).to.have.length(1);
    expect(iframes[0]!.getAttribute('src')).to.equal(frame.contentWindow!.location.href);
    expect(iframes[0]!.getAttribute('title')).to.equal(`Chart: ${heading}`);
    expect(iframes[0]!.getAttribute('width')).to.equal('100%');
    // The page's height as drawn, so that the iframe fits the chart even without resize.js.
    const height = Number(iframes[0]!.getAttribute('height'));
    expect(Math.abs(height - frame.contentDocument!.getElementById('embed')!.getBoundingClientRect().height)).to.be.lessThan(40);
    // resize.js, beside the embed page, and no other script: not the embed page's own, which draws nothing elsewhere.
    const scripts = Array.from(doc.querySelectorAll('script'), (script) => script.getAttribute('src'));
    expect(scripts).to.deep.equal([new URL('resize.js', EMBED_PAGE).href]);
    expect(doc.querySelector('trust-bars, b')).to.equal(null);
  });

  describe('refuses what the element would refuse, visibly, and makes nothing from the address but text', () => {
    /** Every element and attribute in the embed page and the widget's shadow root. */
    const everything = (frame: HTMLIFrameElement) => {
      const roots: ParentNode[] = [frame.contentDocument!];
      const widget = embeddedWidget(frame);
      if (widget?.shadowRoot) roots.push(widget.shadowRoot);
      const elements = roots.flatMap((root) => Array.from(root.querySelectorAll('*')));
      return { names: elements.map((e) => e.localName), attributes: elements.flatMap((e) => Array.from(e.attributes, (a) => `${a.name}=${a.value}`)) };
    };
    /** The page's scripts, leaving out the one the test server adds to every HTML page. */
    const pageScripts = (frame: HTMLIFrameElement) =>
      Array.from(frame.contentDocument!.querySelectorAll('script'), (s) => s.getAttribute('src') ?? 'inline').filter(
        (src) => !src.includes('__web-dev-server'),
      );
    const embedError = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector<HTMLElement>('.embed-error:not([role])');

    it('tag=script: an embed error naming tag, and no <script> made', async () => {
      frame = await openFrame(embedUrl('script', { src: 'data:text/javascript,parent.pwned=1' }));
      await embedReady(frame);
      const error = embedError(frame)!;
      expect(error.textContent).to.contain('This chart can’t be shown');
      expect(error.querySelector('code')!.textContent).to.equal('tag');
      expect(error.textContent).to.contain('“script” is not a chart of public-trust-widgets');
      expect(pageScripts(frame)).to.deep.equal(['./embed-page.js']);
      expect((window as Window & { pwned?: number }).pwned).to.equal(undefined);
      expect(error.getBoundingClientRect().height, 'the error is visible').to.be.greaterThan(20);
    });

    it('an error the page loads with is content (no alert); one a new address brings later is said politely', async () => {
      frame = await openFrame(embedUrl('trust-bars', { heading: 'Worry', data: 'Worried: 57' }));
      await embedReady(frame);
      expect(frame.contentDocument!.querySelector('.embed-error')).to.equal(null);
      frame.contentWindow!.location.hash = new URL(embedUrl('script', {})).hash;
      const later = await until(() => frame!.contentDocument!.querySelector<HTMLElement>('.embed-error'), 'the error box for the new address');
      expect(later.getAttribute('role')).to.equal('status');
    });

    it('tag=trust-nope: an embed error listing the six widgets and the dashboard', async () => {
      frame = await openFrame(embedUrl('trust-nope', { heading: 'x' }));
      await embedReady(frame);
      expect(embedError(frame)!.textContent).to.contain(
        '“trust-nope” is not a chart of public-trust-widgets. Use one of trust-bars, trust-stat, trust-waffle, trust-change, trust-likert, trust-trend, trust-dashboard.',
      );
      expect(everything(frame).names).not.to.include('trust-nope');
    });

    it('source-url=javascript:…: the chart is drawn without a link, with a visible notice, and no attribute holds the URL', async () => {
      frame = await openFrame(embedUrl('trust-bars', { heading: 'Links', data: 'A: 1', source: 'Somebody', 'source-url': 'javascript:parent.pwned=1' }));
      await embedReady(frame);
      const widget = embeddedWidget(frame)!;
      expect(widget.hasAttribute('source-url')).to.equal(false);
      expect(widget.shadowRoot!.querySelector('[part="source"]')!.textContent).to.contain('Somebody');
      expect(widget.shadowRoot!.querySelector('a')).to.equal(null);
      const notice = frame.contentDocument!.querySelector<HTMLElement>('.embed-warning:not([role])')!;
      expect(notice.textContent).to.contain('source-url');
      expect(notice.textContent).to.contain('is not an http or https address');
      expect(everything(frame).attributes.filter((a) => /javascript:/i.test(a.split('=').slice(1).join('=')))).to.deep.equal([]);
    });

    it('a 40 KB data parameter: an embed error about the size, and no widget', async () => {
      frame = await openFrame(embedUrl('trust-bars', { heading: 'Big', data: `A: 1; ${'B'.repeat(40 * 1024)}: 2` }));
      await embedReady(frame);
      expect(embeddedWidget(frame)).to.equal(undefined);
      const error = embedError(frame)!;
      expect(error.textContent).to.match(/The embed parameters hold 41 KB; the limit is 32 KB/);
      expect(error.querySelector('code')!.textContent).to.equal('#');
    });

    it('HTML in data and heading stays text: the widget draws or names the problem, and makes no element from it', async () => {
      const html = '<img src=x onerror="parent.pwned=1"><script>parent.pwned=2</script>';
      frame = await openFrame(embedUrl('trust-bars', { heading: `<b>${html}</b>`, data: `${html}: 57; <svg onload="parent.pwned=3">: 60` }));
      await embedReady(frame);
      await pause(200);
      const widget = embeddedWidget(frame)!;
      const root = widget.shadowRoot!;
      // Either drawn with the markup as label text, or the widget's visible error: never markup.
      const labels = Array.from(root.querySelectorAll('text, th, td, [part="heading"]'), (node) => node.textContent ?? '').join(' ');
      expect(root.querySelector('[part="error"]') !== null || labels.includes('<img src=x'), 'text or a visible error').to.equal(true);
      expect(root.querySelector('[part="heading"]')!.textContent).to.contain('<b><img src=x');
      const { names, attributes } = everything(frame);
      expect(names).not.to.include('img');
      expect(pageScripts(frame)).to.deep.equal(['./embed-page.js']);
      expect(names).not.to.include('b');
      expect(attributes.filter((a) => /^on/.test(a))).to.deep.equal([]);
      expect((window as Window & { pwned?: number }).pwned).to.equal(undefined);
    });

    it('unknown parameters and event handlers are left out with a visible notice; the chart still draws', async () => {
      frame = await openFrame(embedUrl('trust-bars', { heading: 'Typos', data: 'A: 1', colour: 'red', onclick: 'parent.pwned=4', style: 'display:none' }));
      await embedReady(frame);
      const widget = embeddedWidget(frame)!;
      expect(Array.from(widget.attributes, (a) => a.name).sort()).to.deep.equal(['data', 'heading']);
      expect(widget.shadowRoot!.querySelector('rect[part="bar"]')).to.exist;
      const notice = frame.contentDocument!.querySelector('.embed-warning')!;
      expect(Array.from(notice.querySelectorAll('code'), (c) => c.textContent)).to.deep.equal(['colour', 'onclick', 'style']);
      widget.click();
      expect((window as Window & { pwned?: number }).pwned).to.equal(undefined);
    });

    it('an attribute the widget itself refuses shows the widget’s own visible error (data that is not a number)', async () => {
      frame = await openFrame(embedUrl('trust-bars', { heading: 'Broken', data: 'Worried: lots' }));
      await embedReady(frame);
      const error = embeddedWidget(frame)!.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.textContent).to.contain('data');
      expect(error.getBoundingClientRect().height).to.be.greaterThan(20);
    });
  });
});
