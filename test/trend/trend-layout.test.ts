import { expect } from '@open-wc/testing';
import { estimateTextWidth } from '../../src/core/layout/measure-text.js';
import { proportionInterval } from '../../src/core/stats/proportion-interval.js';
import { bandPath, LONE_BAND_WIDTH } from '../../src/trend/trend-band.js';
import { yDomain, yTicks } from '../../src/trend/trend-domain.js';
import { spreadLabels, thinLabels } from '../../src/trend/trend-labels.js';
import { trendLayout, type TrendLayoutInput } from '../../src/trend/trend-layout.js';
import { markerPath, SHAPES } from '../../src/trend/trend-markers.js';

const percent = (value: number) => `${value}%`;

/** BT research: NHS staff trained on new technologies (5% → 15%) and on both new and existing systems (47% → 39%). */
const training = (width: number, overrides: Partial<TrendLayoutInput> = {}): TrendLayoutInput => ({
  width,
  positions: [0, 1],
  labels: ['2022', '2024'],
  order: [0, 1],
  series: [
    { name: 'Trained on new technologies', values: [5, 15], lastText: '15%' },
    { name: 'Trained on both new and existing systems', values: [47, 39], lastText: '39%' },
  ],
  lower: 0,
  upper: 50,
  broken: false,
  tickText: percent,
  measure: estimateTextWidth,
  ...overrides,
});

describe('trend layout: the vertical axis (yDomain)', () => {
  it('starts percentages at zero and ends at the next round value above the largest, not at 100%', () => {
    expect(yDomain({ values: [5, 15, 47, 39], percent: true })).to.deep.equal({
      lower: 0,
      upper: 50,
      broken: false,
      yMinAboveData: false,
      yMaxBelowData: false,
      yMaxNotAboveMin: false,
      yMinAboveBand: false,
      yMaxBelowBand: false,
    });
    expect(yDomain({ values: [5, 62], percent: true }).upper).to.equal(70);
  });

  it('never runs a percentage axis past 100%', () => {
    expect(yDomain({ values: [95, 99], percent: true }).upper).to.equal(100);
  });

  it('starts counts at zero too', () => {
    expect(yDomain({ values: [12, 27], percent: false })).to.include({ lower: 0, upper: 30 });
  });

  it('goes below zero, to a round value, when numbers are negative', () => {
    expect(yDomain({ values: [-8, 10], percent: false })).to.include({ lower: -10, upper: 10, broken: false });
  });

  it('starts at y-min, and marks the axis as broken, when y-min is above zero', () => {
    expect(yDomain({ values: [35, 47], percent: true, yMin: 30 })).to.include({ lower: 30, upper: 50, broken: true });
    expect(yDomain({ values: [35, 47], percent: true, yMin: 0 })).to.include({ lower: 0, broken: false });
  });

  it('never crops data: a y-min above the smallest value is lowered to a round value below it', () => {
    expect(yDomain({ values: [35, 47], percent: true, yMin: 40 })).to.include({ lower: 34, broken: true, yMinAboveData: true });
  });

  it('never crops data: a y-max below the largest value is raised', () => {
    expect(yDomain({ values: [5, 47], percent: true, yMax: 40 })).to.include({ upper: 50, yMaxBelowData: true });
  });

  it('honours y-max above the data, including a full 0–100% scale', () => {
    expect(yDomain({ values: [5, 47], percent: true, yMax: 100 })).to.include({ lower: 0, upper: 100, yMaxBelowData: false });
  });

  it('ignores a y-max that is not above y-min', () => {
    expect(yDomain({ values: [35, 47], percent: true, yMin: 30, yMax: 20 })).to.include({ lower: 30, upper: 50, yMaxNotAboveMin: true });
  });

  it('gives an axis some height when every value is zero', () => {
    expect(yDomain({ values: [0, 0], percent: true })).to.include({ lower: 0, upper: 10 });
    expect(yDomain({ values: [], percent: false })).to.include({ lower: 0, upper: 1 });
  });
});

describe('trend layout: gridlines (yTicks)', () => {
  it('prefers a tick count whose last gridline is the top of the axis', () => {
    expect(yTicks(0, 50, 3)).to.deep.equal([0, 10, 20, 30, 40, 50]);
    expect(yTicks(30, 50, 3)).to.deep.equal([30, 35, 40, 45, 50]);
  });

  it('starts at the first round value above an uneven y-min', () => {
    expect(yTicks(33, 50, 3)).to.deep.equal([35, 40, 45, 50]);
  });
});

describe('trend layout: moving labels apart (spreadLabels)', () => {
  it('leaves labels that do not overlap where they are', () => {
    expect(
      spreadLabels(
        [
          { top: 10, height: 20 },
          { top: 100, height: 20 },
        ],
        0,
        1000,
        6,
      ),
    ).to.deep.equal([10, 100]);
  });

  it('pushes an overlapping label down below the one above it, with the gap between', () => {
    expect(
      spreadLabels(
        [
          { top: 100, height: 20 },
          { top: 110, height: 20 },
        ],
        0,
        1000,
        6,
      ),
    ).to.deep.equal([100, 126]);
  });

  it('pulls labels back up when they would pass the bottom', () => {
    expect(
      spreadLabels(
        [
          { top: 90, height: 20 },
          { top: 95, height: 20 },
        ],
        0,
        120,
        6,
      ),
    ).to.deep.equal([74, 100]);
  });

  it('answers in the order given, whatever order the labels sit in', () => {
    expect(
      spreadLabels(
        [
          { top: 200, height: 10 },
          { top: 195, height: 10 },
        ],
        0,
        1000,
        0,
      ),
    ).to.deep.equal([205, 195]);
  });

  it('never puts a label above the top; labels that cannot fit go below the bottom instead', () => {
    expect(
      spreadLabels(
        [
          { top: 0, height: 50 },
          { top: 0, height: 50 },
          { top: 0, height: 50 },
        ],
        0,
        100,
        6,
      ),
    ).to.deep.equal([0, 56, 112]);
  });
});

describe('trend layout: wave labels (thinLabels)', () => {
  const waves = (count: number, spacing: number) => Array.from({ length: count }, (_, i) => ({ row: i, text: `Wave ${i + 1}`, x: 50 + i * spacing }));

  it('keeps every label when they fit', () => {
    expect(thinLabels(waves(3, 100), estimateTextWidth, 1000).map((l) => l.text)).to.deep.equal(['Wave 1', 'Wave 2', 'Wave 3']);
  });

  it('keeps every second label when neighbours would touch, always keeping the last wave', () => {
    // Each label is 43.2 px wide; 40 px apart they touch. Every second one leaves Wave 5 and Wave 6 touching, so
    // Wave 6 (the latest) replaces Wave 5.
    expect(thinLabels(waves(6, 40), estimateTextWidth, 1000).map((l) => l.text)).to.deep.equal(['Wave 1', 'Wave 3', 'Wave 6']);
  });

  it('nudges labels at the edges inwards so they stay inside the chart', () => {
    const [first, last] = thinLabels(
      [
        { row: 0, text: 'Wave 1', x: 0 },
        { row: 1, text: 'Wave 2', x: 300 },
      ],
      estimateTextWidth,
      300,
    );
    expect(first!.x).to.be.closeTo(21.6, 0.01);
    expect(last!.x).to.be.closeTo(300 - 21.6, 0.01);
  });

  it('keeps only the latest wave when not even two labels fit', () => {
    const labels = [
      { row: 0, text: 'x'.repeat(28), x: 0 },
      { row: 1, text: 'y'.repeat(28), x: 100 },
    ];
    expect(thinLabels(labels, estimateTextWidth, 300).map((l) => l.row)).to.deep.equal([1]);
  });
});

describe('trend layout: markers (markerPath)', () => {
  it('draws a different closed shape for each of the six series, each within 8 px of its centre', () => {
    const paths = SHAPES.map((shape) => markerPath(shape, 100, 50));
    expect(new Set(paths).size).to.equal(6);
    for (const [i, path] of paths.entries()) {
      expect(path.endsWith('Z'), SHAPES[i]).to.equal(true);
      const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const coordinates = SHAPES[i] === 'circle' ? [numbers[0]!, numbers[1]!, numbers[7]!, numbers[8]!] : numbers;
      for (let n = 0; n < coordinates.length; n += 2) {
        expect(Math.abs(coordinates[n]! - 100), `${SHAPES[i]} x`).to.be.at.most(8);
        expect(Math.abs(coordinates[n + 1]! - 50), `${SHAPES[i]} y`).to.be.at.most(8);
      }
    }
  });

  it('starts series 1 with a circle, then square, triangle and diamond', () => {
    expect(SHAPES.slice(0, 4)).to.deep.equal(['circle', 'square', 'triangle', 'diamond']);
    expect(markerPath('circle', 5, 10)).to.equal('M0,10A5,5 0 1,0 10,10A5,5 0 1,0 0,10Z');
  });
});

describe('trend layout: geometry (trendLayout)', () => {
  it('lays out the 2022 and 2024 training figures at 600 px with names at the line ends', () => {
    const g = trendLayout(training(600));
    expect(g.mode).to.equal('end-labels');
    expect(g.key).to.deep.equal([]);
    // "50%" is 21.6 px wide at 12 px, plus a 6 px gap. The widest name line, "Trained on both new and" (179.4 px), and
    // an 8 px gap sit to the right of the gridlines.
    expect(g.plot).to.deep.equal({ left: 28, right: 412.6, top: 10, bottom: 262 });
    expect(g.grid.map((line) => line.label.text)).to.deep.equal(['0%', '10%', '20%', '30%', '40%', '50%']);
    expect(g.grid[5]!.y).to.equal(10);
    // Waves sit 16 px in from the left end of the gridlines and 10 px in from the right end.
    const [newTech, both] = g.series;
    expect(newTech!.points.map(({ x, y }) => [x, y])).to.deep.equal([
      [44, 236.8],
      [402.6, 186.4],
    ]);
    expect(newTech!.path).to.equal('M44,236.8L402.6,186.4');
    expect(both!.points.map(({ y }) => y)).to.deep.equal([25.12, 65.44]);
    expect(newTech!.label.value).to.deep.equal({ text: '15%', x: 420.6, y: 191.3, anchor: 'start' });
    expect(newTech!.label.name.map((line) => line.text)).to.deep.equal(['Trained on new', 'technologies']);
    expect(both!.label.name.map((line) => line.text)).to.deep.equal(['Trained on both new and', 'existing systems']);
    expect(newTech!.label.leader).to.equal(undefined);
    expect(newTech!.label.icon).to.equal(undefined);
    expect(g.xLabels).to.deep.equal([
      { row: 0, text: '2022', x: 44, y: 284 },
      { row: 1, text: '2024', x: 402.6, y: 284 },
    ]);
    expect(g.height).to.equal(288);
    expect(g.axisBreak).to.equal(undefined);
  });

  it('gives each series its own marker shape', () => {
    const g = trendLayout(training(600));
    expect(g.series.map((s) => s.shape)).to.deep.equal(['circle', 'square']);
    expect(g.series[1]!.points[0]!.marker).to.equal(markerPath('square', 44, 25.12));
  });

  it('moves the names into a key above the plot at 288 px, where they would need more than 3 lines', () => {
    const g = trendLayout(training(288));
    expect(g.mode).to.equal('key');
    expect(g.key.map((item) => item.lines.map((line) => line.text))).to.deep.equal([
      ['Trained on new technologies'],
      ['Trained on both new and existing', 'systems'],
    ]);
    // The second item does not fit beside the first, so it starts a second row.
    expect(g.key[1]!.swatch).to.deep.equal({ x1: 0, x2: 24, y: 30 });
    expect(g.plot.top).to.equal(76);
    expect(g.series.every((s) => s.label.name.length === 0)).to.equal(true);
    expect(g.series.map((s) => s.label.value.text)).to.deep.equal(['15%', '39%']);
  });

  it('breaks the line at a wave without a figure instead of joining across it', () => {
    const g = trendLayout({
      ...training(600),
      positions: [0, 1 / 3, 2 / 3, 1],
      labels: ['2021', '2022', '2023', '2024'],
      order: [0, 1, 2, 3],
      series: [{ name: 'Trained on new technologies', values: [4, 5, null, 15], lastText: '15%' }],
    });
    const [series] = g.series;
    expect(series!.points.map((p) => p.row)).to.deep.equal([0, 1, 3]);
    expect(series!.path.match(/M/g)).to.have.length(2);
    expect(series!.path).to.match(/^M[\d.,]+L[\d.,]+M[\d.,]+Z$/);
  });

  it('joins a leader line to a label that had to move away from its point', () => {
    const g = trendLayout({
      ...training(800),
      series: [
        { name: 'Worry about attacks', values: [49, 57], lastText: '57%' },
        { name: 'Concerned about disruption', values: [55, 58], lastText: '58%' },
      ],
      upper: 60,
    });
    expect(g.mode).to.equal('end-labels');
    const [worry, disruption] = g.series;
    expect(disruption!.label.leader, 'upper label stays').to.equal(undefined);
    expect(worry!.label.leader, 'lower label moves down').to.not.equal(undefined);
    expect(worry!.label.icon).to.equal(markerPath('circle', worry!.label.value.x - 16 + 6, worry!.label.leader!.y2, 5 * 0.85));
    expect(worry!.label.top).to.be.at.least(disruption!.label.bottom + 6);
  });

  it('uses a key when crowded lines would push a name more than 40 px from its line', () => {
    const g = trendLayout({
      ...training(1000),
      series: ['Worry about attacks', 'Concerned about disruption', 'Concerned about data exposure', 'Training a priority'].map((name, i) => ({
        name,
        values: [50, 57 - i],
        lastText: `${57 - i}%`,
      })),
      upper: 60,
    });
    expect(g.mode).to.equal('key');
    expect(g.key).to.have.length(4);
    expect(
      g.key.every((item) => item.swatch.y === 8),
      'one row',
    ).to.equal(true);
  });

  it('shows only the value at the end of a single unnamed series', () => {
    const g = trendLayout({ ...training(600), series: [{ name: undefined, values: [12, 27], lastText: '27' }], tickText: String, upper: 30 });
    expect(g.mode).to.equal('end-labels');
    expect(g.series[0]!.label.name).to.deep.equal([]);
    expect(g.series[0]!.label.value.text).to.equal('27');
  });

  it('draws the axis-break mark at the bottom-left of the plot and moves the first wave clear of it', () => {
    const g = trendLayout({ ...training(600), lower: 30, upper: 50, broken: true, series: [{ name: 'Worry', values: [35, 47], lastText: '47%' }] });
    expect(g.axisBreak!.gap).to.deep.equal({ x: g.plot.left + 4, y: g.plot.bottom - 7, width: 7, height: 14 });
    expect(g.series[0]!.points[0]!.x).to.equal(g.plot.left + 24);
    expect(g.grid[0]!.label.text).to.equal('30%');
    expect(g.grid[0]!.y).to.equal(g.plot.bottom);
  });

  it('draws a zero line when the axis runs below zero', () => {
    const g = trendLayout({ ...training(600), lower: -10, upper: 10, tickText: String, series: [{ name: undefined, values: [-8, 10], lastText: '10' }] });
    expect(g.zero!.y).to.be.closeTo((g.plot.top + g.plot.bottom) / 2, 0.01);
  });

  it('thins the wave labels at 288 px so that none overlap', () => {
    const labels = ['Wave 1', 'Wave 2', 'Wave 3', 'Wave 4', 'Wave 5', 'Wave 6'];
    const g = trendLayout({
      ...training(288),
      positions: labels.map((_, i) => i / 5),
      labels,
      order: labels.map((_, i) => i),
      series: [{ name: undefined, values: [52, 55, 54, 58, 56, 57], lastText: '57%' }],
      upper: 60,
    });
    expect(g.waveTicks).to.have.length(6);
    const shown = g.xLabels.map((l) => l.text);
    expect(shown[0]).to.equal('Wave 1');
    expect(shown[shown.length - 1]).to.equal('Wave 6');
    expect(shown.length).to.be.below(6);
  });
});

describe('trend layout: margins of error (show-uncertainty)', () => {
  /** 50% of 1,000 people: 1.96 × √(0.5 × 0.5 / 1,000) = ± 3.099 points, so 46.90–53.10. */
  const half = proportionInterval(50, 1000)!;
  /** 15% of 1,000: ± 2.213, so 12.79–17.21. */
  const fifteen = proportionInterval(15, 1000)!;

  it('works from the usual 95% intervals: 50% of 1,000 is 46.90–53.10, 15% of 1,000 is 12.79–17.21', () => {
    expect(half.low).to.be.closeTo(46.9, 0.005);
    expect(half.high).to.be.closeTo(53.1, 0.005);
    expect(fifteen.low).to.be.closeTo(12.79, 0.005);
    expect(fifteen.high).to.be.closeTo(17.21, 0.005);
  });

  it('shades from each wave’s high to its low, joined wave to wave: along the tops, then back along the bottoms', () => {
    // The training layout at 600 px: plot from y = 10 (60%) to y = 262 (0%), so y = 262 − 4.2 × value; waves at
    // x = 44 and x = 402.6. 53.10% → 38.98, 46.90% → 65.02; 17.21% → 189.70, 12.79% → 208.30.
    const g = trendLayout({
      ...training(600),
      upper: 60,
      series: [
        { name: 'Trained on new technologies', values: [50, 15], lastText: '15%', intervals: [half, fifteen] },
        { name: 'Trained on both new and existing systems', values: [47, 39], lastText: '39%' },
      ],
    });
    expect(g.plot).to.include({ top: 10, bottom: 262 });
    expect(g.series[0]!.points.map(({ x }) => x)).to.deep.equal([44, 402.6]);
    expect(g.series[0]!.band).to.equal('M44,38.98L402.6,189.7L402.6,208.3L44,65.02Z');
    expect(g.series[1]!.band, 'no intervals, no band').to.equal('');
  });

  it('breaks the band at a wave without a figure, exactly like the line, and at a wave without a sample size', () => {
    const g = trendLayout({
      ...training(600),
      positions: [0, 0.25, 0.5, 0.75, 1],
      labels: ['2020', '2021', '2022', '2023', '2024'],
      order: [0, 1, 2, 3, 4],
      upper: 60,
      series: [
        // 2022 has no figure; 2024 has a figure but no known sample size.
        { name: 'Worry', values: [50, 50, null, 50, 50], lastText: '50%', intervals: [half, half, null, half, undefined] },
      ],
    });
    const [worry] = g.series;
    expect(worry!.path.match(/M/g), 'line: 2020–2021 and 2023–2024').to.have.length(2);
    const shapes = worry!.band.split('Z').filter(Boolean);
    expect(shapes, 'band: 2020–2021, then 2023 alone').to.have.length(2);
    const [x2020, x2021, x2023] = [worry!.points[0]!.x, worry!.points[1]!.x, worry!.points[2]!.x];
    expect(shapes[0]).to.equal(`M${x2020},38.98L${x2021},38.98L${x2021},65.02L${x2020},65.02`);
    // A wave alone between gaps gets a short bar around its marker, so its interval is still drawn.
    const h = LONE_BAND_WIDTH / 2;
    expect(shapes[1]).to.equal(`M${x2023 - h},38.98L${x2023 + h},38.98L${x2023 + h},65.02L${x2023 - h},65.02`);
  });

  it('bandPath: one closed shape per run of neighbouring points, nothing for an empty run', () => {
    expect(bandPath([null, null])).to.equal('');
    expect(bandPath([{ x: 0, high: 10, low: 20 }, { x: 10, high: 12, low: 18 }, null, { x: 30, high: 5, low: 15 }, { x: 40, high: 6, low: 16 }])).to.equal(
      'M0,10L10,12L10,18L0,20ZM30,5L40,6L40,16L30,15Z',
    );
    expect(bandPath([{ x: 50, high: 10, low: 20 }], 10)).to.equal('M45,10L55,10L55,20L45,20Z');
  });

  it('stretches the axis to the top of every band: a 19% whose interval reaches 26.7% gets an axis to 30%, not 20%', () => {
    const interval = proportionInterval(19, 100)!;
    expect(interval.high).to.be.closeTo(26.69, 0.01);
    expect(yDomain({ values: [18, 19], percent: true }).upper).to.equal(20);
    expect(yDomain({ values: [18, 19], percent: true, reach: [interval.low, interval.high] })).to.include({ lower: 0, upper: 30, yMaxBelowBand: false });
  });

  it('keeps a percentage axis within 0–100% however far a band reaches', () => {
    expect(yDomain({ values: [96, 98], percent: true, reach: [93, 100.4] }).upper).to.equal(100);
    expect(yDomain({ values: [2, 3], percent: true, yMin: 1, reach: [-0.5, 6] })).to.include({ lower: 0 });
  });

  it('never crops a band: a y-min above its low end or a y-max below its high end is overruled, and reported as such', () => {
    const low = yDomain({ values: [52, 57], percent: true, yMin: 50, reach: [48.9, 60.1] });
    expect(low).to.include({ yMinAboveData: false, yMinAboveBand: true, broken: true });
    expect(low.lower).to.be.at.most(48.9);
    const high = yDomain({ values: [52, 57], percent: true, yMax: 60, reach: [48.9, 60.1] });
    expect(high).to.include({ yMaxBelowData: false, yMaxBelowBand: true });
    expect(high.upper).to.be.at.least(60.1);
    // A limit that cuts the data itself is reported as cutting the data.
    expect(yDomain({ values: [52, 57], percent: true, yMin: 55, reach: [48.9, 60.1] })).to.include({ yMinAboveData: true, yMinAboveBand: false });
  });
});
