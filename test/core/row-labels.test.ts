import { expect } from '@open-wc/testing';
import { estimateTextWidth } from '../../src/core/layout/measure-text.js';
import { labelColumnWidth } from '../../src/core/layout/row-labels.js';

// estimateTextWidth at 10 px: 6 px a character.
const style = { size: 10 };

describe('labelColumnWidth', () => {
  it('is as wide as the widest label when that fits in its share of the width', () => {
    expect(labelColumnWidth(['North', 'South-west'], style, 600, 0.3, estimateTextWidth)).to.equal(60);
  });

  it('stops at its share of the width, however long the labels', () => {
    expect(labelColumnWidth(['A label far longer than the column may be'], style, 600, 0.3, estimateTextWidth)).to.equal(180);
  });

  it('is 0 without labels', () => {
    expect(labelColumnWidth([], style, 600, 0.3, estimateTextWidth)).to.equal(0);
  });
});
