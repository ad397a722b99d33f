/**
 * dist/embed/resize.js on a host page (this test page): every embed iframe takes its chart's height, follows it,
 * and no other message or window can resize anything. Also: the file stays tiny.
 */
import { expect } from '@open-wc/testing';
import { embedReady, embedUrl, pause, until } from './helpers.js';

const RESIZE = new URL('/dist/embed/resize.js', location.origin).href;

const frameOf = (src: string, width: number) => {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.width = String(width);
  frame.height = '150';
  frame.style.border = '0';
  frame.style.display = 'block';
  return frame;
};
const loaded = (frame: HTMLIFrameElement) => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
const contentHeight = (frame: HTMLIFrameElement) => Math.ceil(frame.contentDocument!.getElementById('embed')!.getBoundingClientRect().height);
const heightOf = (frame: HTMLIFrameElement) => frame.getBoundingClientRect().height;

describe('resize.js', () => {
  let bars: HTMLIFrameElement;
  let stat: HTMLIFrameElement;
  let host: HTMLDivElement;
  before(async () => {
    // The iframes load first and post their heights to nobody; resize.js, arriving later, asks them again.
    host = document.createElement('div');
    host.style.cssText = 'position: fixed; top: 0; left: 0; width: 800px;';
    bars = frameOf(embedUrl('trust-bars', { heading: 'Most of the UK public worry', data: 'Worried: 57; Concerned: 60' }, 'bars'), 640);
    stat = frameOf(embedUrl('trust-stat', { heading: 'Most worry', value: '57', label: 'of UK adults' }, 'stat'), 480);
    host.append(bars, stat);
    const both = Promise.all([loaded(bars), loaded(stat)]);
    document.body.append(host);
    await both;
    await Promise.all([embedReady(bars), embedReady(stat)]);
    await pause(200);
    expect(heightOf(bars)).to.equal(150);
    const script = document.createElement('script');
    script.src = RESIZE;
    const ran = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    document.head.append(script);
    await ran;
  });
  after(() => host.remove());

  it('is a classic script well under 1 KB (minified; gzip and brotli smaller still)', async () => {
    // As on disk: the test server would pass the file through esbuild.
    const bytes = new Uint8Array(await (await fetch('/__raw/dist/embed/resize.js')).arrayBuffer());
    expect(bytes.length).to.be.lessThan(1024);
    const gzipped = await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
    expect(gzipped.byteLength).to.be.lessThan(512);
    const text = new TextDecoder().decode(bytes);
    expect(text).not.to.match(/\bimport\b|\bexport\b/);
    console.log(`resize.js: ${bytes.length} bytes minified, ${gzipped.byteLength} gzip`);
  });

  it('sizes every embed iframe to its content, even those that loaded before it', async () => {
    await until(() => heightOf(bars) === contentHeight(bars), `the bars iframe to be ${contentHeight(bars)} px`);
    await until(() => heightOf(stat) === contentHeight(stat), `the stat iframe to be ${contentHeight(stat)} px`);
    expect(heightOf(bars)).to.be.greaterThan(150);
    expect(heightOf(bars)).not.to.equal(heightOf(stat));
    // Sized to fit: nothing to scroll inside.
    expect(bars.contentDocument!.scrollingElement!.scrollHeight).to.be.at.most(heightOf(bars));
  });

  it('follows the chart when the iframe gets narrower', async () => {
    const wide = heightOf(bars);
    bars.width = '300';
    await until(() => heightOf(bars) > wide && heightOf(bars) === contentHeight(bars), 'the bars iframe to grow');
  });

  it('ignores messages that are not from an embed iframe, or not of the documented shape', async () => {
    const before = [heightOf(bars), heightOf(stat)];
    const valid = { type: 'public-trust-widgets:height', version: 1, id: 'bars', height: 33 };
    // From this window (not an iframe at all).
    window.postMessage(valid, '*');
    // From an iframe whose address is not an embed: it may not resize itself either.
    const other = document.createElement('iframe');
    other.src = new URL('/test/fixtures/embed/blank.html', location.origin).href;
    other.height = '100';
    other.style.border = '0';
    const otherLoaded = loaded(other);
    host.append(other);
    await otherLoaded;
    const post = (frame: HTMLIFrameElement, data: unknown) =>
      new (frame.contentWindow as Window & { Function: FunctionConstructor }).Function('data', 'parent.postMessage(data, "*")')(data);
    post(other, valid);
    // From the embed's own window, but malformed.
    for (const data of [
      { ...valid, version: 2 },
      { ...valid, type: 'height' },
      { ...valid, height: '33' },
      { ...valid, height: -1 },
      { ...valid, height: Number.NaN },
      { ...valid, height: 1e9 },
      'public-trust-widgets:height',
      null,
    ]) {
      post(bars, data);
    }
    await pause(300);
    expect([heightOf(bars), heightOf(stat)]).to.deep.equal(before);
    expect(other.getBoundingClientRect().height).to.equal(100);
    // …while the same valid message from the embed's own window resizes that iframe, and only that one. (The embed
    // then reports its real height again, so watch the style rather than wait for 33 px to last.)
    const applied: string[] = [];
    const watch = new MutationObserver(() => applied.push(bars.style.height));
    watch.observe(bars, { attributes: true, attributeFilter: ['style'] });
    post(bars, valid);
    await until(() => applied.includes('33px'), 'the valid message to apply');
    watch.disconnect();
    expect(heightOf(stat)).to.equal(before[1]);
    other.remove();
  });
});
