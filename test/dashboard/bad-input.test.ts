/**
 * What a web editor gets wrong on a dashboard is named where they will see it (a visible warning and one console
 * warning each), and nothing they type is ever treated as markup.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, shadow, texts } from '../helpers/widget.js';
import { mount, partText, warningText } from './helpers.js';

const CHILD = '<trust-bars heading="A" data="Worried: 57"></trust-bars>';

/** Mounts `markup`, collecting the console warnings it causes. */
async function mountWarned(markup: string, width?: number) {
  let mounted!: Awaited<ReturnType<typeof mount>>;
  const warnings = await captureWarnings(async () => {
    mounted = await mount(markup, { width });
  });
  return { ...mounted, warnings };
}

describe('<trust-dashboard> bad input: warnings', () => {
  it('an unknown attribute: a visible warning naming it and one console warning', async () => {
    const { dashboard, warnings } = await mountWarned(`<trust-dashboard heading="Worry" colums="2">${CHILD}</trust-dashboard>`);
    expect(warningText(dashboard)).to.equal(
      'colums: “colums” is not an attribute of a dashboard; it was ignored. Check its spelling, or set it on the chart it is meant for.',
    );
    expect(shadow(dashboard).querySelector('[part="warning"]')).to.not.equal(null);
    const named = warnings.filter((text) => text.includes('colums'));
    expect(named).to.deep.equal([
      '<trust-dashboard> colums: “colums” is not an attribute of a dashboard; it was ignored. Check its spelling, or set it on the chart it is meant for.',
    ]);
  });

  it('warns once in the console, however often it draws again', async () => {
    let mounted!: Awaited<ReturnType<typeof mount>>;
    const warnings = await captureWarnings(async () => {
      mounted = await mount(`<trust-dashboard heading="Worry" colums="2">${CHILD}</trust-dashboard>`);
      mounted.dashboard.setAttribute('heading', 'Worry, again');
      await mounted.dashboard.updateComplete;
      mounted.dashboard.setAttribute('note', 'A note');
      await mounted.dashboard.updateComplete;
    });
    expect(warnings.filter((text) => text.includes('colums')).length).to.equal(1);
  });

  it('no heading: a warning that it needs one', async () => {
    const { dashboard, warnings } = await mountWarned(`<trust-dashboard>${CHILD}</trust-dashboard>`);
    expect(warningText(dashboard)).to.equal(
      'heading: a dashboard needs a heading: it names the region screen-reader users jump to, and tells every reader what its charts show together.',
    );
    expect(warnings.filter((text) => text.startsWith('<trust-dashboard> heading:')).length).to.equal(1);
  });

  it('a blank heading is no heading', async () => {
    const { dashboard } = await mountWarned(`<trust-dashboard heading="   ">${CHILD}</trust-dashboard>`);
    expect(warningText(dashboard)).to.contain('a dashboard needs a heading');
  });

  it('columns="7": a warning, and the usual columns', async () => {
    const { dashboard, widgets, warnings } = await mountWarned(`<trust-dashboard heading="Worry" columns="7">${CHILD.repeat(3)}</trust-dashboard>`, 1280);
    expect(warningText(dashboard)).to.equal('columns: “7” is not one of 1, 2, 3, so the charts take as many columns as the width allows (up to 3).');
    expect(warnings.filter((text) => text.startsWith('<trust-dashboard> columns:')).length).to.equal(1);
    const tops = widgets.map((el) => Math.round(el.getBoundingClientRect().top));
    expect(new Set(tops).size, 'three charts side by side').to.equal(1);
  });

  it('columns="7" at 800 px: two columns, as the warning says (the width decides), not the three it once promised', async () => {
    const { dashboard, widgets } = await mountWarned(`<trust-dashboard heading="Worry" columns="7">${CHILD.repeat(2)}</trust-dashboard>`, 800);
    expect(warningText(dashboard)).to.contain('as many columns as the width allows');
    const tops = widgets.map((el) => Math.round(el.getBoundingClientRect().top));
    expect(new Set(tops).size, 'two charts side by side').to.equal(1);
    const third = await mountWarned(`<trust-dashboard heading="Worry" columns="7">${CHILD.repeat(3)}</trust-dashboard>`, 800);
    expect(new Set(third.widgets.map((el) => Math.round(el.getBoundingClientRect().top))).size, 'the third chart on a row of its own').to.equal(2);
  });

  it('span="9" on a chart: a warning on that chart, and one column', async () => {
    const { widgets, warnings } = await mountWarned(
      `<trust-dashboard heading="Worry"><trust-bars heading="Wide" span="9" data="Worried: 57"></trust-bars>${CHILD.repeat(2)}</trust-dashboard>`,
      1280,
    );
    expect(warningText(widgets[0]!)).to.equal('span: “9” is not one of 1, 2, 3; using 1.');
    expect(warnings.filter((text) => text.startsWith('<trust-bars> span:')).length).to.equal(1);
    const tops = widgets.map((el) => Math.round(el.getBoundingClientRect().top));
    expect(new Set(tops).size, 'three one-column charts side by side').to.equal(1);
  });

  it('theme="neon": a warning, and the default colours', async () => {
    const { dashboard, widgets, warnings } = await mountWarned(`<trust-dashboard heading="Worry" theme="neon">${CHILD}</trust-dashboard>`);
    expect(warningText(dashboard)).to.match(/^theme: “neon” is not one of light, dark, auto, nhs; using /);
    expect(warnings.filter((text) => text.startsWith('<trust-dashboard> theme:')).length).to.equal(1);
    expect(getComputedStyle(shadow(widgets[0]!).querySelector('rect[part="bar"]')!).fill).to.equal('rgb(18, 67, 109)');
  });

  it('heading-level="9": a warning, and h2', async () => {
    const { dashboard, widgets } = await mountWarned(`<trust-dashboard heading="Worry" heading-level="9">${CHILD}</trust-dashboard>`);
    expect(warningText(dashboard)).to.equal('heading-level: “9” is not one of 2, 3, 4, 5; using 2.');
    expect(shadow(dashboard).querySelector('[part="heading"]')!.localName).to.equal('h2');
    expect(shadow(widgets[0]!).querySelector('[part="heading"]')!.localName).to.equal('h3');
  });

  it('several problems are all listed', async () => {
    const { dashboard } = await mountWarned(`<trust-dashboard columns="7" theme="neon" colums="2">${CHILD}</trust-dashboard>`);
    const attributes = texts(shadow(dashboard), '[part="warning"] li').map((line) => line.split(':')[0]);
    expect(attributes).to.have.members(['colums', 'heading', 'theme', 'columns']);
  });
});

describe('<trust-dashboard> bad input: no markup, no script', () => {
  it('source-url="javascript:alert(1)" makes no link, in the dashboard or its charts', async () => {
    const { dashboard, widgets } = await mountWarned(
      `<trust-dashboard heading="Worry" source="BT" source-url="javascript:alert(1)">${CHILD}</trust-dashboard>`,
    );
    expect(shadow(dashboard).querySelectorAll('a').length).to.equal(0);
    expect(partText(dashboard, '[part="source"]')).to.equal('Source: BT');
    expect(warningText(dashboard)).to.contain('source-url');
    for (const widget of widgets) expect(shadow(widget).querySelectorAll('a').length).to.equal(0);
  });

  it('a mistake in what the dashboard hands down is named once, by the dashboard, not again by each chart', async () => {
    const { dashboard, widgets, warnings } =
      await mountWarned(`<trust-dashboard heading="Worry" source-url="javascript:alert(1)" sample-size="lots" fieldwork="2024-13"
        locale="not_a_locale" timeout="soon" refresh="2">
      ${CHILD}<trust-stat value="57"></trust-stat><trust-bars heading="Live" src="/__source/bad-input/none.csv"></trust-bars>
    </trust-dashboard>`);
    const named = texts(shadow(dashboard), '[part="warning"] li').map((line) => line.split(':')[0]);
    const slips = ['source-url', 'sample-size', 'fieldwork', 'locale', 'timeout', 'refresh'];
    expect(named).to.have.members(slips);
    for (const widget of widgets) expect(warningText(widget), widget.localName).to.equal('');
    for (const attribute of slips) {
      expect(
        warnings.filter((text) => text.includes(` ${attribute}:`)),
        attribute,
      ).to.have.length(1);
    }
  });

  it('a refresh too short on a dashboard with no src of its own is still named, for the charts with their own src', async () => {
    await fetch('/__source-fixtures', { method: 'POST', body: JSON.stringify({ path: 'bad-input/own.csv', body: 'Answer,Share\nWorried,57\n' }) });
    const { dashboard, widgets, warnings } = await mountWarned(`<trust-dashboard heading="Worry" refresh="2">
      <trust-bars heading="A" src="/__source/bad-input/own.csv"></trust-bars>
    </trust-dashboard>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const shown = [warningText(dashboard), warningText(widgets[0]!)].filter((text) => text.includes('refresh:'));
    expect(shown, 'shown once, by the dashboard or the chart').to.have.length(1);
    expect(warnings.filter((text) => text.includes('refresh:'))).to.have.length(1);
  });

  it('a source-url with no source shows no javascript: address as text either', async () => {
    const { dashboard } = await mountWarned(`<trust-dashboard heading="Worry" source-url="javascript:alert(1)">${CHILD}</trust-dashboard>`);
    expect(shadow(dashboard).querySelector('[part="source"]')).to.equal(null);
  });

  it('hostile heading, subheading, source, note and survey facts are shown as text', async () => {
    const hostile = '<img src=x onerror="window.__dashboardPwned=1"><b>bold</b>';
    const escaped = hostile.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const { dashboard } = await mountWarned(
      `<trust-dashboard heading="${escaped}" subheading="${escaped}" source="${escaped}" note="${escaped}" question="${escaped}" population="${escaped}">${CHILD}</trust-dashboard>`,
    );
    const root = shadow(dashboard);
    expect(root.querySelectorAll('img, b, script').length).to.equal(0);
    expect(root.querySelector('[part="heading"]')!.textContent).to.equal(hostile);
    expect(root.querySelector('[part="subheading"]')!.textContent).to.equal(hostile);
    expect(root.querySelector('[part="note"]')!.textContent).to.equal(hostile);
    expect(partText(dashboard, '[part="source"]')).to.equal(`Source: ${hostile}`);
    expect(texts(root, '[part="about"] dd')).to.include(hostile);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __dashboardPwned?: number }).__dashboardPwned).to.equal(undefined);
  });

  it('hostile values handed down are shown as text in the charts too', async () => {
    const hostile = '<img src=x onerror="window.__dashboardPwned=2">';
    const escaped = hostile.replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const { widgets } = await mountWarned(`<trust-dashboard heading="Worry" population="${escaped}" fieldwork="${escaped}" sample-size="1000">
      <trust-stat value="57"></trust-stat><trust-bars heading="B" data="Worried: 57"></trust-bars>
    </trust-dashboard>`);
    for (const widget of widgets) expect(shadow(widget).querySelectorAll('img').length).to.equal(0);
    expect(texts(shadow(widgets[1]!), '[part="table"] caption')[0]).to.contain(hostile);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __dashboardPwned?: number }).__dashboardPwned).to.equal(undefined);
  });
});
