import { expect } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import '../../src/stat/define.js';
import type { TrustDataErrorEvent, TrustDataLoadEvent } from '../../src/core/events.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { freshPath, holdLongTimers, requestsFor, serve, watchSourceSignals } from '../helpers/source-fixtures.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

/** A path no other test uses: the page's cache keeps every body it fetched. */
const fresh = (name = 'figures.csv') => freshPath('t', name);

const CSV = 'Answer,Share\nWorried,57\nConcerned,60\n';

const placed: Element[] = [];
afterEach(() => placed.splice(0).forEach((el) => el.remove()));

/** Widgets from `markup`, upgraded but not yet on the page: listen first, then call `attach`. */
function widgets(markup: string): { all: TrustElement[]; el: TrustElement; attach: () => void } {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const all = Array.from(holder.children).filter((child): child is TrustElement => child.localName.startsWith('trust-'));
  return {
    all,
    el: all[0]!,
    attach: () => {
      document.body.append(holder);
      placed.push(holder);
    },
  };
}

/** Two frames: the widget has drawn what it has, without waiting (as updateComplete does) for its figures. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const next = <E extends Event>(el: Element, name: string) =>
  new Promise<E>((resolve) => el.addEventListener(name, (event) => resolve(event as E), { once: true }));

/** Mounts one widget and waits for its first `trust-data-load` (or `trust-data-error`). */
async function load(markup: string): Promise<{ el: TrustElement; event: Event }> {
  const { el, attach } = widgets(markup);
  const event = Promise.race([next(el, 'trust-data-load'), next(el, 'trust-data-error')]);
  attach();
  const result = await event;
  await settled(el);
  return { el, event: result };
}

/** The generated data table as "label: value | value". */
const tableRows = (el: Element) =>
  Array.from(shadow(el).querySelectorAll('[part="table"] tbody tr'), (tr) => {
    const [label, ...cells] = Array.from(tr.children, (cell) => (cell.textContent ?? '').trim());
    return `${label}: ${cells.join(' | ')}`;
  });
const errorText = (el: Element) => texts(shadow(el), '[part="error"] li').join('\n');
const warningText = (el: Element) => texts(shadow(el), '[part="warning"] li').join('\n');

const rejections: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
before(() => window.addEventListener('unhandledrejection', onRejection));
after(() => window.removeEventListener('unhandledrejection', onRejection));

describe('src: figures from an address', () => {
  it('draws a plain two-column CSV with no column attributes, and fires trust-data-load', async () => {
    const path = fresh();
    const src = await serve(path, { body: CSV });
    const { el, event } = await load(`<trust-bars src="${src}" heading="Worry"></trust-bars>`);
    expect(event.type).to.equal('trust-data-load');
    const loaded = event as TrustDataLoadEvent;
    expect(loaded.src).to.equal(src);
    expect(loaded.url).to.equal(new URL(src, document.baseURI).href);
    expect(loaded.rows).to.equal(2);
    expect(loaded.fetchedAt).to.be.a('number');
    expect(tableRows(el)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
    expect(errorText(el)).to.equal('');
  });

  it('fetches an address once for every widget that uses it', async () => {
    const path = fresh();
    const src = await serve(path, { body: CSV, delay: 150 });
    const { all, attach } = widgets([1, 2, 3, 4].map(() => `<trust-bars src="${src}"></trust-bars>`).join(''));
    const loads = Promise.all(all.map((el) => next(el, 'trust-data-load')));
    attach();
    await loads;
    await Promise.all(all.map(settled));
    expect(await requestsFor(path)).to.equal(1);
    for (const el of all) expect(tableRows(el)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
  });

  it('resolves a relative src against the page and shares it with the same absolute address', async () => {
    const path = fresh();
    const src = await serve(path, { body: CSV, delay: 100 });
    const { all, attach } = widgets(`<trust-bars src="${src}"></trust-bars><trust-bars src="${new URL(src, document.baseURI).href}#top"></trust-bars>`);
    const loads = Promise.all(all.map((el) => next(el, 'trust-data-load')));
    attach();
    await loads;
    expect(await requestsFor(path)).to.equal(1);
  });
});

describe('src: aborting', () => {
  const signals = watchSourceSignals();

  it('aborts the request when the only widget waiting for it leaves the page', async () => {
    const src = await serve(fresh(), { body: CSV, delay: 3000 });
    const { el, attach } = widgets(`<trust-bars src="${src}"></trust-bars>`);
    attach();
    await waitFor(() => signals.length === 1);
    el.remove();
    expect(signals[0]!.signal.aborted).to.equal(true);
  });

  it('keeps a shared request while another widget still waits for it', async () => {
    const src = await serve(fresh(), { body: CSV, delay: 300 });
    const { all, attach } = widgets(`<trust-bars src="${src}"></trust-bars><trust-bars src="${src}"></trust-bars>`);
    const second = next(all[1]!, 'trust-data-load');
    attach();
    await waitFor(() => signals.length === 1);
    all[0]!.remove();
    expect(signals[0]!.signal.aborted).to.equal(false);
    await second;
  });

  it('aborts the request when src changes, and draws the new address', async () => {
    const slow = await serve(fresh(), { body: CSV, delay: 3000 });
    const quick = await serve(fresh(), { body: 'Answer,Share\nAngry,12\n' });
    const { el, attach } = widgets(`<trust-bars src="${slow}"></trust-bars>`);
    attach();
    await waitFor(() => signals.length === 1);
    const loaded = next<TrustDataLoadEvent>(el, 'trust-data-load');
    el.setAttribute('src', quick);
    expect((await loaded).src).to.equal(quick);
    expect(signals[0]!.signal.aborted).to.equal(true);
    await settled(el);
    expect(tableRows(el)).to.deep.equal(['Angry: 12%']);
  });
});

/** Polls `ready` every frame, for up to two seconds. */
async function waitFor(ready: () => boolean): Promise<void> {
  for (let frame = 0; frame < 120 && !ready(); frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  if (!ready()) throw new Error('timed out waiting');
}

describe('src: problems, worded for editors', () => {
  const failing = async (markup: string) => {
    let result!: { el: TrustElement; event: Event };
    const warnings = await captureWarnings(async () => {
      result = await load(markup);
    });
    expect(result.event.type).to.equal('trust-data-error');
    return { ...result, warnings, error: result.event as TrustDataErrorEvent };
  };

  it('404: names the address and the status, in the widget, the console and trust-data-error', async () => {
    const path = fresh();
    await serve(path, { body: 'nothing here', status: 404 });
    const src = `/__source/${path}`;
    const url = new URL(src, document.baseURI).href;
    const { el, warnings, error } = await failing(`<trust-bars src="${src}"></trust-bars>`);
    const expected = `Could not load the figures from ${url}: the server answered 404 Not Found. Check the address, and that the sheet is published.`;
    expect(errorText(el)).to.equal(`src: ${expected}`);
    expect(shadow(el).querySelector('[part="error"]')?.getAttribute('role'), 'content, not an alert (issue 17 item 9)').to.equal(null);
    expect(warnings).to.deep.equal([`<trust-bars> src: ${expected}`]);
    expect([error.src, error.attribute, error.message]).to.deep.equal([src, 'src', expected]);
  });

  it('500: names the status', async () => {
    const src = await serve(fresh(), { body: 'oops', status: 500 });
    const { el } = await failing(`<trust-bars src="${src}"></trust-bars>`);
    expect(errorText(el)).to.contain('the server answered 500 Internal Server Error.');
  });

  it('timeout: gives up after `timeout` seconds', async () => {
    const src = await serve(fresh(), { body: CSV, delay: 4000 });
    const started = performance.now();
    const { el } = await failing(`<trust-bars src="${src}" timeout="1"></trust-bars>`);
    expect(performance.now() - started).to.be.below(3000);
    expect(errorText(el)).to.contain('the server did not answer within 1 second. Try again later.');
  });

  it('a web page instead of a CSV file (a sign-in page served as text/csv)', async () => {
    const src = await serve(fresh(), { body: '<!DOCTYPE html><html><body><form>Sign in</form></body></html>', type: 'text/csv' });
    const { el } = await failing(`<trust-bars src="${src}"></trust-bars>`);
    expect(errorText(el)).to.contain('is a web page, not a CSV file: in Google Sheets use File → Share → Publish to web, and choose CSV.');
    // Nothing in the body is ever markup.
    expect(shadow(el).querySelector('form')).to.equal(null);
  });

  it('an address that is not http or https', async () => {
    const { el, error } = await failing(`<trust-bars src="javascript:alert(1)"></trust-bars>`);
    expect(errorText(el)).to.equal(
      'src: “javascript:alert(1)” is not a web address (http:// or https://, or an address on this site), so no figures were loaded.',
    );
    expect(error.attribute).to.equal('src');
  });

  it('malformed JSON', async () => {
    const src = await serve(fresh('figures.json'), { body: '[{"label": "Worried", "value": 57', type: 'application/json' });
    const { el } = await failing(`<trust-bars src="${src}"></trust-bars>`);
    expect(errorText(el)).to.match(/is not valid JSON \(.+\)\.$/);
  });

  it('JSON that holds no rows', async () => {
    const src = await serve(fresh('figures.json'), { body: '{"title": {"text": "Worry"}}', type: 'application/json' });
    const { el } = await failing(`<trust-bars src="${src}"></trust-bars>`);
    expect(errorText(el)).to.contain('holds no rows of figures');
  });

  it('a CSV with a header and no rows', async () => {
    const src = await serve(fresh(), { body: 'Answer,Share\n' });
    const { el } = await failing(`<trust-bars src="${src}"></trust-bars>`);
    expect(errorText(el)).to.contain('has a header row but no rows of figures under it.');
  });

  it('a malformed CSV cell (text where a number belongs) names src and the row', async () => {
    const src = await serve(fresh(), { body: 'Answer,Share\nWorried,lots\n' });
    const { el } = await failing(`<trust-bars src="${src}"></trust-bars>`);
    expect(errorText(el)).to.equal('src: “lots” (for “Worried”) is not a number. Write the figure in digits, such as 57, 57.5% or “over 1.7 million”.');
  });

  it('a missing column: names the attribute, the column and the columns the file has', async () => {
    const src = await serve(fresh(), { body: CSV });
    const { el, error } = await failing(`<trust-bars src="${src}" value-column="Percent"></trust-bars>`);
    expect(errorText(el)).to.equal('value-column: value-column="Percent" names a column the file does not have. Its columns are: “Answer”, “Share”.');
    expect(error.attribute).to.equal('value-column');
  });

  it('a filter part without "="', async () => {
    const src = await serve(fresh(), { body: CSV });
    const { el } = await failing(`<trust-bars src="${src}" filter="Answer"></trust-bars>`);
    expect(errorText(el)).to.equal('filter: “Answer” is not a condition: write filter="Column=value", several separated by ;.');
  });

  it('a filter that keeps no row', async () => {
    const src = await serve(fresh(), { body: CSV });
    const { el, error } = await failing(`<trust-bars src="${src}" filter="Answer=Angry"></trust-bars>`);
    expect(errorText(el)).to.equal(
      `filter: No row of ${new URL(src, document.baseURI).href} matches filter="Answer=Angry". Check the column’s values, as written in the file.`,
    );
    expect(error.attribute).to.equal('filter');
  });

  it('too many rows', async () => {
    const body = `Answer,Share\n${Array.from({ length: 10_001 }, (_, i) => `Row ${i},1`).join('\n')}\n`;
    const src = await serve(fresh(), { body });
    const { el } = await failing(`<trust-bars src="${src}"></trust-bars>`);
    expect(errorText(el)).to.contain('has 10,001 rows; a chart reads at most 10,000. Publish a summary sheet instead.');
  });

  it('a file larger than 5 MB', async () => {
    const src = await serve(fresh(), { body: `Answer,Share\n${'x'.repeat(5 * 1024 * 1024)}\n` });
    const { el } = await failing(`<trust-bars src="${src}"></trust-bars>`);
    expect(errorText(el)).to.contain('is larger than 5 MB, too large for a chart.');
  });

  it('in Welsh on a Welsh page', async () => {
    const src = await serve(fresh(), { body: 'x', status: 404 });
    const { el } = await failing(`<trust-bars lang="cy" src="${src}"></trust-bars>`);
    expect(errorText(el)).to.contain('Methwyd llwytho’r ffigurau o http');
    expect(errorText(el)).to.contain('atebodd y gweinydd 404 Not Found. Gwiriwch y cyfeiriad, a bod y ddalen wedi’i chyhoeddi.');
  });
});

describe('src: columns, filter and JSON', () => {
  const SHEET = 'Trust,Answer,2022,2024,Sample\nLeeds,Worried,50,57,1000\nLeeds,Concerned,55,60,1000\nYork,Worried,40,45,800\n';

  it('label-column, value-column and filter pick one series of some rows', async () => {
    const src = await serve(fresh(), { body: SHEET });
    const { el } = await load(`<trust-bars src="${src}" label-column="Answer" value-column="2024" filter="Trust = Leeds"></trust-bars>`);
    expect(tableRows(el)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
  });

  it('filter with several conditions separated by ;', async () => {
    const src = await serve(fresh(), { body: SHEET });
    const { el } = await load(`<trust-bars src="${src}" label-column="Answer" value-column="2022" filter="Trust=Leeds; Answer=Concerned"></trust-bars>`);
    expect(tableRows(el)).to.deep.equal(['Concerned: 55%']);
  });

  it('series-columns draws several series, in the order given', async () => {
    const src = await serve(fresh(), { body: SHEET });
    const { el } = await load(`<trust-bars src="${src}" label-column="Answer" series-columns="2024, 2022" filter="Trust=York"></trust-bars>`);
    expect(tableRows(el)).to.deep.equal(['Worried: 45% | 40%']);
  });

  it('n-column gives each row its sample size (for margins of error)', async () => {
    const src = await serve(fresh(), { body: SHEET });
    const { el } = await load(`<trust-bars src="${src}" label-column="Answer" value-column="2024" n-column="Sample" filter="Trust=York"></trust-bars>`);
    expect(el.uncertainty.map((entry) => [entry.label, entry.n])).to.deep.equal([['Worried', 800]]);
  });

  it('from-column and to-column give <trust-change> its two times', async () => {
    const src = await serve(fresh(), { body: SHEET });
    const { el } = await load(`<trust-change src="${src}" label-column="Answer" from-column="2022" to-column="2024" filter="Trust=Leeds"></trust-change>`);
    expect(tableRows(el)).to.deep.equal(['Worried: 50% | 57%', 'Concerned: 55% | 60%']);
  });

  it('reads a JSON array of records', async () => {
    const src = await serve(fresh('figures.json'), {
      body: JSON.stringify([
        { answer: 'Worried', share: 57 },
        { answer: 'Concerned', share: 60 },
      ]),
      type: 'application/json',
    });
    const { el } = await load(`<trust-bars src="${src}"></trust-bars>`);
    expect(tableRows(el)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
  });

  it('reads a JSON object of label → value, and one holding its rows', async () => {
    const pairs = await serve(fresh('pairs.json'), { body: '{"Worried": 57, "Concerned": 60}', type: 'application/json' });
    const held = await serve(fresh('held.json'), { body: '{"rows": [{"label": "Worried", "value": 57}]}', type: 'application/json' });
    expect(tableRows((await load(`<trust-bars src="${pairs}"></trust-bars>`)).el)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
    expect(tableRows((await load(`<trust-bars src="${held}"></trust-bars>`)).el)).to.deep.equal(['Worried: 57%']);
  });

  it('a TSV file', async () => {
    const src = await serve(fresh('figures.tsv'), { body: 'Answer\tShare\nWorried\t57\n', type: 'text/tab-separated-values' });
    expect(tableRows((await load(`<trust-bars src="${src}"></trust-bars>`)).el)).to.deep.equal(['Worried: 57%']);
  });
});

describe('src: precedence and the first frame', () => {
  it('the data attribute and the .data property win over src, which is then not even fetched', async () => {
    const path = fresh();
    const src = await serve(path, { body: CSV });
    const { all, attach } = widgets(`<trust-bars src="${src}" data="Angry: 12"></trust-bars><trust-bars src="${src}"></trust-bars>`);
    all[1]!.data = [{ label: 'Calm', value: 30 }];
    attach();
    await Promise.all(all.map(settled));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(tableRows(all[0]!)).to.deep.equal(['Angry: 12%']);
    expect(tableRows(all[1]!)).to.deep.equal(['Calm: 30%']);
    expect(await requestsFor(path)).to.equal(0);
  });

  it('src wins over a widget’s own figure attributes', async () => {
    const src = await serve(fresh(), { body: 'Answer,Share\nWorried,57\n' });
    const { el } = await load(`<trust-stat src="${src}" value="12" label="Angry"></trust-stat>`);
    expect(texts(shadow(el), '[part="value"]').join(' ')).to.contain('57%');
    expect(texts(shadow(el), '[part="value"]').join(' ')).not.to.contain('12%');
  });

  it('draws the child table while the figures load, then the figures', async () => {
    const src = await serve(fresh(), { body: CSV, delay: 400 });
    const { el, attach } = widgets(`<trust-bars src="${src}"><table><tr><th>Answer</th><th>%</th></tr><tr><td>Angry</td><td>12</td></tr></table></trust-bars>`);
    const loaded = next(el, 'trust-data-load');
    attach();
    await frames();
    expect(shadow(el).querySelector('[part="loading"]')).to.equal(null);
    expect(tableRows(el)).to.deep.equal(['Angry: 12%']);
    await loaded;
    await settled(el);
    expect(tableRows(el)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
  });

  it('without a table: an accessible loading state as tall as the chart will be (no layout shift)', async () => {
    // The chart's real height, as an author would read it from the browser and set in --trust-preload-height.
    const { el: drawn, attach: attachDrawn } = widgets(`<trust-bars heading="Worry" data="Worried: 57; Concerned: 60" style="width: 400px"></trust-bars>`);
    attachDrawn();
    await settled(drawn);
    const height = drawn.getBoundingClientRect().height;
    const src = await serve(fresh(), { body: CSV, delay: 400 });
    const { el, attach } = widgets(`<trust-bars heading="Worry" src="${src}" style="width: 400px; --trust-preload-height: ${height}px"></trust-bars>`);
    const loaded = next(el, 'trust-data-load');
    const renders: number[] = [];
    el.addEventListener('trust-render', () => renders.push(shadow(el).querySelectorAll('[part="loading"]').length));
    attach();
    await frames();
    const status = shadow(el).querySelector('[part="loading"]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(status?.textContent).to.equal('Loading figures…');
    expect(texts(shadow(el), '[part="heading"]')).to.deep.equal(['Worry']);
    const before = el.getBoundingClientRect().height;
    // The loading state is not a chart: trust-render waits for the figures.
    expect(renders).to.deep.equal([]);
    await loaded;
    await settled(el);
    expect(shadow(el).querySelector('[part="loading"]')).to.equal(null);
    expect(renders.length).to.be.above(0);
    expect(renders.every((loading) => loading === 0)).to.equal(true);
    expect(before).to.be.closeTo(height, 0.5);
    expect(el.getBoundingClientRect().height).to.be.closeTo(before, 0.5);
  });

  it('without --trust-preload-height: the typical height of the widget type, as preload.css reserves', async () => {
    const src = await serve(fresh(), { body: CSV, delay: 400 });
    const { el, attach } = widgets(`<trust-bars src="${src}" style="font-size: 16px"></trust-bars>`);
    const loaded = next(el, 'trust-data-load');
    attach();
    await frames();
    expect(el.getBoundingClientRect().height).to.be.closeTo(20 * parseFloat(getComputedStyle(document.documentElement).fontSize), 0.5);
    await loaded;
  });
});

describe('src: updateComplete', () => {
  it('resolves once the figures from src are drawn (or their problem), so a page can await the chart', async () => {
    const src = await serve(fresh(), { body: CSV, delay: 300 });
    const { el, attach } = widgets(`<trust-bars src="${src}"></trust-bars>`);
    attach();
    await el.updateComplete;
    expect(tableRows(el)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
    const missing = await serve(fresh(), { body: 'x', status: 404, delay: 300 });
    el.setAttribute('src', missing);
    await captureWarnings(async () => {
      await el.updateComplete;
    });
    expect(errorText(el)).to.contain('the server answered 404 Not Found');
  });

  it('does not wait for a widget that leaves the page', async () => {
    const src = await serve(fresh(), { body: CSV, delay: 5000 });
    const { el, attach } = widgets(`<trust-bars src="${src}"></trust-bars>`);
    attach();
    await frames();
    const complete = el.updateComplete;
    el.remove();
    const started = performance.now();
    await complete;
    expect(performance.now() - started).to.be.below(1000);
  });
});

describe('src: timeout and refresh attributes', () => {
  it('a timeout that is not a positive number warns and waits 10 seconds', async () => {
    const src = await serve(fresh(), { body: CSV });
    const { el } = await load(`<trust-bars src="${src}" timeout="soon"></trust-bars>`);
    expect(warningText(el)).to.equal('timeout: “soon” is not a number; it was ignored. Write the figure in digits, such as 57, 57.5% or “over 1.7 million”.');
  });

  it('a refresh below 10 seconds warns and fetches every 10 seconds', async () => {
    const src = await serve(fresh(), { body: CSV });
    const { el } = await load(`<trust-bars src="${src}" refresh="2"></trust-bars>`);
    expect(warningText(el)).to.equal('refresh: “2” seconds is too often to fetch the figures; they are fetched every 10 seconds.');
  });
});

function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('src: refresh', () => {
  let timers: ReturnType<typeof holdLongTimers>;
  beforeEach(() => (timers = holdLongTimers()));
  afterEach(() => {
    timers.restore();
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('fetches again every `refresh` seconds, redraws new figures and says so politely, once', async () => {
    const path = fresh();
    const src = await serve(path, { body: CSV });
    const { el } = await load(`<trust-bars src="${src}" refresh="60"></trust-bars>`);
    expect([...timers.held.values()].map(({ ms }) => Math.round(ms / 1000))).to.deep.equal([60]);
    await serve(path, { body: 'Answer,Share\nWorried,61\nConcerned,60\n' });
    const loaded = next<TrustDataLoadEvent>(el, 'trust-data-load');
    timers.fire();
    await loaded;
    await settled(el);
    expect(await requestsFor(path)).to.equal(1);
    expect(tableRows(el)).to.deep.equal(['Worried: 61%', 'Concerned: 60%']);
    const live = shadow(el).querySelector('[aria-live="polite"]');
    expect(live?.textContent?.trim()).to.match(/^Figures updated at \d\d:\d\d$/);
    expect(timers.held.size).to.equal(1);
  });

  it('a refresh bringing the same figures fires no trust-data-load', async () => {
    const path = fresh();
    const src = await serve(path, { body: CSV });
    const { el } = await load(`<trust-bars src="${src}" refresh="60"></trust-bars>`);
    let loads = 0;
    el.addEventListener('trust-data-load', () => loads++);
    timers.fire();
    await waitFor(() => timers.held.size === 1);
    await settled(el);
    expect(await requestsFor(path)).to.equal(2);
    expect(loads).to.equal(0);
  });

  it('pauses while the page is hidden, and resumes on return', async () => {
    const path = fresh();
    const src = await serve(path, { body: CSV });
    await load(`<trust-bars src="${src}" refresh="60"></trust-bars>`);
    expect(timers.held.size).to.equal(1);
    setVisibility('hidden');
    expect(timers.held.size).to.equal(0);
    setVisibility('visible');
    expect(timers.held.size).to.equal(1);
    expect(await requestsFor(path)).to.equal(1);
  });

  it('fetches at once on return when a refresh fell due while the page was hidden', async () => {
    const path = fresh();
    const src = await serve(path, { body: CSV });
    await load(`<trust-bars src="${src}" refresh="60"></trust-bars>`);
    setVisibility('hidden');
    const realNow = Date.now;
    Date.now = () => realNow() + 61_000;
    try {
      setVisibility('visible');
      await waitFor(() => timers.held.size === 1);
    } finally {
      Date.now = realNow;
    }
    expect(await requestsFor(path)).to.equal(2);
  });

  it('keeps the last good figures when a refresh fails, with a visible notice and trust-data-error', async () => {
    const path = fresh();
    const src = await serve(path, { body: CSV });
    const { el } = await load(`<trust-bars src="${src}" refresh="60"></trust-bars>`);
    await serve(path, { body: 'down', status: 503 });
    let error!: TrustDataErrorEvent;
    const warnings = await captureWarnings(async () => {
      const failed = next<TrustDataErrorEvent>(el, 'trust-data-error');
      timers.fire();
      error = await failed;
      await settled(el);
    });
    expect(tableRows(el)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
    expect(errorText(el)).to.equal('');
    // Said to readers in a quiet line of its own (role=status), not in the authors' warning notice.
    expect(texts(shadow(el), '[part="notice"][role="status"]')).to.have.length(1);
    expect(texts(shadow(el), '[part="notice"]')[0]).to.match(/^Could not update the figures; showing those from \d\d:\d\d\.$/);
    expect(warningText(el)).to.equal('');
    expect(error.attribute).to.equal('src');
    expect(error.message).to.contain('the server answered 503 Service Unavailable');
    expect(warnings.some((text) => text.includes('<trust-bars> src: Could not load the figures from'))).to.equal(true);
    // The next good refresh takes the notice away.
    await serve(path, { body: CSV });
    timers.fire();
    await waitFor(() => !shadow(el).querySelector('[part="notice"]'));
  });

  it('names a source that stays down once in the console, while trust-data-error comes at every failed refresh', async () => {
    const path = fresh();
    const src = await serve(path, { body: CSV });
    const { el } = await load(`<trust-bars src="${src}" refresh="60"></trust-bars>`);
    await serve(path, { body: 'down', status: 503 });
    let errors = 0;
    el.addEventListener('trust-data-error', () => errors++);
    const warnings = await captureWarnings(async () => {
      for (let failure = 1; failure <= 3; failure++) {
        timers.fire();
        await waitFor(() => errors === failure);
        await settled(el);
      }
    });
    expect(errors).to.equal(3);
    expect(warnings.filter((text) => text.includes('Could not load the figures from'))).to.have.length(1);
    // A different reason is named again.
    await serve(path, { body: 'gone', status: 404 });
    const later = await captureWarnings(async () => {
      timers.fire();
      await waitFor(() => errors === 4);
      await settled(el);
    });
    expect(later.filter((text) => text.includes('404'))).to.have.length(1);
    expect(tableRows(el)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
  });

  it('stops its timer when the widget leaves the page', async () => {
    const src = await serve(fresh(), { body: CSV });
    const { el } = await load(`<trust-bars src="${src}" refresh="60"></trust-bars>`);
    expect(timers.held.size).to.equal(1);
    el.remove();
    expect(timers.held.size).to.equal(0);
  });
});

describe('src: the host page', () => {
  it('never sees an unhandled rejection', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rejections).to.deep.equal([]);
  });
});
