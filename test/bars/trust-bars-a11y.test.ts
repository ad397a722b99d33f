import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/bars/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import type { TrustPointFocusEvent } from '../../src/core/events.js';
import { emulateMediaFeatures, settled, shadow, texts } from '../helpers/widget.js';
import { NO_FORCED_COLOURS, REDUCED_MOTION_MID_PAGE, skipIn } from '../helpers/engine.js';

const concern =
  'Worry about cyber-attacks on the NHS: 57; Concerned attacks could disrupt critical NHS systems: 60; Concerned about patient data exposure: 56; Rank training NHS staff in new technologies as a priority: 55';

const concernChart = () =>
  fixture<TrustBars>(html`<trust-bars
    heading="Most of the UK public worry about cyber-attacks on the NHS"
    subheading="% of UK adults, 2024"
    source="BT research, 2024 survey of the UK public"
    source-url="https://example.org/bt-research"
    note="Illustrative note"
    data=${concern}
  ></trust-bars>`);

describe('<trust-bars> accessibility', () => {
  it('names the figure by its heading and the chart by a summary that states the finding', async () => {
    const el = await concernChart();
    const svg = shadow(el).querySelector('svg')!;
    expect(svg.getAttribute('role'), 'a graphics document: its points can be entered').to.equal('graphics-document');
    expect(svg.getAttribute('aria-labelledby')).to.equal('summary');
    expect(shadow(el).querySelector('#heading')!.textContent).to.equal('Most of the UK public worry about cyber-attacks on the NHS');
    // Issue 17 item 7: the heading names the figure; the chart is named by its summary alone, so the heading is read once.
    expect(shadow(el).querySelector('figure')!.getAttribute('aria-labelledby')).to.equal('heading');
    expect(shadow(el).querySelector<HTMLElement>('#summary')!.hidden, 'not read twice in browse mode').to.equal(true);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      'Bar chart, 4 items. Highest: Concerned attacks could disrupt critical NHS systems, 60%. Lowest: Rank training NHS staff in new technologies as a priority, 55%.',
    );
  });

  it('uses the description attribute instead of the generated summary', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars description="Six in ten worry." data="Worried: 60"></trust-bars>`);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('Six in ten worry.');
  });

  it('summarises grouped bars per series and says how many meet a target in the latest series', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars series="2022 | 2024" target="30" data="New tech: 5 | 15; Both: 47 | 39"></trust-bars>`);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      'Grouped bar chart, 2 items, 2 series (2022 and 2024). 2022: Highest: Both, 47%. Lowest: New tech, 5%. 2024: Highest: Both, 39%. Lowest: New tech, 15%. Target: 30%. In 2024, 1 of 2 meet it.',
    );
  });

  it('summarises a single bar and a chart with no values without dangling words', async () => {
    const one = await fixture<TrustBars>(html`<trust-bars target="95" data="Trusts meeting the training target: 12"></trust-bars>`);
    expect(shadow(one).querySelector('#summary')!.textContent).to.equal(
      'Bar chart, 1 item. Trusts meeting the training target, 12%. Target: 95%. 0 of 1 meet it.',
    );
    const gap = await fixture<TrustBars>(html`<trust-bars target="50" data="Worried: 57; Not asked: n/a"></trust-bars>`);
    expect(shadow(gap).querySelector('#summary')!.textContent, 'a row without a value neither meets nor misses').to.contain('1 of 1 meet it.');
    const none = await fixture<TrustBars>(html`<trust-bars data="Not asked: n/a"></trust-bars>`);
    expect(shadow(none).querySelector('#summary')!.textContent).to.equal('Bar chart, 1 item. No data.');
  });

  it('fires trust-render for new content but not for keyboard moves, and trust-data-error once per problem', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars data="Worried: 57; Concerned: 60"></trust-bars>`);
    let renders = 0;
    let dataErrors = 0;
    el.addEventListener('trust-render', () => renders++);
    el.addEventListener('trust-data-error', () => dataErrors++);
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(renders).to.equal(0);
    el.setAttribute('data', 'Worried: lots');
    await settled(el);
    el.heading = 'Still broken';
    await settled(el);
    expect(renders).to.equal(2);
    expect(dataErrors).to.equal(1);
  });

  it('renders the heading at the heading-level asked for', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars heading="Concern" heading-level="2" data="Worried: 57"></trust-bars>`);
    expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal('h2');
    el.headingLevel = '5';
    await settled(el);
    expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal('h5');
  });

  it('shows subheading, source link and note in the frame', async () => {
    const el = await concernChart();
    expect(texts(shadow(el), '[part="subheading"]')).to.deep.equal(['% of UK adults, 2024']);
    expect(texts(shadow(el), '[part="source"]')).to.deep.equal(['Source: BT research, 2024 survey of the UK public']);
    expect(shadow(el).querySelector('[part="source"] a')!.getAttribute('href')).to.equal('https://example.org/bt-research');
    expect(texts(shadow(el), '[part="note"]')).to.deep.equal(['Illustrative note']);
  });

  it('reveals a real data table with a caption and scoped headers from the "Show data table" button', async () => {
    const el = await concernChart();
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!;
    const region = shadow(el).querySelector<HTMLElement>('#data-table')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
    button.click();
    await settled(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Hide data table');
    expect(region.hidden).to.equal(false);
    const table = region.querySelector('table')!;
    expect(table.caption!.textContent).to.equal('Most of the UK public worry about cyber-attacks on the NHS');
    expect(Array.from(table.querySelectorAll('thead th'), (th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
    expect(Array.from(table.querySelectorAll('tbody th'), (th) => th.getAttribute('scope'))).to.deep.equal(['row', 'row', 'row', 'row']);
    expect(texts(table, 'tbody td')).to.deep.equal(['57%', '60%', '56%', '55%']);
  });

  it('has one tab stop; arrow keys, Home and End move between bars and announce each value', async () => {
    const el = await concernChart();
    const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
    expect(svg.getAttribute('tabindex')).to.equal('0');
    const live = shadow(el).querySelector('[aria-live="polite"]')!;
    svg.focus();
    await settled(el);
    expect(live.textContent).to.equal('Worry about cyber-attacks on the NHS: 57%. 1 of 4.');
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(live.textContent).to.equal('Concerned attacks could disrupt critical NHS systems: 60%. 2 of 4.');
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(live.textContent).to.equal('Rank training NHS staff in new technologies as a priority: 55%. 4 of 4.');
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(live.textContent).to.contain('4 of 4');
    await sendKeys({ press: 'Home' });
    await settled(el);
    expect(live.textContent).to.contain('1 of 4');
    const ring = shadow(el).querySelector('.focus-ring')!;
    expect(getComputedStyle(ring).display).to.not.equal('none');
  });

  it('fires trust-point-focus with the datum', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars series="2022 | 2024" data="New tech: 5 | 15"></trust-bars>`);
    const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
    svg.focus();
    await settled(el);
    // ArrowDown: the next series (issue 17); ArrowRight moves along a series, which here has one bar.
    setTimeout(() => void sendKeys({ press: 'ArrowDown' }));
    const event = (await oneEvent(el, 'trust-point-focus')) as TrustPointFocusEvent;
    expect(event.point).to.deep.equal({ index: 1, label: 'New tech', series: '2024', value: 15, text: '15%' });
    expect(event.composed).to.equal(true);
  });

  it('fires trust-render after rendering', async () => {
    const el = document.createElement('trust-bars') as TrustBars;
    el.setAttribute('data', 'Worried: 57');
    setTimeout(() => document.body.append(el));
    const event = await oneEvent(el, 'trust-render');
    expect(event).to.have.property('errors', 0);
    el.remove();
  });

  it('turns off the grow animation when the reader prefers reduced motion', async function () {
    skipIn(this, 'webkit', REDUCED_MOTION_MID_PAGE);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<TrustBars>(html`<trust-bars data="Worried: 57"></trust-bars>`);
      expect(getComputedStyle(shadow(el).querySelector('rect[part="bar"]')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await fixture<TrustBars>(html`<trust-bars data="Worried: 57"></trust-bars>`);
    expect(getComputedStyle(shadow(el).querySelector('rect[part="bar"]')!).animationName).to.equal('trust-grow');
  });

  it('keeps bars visible in forced colours (Windows high contrast), outlining the second series', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await fixture<TrustBars>(html`<trust-bars series="2022 | 2024" data="New tech: 5 | 15"></trust-bars>`);
      const [first, second] = Array.from(shadow(el).querySelectorAll('rect[part="bar"]'));
      const background = getComputedStyle(el).backgroundColor;
      expect(getComputedStyle(first!).fill).to.not.equal(background);
      expect(getComputedStyle(second!).stroke).to.not.equal('none');
      expect(getComputedStyle(second!).stroke).to.not.equal(background);
    } finally {
      await emulateMediaFeatures();
    }
  });

  it('keeps system colours in forced-colours mode even with theme="nhs"', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await fixture<TrustBars>(html`<trust-bars theme="nhs" data="Worried: 57"></trust-bars>`);
      const bar = shadow(el).querySelector('rect[part="bar"]')!;
      const text = shadow(el).querySelector('text.value')!;
      expect(getComputedStyle(bar).fill).to.equal(getComputedStyle(text).fill);
      expect(getComputedStyle(text).stroke, 'value halo is the system background').to.equal(getComputedStyle(el).backgroundColor);
    } finally {
      await emulateMediaFeatures();
    }
  });

  for (const theme of [undefined, 'light', 'dark', 'auto', 'nhs']) {
    it(`passes axe with no violations in the ${theme ?? 'default'} theme, table open`, async () => {
      const el = await fixture<TrustBars>(html`<trust-bars
        theme=${theme ?? ''}
        heading="Fewer NHS staff are trained on both new and existing systems"
        source="BT research" source-url="https://example.org/"
        series="2022 | 2024" target="40" highlight="Both"
        data="New tech: 5 | 15; Both: 47 | 39"
      ></trust-bars>`);
      if (!theme) el.removeAttribute('theme');
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe while showing an error', async () => {
    const el = await fixture<TrustBars>(
      html`<trust-bars heading="Broken" data="Worried: lots"><table><tr><td>Worried</td><td>lots</td></tr></table></trust-bars>`,
    );
    await expect(el).to.be.accessible();
  });
});
