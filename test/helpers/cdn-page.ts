/**
 * A CDN file loaded into a fresh page of its own (an iframe), for the tests of what the CDN files fetch lazily
 * (test/cdn/lazy-chunks.test.ts, lazy-annotations.test.ts): every load starts from nothing.
 */
import { frameWindow, openFrame, until, type FrameWindow } from '../embed/helpers.js';

const BLANK = new URL('/test/fixtures/embed/blank.html', location.origin).href;

export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

export interface Loaded {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  widget: Widget;
  /** The shadow root's text at the first `trust-render` (sent after every render of a new chart). */
  firstRender: string;
  /** Every text the shadow root ever held: nodes as added, and text as it was before each change. */
  everShown: string[];
  /** The paths of every chunk the page fetched. */
  chunks: () => string[];
}

/**
 * Loads `script` (a CDN file) into a fresh page whose language is `lang`, with one widget, and waits for it to draw.
 */
export async function loadCdnPage(script: string, lang: string, markup: string): Promise<Loaded> {
  const frame = await openFrame(BLANK);
  const win = frameWindow(frame);
  const doc = frame.contentDocument!;
  doc.documentElement.lang = lang;
  // Watch every shadow root from the moment it is attached, before Lit renders anything into it.
  const everShown: string[] = [];
  const attachShadow = win.Element.prototype.attachShadow;
  win.Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    new win.MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) everShown.push(node.textContent ?? '');
        if (record.oldValue !== null) everShown.push(record.oldValue);
      }
    }).observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
    return root;
  };
  const holder = doc.createElement('div');
  holder.innerHTML = markup;
  const widget = holder.firstElementChild as Widget;
  let firstRender: string | undefined;
  widget.addEventListener('trust-render', () => (firstRender ??= widget.shadowRoot!.textContent!), { once: true });
  doc.body.append(widget);
  const module = doc.createElement('script');
  module.type = 'module';
  module.src = new URL(script, location.origin).href;
  doc.head.append(module);
  await until(() => firstRender !== undefined, `<${widget.localName}> to render`);
  while (!(await widget.updateComplete));
  const chunks = () =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.includes('/chunks/'));
  return { frame, win, widget, firstRender: firstRender!.replace(/\s+/g, ' '), everShown, chunks };
}
