/** Iframe helpers for the embed tests: every page under test is its own document, loaded in an iframe. */
import { embedAddress, type EmbedTag } from '../../src/embed/embed-address.js';

/** The built embed page (dist/embed/index.html, from `node scripts/build.mjs`). */
export const EMBED_PAGE = new URL('/dist/embed/index.html', location.origin).href;

/** An embed address for the built page. */
/** `tag` is any string, so that tests can ask for a tag the embed page does not know. */
export const embedUrl = (tag: string, attributes: Record<string, string | boolean> = {}, id?: string, page = EMBED_PAGE) =>
  embedAddress(page, tag as EmbedTag, attributes, id);

export type FrameWindow = Window &
  typeof globalThis & { recorded?: { warnings: string[]; errors: string[]; violations: string[]; shifts: { value: number; sources: string[] }[] } };

/** Resolves when `check` returns a truthy value (polled every 25 ms); fails with `what` after `timeout` ms. */
export async function until<T>(check: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, timeout = 8000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Adds an iframe at the top left of the viewport (so rendering and ResizeObserver run at full speed), loads `src`
 * and resolves once the `load` event has fired.
 */
export async function openFrame(
  src: string,
  { width = 640, height = 480, parsed = false }: { width?: number; height?: number; parsed?: boolean } = {},
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${height}px; border: 0; background: #fff;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  if (parsed) {
    // `load` waits for module scripts; with `parsed`, resolve as soon as the page's HTML has been read instead.
    const path = new URL(src).pathname;
    await until(() => frame.contentDocument?.location.pathname === path && frame.contentDocument.readyState !== 'loading', `${path} to be parsed`);
  } else {
    await loaded;
  }
  return frame;
}

export const frameWindow = (frame: HTMLIFrameElement) => frame.contentWindow as FrameWindow;

/** The embed page's widget (or undefined), once its module script has run. */
export const embeddedWidget = (frame: HTMLIFrameElement) =>
  frame.contentDocument?.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
    '#embed > :is(trust-bars, trust-stat, trust-waffle, trust-change, trust-likert, trust-trend)',
  ) ?? undefined;

/** Waits until the embed page has built its content: a drawn widget, or an error box. */
export async function embedReady(frame: HTMLIFrameElement): Promise<void> {
  await until(() => frame.contentDocument?.querySelector('#embed > :not(noscript)'), 'the embed page to build its content');
  const widget = embeddedWidget(frame);
  if (widget) {
    await until(() => widget.shadowRoot?.querySelector('figure'), `<${widget.localName}> to render`);
    await widget.updateComplete;
  }
  await pause(50);
}

/** Messages posted to this window, with the window that posted them. */
export function recordMessages(): { messages: { source: MessageEventSource | null; data: unknown }[]; stop: () => void } {
  const messages: { source: MessageEventSource | null; data: unknown }[] = [];
  const listener = (event: MessageEvent) => messages.push({ source: event.source, data: event.data });
  window.addEventListener('message', listener);
  return { messages, stop: () => window.removeEventListener('message', listener) };
}

/** Opens the chart's Download menu in the embed page and picks the item that reads `words`. */
async function pick(chart: Element, words: string): Promise<void> {
  const shadow = chart.shadowRoot!;
  shadow.querySelector<HTMLButtonElement>('[part="downloads"] .download')!.click();
  const item = await until(
    () => Array.from(shadow.querySelectorAll<HTMLButtonElement>('#download-menu button')).find((button) => button.textContent!.trim() === words),
    `the Download menu to offer "${words}"`,
  );
  item.click();
}

/** The text of the file the chart's Download menu makes for the item `words`; the download itself is cancelled. */
export async function exportedText(chart: Element, words: string): Promise<string> {
  const exported = new Promise<File>((resolve) =>
    chart.addEventListener(
      'trust-export',
      (event) => {
        event.preventDefault();
        resolve((event as Event & { file: File }).file);
      },
      { once: true },
    ),
  );
  await pick(chart, words);
  return (await exported).text();
}

/**
 * What the chart's "Copy embed code" puts on the clipboard in the embed page (the frame's clipboard is stubbed, so
 * nothing is really copied): opens the chart's Download menu and picks the item.
 */
export async function copiedEmbedCode(frame: HTMLIFrameElement, chart: Element): Promise<string> {
  const clipboard = frame.contentWindow!.navigator.clipboard;
  let copied: string | undefined;
  Object.defineProperty(clipboard, 'writeText', { configurable: true, value: (text: string) => ((copied = text), Promise.resolve()) });
  try {
    await pick(chart, 'Copy embed code');
    return await until(() => copied, 'the embed code to be copied');
  } finally {
    delete (clipboard as unknown as Record<string, unknown>)['writeText'];
  }
}
