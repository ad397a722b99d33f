import { expect } from '@open-wc/testing';
import { linearScale } from '../../src/core/layout/linear-scale.js';

describe('linearScale', () => {
  it('maps the domain onto the range', () => {
    const scale = linearScale([0, 100], [20, 220]);
    expect(scale(0)).to.equal(20);
    expect(scale(57)).to.equal(134);
    expect(scale(100)).to.equal(220);
  });

  it('rounds the domain outwards to tick values when asked, as d3-scale does ([0, 57] → [0, 60])', () => {
    const scale = linearScale([0, 57], [0, 600], { nice: true });
    expect(scale.domain).to.deep.equal([0, 60]);
    expect(scale.ticks(6)).to.deep.equal([0, 10, 20, 30, 40, 50, 60]);
    expect(scale(30)).to.equal(300);
  });

  it('maps an empty domain without dividing by zero', () => {
    const scale = linearScale([5, 5], [0, 100]);
    expect(scale(5)).to.equal(0);
  });

  it('stays finite at the edges of what a number can hold (−MAX_VALUE to MAX_VALUE)', () => {
    const max = Number.MAX_VALUE;
    const wide = linearScale([-max, max], [0, 100], { nice: true });
    expect(wide(-max)).to.equal(0);
    expect(wide(0)).to.equal(50);
    expect(wide(max)).to.equal(100);
    const ticks = wide.ticks(5);
    expect(ticks.length, `ticks ${ticks.join(', ')}`).to.be.at.least(3);
    expect(ticks.every((tick) => Number.isFinite(tick) && Math.abs(tick) <= max)).to.equal(true);
    expect(ticks).to.include(0);
    const high = linearScale([0, max], [0, 100], { nice: true });
    expect(high.domain.every(Number.isFinite), `domain ${high.domain.join(', ')}`).to.equal(true);
    expect(high(max)).to.equal(100);
  });
});
