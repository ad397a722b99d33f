import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/trend/define.js';
import type { TrustTrend } from '../../src/trend/trust-trend.js';
import type { TrustPointFocusEvent } from '../../src/core/events.js';
import { addMessages } from '../../src/core/i18n/messages.js';
import { emulateMediaFeatures, settled, shadow, texts } from '../helpers/widget.js';
import { NO_FORCED_COLOURS, REDUCED_MOTION_MID_PAGE, skipIn } from '../helpers/engine.js';

const NAMES = 'Trained on new technologies | Trained on both new and existing systems';
/** BT research, 2022 and 2024 surveys of NHS staff. */
const TRAINING = '2022: 5 | 47; 2024: 15 | 39';
const HEADING = 'More NHS staff are trained on new technologies, fewer on both new and existing systems';

const trainingChart = () =>
  fixture<TrustTrend>(
    html`<trust-trend heading=${HEADING} source="BT research, 2022 and 2024 surveys of NHS staff" series=${NAMES} data=${TRAINING}></trust-trend>`,
  );

const summary = (el: TrustTrend) => shadow(el).querySelector('#summary')!.textContent;

describe('<trust-trend> what screen readers hear', () => {
  it('names the figure by its heading and the chart by a summary stating each change in percentage points', async () => {
    const el = await trainingChart();
    const svg = shadow(el).querySelector('svg')!;
    expect(svg.getAttribute('role'), 'a graphics document: its points can be entered').to.equal('graphics-document');
    // Issue 17 item 7: the heading names the figure; the chart is named by its summary alone, so the heading is read once.
    expect(shadow(el).querySelector('figure')!.getAttribute('aria-labelledby')).to.equal('heading');
    expect(svg.getAttribute('aria-labelledby')).to.equal('summary');
    expect(summary(el)).to.equal(
      `Line chart, 2 waves from 2022 to 2024, 2 series. Trained on new technologies: rose from 5% in 2022 to 15% in 2024 (up 10 percentage points). Trained on both new and existing systems: fell from 47% to 39% (down 8 percentage points).`,
    );
  });

  it('names the waves again for a series whose first or last value is in another wave, and lists its gaps', async () => {
    const el = await fixture<TrustTrend>(html`<trust-trend series=${NAMES} data="2022: 5 | n/a; 2023: 9 | 43; 2024: 15 | 39"></trust-trend>`);
    expect(summary(el)).to.equal(
      'Line chart, 3 waves from 2022 to 2024, 2 series. Trained on new technologies: rose from 5% in 2022 to 15% in 2024 (up 10 percentage points). Trained on both new and existing systems: fell from 43% in 2023 to 39% in 2024 (down 4 percentage points); no data for 2022.',
    );
  });

  it('lists several missing waves with "and"', async () => {
    const el = await fixture<TrustTrend>(html`<trust-trend series="Worry" data="2020: 50; 2021: n/a; 2022: 52; 2023: n/a; 2024: n/a; 2025: 57"></trust-trend>`);
    expect(summary(el)).to.equal(
      'Line chart, 6 waves from 2020 to 2025. Worry: rose from 50% in 2020 to 57% in 2025 (up 7 percentage points); no data for 2021, 2023 and 2024.',
    );
  });

  it('says "1 percentage point", "unchanged", a single value and no data without dangling words', async () => {
    const one = await fixture<TrustTrend>(html`<trust-trend series="Worry" data="2022: 56; 2024: 57"></trust-trend>`);
    expect(summary(one)).to.contain('(up 1 percentage point)');
    const flat = await fixture<TrustTrend>(html`<trust-trend series="Worry" data="2022: 57; 2024: 57"></trust-trend>`);
    expect(summary(flat)).to.equal('Line chart, 2 waves from 2022 to 2024. Worry: unchanged at 57% from 2022 to 2024.');
    const single = await fixture<TrustTrend>(html`<trust-trend series="A | B" data="2022: n/a | 3; 2024: 15 | n/a"></trust-trend>`);
    expect(summary(single)).to.equal(
      'Line chart, 2 waves from 2022 to 2024, 2 series. A: 15% in 2024, the only wave with data; no data for 2022. B: 3% in 2022, the only wave with data; no data for 2024.',
    );
    const lone = await fixture<TrustTrend>(html`<trust-trend data="2024: 15"></trust-trend>`);
    expect(summary(lone)).to.equal('Line chart, 1 wave (2024). 15% in 2024.');
    const none = await fixture<TrustTrend>(html`<trust-trend series="A | B" data="2022: 5 | n/a; 2024: 15 | n/a"></trust-trend>`);
    expect(summary(none)).to.contain('B: no data.');
  });

  it('reads the summary in Welsh on a Welsh chart', async () => {
    const el = await fixture<TrustTrend>(
      html`<trust-trend locale="cy" series="Technolegau newydd | Systemau newydd a phresennol" data=${TRAINING}></trust-trend>`,
    );
    expect(summary(el)).to.equal(
      'Siart llinell, 2 cylch o 2022 i 2024, 2 cyfres. Technolegau newydd: cododd o 5% yn 2022 i 15% yn 2024 (i fyny 10 pwynt canran). Systemau newydd a phresennol: gostyngodd o 47% i 39% (i lawr 8 pwynt canran).',
    );
  });

  it('takes the language from the page when no locale is set', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><trust-trend series="Pryder" data="2022: 57; 2024: 57"></trust-trend></div>`);
    const el = wrapper.querySelector('trust-trend') as TrustTrend;
    await settled(el);
    expect(summary(el)).to.equal('Siart llinell, 2 cylch o 2022 i 2024. Pryder: heb newid ar 57% o 2022 i 2024.');
  });

  it('lets a page reword its sentences with addMessages', async () => {
    addMessages('en-x-test', { axisStartsAt: (value: string) => `Axis from ${value}.` });
    const el = await fixture<TrustTrend>(html`<trust-trend locale="en-x-test" y-min="30" data="2022: 35; 2024: 47"></trust-trend>`);
    expect(texts(shadow(el), '[part="axis-note"]')).to.deep.equal(['Axis from 30%.']);
  });

  it('uses the description attribute instead of the generated summary', async () => {
    const el = await fixture<TrustTrend>(html`<trust-trend description="Training on new technologies tripled." data=${TRAINING}></trust-trend>`);
    expect(summary(el)).to.equal('Training on new technologies tripled.');
  });

  it('hides the drawing itself from screen readers: the summary and table carry the figures', async () => {
    const el = await trainingChart();
    expect(shadow(el).querySelector('svg > g')!.getAttribute('aria-hidden')).to.equal('true');
    shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await settled(el);
    expect(texts(shadow(el), '#data-table tbody td')).to.deep.equal(['5%', '47%', '15%', '39%']);
  });
});

describe('<trust-trend> keyboard', () => {
  it('tells keyboard users that the arrow keys move between points, in the reader’s language', async () => {
    const el = await trainingChart();
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-describedby')).to.equal('keyboard-hint');
    expect(shadow(el).querySelector('#keyboard-hint')!.textContent).to.equal('Use the arrow keys to move between points.');
    el.locale = 'cy';
    await settled(el);
    expect(shadow(el).querySelector('#keyboard-hint')!.textContent).to.equal('Defnyddiwch y bysellau saeth i symud rhwng y pwyntiau.');
  });

  it('walks along a series with Left and Right and between series with Up and Down, announcing wave, series and place', async () => {
    const el = await trainingChart();
    const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
    const live = shadow(el).querySelector('[aria-live="polite"]')!;
    svg.focus();
    await settled(el);
    expect(live.textContent).to.equal('2022, Trained on new technologies: 5%. 1 of 2, series 1 of 2.');
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(live.textContent).to.equal('2024, Trained on new technologies: 15%. 2 of 2, series 1 of 2.');
    // Issue 17: Down goes to the same year in the next series in one press (it used to step to the next point).
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(live.textContent).to.equal('2024, Trained on both new and existing systems: 39%. 2 of 2, series 2 of 2.');
    await sendKeys({ press: 'Home' });
    await settled(el);
    expect(live.textContent).to.equal('2022, Trained on both new and existing systems: 47%. 1 of 2, series 2 of 2.');
    await sendKeys({ press: 'ArrowUp' });
    await settled(el);
    expect(live.textContent).to.equal('2022, Trained on new technologies: 5%. 1 of 2, series 1 of 2.');
  });

  it('skips waves without a figure', async () => {
    const el = await fixture<TrustTrend>(html`<trust-trend series="Worry" data="2022: 52; 2023: n/a; 2024: 57"></trust-trend>`);
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.equal('2024, Worry: 57%. 2 of 2.');
  });

  it('announces only wave and value for a single unnamed series', async () => {
    const el = await fixture<TrustTrend>(html`<trust-trend unit="count" data="2019: 12; 2024: 27"></trust-trend>`);
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.equal('2019: 12. 1 of 2.');
  });

  it('rings the focused marker with a visible focus ring', async () => {
    const el = await trainingChart();
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    const ring = shadow(el).querySelector('.focus-ring')!;
    expect(getComputedStyle(ring).display).to.not.equal('none');
    const ringBox = ring.querySelector('circle.inner')!.getBoundingClientRect();
    const marker = shadow(el).querySelectorAll('path[part="point"]')[1]!.getBoundingClientRect();
    expect(ringBox.left + ringBox.width / 2).to.be.closeTo(marker.left + marker.width / 2, 0.5);
    expect(ringBox.top + ringBox.height / 2).to.be.closeTo(marker.top + marker.height / 2, 0.5);
  });

  it('fires trust-point-focus with the datum', async () => {
    const el = await trainingChart();
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    setTimeout(() => void sendKeys({ press: 'ArrowRight' }));
    const event = (await oneEvent(el, 'trust-point-focus')) as TrustPointFocusEvent;
    expect(event.point).to.deep.equal({ index: 1, label: '2024', series: 'Trained on new technologies', value: 15, text: '15%' });
  });
});

describe('<trust-trend> colour is never the only cue', () => {
  it('gives each series its own marker shape and draws a marker on every value', async () => {
    const el = await fixture<TrustTrend>(
      html`<trust-trend style="width: 900px" series="A | B | C | D" data="2022: 5 | 15 | 25 | 35; 2024: 10 | 20 | 30 | 40"></trust-trend>`,
    );
    const markers = Array.from(shadow(el).querySelectorAll('path[part="point"]'));
    expect(markers).to.have.length(8);
    const first = (series: number) => shadow(el).querySelector(`path[part="point"].series-${series}`)!.getAttribute('d')!;
    // A circle is drawn with arcs; the others are polygons with different numbers of corners.
    expect(first(1)).to.contain('A');
    expect(first(2).split('L')).to.have.length(4);
    expect(first(3).split('L')).to.have.length(3);
    expect(first(4).split('L')).to.have.length(4);
    expect(first(2)).to.not.equal(first(4));
  });

  it('in forced colours draws every line in the system text colour, dashing and hollowing every second series', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await fixture<TrustTrend>(html`<trust-trend theme="nhs" series="A | B" data="2022: 5 | 47; 2024: 15 | 39"></trust-trend>`);
      const background = getComputedStyle(el).backgroundColor;
      const [lineA, lineB] = Array.from(shadow(el).querySelectorAll('path[part="line"]'), (path) => getComputedStyle(path));
      expect(lineA!.stroke).to.equal(lineB!.stroke);
      expect(lineA!.stroke).to.not.equal(background);
      expect(lineA!.strokeDasharray).to.equal('none');
      expect(lineB!.strokeDasharray).to.not.equal('none');
      const markerA = getComputedStyle(shadow(el).querySelector('path[part="point"].series-1')!);
      const markerB = getComputedStyle(shadow(el).querySelector('path[part="point"].series-2')!);
      expect(markerA.fill).to.equal(lineA!.stroke);
      expect(markerB.fill, 'hollow').to.equal(background);
      expect(markerB.stroke).to.equal(lineA!.stroke);
    } finally {
      await emulateMediaFeatures();
    }
  });
});

describe('<trust-trend> motion', () => {
  it('fades the lines in, but not when the reader prefers reduced motion', async function () {
    skipIn(this, 'webkit', REDUCED_MOTION_MID_PAGE);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<TrustTrend>(html`<trust-trend data=${TRAINING}></trust-trend>`);
      expect(getComputedStyle(shadow(el).querySelector('.series')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await fixture<TrustTrend>(html`<trust-trend data=${TRAINING}></trust-trend>`);
    expect(getComputedStyle(shadow(el).querySelector('.series')!).animationName).to.equal('trust-trend-fade');
  });
});

describe('<trust-trend> axe', () => {
  for (const theme of [undefined, 'light', 'dark', 'auto', 'nhs']) {
    it(`passes axe in the ${theme ?? 'default'} theme, with the table open and an axis note`, async () => {
      const el = await fixture<TrustTrend>(html`<trust-trend
        theme=${theme ?? ''}
        heading=${HEADING}
        subheading="% of NHS staff"
        source="BT research" source-url="https://example.org/"
        series=${NAMES}
        y-min="1"
        data="2022: 5 | 47; 2023: n/a | 43; 2024: 15 | 39"
      ></trust-trend>`);
      if (!theme) el.removeAttribute('theme');
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await settled(el);
      expect(shadow(el).querySelector('[part="axis-note"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe in a narrow column, where the names move into a key', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><trust-trend heading=${HEADING} series=${NAMES} data=${TRAINING}></trust-trend></div>`,
    );
    const el = wrapper.querySelector('trust-trend') as TrustTrend;
    await settled(el);
    expect(shadow(el).querySelector('.key-item')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('passes axe while showing an error', async () => {
    const el = await fixture<TrustTrend>(
      html`<trust-trend heading="Broken" data="2022: lots"><table><tr><td>2022</td><td>lots</td></tr></table></trust-trend>`,
    );
    await expect(el).to.be.accessible();
  });
});
