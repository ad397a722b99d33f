import type { TrustElement } from '../../src/core/trust-element.js';
import type { TrustDashboard } from '../../src/dashboard/trust-dashboard.js';
import { settled, shadow, texts } from '../helpers/widget.js';
import { freshPath } from '../helpers/source-fixtures.js';

/** Everything mounted by a test, removed after it. */
const placed: Element[] = [];
afterEach(() => placed.splice(0).forEach((el) => el.remove()));

/** The widgets (trust-* other than the dashboard) inside `root`, in document order. */
export const widgetsIn = (root: ParentNode): TrustElement[] =>
  Array.from(root.querySelectorAll<TrustElement>('*')).filter((el) => el.localName.startsWith('trust-') && el.localName !== 'trust-dashboard');

/** Waits until the dashboards and widgets inside `root` have drawn (Welsh words and `src` figures included). */
export async function settleAll(root: ParentNode): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const dashboard of root.querySelectorAll<TrustDashboard>('trust-dashboard')) while (!(await dashboard.updateComplete));
    for (const widget of widgetsIn(root)) await settled(widget);
  }
}

/**
 * Puts `markup` on the page inside a holder `width` pixels wide (default 1024), waits for it to draw and returns the
 * holder, its first dashboard and the widgets in it.
 */
export async function mount(markup: string, options: { width?: number; lang?: string } = {}) {
  const holder = document.createElement('div');
  holder.style.width = `${options.width ?? 1024}px`;
  if (options.lang) holder.lang = options.lang;
  holder.innerHTML = markup;
  document.body.append(holder);
  placed.push(holder);
  await settleAll(holder);
  const dashboard = holder.querySelector<TrustDashboard>('trust-dashboard')!;
  return { holder, dashboard, widgets: widgetsIn(holder) };
}

/** Removes `el` after the test (for elements a test puts on the page itself). */
export const removeAfterTest = (el: Element): void => void placed.push(el);

/** The text of the first element matching `selector` in `el`'s shadow root, spaces collapsed ('' when none). */
export const partText = (el: Element, selector: string): string => texts(shadow(el), selector)[0] ?? '';

/** "About this data" of `el` as "term: text" lines. */
export const aboutItems = (el: Element): string[] =>
  Array.from(
    shadow(el).querySelectorAll('[part="about"] dl > div'),
    (item) => `${item.querySelector('dt')?.textContent?.trim()}: ${item.querySelector('dd')?.textContent?.trim()}`,
  );

/** The generated data table as "label: value | value". */
export const tableRows = (el: Element): string[] =>
  Array.from(shadow(el).querySelectorAll('[part="table"] tbody tr'), (tr) => {
    const [label, ...cells] = Array.from(tr.children, (cell) => (cell.textContent ?? '').trim());
    return `${label}: ${cells.join(' | ')}`;
  });

export const warningText = (el: Element): string => texts(shadow(el), '[part="warning"] li').join('\n');
export const errorText = (el: Element): string => texts(shadow(el), '[part="error"] li').join('\n');

export { serve, requestsFor } from '../helpers/source-fixtures.js';

/** A path no other test uses: the page's source cache keeps every body it fetched. */
export const fresh = (name = 'figures.csv'): string => freshPath('dashboard-', name);

/** Polls `ready` every frame, for up to `ms` milliseconds. */
export async function waitFor(ready: () => boolean, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!ready() && performance.now() < end) await new Promise((resolve) => requestAnimationFrame(resolve));
  if (!ready()) throw new Error('timed out waiting');
}
