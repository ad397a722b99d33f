/**
 * <trust-dashboard> hands its attributes down to the widgets inside it (issue 13): each inherited attribute reaches
 * the child, the child's own attribute wins (an empty one opts out), the theme and palette arrive by CSS.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { settled, shadow, texts } from '../helpers/widget.js';
import { aboutItems, errorText, fresh, mount, partText, requestsFor, serve, tableRows } from './helpers.js';

const CSV = 'Answer,Share\nWorried,57\nConcerned,60\n';

/** The figure's source line ('' when it has none) and the address its link goes to. */
const sourceLine = (el: Element) => partText(el, '[part="source"]');
const sourceLink = (el: Element) => shadow(el).querySelector('[part="source"] a')?.getAttribute('href') ?? null;
const margin = (el: Element) => partText(el, '[part="margin"]');
const frequency = (el: Element) => partText(el, '[part="frequency"]');
const tableCaption = (el: Element) => texts(shadow(el), '[part="table"] caption')[0] ?? '';
const button = (el: Element) => texts(shadow(el), '[part="toolbar"] button')[0] ?? '';

describe('<trust-dashboard> inheritance: locale', () => {
  it('a child draws in the dashboard’s locale: Welsh words', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Pryder" locale="cy">
      <trust-bars heading="A" data="Worried: 57"></trust-bars>
    </trust-dashboard>`);
    expect(button(widgets[0]!)).to.equal('Dangos y tabl data');
  });

  it('a child’s own words come in the inherited locale too (not only the shared ones)', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Pryder" locale="cy">
      <trust-stat value="57" label="yn poeni"></trust-stat>
    </trust-dashboard>`);
    expect(frequency(widgets[0]!)).to.equal('tua 57 o bob 100');
  });

  it('a child formats numbers in the dashboard’s locale', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Sorge" locale="de-DE">
      <trust-bars heading="A" data="Besorgt: 57.5"></trust-bars>
    </trust-dashboard>`);
    // German puts a (narrow) no-break space before the per cent sign.
    expect(tableRows(widgets[0]!).map((row) => row.replace(/\s/g, ' '))).to.deep.equal(['Besorgt: 57,5 %']);
  });

  it('a child’s own locale wins, and an empty own locale opts out (the page’s language)', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Pryder" locale="cy">
      <trust-bars heading="A" locale="en-GB" data="Worried: 57.5"></trust-bars>
      <trust-bars heading="B" locale="" data="Worried: 57.5"></trust-bars>
      <trust-bars heading="C" data="Worried: 57.5"></trust-bars>
    </trust-dashboard>`);
    expect(widgets.map(button)).to.deep.equal(['Show data table', 'Show data table', 'Dangos y tabl data']);
  });
});

describe('<trust-dashboard> inheritance: src, timeout, refresh', () => {
  it('a child with no data of its own draws the dashboard’s src', async () => {
    const src = await serve(fresh(), { body: CSV });
    const { widgets } = await mount(`<trust-dashboard heading="Worry" src="${src}"><trust-bars heading="A"></trust-bars></trust-dashboard>`);
    expect(tableRows(widgets[0]!)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
  });

  it('a child’s own src wins; an empty own src opts out and fetches nothing', async () => {
    const shared = fresh();
    const own = fresh();
    const sharedSrc = await serve(shared, { body: CSV });
    const ownSrc = await serve(own, { body: 'Answer,Share\nAngry,12\n' });
    const { widgets } = await mount(`<trust-dashboard heading="Worry" src="${sharedSrc}">
      <trust-bars heading="Own" src="${ownSrc}"></trust-bars>
      <trust-bars heading="None" src=""></trust-bars>
    </trust-dashboard>`);
    expect(tableRows(widgets[0]!)).to.deep.equal(['Angry: 12%']);
    expect(tableRows(widgets[1]!)).to.deep.equal([]);
    expect(await requestsFor(shared)).to.equal(0);
    expect(await requestsFor(own)).to.equal(1);
  });

  it('timeout: a child gives up after the dashboard’s timeout; its own timeout wins', async () => {
    const src = await serve(fresh(), { body: CSV, delay: 2500 });
    const started = performance.now();
    const { widgets } = await mount(`<trust-dashboard heading="Worry" src="${src}" timeout="1">
      <trust-bars heading="Inherits"></trust-bars>
      <trust-bars heading="Own" timeout="5"></trust-bars>
    </trust-dashboard>`);
    expect(performance.now() - started).to.be.above(2000);
    expect(errorText(widgets[0]!)).to.contain('the server did not answer within 1 second.');
    expect(errorText(widgets[1]!)).to.equal('');
    expect(tableRows(widgets[1]!)).to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
  });
});

describe('<trust-dashboard> inheritance: source and source-url', () => {
  it('the source is shown once, by the dashboard, not in each child', async () => {
    const { dashboard, widgets } = await mount(`<trust-dashboard heading="Worry" source="BT research" source-url="https://example.org/bt">
      <trust-bars heading="A" data="Worried: 57"></trust-bars>
      <trust-stat heading="B" value="57"></trust-stat>
    </trust-dashboard>`);
    expect(sourceLine(dashboard)).to.equal('Source: BT research');
    expect(sourceLink(dashboard)).to.equal('https://example.org/bt');
    for (const widget of widgets) {
      expect(sourceLine(widget), widget.localName).to.equal('');
      expect(sourceLink(widget), widget.localName).to.equal(null);
    }
  });

  it('a child’s own source and source-url win, and it shows them', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Worry" source="BT research" source-url="https://example.org/bt">
      <trust-bars heading="A" data="Worried: 57" source="Ipsos" source-url="https://example.org/ipsos"></trust-bars>
    </trust-dashboard>`);
    expect(sourceLine(widgets[0]!)).to.equal('Source: Ipsos');
    expect(sourceLink(widgets[0]!)).to.equal('https://example.org/ipsos');
  });

  it('a child with its own source but no source-url does not link it to the dashboard’s address', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Worry" source="BT research" source-url="https://example.org/bt">
      <trust-bars heading="A" data="Worried: 57" source="Ipsos"></trust-bars>
    </trust-dashboard>`);
    expect(sourceLine(widgets[0]!)).to.equal('Source: Ipsos');
    expect(sourceLink(widgets[0]!)).to.equal(null);
  });

  it('a child with only a source-url of its own links it', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Worry" source="BT research">
      <trust-bars heading="A" data="Worried: 57" source-url="https://example.org/own"></trust-bars>
    </trust-dashboard>`);
    expect(sourceLink(widgets[0]!)).to.equal('https://example.org/own');
  });
});

describe('<trust-dashboard> inheritance: survey facts', () => {
  const surveyDashboard = (children: string) => `<trust-dashboard heading="Worry" population="UK adults" sample-size="1000"
      fieldwork="March 2024" method="online panel" question="How worried are you?" commissioned-by="BT">${children}</trust-dashboard>`;

  it('population is used in a child’s sentences and table caption', async () => {
    const { widgets } = await mount(surveyDashboard('<trust-stat value="57"></trust-stat><trust-bars heading="B" data="Worried: 57"></trust-bars>'));
    expect(frequency(widgets[0]!)).to.equal('about 57 in every 100 UK adults');
    expect(tableCaption(widgets[1]!)).to.contain('UK adults');
  });

  it('population names the rest of a child waffle’s shapes', async () => {
    const { widgets } = await mount(surveyDashboard('<trust-waffle heading="W" value="24" of="108"></trust-waffle>').replace('UK adults', 'trusts'));
    // The dashboard's sample size makes the child's counts survey estimates, said as such (issue 16 item 8).
    expect(texts(shadow(widgets[0]!), '[part="legend"] [part="label"]')).to.deep.equal(['Counted: about 24', 'Other trusts: about 84']);
  });

  it('a child’s own population wins; an empty one opts out', async () => {
    const { widgets } = await mount(
      surveyDashboard('<trust-stat value="57" population="NHS staff"></trust-stat><trust-stat value="57" population=""></trust-stat>'),
    );
    expect(frequency(widgets[0]!)).to.equal('about 57 in every 100 NHS staff');
    expect(frequency(widgets[1]!)).to.equal('about 57 in every 100');
  });

  it('sample-size gives a child its margins of error, without repeating the size in its own "About this data"', async () => {
    const { widgets } = await mount(surveyDashboard('<trust-stat value="57"></trust-stat><trust-bars heading="B" data="Worried: 57"></trust-bars>'));
    expect(margin(widgets[0]!)).to.equal('Margin of error (95%): 57% ± 3.1, based on 1,000 people');
    expect(tableRows(widgets[1]!)).to.deep.equal(['Worried: 57% | 57% ± 3.1']);
    for (const widget of widgets) expect(aboutItems(widget).filter((item) => item.startsWith('Sample size'))).to.deep.equal([]);
  });

  it('a child’s own sample-size wins, and is shown; an empty one opts out of margins', async () => {
    const { widgets } = await mount(
      surveyDashboard('<trust-stat value="57" sample-size="500"></trust-stat><trust-stat value="57" sample-size=""></trust-stat>'),
    );
    expect(margin(widgets[0]!)).to.equal('Margin of error (95%): 57% ± 4.3, based on 500 people');
    expect(aboutItems(widgets[0]!)).to.include('Sample size: 500 people');
    expect(margin(widgets[1]!)).to.equal('');
  });

  it('a child whose own sample-size is removed takes the dashboard’s from then on', async () => {
    const { widgets } = await mount(surveyDashboard('<trust-stat value="57" sample-size="500"></trust-stat>'));
    const widget = widgets[0]!;
    expect(margin(widget)).to.contain('based on 500 people');
    widget.removeAttribute('sample-size');
    await settled(widget);
    expect(margin(widget)).to.contain('based on 1,000 people');
  });

  it('fieldwork reaches a child’s table caption but is said once, by the dashboard', async () => {
    const { dashboard, widgets } = await mount(surveyDashboard('<trust-bars heading="B" data="Worried: 57"></trust-bars>'));
    expect(tableCaption(widgets[0]!)).to.equal('B. UK adults; n = 1,000; March 2024');
    expect(aboutItems(dashboard)).to.include('Fieldwork: March 2024');
    expect(aboutItems(widgets[0]!).filter((item) => item.startsWith('Fieldwork'))).to.deep.equal([]);
  });

  it('a child’s own fieldwork wins and is shown; an empty one opts out', async () => {
    const { widgets } = await mount(
      surveyDashboard(
        '<trust-bars heading="B" data="Worried: 57" fieldwork="May 2023"></trust-bars><trust-bars heading="C" data="Worried: 57" fieldwork=""></trust-bars>',
      ),
    );
    expect(tableCaption(widgets[0]!)).to.equal('B. UK adults; n = 1,000; May 2023');
    expect(aboutItems(widgets[0]!)).to.include('Fieldwork: May 2023');
    expect(tableCaption(widgets[1]!)).to.equal('C. UK adults; n = 1,000');
  });

  it('the dashboard lists question, population, sample size, fieldwork, method and commissioner once', async () => {
    const { dashboard, widgets } = await mount(surveyDashboard('<trust-bars heading="B" data="Worried: 57"></trust-bars>'));
    expect(aboutItems(dashboard)).to.deep.equal([
      'Question: How worried are you?',
      'Who: UK adults',
      'Sample size: 1,000 people',
      'Fieldwork: March 2024',
      'Method: online panel',
      'Commissioned by: BT',
    ]);
    const repeated = aboutItems(widgets[0]!).filter((item) => /^(Question|Who|Sample size|Fieldwork|Method|Commissioned by):/.test(item));
    expect(repeated).to.deep.equal([]);
  });

  it('a child’s own question, method and commissioned-by win and are shown in its "About this data"', async () => {
    const { widgets } = await mount(
      surveyDashboard(
        '<trust-bars heading="B" data="Worried: 57" question="Do you trust the NHS?" method="telephone" commissioned-by="NHS England"></trust-bars>',
      ),
    );
    const items = aboutItems(widgets[0]!);
    expect(items).to.include('Question: Do you trust the NHS?');
    expect(items).to.include('Method: telephone');
    expect(items).to.include('Commissioned by: NHS England');
  });
});

describe('<trust-dashboard> inheritance: theme and palette, by CSS', () => {
  const barFill = (el: Element) => getComputedStyle(shadow(el).querySelector('rect[part="bar"]')!).fill;
  const background = (el: Element) => getComputedStyle(el).backgroundColor;

  it('theme="nhs" colours a child’s marks NHS Blue', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Worry" theme="nhs"><trust-bars heading="A" data="Worried: 57"></trust-bars></trust-dashboard>`);
    expect(barFill(widgets[0]!)).to.equal('rgb(0, 94, 184)');
  });

  it('without a theme a child keeps the default palette', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Worry"><trust-bars heading="A" data="Worried: 57"></trust-bars></trust-dashboard>`);
    expect(barFill(widgets[0]!)).to.equal('rgb(18, 67, 109)');
  });

  it('theme="dark" reaches a child through color-scheme: dark marks and background', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Worry" theme="dark"><trust-bars heading="A" data="Worried: 57"></trust-bars></trust-dashboard>`);
    expect(getComputedStyle(widgets[0]!).colorScheme).to.equal('dark');
    expect(barFill(widgets[0]!)).to.equal('rgb(65, 182, 230)');
    expect(background(widgets[0]!)).to.equal('rgb(27, 34, 38)');
  });

  it('a child with its own theme keeps it, inside an nhs or a dark dashboard', async () => {
    const nhs = await mount(`<trust-dashboard heading="Worry" theme="nhs">
      <trust-bars heading="A" theme="light" data="Worried: 57"></trust-bars>
      <trust-bars heading="B" theme="dark" data="Worried: 57"></trust-bars>
    </trust-dashboard>`);
    expect(nhs.widgets.map(barFill)).to.deep.equal(['rgb(18, 67, 109)', 'rgb(65, 182, 230)']);
    const dark = await mount(`<trust-dashboard heading="Worry" theme="dark">
      <trust-bars heading="A" theme="light" data="Worried: 57"></trust-bars>
      <trust-bars heading="B" theme="nhs" data="Worried: 57"></trust-bars>
    </trust-dashboard>`);
    expect(dark.widgets.map(barFill)).to.deep.equal(['rgb(18, 67, 109)', 'rgb(0, 94, 184)']);
  });

  it('a theme changed on the dashboard reaches the children at once', async () => {
    const { dashboard, widgets } = await mount(`<trust-dashboard heading="Worry"><trust-bars heading="A" data="Worried: 57"></trust-bars></trust-dashboard>`);
    dashboard.setAttribute('theme', 'nhs');
    await dashboard.updateComplete;
    expect(barFill(widgets[0]!)).to.equal('rgb(0, 94, 184)');
    dashboard.removeAttribute('theme');
    await dashboard.updateComplete;
    expect(barFill(widgets[0]!)).to.equal('rgb(18, 67, 109)');
  });

  it('a palette set with --trust-series-1 on the dashboard colours its children', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Worry" theme="nhs" style="--trust-series-1: rgb(125, 0, 0)">
      <trust-bars heading="A" data="Worried: 57"></trust-bars>
      <trust-stat heading="B" value="57"></trust-stat>
    </trust-dashboard>`);
    expect(barFill(widgets[0]!)).to.equal('rgb(125, 0, 0)');
    expect(getComputedStyle(shadow(widgets[1]!).querySelector('[part="value"]')!).color).to.equal('rgb(125, 0, 0)');
  });
});

describe('<trust-dashboard> inheritance: design-effect', () => {
  it('a child without its own widens its margins by the dashboard’s; a child’s own wins', async () => {
    const { widgets } = await mount(`<trust-dashboard heading="Staff survey" sample-size="1,000" design-effect="1.5">
      <trust-bars heading="A" show-uncertainty data="Worried: 57"></trust-bars>
      <trust-bars heading="B" show-uncertainty design-effect="1" data="Worried: 57"></trust-bars>
    </trust-dashboard>`);
    const [inherits, own] = widgets as (Element & { uncertainty: readonly { text: string }[] })[];
    // 57% of 1,000: ± 3.1; with a design effect of 1.5 (effective sample size 667): ± 3.8.
    expect(inherits!.uncertainty[0]?.text).to.equal('57% ± 3.8');
    expect(own!.uncertainty[0]?.text).to.equal('57% ± 3.1');
  });
});
