import { expect } from '@open-wc/testing';
import { changeSignificance } from '../../../src/core/stats/change-significance.js';
import { proportionInterval } from '../../../src/core/stats/proportion-interval.js';

describe('proportionInterval (95%)', () => {
  it('gives ±3.1 points for 50% of 1,000 people (normal approximation)', () => {
    const interval = proportionInterval(50, 1000)!;
    expect(interval.method).to.equal('normal');
    // 1.96 × √(0.5 × 0.5 / 1000) = 0.03099 → 3.099 points
    expect(interval.method === 'normal' && interval.margin).to.be.closeTo(3.099, 0.001);
    expect(interval.low).to.be.closeTo(46.901, 0.001);
    expect(interval.high).to.be.closeTo(53.099, 0.001);
  });

  it('gives ±4.2 points for 36% of 500 staff', () => {
    const interval = proportionInterval(36, 500)!;
    // 1.96 × √(0.36 × 0.64 / 500) = 1.96 × 0.021466 = 0.04207
    expect(interval.method === 'normal' && interval.margin).to.be.closeTo(4.207, 0.001);
  });

  it('switches to the Wilson interval when n·p < 10 (3% of 100: 3 people)', () => {
    const interval = proportionInterval(3, 100)!;
    expect(interval.method).to.equal('wilson');
    // z² = 3.841459; centre = (0.03 + z²/200) / (1 + z²/100) = 0.0492073 / 1.0384146 = 0.047387
    // half = z / 1.0384146 × √(0.03 × 0.97 / 100 + z² / 40000) = 1.887459 × 0.0196732 = 0.037132 → 1.03% to 8.45%
    expect(interval.low).to.be.closeTo(1.03, 0.01);
    expect(interval.high).to.be.closeTo(8.45, 0.01);
  });

  it('never leaves 0–100: 0% and 100% get one-sided Wilson intervals', () => {
    const none = proportionInterval(0, 50)!;
    expect(none.method).to.equal('wilson');
    expect(none.low).to.equal(0);
    // z²/(n + z²) = 3.8415 / 53.8415 = 7.13%
    expect(none.high).to.be.closeTo(7.13, 0.01);
    const all = proportionInterval(100, 50)!;
    expect(all.high).to.equal(100);
    expect(all.low).to.be.closeTo(92.87, 0.01);
  });

  it('has no interval without a usable sample size', () => {
    for (const n of [0, -5, 1.5, Number.NaN, Infinity]) expect(proportionInterval(57, n), String(n)).to.equal(undefined);
    expect(proportionInterval(120, 1000)).to.equal(undefined);
  });
});

describe('changeSignificance (two independent proportions, unpooled, 95%)', () => {
  it('calls 40% → 43% with 200 people each no clear change', () => {
    const test = changeSignificance(40, 200, 43, 200)!;
    // se = √(0.4·0.6/200 + 0.43·0.57/200) = √(0.0012 + 0.0012255) = 0.049249; z = 0.03 / 0.049249 = 0.609
    expect(test.z).to.be.closeTo(0.609, 0.001);
    expect(test.clear).to.equal(false);
    expect(test.points).to.equal(3);
  });

  it('calls 47% → 39% with 1,000 people each a clear fall', () => {
    const test = changeSignificance(47, 1000, 39, 1000)!;
    // se = √(0.47·0.53/1000 + 0.39·0.61/1000) = √(0.0002491 + 0.0002379) = 0.022068; z = −0.08 / 0.022068 = −3.625
    expect(test.z).to.be.closeTo(-3.625, 0.001);
    expect(test.clear).to.equal(true);
    expect(test.points).to.equal(-8);
  });

  it('treats a difference between two certain samples as clear, and no difference as none', () => {
    expect(changeSignificance(0, 100, 100, 100)!.clear).to.equal(true);
    expect(changeSignificance(100, 100, 100, 100)!.clear).to.equal(false);
  });

  it('cannot judge without both sample sizes', () => {
    expect(changeSignificance(40, 0, 43, 200)).to.equal(undefined);
    expect(changeSignificance(40, 200, 43, Number.NaN)).to.equal(undefined);
  });
});
