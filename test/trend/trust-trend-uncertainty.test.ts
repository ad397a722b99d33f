import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/trend/define.js';
import type { TrustTrend } from '../../src/trend/trust-trend.js';
import { captureWarnings, emulateMediaFeatures, overlaps, settled, shadow, texts } from '../helpers/widget.js';
import { textBox } from '../helpers/text-box.js';
import { NO_FORCED_COLOURS, skipIn } from '../helpers/engine.js';

/*
 * The percentages are BT research's 2022 and 2024 surveys of NHS staff; the published research does not give the
 * number of people asked, so every sample size below is ILLUSTRATIVE, as are the figures of charts with more waves.
 */
const NAMES = 'Trained on new technologies | Trained on both new and existing systems';
const TRAINING = '2022: 5 | 47; 2024: 15 | 39';

const bands = (el: TrustTrend) => Array.from(shadow(el).querySelectorAll<SVGPathElement>('path[part="band"]'));
const summary = (el: TrustTrend) => shadow(el).querySelector('#summary')!.textContent;
const live = (el: TrustTrend) => shadow(el).querySelector('[aria-live="polite"]')!.textContent;
const yLabels = (el: TrustTrend) => texts(shadow(el), 'text.tick:not(.wave)');
/** Closed shapes in a band's path. */
const shapes = (band: SVGPathElement) => band.getAttribute('d')!.split('Z').filter(Boolean).length;

/** A wide container, so that the series names sit at the line ends. */
const wide = async (markup: ReturnType<typeof html>) => {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">${markup}</div>`);
  const el = wrapper.querySelector('trust-trend') as TrustTrend;
  await settled(el);
  return el;
};

/** Invented: five waves of a staff survey, sample size per wave in an `n` column. */
const fiveWaves = (attributes: { showUncertainty?: boolean; theme?: string } = {}) => html`<trust-trend
  heading="Illustrative example: confidence in recovering from an attack fell"
  source="Illustrative data"
  theme=${attributes.theme ?? 'light'}
  ?show-uncertainty=${attributes.showUncertainty ?? true}
>
  <table>
    <thead><tr><th>Survey</th><th>Worried about a cyber-attack</th><th>Confident the trust could recover from an attack</th><th>n</th></tr></thead>
    <tbody>
      <tr><td>2019</td><td>52%</td><td>41%</td><td>310</td></tr>
      <tr><td>2020</td><td>54%</td><td>38%</td><td>280</td></tr>
      <tr><td>2021</td><td>57%</td><td>33%</td><td>120</td></tr>
      <tr><td>2022</td><td>56%</td><td>34%</td><td>260</td></tr>
      <tr><td>2023</td><td>55%</td><td>31%</td><td>300</td></tr>
    </tbody>
  </table>
</trust-trend>`;

describe('<trust-trend show-uncertainty> bands', () => {
  it('draws one faint band per series in its colour, under every line and marker', async () => {
    const el = await wide(html`<trust-trend show-uncertainty sample-size="1,000" series=${NAMES} data=${TRAINING}></trust-trend>`);
    const [first, second] = bands(el);
    expect(bands(el)).to.have.length(2);
    expect(first!.classList.contains('fill-1')).to.equal(true);
    expect(second!.classList.contains('fill-2')).to.equal(true);
    const [lineA, lineB] = Array.from(shadow(el).querySelectorAll('path[part="line"]'), (line) => getComputedStyle(line));
    expect(getComputedStyle(first!).fill).to.equal(lineA!.stroke);
    expect(getComputedStyle(second!).fill).to.equal(lineB!.stroke);
    for (const band of [first!, second!]) {
      const opacity = Number(getComputedStyle(band).fillOpacity);
      expect(opacity).to.be.within(0.15, 0.2);
      // Edged in its series colour: the tint alone is under 3:1 against the background (issue 17 item 3).
      expect(getComputedStyle(band).stroke).to.equal(getComputedStyle(band).fill);
    }
    // Drawn before (so under) the first line and the first marker.
    const firstLine = shadow(el).querySelector('path[part="line"]')!;
    const firstMarker = shadow(el).querySelector('path[part="point"]')!;
    for (const band of bands(el)) {
      expect(band.compareDocumentPosition(firstLine) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(band.compareDocumentPosition(firstMarker) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
  });

  it('spans each wave’s 95% interval on the chart: 50% of 1,000 people from 46.9% to 53.1%', async () => {
    const el = await wide(html`<trust-trend show-uncertainty sample-size="1,000" y-max="100" series="Worry" data="2022: 50; 2024: 50"></trust-trend>`);
    const grid = Array.from(shadow(el).querySelectorAll('line.grid'), (line) => Number(line.getAttribute('y1')));
    const [bottom, top] = [grid[0]!, grid[grid.length - 1]!];
    const yOf = (value: number) => bottom - (value / 100) * (bottom - top);
    const box = bands(el)[0]!.getBBox();
    expect(box.y).to.be.closeTo(yOf(53.1), 0.05);
    expect(box.y + box.height).to.be.closeTo(yOf(46.9), 0.05);
  });

  it('draws nothing without show-uncertainty, or without any sample size', async () => {
    const off = await wide(html`<trust-trend sample-size="1,000" series=${NAMES} data=${TRAINING}></trust-trend>`);
    expect(bands(off)).to.have.length(0);
    expect(shadow(off).querySelector('[part="band-note"]')).to.equal(null);
    const unknown = await wide(html`<trust-trend show-uncertainty series=${NAMES} data=${TRAINING}></trust-trend>`);
    expect(bands(unknown)).to.have.length(0);
    const counts = await wide(html`<trust-trend show-uncertainty unit="count" sample-size="1,000" data="2022: 12; 2024: 27"></trust-trend>`);
    expect(bands(counts), 'only percentages have margins of error').to.have.length(0);
  });

  it('says under the chart what the bands are, in the reader’s language', async () => {
    const el = await wide(html`<trust-trend show-uncertainty sample-size="1,000" series=${NAMES} data=${TRAINING}></trust-trend>`);
    expect(texts(shadow(el), '[part="band-note"]')).to.deep.equal(['The bands around the lines show each figure’s 95% margin of error.']);
    el.locale = 'cy';
    await settled(el);
    expect(texts(shadow(el), '[part="band-note"]')).to.deep.equal(['Mae’r bandiau o amgylch y llinellau yn dangos lwfans gwallau 95% pob ffigur.']);
  });

  it('breaks the band at a missing wave, exactly like the line', async () => {
    const el = await wide(
      html`<trust-trend show-uncertainty sample-size="500" series="Worry" data="2020: 50; 2021: 52; 2022: n/a; 2023: 55; 2024: 57"></trust-trend>`,
    );
    const line = shadow(el).querySelector('path[part="line"]')!.getAttribute('d')!;
    expect(line.match(/M/g)).to.have.length(2);
    expect(shapes(bands(el)[0]!)).to.equal(2);
  });

  it('breaks the band at a wave whose sample size is not known, while the line carries on', async () => {
    const el = await wide(html`<trust-trend show-uncertainty>
      <table>
        <thead><tr><th>Survey</th><th>Worry</th><th>n</th></tr></thead>
        <tbody>
          <tr><td>2020</td><td>50%</td><td>400</td></tr>
          <tr><td>2021</td><td>52%</td><td>400</td></tr>
          <tr><td>2022</td><td>53%</td><td></td></tr>
          <tr><td>2023</td><td>55%</td><td>400</td></tr>
          <tr><td>2024</td><td>57%</td><td>400</td></tr>
        </tbody>
      </table>
    </trust-trend>`);
    expect(shadow(el).querySelector('path[part="line"]')!.getAttribute('d')!.match(/M/g)).to.have.length(1);
    expect(shapes(bands(el)[0]!)).to.equal(2);
  });

  it('stretches the vertical axis to include every band: 19% of 100 people reaches 26.7%, so the axis goes to 30%', async () => {
    const plain = await wide(html`<trust-trend sample-size="100" series="Worry" data="2022: 18; 2024: 19"></trust-trend>`);
    expect(yLabels(plain).at(-1)).to.equal('20%');
    const banded = await wide(html`<trust-trend show-uncertainty sample-size="100" series="Worry" data="2022: 18; 2024: 19"></trust-trend>`);
    expect(yLabels(banded).at(-1)).to.equal('30%');
    const svg = shadow(banded).querySelector('svg')!.getBoundingClientRect();
    const grid = shadow(banded).querySelectorAll('line.grid');
    const top = grid[grid.length - 1]!.getBoundingClientRect().top;
    const bottom = grid[0]!.getBoundingClientRect().bottom;
    const band = bands(banded)[0]!.getBoundingClientRect();
    expect(band.top).to.be.at.least(top - 0.5);
    expect(band.bottom).to.be.at.most(bottom + 0.5);
    expect(band.top).to.be.at.least(svg.top);
  });

  it('never runs a percentage axis past 100%', async () => {
    const el = await wide(html`<trust-trend show-uncertainty sample-size="40" series="Trust" data="2022: 96; 2024: 98"></trust-trend>`);
    expect(yLabels(el).at(-1)).to.equal('100%');
  });

  it('overrules a y-min that would cut off a band, with a warning', async () => {
    let el!: TrustTrend;
    const warnings = await captureWarnings(async () => {
      el = await wide(html`<trust-trend show-uncertainty sample-size="400" y-min="50" series="Worry" data="2022: 52; 2024: 57"></trust-trend>`);
    });
    expect(warnings.join('\n')).to.contain(
      'y-min: the axis minimum 50% would cut off a margin of error, which reaches down to 47.1%; the axis was extended to fit.',
    );
    expect(Number.parseFloat(yLabels(el)[0]!)).to.be.below(47.1);
  });
});

describe('<trust-trend> sample sizes for each wave or each series', () => {
  it('reads one sample-size for the whole chart', async () => {
    const el = await wide(html`<trust-trend show-uncertainty sample-size="1,000" series=${NAMES} data=${TRAINING}></trust-trend>`);
    expect(el.uncertainty.map((entry) => entry.text)).to.deep.equal(['5% ± 1.4', '47% ± 3.1', '15% ± 2.2', '39% ± 3.0']);
  });

  it('reads one sample-size per series (per measure), separated by |', async () => {
    const el = await wide(html`<trust-trend show-uncertainty sample-size="400 | 1,000" series=${NAMES} data=${TRAINING}></trust-trend>`);
    expect(el.uncertainty.map((entry) => `${entry.label} ${entry.series}: n = ${entry.n}`)).to.deep.equal([
      '2022 Trained on new technologies: n = 400',
      '2022 Trained on both new and existing systems: n = 1000',
      '2024 Trained on new technologies: n = 400',
      '2024 Trained on both new and existing systems: n = 1000',
    ]);
    expect(bands(el)).to.have.length(2);
  });

  it('reads an n column in the table: one sample size per wave, not drawn as a series', async () => {
    const el = await wide(fiveWaves());
    expect(shadow(el).querySelectorAll('path[part="line"]')).to.have.length(2);
    expect(bands(el)).to.have.length(2);
    const n = (label: string) => el.uncertainty.filter((entry) => entry.label === label).map((entry) => entry.n);
    expect(n('2019')).to.deep.equal([310, 310]);
    expect(n('2021')).to.deep.equal([120, 120]);
    // The small 2021 wave has the widest band: 57% of 120 people is ± 8.9.
    expect(el.uncertainty.find((entry) => entry.label === '2021')!.text).to.equal('57% ± 8.9');
  });

  it('reads "n <series>" columns: a sample size for one measure in one wave', async () => {
    const el = await wide(html`<trust-trend show-uncertainty>
      <table>
        <thead><tr><th>Survey</th><th>Worry</th><th>Trust</th><th>n Worry</th><th>n Trust</th></tr></thead>
        <tbody>
          <tr><td>2022</td><td>52%</td><td>41%</td><td>500</td><td>250</td></tr>
          <tr><td>2024</td><td>57%</td><td>31%</td><td>600</td><td>300</td></tr>
        </tbody>
      </table>
    </trust-trend>`);
    expect(el.uncertainty.map((entry) => `${entry.label} ${entry.series}: ${entry.n}`)).to.deep.equal([
      '2022 Worry: 500',
      '2022 Trust: 250',
      '2024 Worry: 600',
      '2024 Trust: 300',
    ]);
    expect(bands(el)).to.have.length(2);
  });

  it('lets a wave’s own n win over sample-size', async () => {
    const el = await wide(html`<trust-trend show-uncertainty sample-size="1,000"
      data='[{"label": "2022", "Worry": 52, "n": 200}, {"label": "2024", "Worry": 57}]'></trust-trend>`);
    expect(el.uncertainty.map((entry) => entry.n)).to.deep.equal([200, 1000]);
  });
});

describe('<trust-trend> reads margins of error aloud', () => {
  it('announces each point with its interval when the sample size is known', async () => {
    const el = await wide(html`<trust-trend sample-size="1,000" series=${NAMES} data=${TRAINING}></trust-trend>`);
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    // The place along the series, then which series (issue 17 item 5; it was "1 of 4" over all points).
    expect(live(el)).to.equal('2022, Trained on new technologies: 5% ± 1.4. 1 of 2, series 1 of 2.');
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(live(el)).to.equal('2024, Trained on new technologies: 15% ± 2.2. 2 of 2, series 1 of 2.');
  });

  it('gives the first and last values with their intervals in the summary, and the largest margin once', async () => {
    const el = await wide(html`<trust-trend show-uncertainty sample-size="1,000" series=${NAMES} data=${TRAINING}></trust-trend>`);
    expect(summary(el)).to.equal(
      'Line chart, 2 waves from 2022 to 2024, 2 series. Trained on new technologies: rose from 5% ± 1.4 in 2022 to 15% ± 2.2 in 2024 (up 10 percentage points). Trained on both new and existing systems: fell from 47% ± 3.1 to 39% ± 3.0 (down 8 percentage points). Margin of error (95%): up to ±3.1 percentage points.',
    );
    expect(summary(el).match(/Margin of error/g)).to.have.length(1);
  });

  it('says "no clear change" for 40% → 43% with 200 people in each wave', async () => {
    const el = await wide(html`<trust-trend sample-size="200" series="Worry" data="2022: 40; 2024: 43"></trust-trend>`);
    expect(summary(el)).to.equal(
      'Line chart, 2 waves from 2022 to 2024. Worry: no clear change (within the margin of error) from 40% ± 6.8 in 2022 to 43% ± 6.9 in 2024. Margin of error (95%): up to ±6.9 percentage points.',
    );
  });

  it('says "fell" for 47% → 39% with 1,000 people in each wave', async () => {
    const el = await wide(html`<trust-trend sample-size="1,000" series="Trained on both new and existing systems" data="2022: 47; 2024: 39"></trust-trend>`);
    expect(summary(el)).to.contain('fell from 47% ± 3.1 in 2022 to 39% ± 3.0 in 2024 (down 8 percentage points).');
  });

  it('tests the change per measure, with the invented staff survey’s n column', async () => {
    const el = await wide(fiveWaves());
    expect(summary(el)).to.contain('Worried about a cyber-attack: no clear change (within the margin of error) from 52% ± 5.6 in 2019 to 55% ± 5.6 in 2023.');
    expect(summary(el)).to.contain('Confident the trust could recover from an attack: fell from 41% ± 5.5 to 31% ± 5.2 (down 10 percentage points).');
  });

  it('keeps "rose" and "fell" when a wave has no sample size', async () => {
    const el = await wide(html`<trust-trend series="Worry" data='[{"label": "2022", "Worry": 40, "n": 200}, {"label": "2024", "Worry": 43}]'></trust-trend>`);
    expect(summary(el)).to.contain('Worry: rose from 40% ± 6.8 in 2022 to 43% in 2024 (up 3 percentage points).');
  });
});

describe('<trust-trend> withheld values (fewer than 30 people)', () => {
  const smallWave = (allow = false) => html`<trust-trend series="Worry" ?allow-small-samples=${allow} show-uncertainty>
    <table>
      <thead><tr><th>Survey</th><th>Worry</th><th>n</th></tr></thead>
      <tbody>
        <tr><td>2021</td><td>50%</td><td>300</td></tr>
        <tr><td>2022</td><td>52%</td><td>280</td></tr>
        <tr><td>2023</td><td>61%</td><td>24</td></tr>
        <tr><td>2024</td><td>57%</td><td>310</td></tr>
      </tbody>
    </table>
  </trust-trend>`;

  it('leaves a gap in the line and the band, and names the wave as having too few answers', async () => {
    const el = await wide(smallWave());
    expect(shadow(el).querySelectorAll('path[part="point"]')).to.have.length(3);
    expect(shadow(el).querySelector('path[part="line"]')!.getAttribute('d')!.match(/M/g)).to.have.length(2);
    expect(shapes(bands(el)[0]!)).to.equal(2);
    expect(summary(el)).to.contain('; too few answers in 2023.');
    expect(summary(el)).to.not.contain('no data');
    expect(texts(shadow(el), '[part="caution"]').join(' ')).to.contain('“2023” (n = 24)');
  });

  it('skips the withheld wave with the keyboard', async () => {
    const el = await wide(smallWave());
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(live(el)).to.equal('2024, Worry: 57% ± 5.5. 3 of 3.');
  });

  it('shows the figure with allow-small-samples, with its wide Wilson range', async () => {
    const el = await wide(smallWave(true));
    expect(shadow(el).querySelectorAll('path[part="point"]')).to.have.length(4);
    expect(shapes(bands(el)[0]!)).to.equal(1);
    expect(summary(el)).to.not.contain('too few answers');
    expect(el.uncertainty.find((entry) => entry.label === '2023')!.method).to.equal('wilson');
  });

  it('writes "too few answers" at the line end of a measure with no figure left', async () => {
    const el = await wide(html`<trust-trend series="A | B"
      data='[{"label": "2022", "A": 40, "B": 30, "n B": 20}, {"label": "2024", "A": 45, "B": 35, "n B": 25}]'></trust-trend>`);
    expect(texts(shadow(el), 'text.end-value')).to.deep.equal(['45%', 'too few answers']);
    expect(summary(el)).to.contain('B: too few answers in 2022 and 2024.');
  });
});

describe('<trust-trend show-uncertainty> in forced colours (Windows high contrast)', () => {
  it('hatches each band (the other way for every second series) and edges it, so it stays visible without tints', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await wide(html`<trust-trend theme="nhs" show-uncertainty sample-size="1,000" series=${NAMES} data=${TRAINING}></trust-trend>`);
      const background = getComputedStyle(el).backgroundColor;
      const [first, second] = bands(el).map((band) => getComputedStyle(band));
      expect(first!.fill).to.match(/url\(.*#band-hatch"?\)/);
      expect(second!.fill).to.match(/url\(.*#band-hatch-alternate"?\)/);
      expect(Number(first!.fillOpacity)).to.equal(1);
      expect(first!.stroke).to.not.equal('none');
      expect(first!.stroke).to.not.equal(background);
      expect(first!.strokeDasharray).to.not.equal('none');
      // The patterns live in the same shadow root, and draw in the system text colour.
      expect(shadow(el).querySelector('pattern#band-hatch')).to.exist;
      expect(shadow(el).querySelector('pattern#band-hatch-alternate')).to.exist;
      const hatch = getComputedStyle(shadow(el).querySelector('pattern#band-hatch .hatch')!);
      const line = getComputedStyle(shadow(el).querySelector('path[part="line"]')!);
      expect(hatch.stroke).to.equal(line.stroke);
      expect(Number.parseFloat(hatch.strokeWidth)).to.be.greaterThan(0);
    } finally {
      await emulateMediaFeatures();
    }
  });
});

describe('<trust-trend show-uncertainty> axe and layout', () => {
  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme with bands, the data table open and its 95% range column`, async () => {
      const el = await wide(fiveWaves({ theme }));
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await settled(el);
      expect(texts(shadow(el), '#data-table thead th').join(' | ')).to.contain('95% range');
      await expect(el).to.be.accessible();
    });
  }

  for (const width of [320, 360]) {
    it(`at ${width} px no text overlaps text or a marker, and none leaves the chart`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${fiveWaves()}</div>`);
      const el = wrapper.querySelector('trust-trend') as TrustTrend;
      await settled(el);
      expect(bands(el)).to.have.length(2);
      const svg = shadow(el).querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const text = Array.from(svg.querySelectorAll('text'), (node, i) => ({ name: `text ${i}: ${node.textContent}`, rect: textBox(node) }));
      const markers = Array.from(svg.querySelectorAll('path[part="point"]'), (node, i) => ({ name: `marker ${i}`, rect: node.getBoundingClientRect() }));
      expect(overlaps(text), 'text on text').to.deep.equal([]);
      expect(
        text.flatMap((t) => overlaps([t, ...markers]).filter((pair) => pair.startsWith('text'))),
        'text on markers',
      ).to.deep.equal([]);
      for (const { name, rect } of text) {
        expect(rect.left, name).to.be.at.least(box.left - 1);
        expect(rect.right, name).to.be.at.most(box.right + 1);
      }
      for (const band of bands(el)) {
        const rect = band.getBoundingClientRect();
        expect(rect.top, 'band inside the chart').to.be.at.least(box.top);
        expect(rect.bottom, 'band inside the chart').to.be.at.most(box.bottom);
      }
      expect(el.scrollWidth).to.be.at.most(width);
    });
  }
});
