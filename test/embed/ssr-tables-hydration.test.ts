/**
 * Pre-rendered data tables keep every column and row once the script runs (issue 16, item 4): test/fixtures/ssr/
 * tables.html, pre-rendered by the CLI at its 640 px (scripts/wtr-ssr-plugin.js) and read on a 360 px phone, shows
 * the tables of test/fixtures/ssr/tables-expected.json, cell for cell, after hydration and laying out again for the
 * phone, and when a script without hydration support draws every chart afresh. test/node/ssr-tables.test.mjs holds
 * the pre-render itself to the same tables.
 */
import { expect } from '@open-wc/testing';

type Widget = HTMLElement & { updateComplete?: Promise<boolean> };
const TAGS = ['trust-bars', 'trust-stat', 'trust-waffle', 'trust-change', 'trust-likert', 'trust-trend'];
const frames: HTMLIFrameElement[] = [];
/** Each chart's table by its id, header row first (test/node/ssr-tables.test.mjs says how it was checked). */
let EXPECTED_TABLES: Record<string, string[][] | null>;

/** Each widget's data table, by its id: its rows' header and data cells, as text. */
const tablesOf = (doc: Document): Record<string, string[][] | null> =>
  Object.fromEntries(
    Array.from(doc.querySelectorAll<Widget>(TAGS.join(',')), (widget) => {
      const region = widget.shadowRoot?.querySelector('#data-table');
      const rows = region
        ? Array.from(region.querySelectorAll('tr'), (row) =>
            Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
          )
        : null;
      return [widget.id, rows];
    }),
  );

/** The page on a 360 px phone, once every widget has drawn (and its `src` has arrived): its tables. */
async function tablesAfter(script: 'hydrate' | 'plain'): Promise<Record<string, string[][] | null>> {
  const frame = document.createElement('iframe');
  frame.style.width = '360px';
  frame.style.height = '3000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__ssr/tables.html?styles=inline&script=${script}`;
  document.body.append(frame);
  frames.push(frame);
  frame.scrollIntoView();
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  const error = doc.getElementById('ssr-error');
  if (error) throw new Error(error.textContent ?? 'pre-render failed');
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  const widgets = Array.from(doc.querySelectorAll<Widget>(TAGS.join(',')));
  // Hydration, the layout for the frame's width, and the `src` chart's own load: waited for until the tables are the
  // expected ones, or for about three seconds (then the difference is what the test reports).
  let tables = tablesOf(doc);
  for (let round = 0; round < 40 && JSON.stringify(tables) !== JSON.stringify(EXPECTED_TABLES); round++) {
    await Promise.all(widgets.map((widget) => widget.updateComplete ?? Promise.resolve(false)));
    await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 50)));
    tables = tablesOf(doc);
  }
  return tables;
}

describe('pre-rendered data tables on a 360 px phone', function () {
  this.timeout(30_000);
  before(async () => {
    EXPECTED_TABLES = (await (await fetch('/test/fixtures/ssr/tables-expected.json')).json()) as typeof EXPECTED_TABLES;
  });
  after(() => frames.forEach((frame) => frame.remove()));

  it('after hydration, have every column and row of the pre-render', async () => {
    expect(JSON.stringify(await tablesAfter('hydrate'))).to.equal(JSON.stringify(EXPECTED_TABLES));
  });

  it('drawn afresh by a script without hydration support, the same', async () => {
    expect(JSON.stringify(await tablesAfter('plain'))).to.equal(JSON.stringify(EXPECTED_TABLES));
  });
});
