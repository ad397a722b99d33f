import { expect } from '@open-wc/testing';
import { round, stackLines } from '../../src/core/layout/geometry.js';
import { estimateTextWidth, widestText } from '../../src/core/layout/measure-text.js';

describe('layout geometry helpers', () => {
  it('round keeps hundredths of a pixel', () => {
    expect(round(12.3456)).to.equal(12.35);
    expect(round(-0.004)).to.equal(-0);
    expect(round(7)).to.equal(7);
  });

  it('stackLines sets wrapped lines one under another from a top edge', () => {
    expect(stackLines(['one', 'two', 'three'], 4, 10, 18, 14)).to.deep.equal([
      { text: 'one', x: 4, y: 24 },
      { text: 'two', x: 4, y: 42 },
      { text: 'three', x: 4, y: 60 },
    ]);
    expect(stackLines([], 0, 10, 18, 14)).to.deep.equal([]);
  });

  it('widestText measures the widest text, and 0 for none', () => {
    const style = { size: 10 };
    expect(widestText(['ab', 'abcd', 'a'], estimateTextWidth, style)).to.equal(24);
    expect(widestText([], estimateTextWidth, style)).to.equal(0);
  });
});
