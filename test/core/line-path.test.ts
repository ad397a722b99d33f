import { expect } from '@open-wc/testing';
import { linePath } from '../../src/core/layout/line-path.js';

describe('linePath', () => {
  it('joins points with straight segments', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5, y: 20 },
        { x: 10, y: 0 },
      ]),
    ).to.equal('M0,10L5,20L10,0');
  });

  it('breaks at a missing point instead of bridging the gap', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 5, y: 20 }, null, { x: 15, y: 5 }, { x: 20, y: 6 }])).to.equal('M0,10L5,20M15,5L20,6');
  });

  it('closes an isolated point as d3-shape does, so round caps can show it', () => {
    expect(linePath([{ x: 0, y: 10 }, null, { x: 10, y: 0 }, { x: 12, y: 1 }])).to.equal('M0,10ZM10,0L12,1');
    expect(linePath([null, { x: 3, y: 4 }])).to.equal('M3,4Z');
  });

  it('draws nothing for no points', () => {
    expect(linePath([])).to.equal('');
    expect(linePath([null, null])).to.equal('');
  });
});
