import { expect } from '@open-wc/testing';
import { estimateTextWidth } from '../../src/core/layout/measure-text.js';
import { TICK_STYLE } from '../../src/core/layout/axis-ticks.js';
import { BAND_HEIGHT, MAX_RANGES_WIDTH, rangesLayout, type RangeItem } from '../../src/stat/stat-ranges.js';

const tickText = (value: number) => `${value}%`;
const layout = (items: RangeItem[], width = 300) => rangesLayout({ items, width, measure: estimateTextWidth, tickText });
// 40% ± 6.79 (200 people) in 2022, 43% ± 6.86 (200 people) now.
const previous: RangeItem = { kind: 'previous', text: '2022: 40% ± 6.8', value: 40, low: 33.21, high: 46.79 };
const current: RangeItem = { kind: 'current', text: 'Latest: 43% ± 6.9', value: 43, low: 36.14, high: 49.86 };

describe('rangesLayout: the show-uncertainty strip of <trust-stat>', () => {
  it('zooms the scale to the intervals, rounded to tick values at both ends', () => {
    const g = layout([previous, current]);
    expect(g.domain[0]).to.be.at.most(33.21);
    expect(g.domain[1]).to.be.at.least(49.86);
    // Rounded: 30% to 55% for four ticks in 300 px.
    expect(g.domain).to.deep.equal([30, 55]);
    expect(g.ticks[0]!.text).to.equal('30%');
    expect(g.ticks.at(-1)!.text).to.equal('55%');
  });

  it("puts each band between its interval's ends and the point at the figure", () => {
    const g = layout([previous, current]);
    const [from, to] = g.axis.x1 < g.axis.x2 ? [g.axis.x1, g.axis.x2] : [g.axis.x2, g.axis.x1];
    const x = (value: number) => from + ((value - g.domain[0]) / (g.domain[1] - g.domain[0])) * (to - from);
    const [before, now] = g.rows;
    expect(before!.band.x).to.be.closeTo(x(33.21), 1e-9);
    expect(before!.band.x + before!.band.width).to.be.closeTo(x(46.79), 1e-9);
    expect(before!.point.x).to.be.closeTo(x(40), 1e-9);
    expect(now!.point.x).to.be.closeTo(x(43), 1e-9);
    expect(before!.band.height).to.equal(BAND_HEIGHT);
    expect(before!.point.y).to.equal(before!.band.y + BAND_HEIGHT / 2);
  });

  it('writes each label on its own line above its band, the earlier figure first', () => {
    const g = layout([previous, current]);
    const [before, now] = g.rows;
    expect(g.rows.map((row) => [row.kind, row.label.text])).to.deep.equal([
      ['previous', '2022: 40% ± 6.8'],
      ['current', 'Latest: 43% ± 6.9'],
    ]);
    expect(before!.label.y).to.be.below(before!.band.y);
    expect(before!.band.y + BAND_HEIGHT).to.be.below(now!.label.y - 14);
    expect(now!.band.y + BAND_HEIGHT).to.be.at.most(g.axis.y);
    expect(g.height).to.be.at.least(g.ticks[0]!.y);
  });

  it('never goes below 0% or above 100%, for Wilson ranges near the ends', () => {
    const g = layout([{ kind: 'current', text: '1% (0.2–5.4)', value: 1, low: 0.18, high: 5.45 }]);
    expect(g.domain[0]).to.equal(0);
    const top = layout([{ kind: 'current', text: '99% (94.6–99.8)', value: 99, low: 94.55, high: 99.82 }]);
    expect(top.domain[1]).to.equal(100);
  });

  it('is at most 420 px wide, and keeps tick labels apart and inside at 288 px', () => {
    expect(layout([previous, current], 960).width).to.equal(MAX_RANGES_WIDTH);
    const g = layout([previous, current], 288);
    const boxes = g.ticks.map((tick) => {
      const w = estimateTextWidth(tick.text, TICK_STYLE);
      const left = tick.anchor === 'start' ? tick.x : tick.anchor === 'end' ? tick.x - w : tick.x - w / 2;
      return [left, left + w] as const;
    });
    boxes.forEach(([left, right], i) => {
      expect(left).to.be.at.least(0);
      expect(right).to.be.at.most(288);
      if (i > 0) expect(left).to.be.at.least(boxes[i - 1]![1]);
    });
  });
});
