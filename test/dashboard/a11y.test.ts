/**
 * The dashboard for screen-reader and keyboard users (issue 13): a region landmark named by its heading, headings
 * one level below it for its charts, Tab moving chart to chart while the arrow keys still move within a chart, and
 * no axe violations.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { skipIn } from '../helpers/engine.js';
import { settled, shadow } from '../helpers/widget.js';
import { mount, removeAfterTest } from './helpers.js';

const headingTag = (el: Element) => shadow(el).querySelector('[part="heading"]')?.localName;

const dashboardMarkup = (attributes = '', children?: string) => `<trust-dashboard heading="Worry about cyber-attacks" subheading="UK adults and NHS staff, 2024"
    source="BT research" source-url="https://example.org/bt" sample-size="1000" fieldwork="March 2024" note="Illustrative" ${attributes}>
    ${
      children ??
      `<trust-bars heading="Public" data="Worried: 57; Concerned: 60"></trust-bars>
    <trust-stat heading="Staff" value="45" label="of NHS staff are confident"></trust-stat>
    <trust-waffle heading="Trusts" value="24" of="108"></trust-waffle>`
    }
  </trust-dashboard>`;

describe('<trust-dashboard> accessibility: landmark and headings', () => {
  it('is a region landmark named by its heading', async () => {
    const { dashboard } = await mount(dashboardMarkup());
    const section = shadow(dashboard).querySelector('section')!;
    const labelledBy = section.getAttribute('aria-labelledby');
    expect(labelledBy).to.be.a('string');
    const label = shadow(dashboard).getElementById(labelledBy!);
    expect(label?.textContent?.trim()).to.equal('Worry about cyber-attacks');
    expect(label?.localName).to.equal('h2');
  });

  it('without a heading it is no landmark: the section has no name to give it', async () => {
    const { dashboard } = await mount('<trust-dashboard><trust-bars heading="A" data="Worried: 57"></trust-bars></trust-dashboard>');
    expect(shadow(dashboard).querySelector('section')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect(shadow(dashboard).querySelector('[part="heading"]')).to.equal(null);
  });

  it('the dashboard’s heading is an h2 and its charts’ are h3', async () => {
    const { dashboard, widgets } = await mount(dashboardMarkup());
    expect(headingTag(dashboard)).to.equal('h2');
    expect(widgets.map(headingTag)).to.deep.equal(['h3', 'h3', 'h3']);
  });

  it('heading-level="3" makes its charts’ headings h4; a chart’s own heading-level wins', async () => {
    const { dashboard, widgets } = await mount(
      dashboardMarkup(
        'heading-level="3"',
        '<trust-bars heading="A" data="Worried: 57"></trust-bars><trust-bars heading="B" heading-level="2" data="Worried: 57"></trust-bars>',
      ),
    );
    expect(headingTag(dashboard)).to.equal('h3');
    expect(widgets.map(headingTag)).to.deep.equal(['h4', 'h2']);
  });

  it('heading-level="5" makes its charts’ headings h6', async () => {
    const { dashboard, widgets } = await mount(dashboardMarkup('heading-level="5"', '<trust-bars heading="A" data="Worried: 57"></trust-bars>'));
    expect([headingTag(dashboard), headingTag(widgets[0]!)]).to.deep.equal(['h5', 'h6']);
  });

  it('a heading-level changed later moves its charts’ headings with it', async () => {
    const { dashboard, widgets } = await mount(dashboardMarkup('', '<trust-bars heading="A" data="Worried: 57"></trust-bars>'));
    dashboard.setAttribute('heading-level', '4');
    await dashboard.updateComplete;
    await settled(widgets[0]!);
    expect([headingTag(dashboard), headingTag(widgets[0]!)]).to.deep.equal(['h4', 'h5']);
  });

  it('passes axe, with its charts', async () => {
    const { dashboard } = await mount(dashboardMarkup());
    await expect(dashboard).to.be.accessible();
  });

  it('passes axe in the dark and NHS themes', async () => {
    for (const theme of ['dark', 'nhs']) {
      const { dashboard } = await mount(dashboardMarkup(`theme="${theme}"`));
      await expect(dashboard).to.be.accessible();
    }
  });
});

/** The focused element, through shadow roots: [the widget or dashboard holding it, the element inside]. */
function focused(): [Element | null, Element | null] {
  const host = document.activeElement;
  return [host, host?.shadowRoot?.activeElement ?? null];
}

describe('<trust-dashboard> keyboard', () => {
  it('Tab moves widget to widget in reading order, then to the dashboard’s own "About this data"', async () => {
    const { dashboard, widgets } = await mount(dashboardMarkup());
    const before = document.createElement('button');
    before.textContent = 'before';
    dashboard.before(before);
    removeAfterTest(before);
    // Somewhere for Tab to land after the dashboard, so that focus never leaves the page (Firefox would give it to
    // the browser, and later tests' focus() would then fire no focus event).
    const after = document.createElement('button');
    after.textContent = 'after';
    dashboard.after(after);
    removeAfterTest(after);
    before.focus();
    const visited: string[] = [];
    for (let press = 0; press < 20; press++) {
      await sendKeys({ press: 'Tab' });
      const [host, inner] = focused();
      if (!host || (host !== dashboard && !widgets.includes(host as TrustElement))) break;
      const who = host === dashboard ? 'dashboard' : `widget ${widgets.indexOf(host as TrustElement)}`;
      visited.push(`${who}: ${inner?.localName}`);
    }
    expect(document.activeElement, 'Tab leaves the dashboard for what follows it').to.equal(after);
    const order = visited.map((stop) => stop.split(':')[0]);
    // Each widget's stops together, widget after widget, and the dashboard's footer last.
    expect([...new Set(order)]).to.deep.equal(['widget 0', 'widget 1', 'widget 2', 'dashboard']);
    expect(order.filter((who, i) => i > 0 && who !== order[i - 1]).length).to.equal(3);
    expect(visited[0]).to.equal('widget 0: svg');
    expect(visited).to.include('widget 2: svg');
    expect(visited.at(-1)).to.equal('dashboard: summary');
  });

  it('Shift+Tab goes back from one widget to the one before', async function () {
    skipIn(this, 'webkit', 'WebKitWebDriver sends only whole key presses (sendKeys press and type), so Shift cannot be held down');
    const { widgets } = await mount(dashboardMarkup());
    shadow(widgets[2]!).querySelector<SVGSVGElement>('svg')!.focus();
    await sendKeys({ down: 'Shift' });
    try {
      await sendKeys({ press: 'Tab' });
    } finally {
      // Never left held down for the tests after this one.
      await sendKeys({ up: 'Shift' });
    }
    expect(focused()[0]).to.equal(widgets[1]);
  });

  it('the arrow keys inside a chart still move its own focus, and do not leave it', async () => {
    const { widgets } = await mount(dashboardMarkup());
    const bars = widgets[0]!;
    const live = () => shadow(bars).querySelector('[aria-live="polite"]')!.textContent!.trim();
    shadow(bars).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(bars);
    const first = live();
    expect(first).to.contain('Worried');
    await sendKeys({ press: 'ArrowDown' });
    await settled(bars);
    expect(live()).to.contain('Concerned');
    expect(focused()).to.deep.equal([bars, shadow(bars).querySelector('svg')]);
    await sendKeys({ press: 'ArrowUp' });
    await settled(bars);
    expect(live()).to.contain('Worried');
    expect(focused()[0]).to.equal(bars);
  });
});
