import { expect } from '@open-wc/testing';
import { barsLayout, type BarsGeometry, type BarsLayoutInput } from '../../src/bars/bars-layout.js';
import type { DataRow } from '../../src/core/data/model.js';
import { createValueFormatter } from '../../src/core/format/number.js';
import type { Unit } from '../../src/core/format/units.js';
import { messagesFor } from '../../src/core/i18n/messages.js';
import { TICK_STYLE } from '../../src/core/layout/axis-ticks.js';
import { estimateTextWidth } from '../../src/core/layout/measure-text.js';
import { STACK_BELOW } from '../../src/core/layout/row-labels.js';

/*
 * Hand computations use the fixed-width estimate: 0.6 em a character, so 8.4 px a character for labels and values
 * (14 px) and 7.2 px for ticks and the target label (12 px). Beside the labels the plot starts 12 px after the widest
 * label (at most 38% of the width); 6 px plus the widest value label are kept free at the right.
 */
const EPSILON = 1e-9;

const row = (label: string, ...values: (number | null)[]): DataRow => ({ label, values, qualifiers: values.map(() => undefined) });

type Overrides = Partial<BarsLayoutInput> & { readonly rows: readonly DataRow[] };

/** A percent chart at 640 px, writing values as "57%" and "no data". */
function layout(overrides: Overrides): BarsGeometry {
  const { rows } = overrides;
  return barsLayout({
    seriesCount: 1,
    width: 640,
    max: undefined,
    percent: true,
    target: undefined,
    targetText: undefined,
    highlight: undefined,
    valueText: (r, s) => {
      const value = rows[r]?.values[s];
      return value === null || value === undefined ? 'no data' : `${value}%`;
    },
    tickText: (value) => `${value}%`,
    measure: estimateTextWidth,
    ...overrides,
  });
}

const PUBLIC_CONCERN = [row('Worried', 57), row('Disruption', 60), row('Data exposure', 56), row('Training', 55)];
// Widest label "Data exposure": 13 × 8.4 = 109.2 px, so the plot runs from 121.2 to 640 − (3 × 8.4 + 6) = 608.8.
const PLOT_LEFT = 121.2;
const PLOT_RIGHT = 608.8;
const PLOT_WIDTH = PLOT_RIGHT - PLOT_LEFT; // 487.6

/** Left and right edge of each tick label, from its anchor. */
function tickExtents(g: BarsGeometry): [number, number][] {
  return g.ticks.map((tick) => {
    const w = estimateTextWidth(tick.text, TICK_STYLE);
    const from = tick.anchor === 'start' ? tick.x : tick.anchor === 'end' ? tick.x - w : tick.x - w / 2;
    return [from, from + w];
  });
}

describe('barsLayout', () => {
  describe('horizontal scale', () => {
    it('starts every positive bar at the zero line, just after the widest label', () => {
      const g = layout({ rows: PUBLIC_CONCERN });
      expect(g.stacked).to.equal(false);
      expect(g.zeroX).to.be.closeTo(PLOT_LEFT, EPSILON);
      for (const bar of g.bars) expect(bar.x).to.equal(g.zeroX);
    });

    it('draws 57, 60, 56 and 55 per cent in proportion to a 0–100 axis', () => {
      const g = layout({ rows: PUBLIC_CONCERN });
      const widths = g.bars.map((bar) => bar.width);
      expect(widths[0]).to.be.closeTo(0.57 * PLOT_WIDTH, EPSILON); // 277.932
      expect(widths[1]).to.be.closeTo(0.6 * PLOT_WIDTH, EPSILON); // 292.56
      expect(widths[2]).to.be.closeTo(0.56 * PLOT_WIDTH, EPSILON); // 273.056
      expect(widths[3]).to.be.closeTo(0.55 * PLOT_WIDTH, EPSILON); // 268.18
    });

    it('runs a percent axis to 100: ticks every 20 from 0% to 100%, with 100% at the plot’s right edge', () => {
      const g = layout({ rows: PUBLIC_CONCERN });
      expect(g.ticks.map((tick) => tick.text)).to.deep.equal(['0%', '20%', '40%', '60%', '80%', '100%']);
      expect(g.ticks[0]!.x).to.be.closeTo(PLOT_LEFT, EPSILON);
      expect(g.ticks[5]!.x).to.be.closeTo(PLOT_RIGHT, EPSILON);
      expect(g.ticks.every((tick) => tick.anchor === 'middle')).to.equal(true);
    });

    it('uses a given max instead of 100: 57 on a 0–80 axis fills 57/80 of the plot', () => {
      const g = layout({ rows: PUBLIC_CONCERN, max: 80 });
      expect(g.bars[0]!.width).to.be.closeTo((57 / 80) * PLOT_WIDTH, EPSILON); // 347.415
      expect(Math.max(...g.ticks.map((tick) => Number.parseFloat(tick.text)))).to.be.at.most(80);
    });

    it('extends an axis whose max is below the data, so the largest bar (60) fills the plot', () => {
      const g = layout({ rows: PUBLIC_CONCERN, max: 50 });
      expect(g.bars[1]!.width).to.be.closeTo(PLOT_WIDTH, EPSILON);
      expect(g.bars[1]!.x + g.bars[1]!.width).to.be.closeTo(PLOT_RIGHT, EPSILON);
      expect(g.bars[0]!.width).to.be.closeTo((57 / 60) * PLOT_WIDTH, EPSILON);
    });

    it('rounds a count axis up to a nice number: 24 and 108 trusts on a 0–110 axis', () => {
      const rows = [row('No security pro', 24), row('Answered', 108)];
      const g = layout({ rows, percent: false, valueText: (r) => String(rows[r]!.values[0]), tickText: String });
      // Label 15 × 8.4 = 126 → plot 138 … 608.8 (value "108": 25.2 + 6).
      const plotWidth = 608.8 - 138;
      expect(g.zeroX).to.be.closeTo(138, EPSILON);
      expect(g.bars[0]!.width).to.be.closeTo((24 / 110) * plotWidth, EPSILON); // 102.72
      expect(g.bars[1]!.width).to.be.closeTo((108 / 110) * plotWidth, EPSILON); // 462.24
    });

    it('writes each value label 6 px after the end of its bar, vertically centred', () => {
      const g = layout({ rows: PUBLIC_CONCERN });
      const bar = g.bars[0]!;
      expect(bar.label).to.deep.include({ text: '57%', anchor: 'start' });
      expect(bar.label.x).to.be.closeTo(PLOT_LEFT + 0.57 * PLOT_WIDTH + 6, EPSILON);
      expect(bar.label.y).to.be.closeTo(bar.y + bar.height / 2 + 14 * 0.35, EPSILON);
      for (const b of g.bars) expect(b.label.x + estimateTextWidth(b.label.text, { size: 14 })).to.be.at.most(640 + EPSILON);
    });
  });

  describe('vertical layout', () => {
    it('gives each single-series row a 24 px bar with 14 px between rows', () => {
      const g = layout({ rows: PUBLIC_CONCERN });
      expect(g.bars.map((bar) => bar.y)).to.deep.equal([4, 42, 80, 118]);
      expect(g.bars.every((bar) => bar.height === 24)).to.equal(true);
      expect(g.labels.map((lines) => lines.map((line) => [line.text, line.x, line.y]))).to.deep.equal([
        [['Worried', 0, 21]],
        [['Disruption', 0, 59]],
        [['Data exposure', 0, 97]],
        [['Training', 0, 135]],
      ]);
      expect(g.plotTop).to.equal(4);
      expect(g.plotBottom).to.equal(146);
      expect(g.height).to.equal(168);
    });

    it('wraps a long label within 38% of the width and keeps rows from overlapping', () => {
      const rows = [row('Frontline NHS staff calling for more training in new technologies', 60), row('Worried', 57)];
      const g = layout({ rows });
      const first = g.labels[0]!;
      expect(first.length).to.be.greaterThan(1);
      for (const line of first) expect(estimateTextWidth(line.text, { size: 14 })).to.be.at.most(640 * 0.38);
      expect(first.map((line) => line.text).join(' ')).to.equal('Frontline NHS staff calling for more training in new technologies');
      const lastBaseline = first[first.length - 1]!.y;
      expect(g.labels[1]![0]!.y - 14).to.be.greaterThan(lastBaseline);
      expect(g.bars[1]!.y).to.be.greaterThan(g.bars[0]!.y + g.bars[0]!.height);
    });

    it('keeps every bar between plotTop and plotBottom', () => {
      const g = layout({ rows: PUBLIC_CONCERN, target: 95, targetText: 'Target: 95%' });
      for (const bar of g.bars) {
        expect(bar.y).to.be.at.least(g.plotTop);
        expect(bar.y + bar.height).to.be.at.most(g.plotBottom);
      }
    });
  });

  describe('narrow containers', () => {
    const FULL_LABELS = [
      row('Worried about cyber-attacks on the NHS', 57),
      row('Concerned attacks could disrupt critical systems', 60),
      row('Concerned about patient data exposure', 56),
      row('Training staff in new technologies is a priority', 55),
    ];

    it(`puts labels above their bars below ${STACK_BELOW} px, starting at x = 0`, () => {
      const g = layout({ rows: FULL_LABELS, width: 320 });
      expect(g.stacked).to.equal(true);
      expect(g.zeroX).to.equal(0);
      for (const lines of g.labels) for (const line of lines) expect(line.x).to.equal(0);
      expect(g.bars.map((bar) => bar.x)).to.deep.equal([0, 0, 0, 0]);
      // Plot 0 … 320 − 31.2 = 288.8.
      expect(g.bars[0]!.width).to.be.closeTo(0.57 * 288.8, EPSILON);
    });

    it('wraps labels to the full width and places each bar under its label', () => {
      const g = layout({ rows: FULL_LABELS, width: 320 });
      expect(g.labels.map((lines) => lines.map((line) => line.text))).to.deep.equal([
        ['Worried about cyber-attacks on the NHS'],
        ['Concerned attacks could disrupt', 'critical systems'],
        ['Concerned about patient data exposure'],
        ['Training staff in new technologies is', 'a priority'],
      ]);
      expect(g.bars.map((bar) => bar.y)).to.deep.equal([26, 104, 164, 242]);
      g.labels.forEach((lines, r) => {
        const bar = g.bars[r]!;
        expect(lines[lines.length - 1]!.y, `label of row ${r} ends above its bar`).to.be.at.most(bar.y);
        const next = g.labels[r + 1];
        if (next) expect(next[0]!.y - 14, `row ${r + 1} starts below bar ${r}`).to.be.at.least(bar.y + bar.height);
      });
    });

    it('stays beside the bars at exactly 480 px', () => {
      expect(layout({ rows: FULL_LABELS, width: STACK_BELOW }).stacked).to.equal(false);
      expect(layout({ rows: FULL_LABELS, width: STACK_BELOW - 1 }).stacked).to.equal(true);
    });

    it('picks 0%, 50% and 100% at 320 px, the first anchored at its start so it stays inside', () => {
      const g = layout({ rows: FULL_LABELS, width: 320 });
      expect(g.ticks.map((tick) => [tick.text, tick.anchor])).to.deep.equal([
        ['0%', 'start'],
        ['50%', 'middle'],
        ['100%', 'middle'],
      ]);
      const xs = g.ticks.map((tick) => tick.x);
      expect(xs[0]).to.equal(0);
      expect(xs[1]).to.be.closeTo(144.4, EPSILON);
      expect(xs[2]).to.be.closeTo(288.8, EPSILON);
    });
  });

  describe('tick labels', () => {
    const en = messagesFor('en-GB');
    const cases: { unit: Unit; rows: DataRow[] }[] = [
      { unit: 'percent', rows: [row('Worried about cyber-attacks on the NHS', 57), row('Staff who think measures are sufficient', 36)] },
      { unit: 'currency', rows: [row('WannaCry cost', 92_000_000), row('Extra government cyber funding', 150_000_000)] },
      { unit: 'count', rows: [row('NHS employees', 1_700_000), row('Staff at the largest trust', 16_000)] },
      { unit: 'ratio', rows: [row('Employees per security professional', 2582)] },
      { unit: 'number', rows: [row('Trained on new technologies', 10), row('Trained on both systems', -8)] },
    ];
    for (const { unit, rows } of cases) {
      it(`never overlap or leave the chart for ${unit} values, from 320 px to 1200 px`, () => {
        const formatted = createValueFormatter({ unit, locale: 'en-GB', currency: 'GBP', notation: 'auto', messages: en });
        if (!formatted.ok) throw new Error('formatter');
        const format = formatted.value;
        for (let width = 320; width <= 1200; width += 40) {
          const g = layout({
            rows,
            width,
            percent: unit === 'percent',
            valueText: (r, s) => format(rows[r]!.values[s]!),
            tickText: (value) => format(value),
          });
          expect(g.ticks.length, `ticks at ${width}`).to.be.at.least(2);
          const extents = tickExtents(g);
          extents.forEach(([from, to], i) => {
            expect(from, `${g.ticks[i]!.text} at ${width}`).to.be.at.least(-EPSILON);
            expect(to, `${g.ticks[i]!.text} at ${width}`).to.be.at.most(width + EPSILON);
            if (i > 0) expect(from, `${g.ticks[i]!.text} after ${g.ticks[i - 1]!.text} at ${width}`).to.be.at.least(extents[i - 1]![1]);
          });
        }
      });
    }

    it('places ticks 18 px below the plot', () => {
      const g = layout({ rows: PUBLIC_CONCERN });
      for (const tick of g.ticks) expect(tick.y).to.equal(g.plotBottom + 18);
    });
  });

  describe('target line', () => {
    it('draws a 95% target at 95% of the plot, its label centred above the bars', () => {
      const g = layout({ rows: PUBLIC_CONCERN, target: 95, targetText: 'Target: 95%' });
      expect(g.target?.x).to.be.closeTo(PLOT_LEFT + 0.95 * PLOT_WIDTH, EPSILON); // 584.42
      expect(g.target?.label).to.deep.include({ text: 'Target: 95%', anchor: 'middle', y: 12 });
      expect(g.plotTop).to.equal(22);
      expect(g.bars[0]!.y).to.equal(22);
    });

    it('anchors the label at its end when centring would leave the chart', () => {
      const g = layout({ rows: PUBLIC_CONCERN, target: 100, targetText: 'Target: 100%' });
      expect(g.target?.x).to.be.closeTo(PLOT_RIGHT, EPSILON);
      expect(g.target?.label.anchor).to.equal('end');
    });

    it('extends a count axis to reach the target (24 with a target of 95 → 0–100)', () => {
      const rows = [row('A', 24)];
      const g = layout({ rows, percent: false, target: 95, targetText: 'Target: 95', valueText: () => '24', tickText: String });
      // Label "A" 8.4 → plot 20.4 … 640 − (16.8 + 6) = 617.2.
      expect(g.target?.x).to.be.closeTo(20.4 + 0.95 * 596.8, EPSILON);
      expect(g.bars[0]!.width).to.be.closeTo(0.24 * 596.8, EPSILON);
    });

    it('has no target without target text, and none without a target', () => {
      expect(layout({ rows: PUBLIC_CONCERN, target: 95 }).target).to.equal(undefined);
      expect(layout({ rows: PUBLIC_CONCERN }).target).to.equal(undefined);
    });
  });

  describe('negative values', () => {
    const rows = [row('New tech', 10), row('Both systems', -8)];
    const signed = (r: number) => {
      const value = rows[r]!.values[0]!;
      return value > 0 ? `+${value}` : String(value);
    };
    // Labels 12 × 8.4 = 100.8; room for "+10" (31.2) on both sides → plot 144 … 608.8 over the domain −8 … 10.
    const g = () => layout({ rows, percent: false, valueText: signed, tickText: String });
    const zero = 144 + (8 / 18) * 464.8;

    it('puts the zero line at 8/18 of the plot for a −8 … 10 axis', () => {
      expect(g().zeroX).to.be.closeTo(zero, EPSILON); // 350.58
    });

    it('grows a negative bar left from zero, with its label anchored at its end', () => {
      const bar = g().bars[1]!;
      expect(bar.x).to.be.closeTo(144, EPSILON);
      expect(bar.width).to.be.closeTo((8 / 18) * 464.8, EPSILON);
      expect(bar.x + bar.width).to.be.closeTo(zero, EPSILON);
      expect(bar.label).to.deep.include({ text: '-8', anchor: 'end' });
      expect(bar.label.x).to.be.closeTo(138, EPSILON);
    });

    it('keeps a negative value label clear of the row labels', () => {
      const bar = g().bars[1]!;
      expect(bar.label.x - estimateTextWidth(bar.label.text, { size: 14 })).to.be.at.least(100.8);
    });

    it('grows a positive bar right from zero', () => {
      const bar = g().bars[0]!;
      expect(bar.x).to.be.closeTo(zero, EPSILON);
      expect(bar.width).to.be.closeTo((10 / 18) * 464.8, EPSILON);
      expect(bar.label).to.deep.include({ text: '+10', anchor: 'start' });
      expect(bar.label.x).to.be.closeTo(608.8 + 6, EPSILON);
    });
  });

  describe('grouped bars', () => {
    const rows = [row('New tech', 5, 15), row('Both systems', 47, 39)];
    const g = () => layout({ rows, seriesCount: 2 });

    it('stacks two 18 px bars 3 px apart within each row', () => {
      const bars = g().bars;
      expect(bars.map((bar) => [bar.row, bar.series, bar.y, bar.height])).to.deep.equal([
        [0, 0, 4, 18],
        [0, 1, 25, 18],
        [1, 0, 57, 18],
        [1, 1, 78, 18],
      ]);
    });

    it('never overlaps bars within or between rows', () => {
      const bars = g().bars;
      for (let i = 1; i < bars.length; i++) expect(bars[i]!.y).to.be.at.least(bars[i - 1]!.y + bars[i - 1]!.height);
    });

    it('centres the label on the group', () => {
      // Group 18 + 3 + 18 = 39 px; a one-line label (18 px) starts 10.5 px down, baseline 14 px lower.
      expect(g().labels[0]![0]!.y).to.equal(4 + 10.5 + 14);
    });

    it('scales every series on the same axis', () => {
      const bars = g().bars;
      expect(bars[3]!.width / bars[2]!.width).to.be.closeTo(39 / 47, EPSILON);
      expect(bars[1]!.width / bars[0]!.width).to.be.closeTo(3, EPSILON);
    });
  });

  describe('highlight and missing values', () => {
    it('highlights one row and mutes the others', () => {
      const g = layout({ rows: PUBLIC_CONCERN, highlight: 1 });
      expect(g.bars.map((bar) => [bar.highlighted, bar.muted])).to.deep.equal([
        [false, true],
        [true, false],
        [false, true],
        [false, true],
      ]);
    });

    it('neither highlights nor mutes without a highlight', () => {
      const g = layout({ rows: PUBLIC_CONCERN });
      expect(g.bars.some((bar) => bar.highlighted || bar.muted)).to.equal(false);
    });

    it('draws a missing value as an empty bar at zero with its "no data" label', () => {
      const rows = [row('Worried', 57), row('No figure', null)];
      const g = layout({ rows });
      const missing = g.bars[1]!;
      expect(missing.missing).to.equal(true);
      expect(missing.width).to.equal(0);
      expect(missing.x).to.equal(g.zeroX);
      expect(missing.label).to.deep.include({ text: 'no data', anchor: 'start' });
      expect(missing.label.x).to.be.closeTo(g.zeroX + 6, EPSILON);
      expect(g.bars[0]!.missing).to.equal(false);
      // "no data" (7 × 8.4 = 58.8) is the widest value label, so the plot ends at 640 − 64.8.
      expect(g.bars[0]!.width).to.be.closeTo(0.57 * (640 - 64.8 - g.zeroX), EPSILON);
    });
  });
});
