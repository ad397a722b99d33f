import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import '../../src/trend/define.js';
import { edgeAnchor, LABEL_SPACING, pickTicks, spacedApart, tickCount, TICK_STYLE, type TickOptions } from '../../src/core/layout/axis-ticks.js';
import { linearScale } from '../../src/core/layout/linear-scale.js';
import { estimateTextWidth } from '../../src/core/layout/measure-text.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { captureWarnings, settled, shadow } from '../helpers/widget.js';

// estimateTextWidth at 12 px: 7.2 px a character, so "100%" is 28.8 px wide.
const CHAR = 7.2;
const options = (overrides: Partial<TickOptions> = {}): TickOptions => ({
  tickText: (value) => `${value}%`,
  measure: estimateTextWidth,
  width: 600,
  y: 50,
  spacing: 80,
  ...overrides,
});

/** Left and right edge of each label, read back from its anchor. */
const extents = (ticks: ReturnType<typeof pickTicks>) =>
  ticks.map((tick) => {
    const w = estimateTextWidth(tick.text, TICK_STYLE);
    const from = tick.anchor === 'start' ? tick.x : tick.anchor === 'end' ? tick.x - w : tick.x - w / 2;
    return { from, to: from + w };
  });

describe('edgeAnchor', () => {
  it('centres a label that fits, and holds one at the edge it would cross', () => {
    expect(edgeAnchor(100, 40, 600)).to.equal('middle');
    expect(edgeAnchor(19, 40, 600)).to.equal('start');
    expect(edgeAnchor(20, 40, 600)).to.equal('middle');
    expect(edgeAnchor(581, 40, 600)).to.equal('end');
    expect(edgeAnchor(580, 40, 600)).to.equal('middle');
  });
});

describe('spacedApart', () => {
  it('asks for the gap between each pair of neighbours', () => {
    expect(spacedApart([], 8)).to.equal(true);
    expect(spacedApart([{ from: 0, to: 10 }], 8)).to.equal(true);
    expect(
      spacedApart(
        [
          { from: 0, to: 10 },
          { from: 18, to: 30 },
        ],
        8,
      ),
    ).to.equal(true);
    expect(
      spacedApart(
        [
          { from: 0, to: 10 },
          { from: 17.9, to: 30 },
        ],
        8,
      ),
    ).to.equal(false);
    expect(
      spacedApart(
        [
          { from: 0, to: 10 },
          { from: 20, to: 30 },
          { from: 35, to: 40 },
        ],
        8,
      ),
    ).to.equal(false);
  });
});

describe('tickCount', () => {
  it('asks for one tick per `spacing` pixels, and never fewer than two', () => {
    expect(tickCount(600, 80)).to.equal(7);
    expect(tickCount(600, 90)).to.equal(6);
    expect(tickCount(100, 70)).to.equal(2);
    expect(tickCount(0, 70)).to.equal(2);
  });
});

describe('pickTicks', () => {
  it('takes the round ticks of the first count when their labels stand apart', () => {
    const ticks = pickTicks(linearScale([0, 100], [0, 600]), options({ width: 700 }));
    // 600 px / 80 → 7 asked for: d3 answers every 20.
    expect(ticks.map((tick) => tick.text)).to.deep.equal(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(ticks.map((tick) => tick.x)).to.deep.equal([0, 120, 240, 360, 480, 600]);
    expect(ticks.every((tick) => tick.y === 50)).to.equal(true);
  });

  it('anchors the end labels inside the chart', () => {
    const ticks = pickTicks(linearScale([0, 100], [0, 600]), options());
    expect(ticks[0]!.anchor).to.equal('start');
    expect(ticks.at(-1)!.anchor).to.equal('end');
    expect(ticks.slice(1, -1).every((tick) => tick.anchor === 'middle')).to.equal(true);
  });

  it('asks for fewer ticks until the labels are LABEL_SPACING apart', () => {
    // 200 px for 0–100: every 20 puts 24 px between centres, too close for 21.6 px and 28.8 px labels.
    const ticks = pickTicks(linearScale([0, 100], [0, 200]), options({ width: 200, spacing: 20 }));
    const edges = extents(ticks);
    expect(ticks.length).to.be.at.least(2);
    edges.forEach((edge, i) => {
      expect(edge.from).to.be.at.least(0);
      expect(edge.to).to.be.at.most(200);
      if (i > 0) expect(edge.from - edges[i - 1]!.to).to.be.at.least(LABEL_SPACING);
    });
    expect(ticks.map((tick) => tick.text)).to.deep.equal(['0%', '50%', '100%']);
  });

  it('reads its first count from `length` when given, not from the axis', () => {
    const scale = linearScale([0, 100], [0, 600]);
    // Two ticks asked for (100 px of length): d3 steps by 50. From the axis's 600 px: six, every 20.
    expect(pickTicks(scale, options({ spacing: 100, length: 100 })).map((tick) => tick.text)).to.deep.equal(['0%', '50%', '100%']);
    expect(pickTicks(scale, options({ spacing: 100 })).map((tick) => tick.text)).to.deep.equal(['0%', '20%', '40%', '60%', '80%', '100%']);
  });

  it('settles for the ticks of a count of one when no count keeps the labels apart', () => {
    // Ten-character labels (72 px) on a 20 px chart never stand apart.
    const scale = linearScale([0, 1], [0, 20]);
    const ticks = pickTicks(scale, options({ width: 20, tickText: () => 'x'.repeat(10) }));
    expect(10 * CHAR).to.be.above(20);
    expect(ticks.map((tick) => tick.x)).to.deep.equal(scale.ticks(1).map((value) => scale(value)));
  });

  it('labels the end of an axis that stops where no round tick reaches (the data stretched past `max`)', () => {
    // 0–63 on 600 px: every 10 from seven asked for; the end, 63, is labelled and 60 gives way to it.
    const ticks = pickTicks(linearScale([0, 63], [0, 600]), options({ width: 700 }));
    expect(ticks.at(-1)).to.deep.include({ text: '63%', x: 600 });
    expect(ticks.map((tick) => tick.text)).to.not.include('60%');
    const edges = extents(ticks);
    edges.forEach((edge, i) => i > 0 && expect(edge.from - edges[i - 1]!.to).to.be.at.least(LABEL_SPACING));
    // A round end is left as d3 gives it: 0–100 ends on 100%, 0–7,000 on 6,000 (its gridline marks 7,000).
    expect(pickTicks(linearScale([0, 100], [0, 600]), options()).at(-1)!.text).to.equal('100%');
    expect(pickTicks(linearScale([0, 7000], [0, 300]), options({ width: 300 })).at(-1)!.text).to.equal('6000%');
    // An end round at a fine step is left too: a likert's −45…55%, an author's max="75".
    expect(pickTicks(linearScale([-45, 55], [0, 300]), options({ width: 300 })).at(-1)!.text).to.equal('50%');
    expect(pickTicks(linearScale([0, 75], [0, 300]), options({ width: 300 })).at(-1)!.text).to.equal('60%');
  });
});

describe('an axis stretched past `max` ends on a labelled tick', () => {
  /** The last tick label on the horizontal axis ends at the end of the axis (its gridline). */
  async function lastTick(markup: ReturnType<typeof html>, width: number) {
    let el!: TrustElement;
    await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${markup}</div>`);
      el = wrapper.firstElementChild as TrustElement;
      await settled(el);
    });
    const ticks = Array.from(shadow(el).querySelectorAll<SVGTextElement>('text.tick'));
    return ticks.map((tick) => tick.textContent!.trim());
  }

  for (const width of [360, 1000]) {
    it(`in bars and change at ${width} px`, async () => {
      const bars = await lastTick(html`<trust-bars max="50" data="Worried: 63; Concerned: 40"></trust-bars>`, width);
      expect(bars.at(-1), bars.join(' ')).to.equal('63%');
      const change = await lastTick(html`<trust-change max="50" data="Worried: 40 | 63"></trust-change>`, width);
      expect(change.at(-1), change.join(' ')).to.equal('63%');
    });

    it(`in trend (y-max) at ${width} px: the top gridline is labelled`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><trust-trend y-max="50" data="2019: 30; 2020: 63; 2021: 41"></trust-trend></div>`,
      );
      const el = wrapper.firstElementChild as TrustElement;
      await settled(el);
      const grid = Array.from(shadow(el).querySelectorAll('line.grid'), (line) => Number(line.getAttribute('y1')));
      const labels = Array.from(shadow(el).querySelectorAll('text.tick:not(.wave)'), (text) => text.textContent!.trim());
      expect(grid.length).to.equal(labels.length);
      expect(Math.min(...grid), 'the top gridline is the top of the plot').to.be.below(40);
      expect(labels.map((text) => parseFloat(text)).some((value) => value >= 63)).to.equal(true);
    });
  }
});
