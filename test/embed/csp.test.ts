/**
 * A page served with a strict Content-Security-Policy and Trusted Types (test/fixtures/csp/strict.html, header set
 * by the runner's middleware) shows every chart with zero violations: no eval, no inline styles, no innerHTML with
 * data. The runner's own page uses inline scripts, so the fixture is its own page, loaded in an iframe.
 */
import { expect } from '@open-wc/testing';

type FixtureWindow = Window & { cspViolations?: string[] };

async function loadFixture(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL(path, import.meta.url).href;
  document.body.append(frame);
  await loaded;
  // Module scripts run after load on a slow machine: wait until the widgets are defined and drawn.
  const win = frame.contentWindow as FixtureWindow & typeof globalThis;
  await win.customElements.whenDefined('trust-bars');
  await new Promise((resolve) => setTimeout(resolve, 300));
  return frame;
}

/** Waits (a few seconds at most) for the Download menu's item of `kind`: the menu's code loads on first use. */
async function menuItem(root: ShadowRoot, kind: string): Promise<HTMLButtonElement> {
  for (let waited = 0; waited < 5000; waited += 25) {
    const item = root.querySelector<HTMLButtonElement>(`#download-menu button[data-kind="${kind}"]`);
    if (item && !root.querySelector<HTMLElement>('#download-menu')!.hidden) return item;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the Download menu never showed its ${kind} item`);
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await loadFixture('../fixtures/csp/strict.html');
  });
  after(() => frame.remove());

  it('the fixture really is served under the strict policy (an inline style attribute is refused)', async () => {
    const doc = frame.contentDocument!;
    const violations = (frame.contentWindow as FixtureWindow).cspViolations!;
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color: rgb(1, 2, 3)');
    doc.body.append(probe);
    // Violation events are delivered asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(doc.defaultView!.getComputedStyle(probe).color).not.to.equal('rgb(1, 2, 3)');
    expect(violations.some((v) => v.startsWith('style-src'))).to.equal(true);
    // …and Trusted Types is enforced: assigning a plain string to innerHTML throws a TypeError (the frame's own, worded
    // differently by each engine), changes nothing, and is reported as a violation of require-trusted-types-for.
    expect(() => {
      probe.innerHTML = '<b>not trusted</b>';
    })
      .to.throw()
      .with.property('name', 'TypeError');
    expect(probe.querySelector('b'), 'the untrusted markup').to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true);
    probe.remove();
    violations.length = 0;
  });

  it('draws every chart, its error state included, with zero violations', async () => {
    const doc = frame.contentDocument!;
    const charts = Array.from(doc.querySelectorAll('trust-bars'));
    expect(charts).to.have.length(3);
    expect(charts[0]!.shadowRoot!.querySelectorAll('rect[part="bar"]')).to.have.length(2);
    expect(charts[1]!.shadowRoot!.querySelectorAll('rect[part="bar"]')).to.have.length(2);
    expect(charts[2]!.shadowRoot!.querySelector('[part="error"]')).to.exist;
    // Styles apply (adopted stylesheets are allowed under style-src 'self').
    expect(doc.defaultView!.getComputedStyle(charts[0]!).display).to.equal('block');
    // Interaction re-renders without violations too.
    charts[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((frame.contentWindow as FixtureWindow).cspViolations).to.deep.equal([]);
  });
});

describe('the Download menu under the strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await loadFixture('../fixtures/csp/downloads.html');
  });
  after(() => frame.remove());

  /** Chooses `kind` in the widget's Download menu; the file as trust-export saw it and as the download link got it. */
  async function download(kind: string): Promise<{ file: File; saved: string }> {
    const widget = frame.contentDocument!.querySelector('trust-bars')!;
    const root = widget.shadowRoot!;
    const exported = new Promise<File>((resolve) =>
      widget.addEventListener('trust-export', (event) => resolve((event as Event & { file: File }).file), { once: true }),
    );
    const saved = new Promise<string>((resolve) => {
      const catchLink = (event: Event) => {
        const link = event.target as HTMLAnchorElement;
        if (link.localName !== 'a' || !link.download) return;
        // Not really saved: the test reads what would have been.
        event.preventDefault();
        root.removeEventListener('click', catchLink, true);
        resolve(link.download);
      };
      root.addEventListener('click', catchLink, true);
    });
    root.querySelector<HTMLButtonElement>('[part="downloads"] .download')!.click();
    (await menuItem(root, kind)).click();
    return { file: await exported, saved: await saved };
  }

  const bytes = async (file: Blob) => new Uint8Array(await file.arrayBuffer());
  const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

  it('makes the PNG, the social card, the SVG and the CSV with zero violations', async () => {
    const png = await download('png');
    expect(png.saved).to.match(/\.png$/);
    expect(Array.from((await bytes(png.file)).slice(0, 8))).to.deep.equal(PNG_SIGNATURE);
    const card = await download('card');
    expect(card.saved).to.match(/\.png$/);
    expect(Array.from((await bytes(card.file)).slice(0, 8))).to.deep.equal(PNG_SIGNATURE);
    const svg = await download('svg');
    expect(svg.saved).to.match(/\.svg$/);
    expect(await svg.file.text())
      .to.contain('<svg')
      .and.to.contain('BT research');
    const csv = await download('csv');
    expect(csv.saved).to.match(/\.csv$/);
    expect(await csv.file.text())
      .to.contain('Worried')
      .and.to.contain('57');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((frame.contentWindow as FixtureWindow).cspViolations).to.deep.equal([]);
  });

  it('copies the embed code with zero violations', async () => {
    const win = frame.contentWindow as FixtureWindow & typeof globalThis;
    let copied = '';
    Object.defineProperty(win.navigator.clipboard, 'writeText', { configurable: true, value: (text: string) => ((copied = text), Promise.resolve()) });
    const widget = frame.contentDocument!.querySelector('trust-bars')!;
    const exported = new Promise<File>((resolve) =>
      widget.addEventListener('trust-export', (event) => resolve((event as Event & { file: File }).file), { once: true }),
    );
    const root = widget.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part="downloads"] .download')!.click();
    (await menuItem(root, 'embed')).click();
    const file = await exported;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(copied).to.equal(await file.text());
    expect(copied).to.contain('<trust-bars').and.to.contain('<td>Worried</td>');
    expect((frame.contentWindow as FixtureWindow).cspViolations).to.deep.equal([]);
  });
});
