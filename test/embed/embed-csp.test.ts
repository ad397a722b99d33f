/**
 * The real embed page (dist/embed/index.html) served with the strict Content-Security-Policy and Trusted Types
 * header (web-test-runner.config.js adds it for `?csp=strict`, with a report-uri): zero violations while it builds
 * a chart, an error box and a warning box. Violations are counted twice: by the server's report endpoint (which
 * sees those raised before any script could listen) and by a listener in the page.
 */
import { expect } from '@open-wc/testing';
import { embedReady, embedUrl, openFrame, pause, until } from './helpers.js';

const STRICT_PAGE = new URL('/dist/embed/index.html?csp=strict', location.origin).href;
const reports = async (clear = false): Promise<string[]> => (await fetch(`/__csp-reports${clear ? '?clear' : ''}`)).json();

describe('the embed page under a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement | undefined;
  before(async () => {
    await reports(true);
  });
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('is really served under the policy: an inline style in it is refused and reported', async () => {
    frame = await openFrame(embedUrl('trust-stat', { value: '57', label: 'of UK adults' }, undefined, STRICT_PAGE));
    await embedReady(frame);
    const seen: string[] = [];
    frame.contentDocument!.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    const probe = frame.contentDocument!.createElement('div');
    probe.setAttribute('style', 'color: rgb(1, 2, 3)');
    frame.contentDocument!.body.append(probe);
    await until(() => seen.length, 'the violation event');
    expect(frame.contentWindow!.getComputedStyle(probe).color).not.to.equal('rgb(1, 2, 3)');
    await until(async () => (await reports()).length > 0, 'the violation report', 5000);
    const reported = await reports(true);
    expect(reported.join('\n')).to.match(/style-src/);
  });

  for (const [what, tag, attributes] of [
    [
      'a chart (bars, with a link and the table opened)',
      'trust-bars',
      { heading: 'Most worry', data: 'Worried: 57; Concerned: 60', source: 'BT', 'source-url': 'https://example.org/' },
    ],
    ['a chart of every other kind: waffle', 'trust-waffle', { value: '24', of: '108', label: 'Trusts' }],
    ['the embed error (unknown tag)', 'trust-nope', { heading: 'x' }],
    ['the embed warning (unsafe link, unknown parameter)', 'trust-bars', { data: 'A: 1', 'source-url': 'javascript:alert(1)', colour: 'red' }],
  ] as const) {
    it(`builds ${what} with zero violations`, async () => {
      await reports(true);
      frame = await openFrame(embedUrl(tag, attributes, undefined, STRICT_PAGE));
      const seen: string[] = [];
      frame.contentDocument!.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
      await embedReady(frame);
      frame.contentDocument!.querySelector('trust-bars')?.shadowRoot?.querySelector<HTMLButtonElement>('[part="toolbar"] button')?.click();
      // Reports travel to the server asynchronously.
      await pause(400);
      expect(await reports(true)).to.deep.equal([]);
      expect(seen).to.deep.equal([]);
      expect(frame.contentDocument!.querySelector('#embed')!.children.length).to.be.greaterThan(0);
    });
  }
});
