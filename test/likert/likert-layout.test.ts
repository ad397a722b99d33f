import { expect } from '@open-wc/testing';
import { estimateTextWidth } from '../../src/core/layout/measure-text.js';
import { leftShare, likertLayout, type LikertLayoutInput, type LikertLayoutRow } from '../../src/likert/likert-layout.js';

const ANSWERS = ['Very confident', 'Fairly confident', 'Neither', 'Not very confident', 'Not at all confident'];
const CLASSES = ['scale-1', 'scale-2', 'scale-3', 'scale-4', 'scale-5'];

const row = (label: string, shares: number[], extra: Partial<LikertLayoutRow> = {}): LikertLayoutRow => ({
  label,
  missing: false,
  shares,
  texts: shares.map((share) => `${share}%`),
  ...extra,
});

const input = (overrides: Partial<LikertLayoutInput> = {}): LikertLayoutInput => ({
  rows: [row('NHS staff', [12, 24, 20, 30, 14]), row('UK public', [10, 28, 18, 29, 15])],
  answers: ANSWERS.map((name, i) => ({ name, className: CLASSES[i]! })),
  leftCount: 2,
  neutral: true,
  halfLabels: { left: '← Confident', right: 'Not confident →' },
  missingText: 'no data',
  width: 600,
  tickText: (value) => `${value}%`,
  measure: estimateTextWidth,
  ...overrides,
});

describe('likertLayout: diverging bars', () => {
  it('puts the share left of zero as the answers before the centre plus half the neutral one', () => {
    expect(leftShare([12, 24, 20, 30, 14], 2, true)).to.equal(46);
    expect(leftShare([30, 20, 25, 25], 2, false)).to.equal(50);
  });

  it('centres each bar on the zero line, with lengths in proportion to the shares', () => {
    // Labels are 9 characters × 14 px × 0.6 = 75.6 px wide, plus a 12 px gap: the plot starts at 87.6 px.
    // The rows reach 47 points left and 54 right, rounded out to −50 … 55: 512.4 px for 105 points.
    const g = likertLayout(input());
    const k = 512.4 / 105;
    expect(g.stacked).to.equal(false);
    expect(g.plotLeft).to.be.closeTo(87.6, 0.01);
    expect(g.scale).to.be.closeTo(k, 0.001);
    expect(g.zeroX).to.be.closeTo(87.6 + 50 * k, 0.01);
    const [first, second, neutral] = g.rows[0]!.segments;
    expect(first!.x).to.be.closeTo(g.zeroX - 46 * k, 0.01);
    expect(first!.width).to.be.closeTo(12 * k, 0.01);
    expect(second!.x).to.be.closeTo(first!.x + first!.width, 0.01);
    expect(neutral!.x + neutral!.width / 2, 'the neutral answer is split across zero').to.be.closeTo(g.zeroX, 0.01);
    const last = g.rows[0]!.segments[4]!;
    expect(last.x + last.width).to.be.closeTo(g.zeroX + 54 * k, 0.01);
  });

  it('writes a value inside its segment only where it fits, centred', () => {
    const g = likertLayout(input({ rows: [row('NHS staff', [2, 34, 20, 30, 14])] }));
    const [tiny, wide] = g.rows[0]!.segments;
    expect(tiny!.label, '2% is about 8 px wide, too narrow for its text').to.equal(undefined);
    expect(wide!.label!.text).to.equal('34%');
    expect(wide!.label!.x).to.be.closeTo(wide!.x + wide!.width / 2, 0.01);
  });

  it("colours each segment with its answer's class, in scale order", () => {
    const g = likertLayout(input());
    expect(g.rows[0]!.segments.map((segment) => segment.className)).to.deep.equal(CLASSES);
  });

  it("names each half beside the zero line at the top (the key is the frame's, above the SVG), then the bars", () => {
    const g = likertLayout(input());
    const [left, right] = g.halves;
    expect(left!.anchor).to.equal('end');
    expect(left!.lines[0]!.x).to.be.closeTo(g.zeroX - 6, 0.01);
    expect(right!.anchor).to.equal('start');
    expect(right!.lines[0]!.x).to.be.closeTo(g.zeroX + 6, 0.01);
    expect(left!.lines[0]!.y).to.equal(12);
    expect(g.rows[0]!.barTop, 'bars start under the half names').to.equal(24);
  });

  it('grows in height with the rows: 28 px bars 12 px apart, then the axis', () => {
    const g = likertLayout(input());
    expect(g.rows.map((r) => r.barTop)).to.deep.equal([24, 64]);
    expect(g.height).to.equal(118);
    expect(g.ticks.map((t) => t.text)).to.include('0%');
    expect(g.ticks.find((t) => t.text === '0%')!.x).to.be.closeTo(g.zeroX, 0.01);
    expect(
      g.ticks.every((t) => !t.text.startsWith('-')),
      'ticks are distances from zero',
    ).to.equal(true);
  });

  it('puts "don\'t know" in a column of its own on the same scale, at least as wide as its heading', () => {
    const rows = [
      row('NHS staff', [12, 24, 20, 30, 10], { dontKnow: { share: 4, text: '4%' } }),
      row('UK public', [10, 28, 18, 29, 10], { dontKnow: { share: 5, text: '5%' } }),
    ];
    const g = likertLayout(input({ rows, dontKnowName: "Don't know" }));
    // Rounded domain −50 … 50; the heading (72 px) is wider than 5 points plus the value, so it sets the column.
    const k = (512.4 - 16 - 72) / 100;
    expect(g.scale).to.be.closeTo(k, 0.001);
    const dontKnow = g.rows[1]!.dontKnow!;
    expect(dontKnow.x).to.be.closeTo(g.plotRight + 16, 0.01);
    expect(dontKnow.width).to.be.closeTo(5 * k, 0.01);
    expect(dontKnow.label.x).to.be.closeTo(dontKnow.x + 5 * k + 4, 0.01);
    expect(g.dontKnowHeader.map((l) => l.text)).to.deep.equal(["Don't know"]);
    expect(
      g.rows[0]!.segments.reduce((sum, s) => sum + s.width, 0),
      'the diverging bar leaves "don\'t know" out',
    ).to.be.closeTo(96 * k, 0.01);
  });

  it('writes net scores at the right edge, beside each bar when wide', () => {
    const rows = [row('NHS staff', [12, 24, 20, 30, 14], { net: 'Net −8' })];
    const g = likertLayout(input({ rows }));
    const net = g.rows[0]!.net!;
    expect(net.anchor).to.equal('end');
    // 7 px in from the edge: the focus ring around the row (4 px out, 3 px of strokes) stays inside the drawing.
    expect(net.x).to.equal(593);
    // "Net −8" is 6 × 14 × 0.6 = 50.4 px; with a 16 px gap the bars end at 526.6 px.
    expect(g.plotRight).to.be.closeTo(600 - 7 - 50.4 - 16, 0.01);
  });

  it('below 480 px puts labels above the bars and the net score on the label line', () => {
    const rows = [row('NHS staff', [12, 24, 20, 30, 14], { net: 'Net −8' }), row('UK public', [10, 28, 18, 29, 15], { net: 'Net −6' })];
    const g = likertLayout(input({ rows, width: 288 }));
    expect(g.stacked).to.equal(true);
    expect(g.plotLeft).to.equal(0);
    expect(g.plotRight).to.be.closeTo(288, 0.01);
    const first = g.rows[0]!;
    expect(first.net!.y).to.equal(first.label[0]!.y);
    expect(first.barTop).to.be.greaterThan(first.label[0]!.y);
    expect(g.zeroSpans, 'the zero line stops at each bar so it never crosses a label').to.have.length(2);
  });

  it('moves a half name that does not fit beside the zero line onto its own line', () => {
    const g = likertLayout(input({ rows: [row('Staff', [1, 1, 2, 48, 48])], width: 288 }));
    const [left, right] = g.halves;
    expect(left!.anchor).to.equal('start');
    expect(left!.lines[0]!.x).to.equal(0);
    expect(right!.lines[0]!.y).to.equal(left!.lines[0]!.y + 16);
  });

  it('draws no bar for a row without figures, and says "no data"', () => {
    const rows = [row('NHS staff', [12, 24, 20, 30, 14]), row('Not asked', [0, 0, 0, 0, 0], { missing: true })];
    const g = likertLayout(input({ rows }));
    expect(g.rows[1]!.segments).to.deep.equal([]);
    expect(g.rows[1]!.missing!.text).to.equal('no data');
    expect(g.rows[1]!.missing!.x).to.equal(g.plotLeft);
  });

  it('rings each part of a row for keyboard focus: each answer’s segment, flush with its sides, then the net score', () => {
    const rows = [row('NHS staff', [12, 24, 20, 30, 14], { net: 'Net −8' })];
    const g = likertLayout(input({ rows }));
    const { marks, segments, barTop } = g.rows[0]!;
    expect(marks.map((mark) => mark.kind)).to.deep.equal(['answer', 'answer', 'answer', 'answer', 'answer', 'net']);
    marks.slice(0, 5).forEach((mark, i) => {
      expect(mark.answer).to.equal(i);
      expect(mark.focus).to.deep.equal({ x: segments[i]!.x, y: barTop - 4, width: segments[i]!.width, height: 36 });
    });
    const net = marks[5]!.focus;
    // Round "Net −8" (50.4 px, ending 7 px in from the edge), 4 px out.
    expect(net.x).to.be.closeTo(593 - 50.4 - 4, 0.01);
    expect(net.x + net.width).to.be.closeTo(597, 0.01);
  });

  it('on a phone ends the net score 7 px in from the edge too, so the ring round it is not cut', () => {
    const g = likertLayout(input({ rows: [row('NHS staff', [12, 24, 20, 30, 14], { net: 'Net −8' })], width: 288 }));
    expect(g.rows[0]!.net!.x).to.equal(281);
    const net = g.rows[0]!.marks[5]!.focus;
    expect(net.x + net.width).to.be.closeTo(285, 0.01);
  });

  it('makes a row without figures one mark, its "no data"', () => {
    const g = likertLayout(input({ rows: [row('Not asked', [0, 0, 0, 0, 0], { missing: true })] }));
    expect(g.rows[0]!.marks.map((mark) => mark.kind)).to.deep.equal(['missing']);
  });
});

describe('likertLayout: "don\'t know" on phones', () => {
  it('wraps the "don\'t know" heading at every word below 480 px, leaving the bars more room', () => {
    const rows = [row('NHS staff', [12, 24, 20, 30, 10], { dontKnow: { share: 4, text: '4%' } })];
    const phone = likertLayout(input({ rows, dontKnowName: "Don't know", width: 479 }));
    const tablet = likertLayout(input({ rows, dontKnowName: "Don't know", width: 480 }));
    expect(phone.dontKnowHeader.map((l) => l.text)).to.deep.equal(["Don't", 'know']);
    expect(tablet.dontKnowHeader.map((l) => l.text)).to.deep.equal(["Don't know"]);
  });
});
