import { expect } from '@open-wc/testing';
import { estimateTextWidth } from '../../src/core/layout/measure-text.js';
import { DOT_RADIUS, SMALL_DOT_RADIUS, VALUE_GAP, VALUE_STYLE, WHISKER_CAP, WHISKER_OFFSET } from '../../src/change/change-dumbbell.js';
import { fitRange } from '../../src/change/change-fit.js';
import { changeLayout, CHANGE_STYLE, type ChangeLayoutInput } from '../../src/change/change-layout.js';
import { valueSides, type ChangeRowInput } from '../../src/change/change-row.js';

// estimateTextWidth: 0.6 em a character, so at 14 px each character is 8.4 px wide.
const CHAR = 8.4;
const percent = (value: number | null): string => (value === null ? 'no data' : `${value}%`);
const row = (label: string, from: number | null, to: number | null, changeText = ''): ChangeRowInput => ({
  label,
  from,
  to,
  fromText: percent(from),
  toText: percent(to),
  changeText,
  missingText: 'no data',
});
const layout = (overrides: Partial<ChangeLayoutInput>) =>
  changeLayout({ rows: [], width: 600, max: undefined, percent: true, key: [], tickText: (v) => `${v}%`, measure: estimateTextWidth, ...overrides });

describe('changeLayout: where the dots go', () => {
  it('puts each dot on a zero-based 0–100% axis between the label column and the change column', () => {
    const g = layout({ rows: [row('A', 5, 15, '+10 pts')] });
    // Label "A" is 8.4 px, plus a 16 px gap; the change "+10 pts" is 7 × 8.4 = 58.8 px plus a 14 px gap.
    const regionLeft = CHAR + 16;
    const regionRight = 600 - (7 * CHAR + 14);
    expect(g.stacked).to.equal(false);
    expect(g.domain).to.deep.equal([0, 100]);
    expect(g.range[0]).to.be.closeTo(regionLeft + DOT_RADIUS + 1, 1e-9);
    expect(g.range[1]).to.be.closeTo(regionRight - DOT_RADIUS - 1, 1e-9);
    const span = g.range[1] - g.range[0];
    const dumbbell = g.rows[0]!;
    expect(dumbbell.fromX).to.be.closeTo(g.range[0] + 0.05 * span, 1e-9);
    expect(dumbbell.toX).to.be.closeTo(g.range[0] + 0.15 * span, 1e-9);
    expect(dumbbell.direction).to.equal('up');
  });

  it('writes the smaller value left of its dot and the larger one right of its dot, for rises and falls', () => {
    const g = layout({ rows: [row('Rise', 5, 15), row('Fall', 47, 39)] });
    const [rise, fall] = g.rows;
    expect(rise!.values.map((v) => [v.text, v.anchor])).to.deep.equal([
      ['5%', 'end'],
      ['15%', 'start'],
    ]);
    expect(rise!.values[0]!.x).to.be.closeTo(rise!.fromX! - DOT_RADIUS - VALUE_GAP, 1e-9);
    expect(rise!.values[1]!.x).to.be.closeTo(rise!.toX! + DOT_RADIUS + VALUE_GAP, 1e-9);
    expect(fall!.values.map((v) => [v.text, v.anchor])).to.deep.equal([
      ['39%', 'end'],
      ['47%', 'start'],
    ]);
    expect(fall!.values[0]!.x).to.be.closeTo(fall!.toX! - DOT_RADIUS - VALUE_GAP, 1e-9);
    expect(fall!.direction).to.equal('down');
  });

  it('writes one label, and shrinks the filled dot inside the ring, when nothing changed', () => {
    expect(valueSides(row('Same', 60, 60))).to.deep.equal([{ side: 'right', end: 'to' }]);
    const g = layout({ rows: [row('Same', 60, 60, 'no change')] });
    expect(g.rows[0]!.values.map((v) => v.text)).to.deep.equal(['60%']);
    expect(g.rows[0]!.toRadius).to.equal(SMALL_DOT_RADIUS);
    expect(g.rows[0]!.line).to.equal(undefined);
  });

  it('keeps both labels when equal values are written differently ("more than 90%" and "90%")', () => {
    expect(valueSides({ ...row('Q', 90, 90), fromText: 'more than 90%' })).to.deep.equal([
      { side: 'left', end: 'from' },
      { side: 'right', end: 'to' },
    ]);
  });

  it('joins the dots with a line and an arrow head whose tip touches the filled dot', () => {
    const g = layout({ rows: [row('A', 5, 15)] });
    const d = g.rows[0]!;
    const tip = d.toX! - DOT_RADIUS;
    expect(d.line!.x1).to.be.closeTo(d.fromX! + DOT_RADIUS + 1, 1e-9);
    expect(d.arrow!.split(' ')[0]).to.equal(`${Math.round(tip * 100) / 100},${d.y}`);
  });

  it('points the arrow left for a fall', () => {
    const d = layout({ rows: [row('A', 47, 39)] }).rows[0]!;
    const [tipX, baseX] = d.arrow!.split(' ').map((corner) => Number(corner.split(',')[0]));
    expect(tipX).to.be.closeTo(d.toX! + DOT_RADIUS, 0.01);
    expect(baseX!).to.be.greaterThan(tipX!);
  });

  it('frames both dots and both values in the keyboard focus ring', () => {
    const d = layout({ rows: [row('A', 47, 39)] }).rows[0]!;
    // "39%" ends 5 px left of its dot's edge and is 25.2 px wide; "47%" starts 5 px right of the hollow dot's edge.
    expect(d.focus.x).to.be.closeTo(d.toX! - DOT_RADIUS - VALUE_GAP - 3 * CHAR - 4, 1e-9);
    expect(d.focus.x + d.focus.width).to.be.closeTo(d.fromX! + DOT_RADIUS + VALUE_GAP + 3 * CHAR + 4, 1e-9);
    expect(d.focus.y).to.be.below(d.y - DOT_RADIUS);
    expect(d.focus.y + d.focus.height).to.be.above(d.y + DOT_RADIUS);
  });

  it('draws neither line nor arrow when the dots touch (40% to 41% on a phone)', () => {
    const d = layout({ width: 320, rows: [row('Tiny', 40, 41, '+1 pt')] }).rows[0]!;
    expect(d.line).to.equal(undefined);
    expect(d.arrow).to.equal(undefined);
  });

  it('runs a non-percentage axis to a round number above the largest value, and honours max', () => {
    expect(layout({ percent: false, rows: [row('Trusts', 3, 87)] }).domain).to.deep.equal([0, 90]);
    expect(layout({ percent: false, max: 120, rows: [row('Trusts', 3, 87)] }).domain).to.deep.equal([0, 120]);
    expect(layout({ max: 60, rows: [row('A', 5, 15)] }).domain).to.deep.equal([0, 60]);
    // A max below the data is extended to fit (the element warns about it).
    expect(layout({ max: 10, rows: [row('A', 5, 15)] }).domain).to.deep.equal([0, 15]);
  });

  it('starts the axis below zero only for negative values', () => {
    expect(layout({ percent: false, rows: [row('Net', -8, 10)] }).domain).to.deep.equal([-8, 10]);
  });
});

describe('changeLayout: labels never collide', () => {
  it('pulls the axis in until a label left of a dot at zero fits (3% falling to 0%, 320 px)', () => {
    const g = layout({ width: 320, rows: [row('Fall', 3, 0, '−3 pts')] });
    // Narrow: the region runs the full width. Start at 7 px; "0%" (16.8 px) left of a dot at zero needs
    // 6 + 5 + 16.8 = 27.8 px, so the left end moves to 27.8. The right end stays at 320 − 7.
    expect(g.stacked).to.equal(true);
    expect(g.range[0]).to.be.closeTo(27.8, 1e-6);
    expect(g.range[1]).to.be.closeTo(313, 1e-6);
    const zeroLabel = g.rows[0]!.values.find((v) => v.text === '0%')!;
    expect(zeroLabel.x - 2 * CHAR).to.be.closeTo(0, 1e-6);
  });

  it('pulls the right end in for a label right of a dot at 100%', () => {
    const [left, right] = fitRange([0, 100], 7, 313, [{ value: 100, width: 4 * CHAR, side: 'right' }], 0, 320);
    expect(left).to.equal(7);
    // 100% sits at the right end; it needs 6 + 5 + 33.6 px after it, so the end moves to 320 − 44.6.
    expect(right).to.be.closeTo(275.4, 1e-6);
  });

  const pairs: [number, number][] = [
    [40, 41],
    [41, 40],
    [0, 1],
    [1, 0],
    [99, 100],
    [100, 99],
    [0, 100],
    [100, 0],
    [50, 50],
    [5, 15],
    [47, 39],
  ];
  for (const width of [320, 1024]) {
    it(`at ${width} px no value label overlaps the other label, either dot, or leaves the plot`, () => {
      const rows = pairs.map(([from, to]) => row(`${from} to ${to}`, from, to, `${to - from} pts`));
      const g = layout({ width, rows });
      const regionLeft = g.stacked ? 0 : Math.max(...rows.map((r) => estimateTextWidth(r.label, VALUE_STYLE))) + 16;
      g.rows.forEach((d, i) => {
        const [from, to] = pairs[i]!;
        const boxes = d.values.map((v) => {
          const w = estimateTextWidth(v.text, VALUE_STYLE);
          return v.anchor === 'end' ? [v.x - w, v.x] : [v.x, v.x + w];
        });
        const dots = [d.fromX!, d.toX!].map((x) => [x - DOT_RADIUS - 1, x + DOT_RADIUS + 1]);
        const name = `${from}→${to}`;
        for (const [a, b] of boxes) {
          expect(a, name).to.be.at.least(regionLeft - 1e-6);
          for (const [c, e] of dots) expect(b <= c + 1e-6 || a >= e - 1e-6, `${name}: label [${a}, ${b}] vs dot [${c}, ${e}]`).to.equal(true);
        }
        if (boxes.length === 2) expect(boxes[0]![1] <= boxes[1]![0], name).to.equal(true);
        const changeLeft = g.stacked ? width : d.change!.x - estimateTextWidth(d.change!.text, CHANGE_STYLE);
        for (const [, b] of boxes) expect(b, name).to.be.at.most(changeLeft + 1e-6);
      });
    });
  }
});

describe('changeLayout: rows, key and narrow screens', () => {
  it('flows the key left to right and wraps it: hollow "2022", filled "2024", then notes', () => {
    const g = layout({
      width: 320,
      key: [
        { kind: 'from', text: '2022' },
        { kind: 'to', text: '2024' },
        { kind: 'note', text: 'pts: percentage points' },
      ],
      rows: [row('A', 5, 15, '+10 pts')],
    });
    // Items are 12 + 6 + 33.6 = 51.6 px wide with 18 px between; the note (22 × 8.4 = 184.8 px) would end at 324.
    expect(g.key.map((item) => [item.kind, item.marker?.x, item.lines[0]!.x])).to.deep.equal([
      ['from', 7, 18],
      ['to', 76.6, 87.6],
      ['note', undefined, 0],
    ]);
    expect(g.key[2]!.lines[0]!.y).to.be.closeTo(22 + 11 + 14 * 0.35, 1e-9);
    // Two key lines of 22 px, a 10 px gap, then 4 px.
    expect(g.plotTop).to.equal(58);
  });

  it('on a phone puts each label above its row, the change at the end of the label line, the dots full width', () => {
    const g = layout({ width: 320, rows: [row('Trained on new technologies', 5, 15, '+10 pts')] });
    const d = g.rows[0]!;
    expect(g.stacked).to.equal(true);
    expect(g.labels[0]!.map((l) => [l.x, l.y])).to.deep.equal([[0, g.plotTop + 14]]);
    expect([d.change!.x, d.change!.y, d.change!.anchor]).to.deep.equal([320, g.plotTop + 14, 'end']);
    // Label line 18 px, 2 px, then the 28 px dumbbell band: its centre is 18 + 2 + 14 below the row's top.
    expect(d.y).to.equal(g.plotTop + 34);
    expect(g.range[1]).to.equal(313);
  });

  it('wraps a long label beside the row on wide screens within a third of the width', () => {
    const label = 'UK citizens concerned cyber-attacks could disrupt or disable critical NHS systems';
    const g = layout({ width: 600, rows: [row(label, 55, 60, '+5 pts')] });
    for (const line of g.labels[0]!) expect(estimateTextWidth(line.text, VALUE_STYLE)).to.be.at.most(600 * 0.34);
    expect(g.labels[0]!.length).to.be.greaterThan(1);
    expect(g.range[0]).to.be.greaterThan(600 * 0.34);
  });

  it('writes the words of a row without both values from the start of the axis, with no dumbbell', () => {
    const missing = { ...row('Not asked in 2022', null, 55), missingText: 'no data for 2022; 55% in 2024' };
    const g = layout({ rows: [row('A', 5, 15, '+10 pts'), missing] });
    const d = g.rows[1]!;
    expect(d.fromX).to.equal(null);
    expect(d.values).to.deep.equal([]);
    expect(d.line).to.equal(undefined);
    expect(d.missing!.map((l) => [l.text, l.x])).to.deep.equal([['no data for 2022; 55% in 2024', g.range[0]]]);
  });

  it('grows taller with every row and ends below the axis ticks', () => {
    const one = layout({ rows: [row('A', 5, 15)] });
    const two = layout({ rows: [row('A', 5, 15), row('B', 47, 39)] });
    expect(two.height).to.be.greaterThan(one.height);
    const lastTick = two.ticks.at(-1)!;
    expect(two.height).to.be.at.least(lastTick.y);
    expect(two.ticks.map((t) => t.text)).to.include.members(['0%', '100%']);
  });
});

describe('changeLayout: 95% ranges and long changes', () => {
  // 40% ± 6.79 and 43% ± 6.86 (200 people each time).
  const ranged = (): ChangeRowInput => ({
    ...row('Trained on the new system', 40, 43, 'no clear change\n(+3 pts)'),
    fromRange: { low: 33.21, high: 46.79 },
    toRange: { low: 36.14, high: 49.86 },
  });

  it('draws the earlier range above the dots and the later one below, each spanning its interval on the scale', () => {
    const g = layout({ width: 800, rows: [ranged()] });
    const d = g.rows[0]!;
    const span = g.range[1] - g.range[0];
    const x = (value: number) => g.range[0] + (value / 100) * span;
    expect(d.whiskers.map((w) => w.end)).to.deep.equal(['from', 'to']);
    const [from, to] = d.whiskers;
    expect(from!.x1).to.be.closeTo(x(33.21), 1e-9);
    expect(from!.x2).to.be.closeTo(x(46.79), 1e-9);
    expect(to!.x1).to.be.closeTo(x(36.14), 1e-9);
    expect(to!.x2).to.be.closeTo(x(49.86), 1e-9);
    expect(from!.y).to.equal(d.y - WHISKER_OFFSET);
    expect(to!.y).to.equal(d.y + WHISKER_OFFSET);
    // The caps stay inside the 28 px band of the row.
    expect(WHISKER_OFFSET + WHISKER_CAP).to.be.at.most(14);
  });

  it('moves the value labels outside every whisker of the row', () => {
    const g = layout({ width: 800, rows: [ranged()] });
    const d = g.rows[0]!;
    const [left, right] = d.values;
    const lowest = Math.min(...d.whiskers.map((w) => w.x1));
    const highest = Math.max(...d.whiskers.map((w) => w.x2));
    expect(left!.anchor).to.equal('end');
    expect(left!.x).to.be.closeTo(lowest - 1 - VALUE_GAP, 1e-9);
    expect(right!.x).to.be.closeTo(highest + 1 + VALUE_GAP, 1e-9);
    // The focus ring takes in the whiskers and their caps.
    expect(d.focus.x).to.be.at.most(left!.x - estimateTextWidth('40%', VALUE_STYLE));
    expect(d.focus.y).to.be.at.most(d.y - WHISKER_OFFSET - WHISKER_CAP);
  });

  it('narrows the scale so labels beyond whiskers at the ends of the axis still fit', () => {
    const edge: ChangeRowInput = { ...row('Almost everyone', 97, 99), fromRange: { low: 94.2, high: 98.5 }, toRange: { low: 97.4, high: 99.7 } };
    const g = layout({ width: 320, rows: [edge] });
    const d = g.rows[0]!;
    const right = d.values.find((v) => v.anchor === 'start')!;
    expect(right.x + estimateTextWidth(right.text, VALUE_STYLE)).to.be.at.most(320 + 1e-6);
    expect(right.x).to.be.greaterThan(Math.max(...d.whiskers.map((w) => w.x2)));
  });

  it("counts a whisker's end with no dot radius when fitting labels", () => {
    // A label of 30 px left of a whisker ending at 10% of the axis: it needs 30 + 5 + 1 px before it.
    const [left] = fitRange([0, 100], 0, 200, [{ value: 10, width: 30, side: 'left', pad: 1 }], 0, 200);
    expect(left + 0.1 * (200 - left)).to.be.closeTo(36, 1e-6);
  });

  it('keeps "no clear change (+3 pts)" on one line where there is room, and breaks it before the brackets on a phone', () => {
    const wide = layout({ width: 800, rows: [ranged()] });
    expect(wide.rows[0]!.change!.lines.map((l) => l.text)).to.deep.equal(['no clear change (+3 pts)']);
    expect(wide.rows[0]!.change!.text).to.equal('no clear change (+3 pts)');
    const narrow = layout({ width: 288, rows: [ranged(), row('Trained on new technologies', 5, 15, '+10 pts')] });
    const lines = narrow.rows[0]!.change!.lines;
    expect(lines.map((l) => l.text)).to.deep.equal(['no clear change', '(+3 pts)']);
    expect(lines[1]!.y - lines[0]!.y).to.equal(18);
    // The label keeps more than half of the width beside it, and the dumbbell starts below both.
    const labelRoom = 288 - Math.max(...lines.map((l) => estimateTextWidth(l.text, CHANGE_STYLE))) - 14;
    for (const line of narrow.labels[0]!) expect(estimateTextWidth(line.text, VALUE_STYLE)).to.be.at.most(labelRoom);
    expect(narrow.rows[0]!.y - WHISKER_OFFSET - WHISKER_CAP).to.be.greaterThan(lines[1]!.y + 4);
    expect(narrow.rows[1]!.change!.lines.map((l) => l.text)).to.deep.equal(['+10 pts']);
  });
});
