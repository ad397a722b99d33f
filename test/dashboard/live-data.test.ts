/**
 * A dashboard's `src`: one file for every chart in it that has no data of its own, fetched once; each chart picks
 * its own columns and rows; the dashboard's `refresh` fetches again for all of them; a failing file is shown in each
 * chart that uses it.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustDataLoadEvent } from '../../src/core/events.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { holdLongTimers, watchSourceSignals } from '../helpers/source-fixtures.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';
import { errorText, fresh, partText, requestsFor, serve, settleAll, tableRows, removeAfterTest, waitFor, warningText } from './helpers.js';

const SHEET = 'Trust,Answer,2022,2024\nLeeds,Worried,50,57\nLeeds,Concerned,55,60\nYork,Worried,40,45\n';

/** The dashboard and widgets of `markup`, upgraded but not yet on the page: listen first, then call `attach`. */
function prepare(markup: string) {
  const holder = document.createElement('div');
  holder.style.width = '1024px';
  holder.innerHTML = markup;
  const widgets = Array.from(holder.querySelectorAll<TrustElement>('trust-dashboard > *'));
  return {
    holder,
    widgets,
    attach: () => {
      document.body.append(holder);
      removeAfterTest(holder);
    },
  };
}

const next = <E extends Event>(el: Element, name: string) =>
  new Promise<E>((resolve) => el.addEventListener(name, (event) => resolve(event as E), { once: true }));
const loadedOrFailed = (el: Element) => Promise.race([next(el, 'trust-data-load'), next(el, 'trust-data-error')]);

/** Mounts `markup` and waits until each widget in `using` has loaded its figures (or failed to). */
async function mountLive(markup: string, using: (widgets: TrustElement[]) => TrustElement[] = (all) => all) {
  const prepared = prepare(markup);
  const events = Promise.all(using(prepared.widgets).map(loadedOrFailed));
  prepared.attach();
  const result = await events;
  await settleAll(prepared.holder);
  return { ...prepared, events: result };
}

describe('<trust-dashboard src>: one file for its charts', () => {
  it('N charts under one dashboard make one request, each picking its own columns and rows', async () => {
    const path = fresh();
    const src = await serve(path, { body: SHEET, delay: 150 });
    const { widgets } = await mountLive(`<trust-dashboard heading="Worry" src="${src}">
      <trust-bars heading="Leeds 2024" label-column="Answer" value-column="2024" filter="Trust=Leeds"></trust-bars>
      <trust-bars heading="Leeds 2022" label-column="Answer" value-column="2022" filter="Trust=Leeds"></trust-bars>
      <trust-bars heading="York" label-column="Answer" series-columns="2024, 2022" filter="Trust=York"></trust-bars>
      <trust-change heading="Change" label-column="Answer" from-column="2022" to-column="2024" filter="Trust=Leeds"></trust-change>
    </trust-dashboard>`);
    expect(await requestsFor(path)).to.equal(1);
    expect(widgets.map(tableRows)).to.deep.equal([
      ['Worried: 57%', 'Concerned: 60%'],
      ['Worried: 50%', 'Concerned: 55%'],
      ['Worried: 45% | 40%'],
      ['Worried: 50% | 57%', 'Concerned: 55% | 60%'],
    ]);
  });

  it('a chart with data of its own (value, a table, data) does not fetch and shows its own', async () => {
    const path = fresh();
    const src = await serve(path, { body: SHEET });
    const { widgets } = await mountLive(
      `<trust-dashboard heading="Worry" src="${src}">
      <trust-bars heading="Shared" label-column="Answer" value-column="2024" filter="Trust=Leeds"></trust-bars>
      <trust-stat heading="Value" value="12"></trust-stat>
      <trust-bars heading="Data" data="Angry: 12"></trust-bars>
      <trust-bars heading="Table"><table><tr><th>Answer</th><th>Share</th></tr><tr><td>Calm</td><td>30</td></tr></table></trust-bars>
    </trust-dashboard>`,
      (all) => all.slice(0, 1),
    );
    expect(await requestsFor(path)).to.equal(1);
    const [shared, value, data, table] = widgets;
    expect(tableRows(shared!)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
    expect(partText(value!, '[part="value"]')).to.equal('12%');
    expect(tableRows(data!)).to.deep.equal(['Angry: 12%']);
    expect(tableRows(table!)).to.deep.equal(['Calm: 30%']);
    for (const el of [value, data, table]) expect(errorText(el!)).to.equal('');
  });

  it('a dashboard whose charts all have data of their own fetches nothing', async () => {
    const path = fresh();
    const src = await serve(path, { body: SHEET });
    const { holder } = await mountLive(
      `<trust-dashboard heading="Worry" src="${src}">
      <trust-stat value="12"></trust-stat><trust-bars data="Angry: 12"></trust-bars>
    </trust-dashboard>`,
      () => [],
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settleAll(holder);
    expect(await requestsFor(path)).to.equal(0);
  });

  it('a failing shared file shows its error in each chart that uses it, not in one with data of its own', async () => {
    const path = fresh();
    const src = await serve(path, { body: 'nothing here', status: 404 });
    let mounted!: Awaited<ReturnType<typeof mountLive>>;
    const warnings = await captureWarnings(async () => {
      mounted = await mountLive(
        `<trust-dashboard heading="Worry" src="${src}">
        <trust-bars heading="A" label-column="Answer" value-column="2024"></trust-bars>
        <trust-bars heading="B" label-column="Answer" value-column="2022"></trust-bars>
        <trust-bars heading="Own" data="Angry: 12"></trust-bars>
      </trust-dashboard>`,
        (all) => all.slice(0, 2),
      );
    });
    const [a, b, own] = mounted.widgets;
    const expected = `src: Could not load the figures from ${new URL(src, document.baseURI).href}: the server answered 404 Not Found.`;
    expect(errorText(a!)).to.contain(expected);
    expect(errorText(b!)).to.contain(expected);
    expect(errorText(own!)).to.equal('');
    expect(tableRows(own!)).to.deep.equal(['Angry: 12%']);
    expect(await requestsFor(path)).to.equal(1);
    expect(warnings.filter((text) => text.includes('Could not load the figures')).length).to.be.greaterThan(0);
  });

  it('a shared src that is not a web address is named in each chart that would read it, and nothing is fetched', async () => {
    let mounted!: Awaited<ReturnType<typeof mountLive>>;
    await captureWarnings(async () => {
      mounted = await mountLive(
        `<trust-dashboard heading="Worry" src="javascript:alert(1)">
          <trust-bars heading="A" label-column="Answer" value-column="2024"></trust-bars>
          <trust-bars heading="Own" data="Angry: 12"></trust-bars>
        </trust-dashboard>`,
        () => [],
      );
    });
    const [shared, own] = mounted.widgets;
    const said = [errorText(shared!), warningText(shared!)].join('\n');
    expect(said).to.contain('src:');
    expect(said).to.contain('javascript:alert(1)');
    expect(errorText(own!) + warningText(own!)).to.equal('');
  });

  it('a src changed on the dashboard is fetched and drawn by its charts', async () => {
    const first = await serve(fresh(), { body: SHEET });
    const secondPath = fresh();
    const second = await serve(secondPath, { body: 'Trust,Answer,2022,2024\nLeeds,Angry,10,12\n' });
    const { holder, widgets } = await mountLive(`<trust-dashboard heading="Worry" src="${first}">
      <trust-bars heading="A" label-column="Answer" value-column="2024"></trust-bars>
      <trust-bars heading="B" label-column="Answer" value-column="2022"></trust-bars>
    </trust-dashboard>`);
    const loads = Promise.all(widgets.map((el) => next<TrustDataLoadEvent>(el, 'trust-data-load')));
    holder.querySelector('trust-dashboard')!.setAttribute('src', second);
    expect((await loads).map((event) => event.src)).to.deep.equal([second, second]);
    await settleAll(holder);
    expect(widgets.map(tableRows)).to.deep.equal([['Angry: 12%'], ['Angry: 10%']]);
    expect(await requestsFor(secondPath)).to.equal(1);
  });
});

describe('<trust-dashboard src>: aborting', () => {
  const signals = watchSourceSignals();

  it('aborts the shared request when the dashboard and its charts leave the page', async () => {
    const src = await serve(fresh(), { body: SHEET, delay: 3000 });
    const { holder, attach } = prepare(`<trust-dashboard heading="Worry" src="${src}">
      <trust-bars label-column="Answer" value-column="2024"></trust-bars><trust-bars label-column="Answer" value-column="2022"></trust-bars>
    </trust-dashboard>`);
    attach();
    await waitFor(() => signals.length === 1);
    holder.remove();
    expect(signals[0]!.signal.aborted).to.equal(true);
  });

  it('keeps the shared request while one chart still waits for it', async () => {
    const src = await serve(fresh(), { body: SHEET, delay: 300 });
    const { widgets, attach } = prepare(`<trust-dashboard heading="Worry" src="${src}">
      <trust-bars label-column="Answer" value-column="2024"></trust-bars><trust-bars label-column="Answer" value-column="2022"></trust-bars>
    </trust-dashboard>`);
    const second = next(widgets[1]!, 'trust-data-load');
    attach();
    await waitFor(() => signals.length === 1);
    widgets[0]!.remove();
    expect(signals[0]!.signal.aborted).to.equal(false);
    await second;
  });

  it('aborts the request when the dashboard’s src changes', async () => {
    const slow = await serve(fresh(), { body: SHEET, delay: 3000 });
    const quick = await serve(fresh(), { body: 'Trust,Answer,2022,2024\nLeeds,Angry,10,12\n' });
    const { holder, widgets, attach } = prepare(`<trust-dashboard heading="Worry" src="${slow}">
      <trust-bars label-column="Answer" value-column="2024"></trust-bars>
    </trust-dashboard>`);
    attach();
    await waitFor(() => signals.length === 1);
    const loaded = next<TrustDataLoadEvent>(widgets[0]!, 'trust-data-load');
    holder.querySelector('trust-dashboard')!.setAttribute('src', quick);
    expect((await loaded).src).to.equal(quick);
    expect(signals[0]!.signal.aborted).to.equal(true);
  });

  it('a chart moved out of the dashboard stops using its src (and its pending request)', async () => {
    const src = await serve(fresh(), { body: SHEET, delay: 3000 });
    const { holder, widgets, attach } = prepare(`<trust-dashboard heading="Worry" src="${src}">
      <trust-bars label-column="Answer" value-column="2024"></trust-bars>
    </trust-dashboard>`);
    attach();
    await waitFor(() => signals.length === 1);
    holder.append(widgets[0]!);
    await settled(widgets[0]!);
    expect(signals[0]!.signal.aborted).to.equal(true);
    expect(errorText(widgets[0]!)).to.contain('there is no data to show');
  });
});

describe('<trust-dashboard src>: refresh', () => {
  let timers: ReturnType<typeof holdLongTimers>;
  beforeEach(() => (timers = holdLongTimers()));
  afterEach(() => timers.restore());

  it('the dashboard’s refresh fetches again for all its charts, once, and they draw the new figures', async () => {
    const path = fresh();
    const src = await serve(path, { body: SHEET });
    const { holder, widgets } = await mountLive(`<trust-dashboard heading="Worry" src="${src}" refresh="60">
      <trust-bars label-column="Answer" value-column="2024" filter="Trust=Leeds"></trust-bars>
      <trust-bars label-column="Answer" value-column="2022" filter="Trust=Leeds"></trust-bars>
    </trust-dashboard>`);
    expect(timers.seconds().length, 'a refresh timer').to.be.greaterThan(0);
    expect(new Set(timers.seconds())).to.deep.equal(new Set([60]));
    await serve(path, { body: SHEET.replace('Leeds,Worried,50,57', 'Leeds,Worried,51,61') });
    const loads = Promise.all(widgets.map((el) => next(el, 'trust-data-load')));
    timers.fire();
    await loads;
    await settleAll(holder);
    expect(await requestsFor(path)).to.equal(1);
    expect(widgets.map(tableRows)).to.deep.equal([
      ['Worried: 61%', 'Concerned: 60%'],
      ['Worried: 51%', 'Concerned: 55%'],
    ]);
  });

  it('a failed refresh of the shared file keeps each chart’s figures, with a visible "could not update" notice in each', async () => {
    const path = fresh();
    const src = await serve(path, { body: SHEET });
    const { holder, widgets } = await mountLive(`<trust-dashboard heading="Worry" src="${src}" refresh="60">
      <trust-bars label-column="Answer" value-column="2024" filter="Trust=Leeds"></trust-bars>
      <trust-bars label-column="Answer" value-column="2022" filter="Trust=Leeds"></trust-bars>
    </trust-dashboard>`);
    await serve(path, { body: 'down', status: 503 });
    await captureWarnings(async () => {
      const failed = Promise.all(widgets.map((el) => next(el, 'trust-data-error')));
      timers.fire();
      await failed;
      await settleAll(holder);
    });
    expect(widgets.map(tableRows)).to.deep.equal([
      ['Worried: 57%', 'Concerned: 60%'],
      ['Worried: 50%', 'Concerned: 55%'],
    ]);
    for (const widget of widgets) {
      expect(errorText(widget)).to.equal('');
      // Said to readers in a quiet line of its own, not in the authors' warning notice.
      expect(texts(shadow(widget), '[part="notice"]')[0]).to.match(/^Could not update the figures; showing those from \d\d:\d\d\.$/);
      expect(warningText(widget)).to.equal('');
    }
  });

  it('a chart’s own refresh wins over the dashboard’s; an empty one opts out', async () => {
    const src = await serve(fresh(), { body: SHEET });
    await mountLive(`<trust-dashboard heading="Worry" src="${src}" refresh="60">
      <trust-bars label-column="Answer" value-column="2024" refresh="120"></trust-bars>
    </trust-dashboard>`);
    expect(timers.seconds()).to.deep.equal([120]);
    timers.held.clear();
    await mountLive(`<trust-dashboard heading="Worry" src="${src}" refresh="60">
      <trust-bars label-column="Answer" value-column="2024" refresh=""></trust-bars>
    </trust-dashboard>`);
    expect(timers.seconds()).to.deep.equal([]);
  });

  it('no refresh on the dashboard: no timer', async () => {
    const src = await serve(fresh(), { body: SHEET });
    await mountLive(`<trust-dashboard heading="Worry" src="${src}"><trust-bars label-column="Answer" value-column="2024"></trust-bars></trust-dashboard>`);
    expect(timers.seconds()).to.deep.equal([]);
  });

  it('a refresh too short on the dashboard is named once, by the dashboard, not by each chart', async () => {
    const src = await serve(fresh(), { body: SHEET });
    let mounted!: Awaited<ReturnType<typeof mountLive>>;
    const warnings = await captureWarnings(async () => {
      mounted = await mountLive(`<trust-dashboard heading="Worry" src="${src}" refresh="2">
        <trust-bars label-column="Answer" value-column="2024"></trust-bars><trust-bars label-column="Answer" value-column="2022"></trust-bars>
      </trust-dashboard>`);
    });
    const dashboard = mounted.holder.querySelector('trust-dashboard')!;
    const tooOften = 'refresh: “2” seconds is too often to fetch the figures; they are fetched every 10 seconds.';
    expect(warningText(dashboard)).to.equal(tooOften);
    for (const widget of mounted.widgets) expect(warningText(widget)).to.equal('');
    expect(warnings.filter((text) => text.includes('refresh:'))).to.deep.equal([`<trust-dashboard> ${tooOften}`]);
  });

  it('a chart with its own refresh too short still names it', async () => {
    const src = await serve(fresh(), { body: SHEET });
    const { widgets } = await mountLive(`<trust-dashboard heading="Worry" src="${src}" refresh="60">
      <trust-bars label-column="Answer" value-column="2024" refresh="3"></trust-bars>
    </trust-dashboard>`);
    expect(warningText(widgets[0]!)).to.equal('refresh: “3” seconds is too often to fetch the figures; they are fetched every 10 seconds.');
  });

  it('stops the timer when the dashboard leaves the page', async () => {
    const src = await serve(fresh(), { body: SHEET });
    const { holder } = await mountLive(`<trust-dashboard heading="Worry" src="${src}" refresh="60">
      <trust-bars label-column="Answer" value-column="2024"></trust-bars>
    </trust-dashboard>`);
    expect(timers.held.size).to.be.greaterThan(0);
    holder.remove();
    expect(timers.held.size).to.equal(0);
  });
});
