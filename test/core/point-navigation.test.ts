import { expect } from '@open-wc/testing';
import { nextPointIndex } from '../../src/core/a11y/point-navigation.js';

describe('nextPointIndex', () => {
  it('moves to the next point with ArrowRight and ArrowDown', () => {
    expect(nextPointIndex('ArrowRight', 1, 4)).to.equal(2);
    expect(nextPointIndex('ArrowDown', 1, 4)).to.equal(2);
  });

  it('moves to the previous point with ArrowLeft and ArrowUp', () => {
    expect(nextPointIndex('ArrowLeft', 2, 4)).to.equal(1);
    expect(nextPointIndex('ArrowUp', 2, 4)).to.equal(1);
  });

  it('stays on the last point at the end and on the first at the start', () => {
    expect(nextPointIndex('ArrowRight', 3, 4)).to.equal(3);
    expect(nextPointIndex('ArrowLeft', 0, 4)).to.equal(0);
  });

  it('goes to the first point with Home and the last with End', () => {
    expect(nextPointIndex('Home', 2, 4)).to.equal(0);
    expect(nextPointIndex('End', 0, 4)).to.equal(3);
  });

  it('starts at the first point when nothing has focus yet', () => {
    expect(nextPointIndex('ArrowRight', null, 4)).to.equal(0);
    expect(nextPointIndex('ArrowLeft', null, 4)).to.equal(0);
    expect(nextPointIndex('End', null, 4)).to.equal(3);
  });

  it('ignores other keys, including wrongly cased arrow names', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a', 'arrowright', 'PageDown']) {
      expect(nextPointIndex(key, 1, 4), key).to.equal(null);
    }
  });

  it('returns null when there are no points', () => {
    expect(nextPointIndex('ArrowRight', null, 0)).to.equal(null);
    expect(nextPointIndex('Home', 2, 0)).to.equal(null);
  });

  it('stays in range when the focused index is from data that had more points', () => {
    expect(nextPointIndex('ArrowLeft', 5, 3)).to.equal(2);
    expect(nextPointIndex('ArrowUp', 5, 3)).to.equal(2);
    expect(nextPointIndex('ArrowRight', 5, 3)).to.equal(2);
  });
});
