import { expect } from '@open-wc/testing';
import { estimateTextWidth } from '../../src/core/layout/measure-text.js';
import { gridSize, preferredColumns, regionPath, waffleLayout } from '../../src/waffle/waffle-layout.js';

/*
 * estimateTextWidth makes every character 0.6 em wide: 8.4 px at the key's 14 px. Shapes are placed at
 * column × (shape + gap), rows likewise, below the key when it sits on top.
 */

describe('waffle layout: choosing the grid', () => {
  it('keeps 100 as 10 × 10 and 108 as 12 columns of 9 rows (the natural denominator, nearly square)', () => {
    expect(preferredColumns(100)).to.equal(10);
    expect(preferredColumns(108)).to.equal(12);
  });

  it('prefers a complete rectangle up to 1.5 √n wide (50 → 10 × 5, 1000 → 40 × 25)', () => {
    expect(preferredColumns(50)).to.equal(10);
    expect(preferredColumns(1000)).to.equal(40);
  });

  it('gives a prime number ⌈√n⌉ columns with a shorter last row, and puts up to 12 shapes in one row', () => {
    expect(preferredColumns(97)).to.equal(10);
    expect(preferredColumns(10)).to.equal(10);
    expect(preferredColumns(12)).to.equal(12);
    expect(preferredColumns(13)).to.equal(4);
  });

  it('fits 108 trusts on a 320 px phone (288 px inside the padding): 12 columns of 21 px shapes, 3 px apart', () => {
    // (288 − 11 × 3) / 12 = 21.25
    expect(gridSize(108, 288, 'square')).to.deep.equal({ columns: 12, cell: 21, gap: 3 });
  });

  it('stops shapes growing at 24 px on a wide screen', () => {
    expect(gridSize(100, 1000, 'square')).to.deep.equal({ columns: 10, cell: 24, gap: 3 });
  });

  it('keeps 1,000 shapes at least 6 px with 1 px gaps on a phone', () => {
    // 3 px gaps would leave 4 px shapes and 2 px gaps 5 px; with 1 px gaps (288 − 39) / 40 = 6.2
    const size = gridSize(1000, 288, 'square');
    expect(size).to.deep.equal({ columns: 40, cell: 6, gap: 1 });
    expect(size.columns * size.cell + (size.columns - 1) * size.gap).to.be.at.most(288);
  });

  it('gives people at least 12 px by using fewer columns, and still fits the phone', () => {
    // At most ⌊289 / 13⌋ = 22 columns of 12 px with 1 px gaps: 22 × 12 + 21 = 285
    expect(gridSize(1000, 288, 'person')).to.deep.equal({ columns: 22, cell: 12, gap: 1 });
  });
});

describe('waffle layout: the key and the shapes', () => {
  const trusts = () =>
    waffleLayout({
      total: 108,
      counts: [24],
      legend: ['Trusts with no security-qualified staff: 24', 'Other trusts: 84'],
      width: 288,
      shape: 'square',
      measure: estimateTextWidth,
    });

  it('puts the key above the grid on a phone, wrapping a long entry', () => {
    const g = trusts();
    expect(g.legendPlacement).to.equal('top');
    // RING_ROOM (6 px) is kept free on every side for the focus ring (3fe4edd), so the key starts at 6, 6.
    // "Trusts with no security-qualified" would be 33 × 8.4 = 277.2 px, wider than 288 − 12 − 22 = 254
    expect(g.legend[0]!.lines.map((line) => line.text)).to.deep.equal(['Trusts with no', 'security-qualified staff: 24']);
    expect(g.legend[0]!.lines.map((line) => [line.x, line.y])).to.deep.equal([
      [28, 20],
      [28, 38],
    ]);
    expect(g.legend[0]!.swatch).to.deep.equal({ x: 6, y: 8, size: 14 });
    expect(g.legend[1]!.swatch).to.deep.equal({ x: 6, y: 50, size: 14 });
    expect(g.legend[1]!.rest).to.equal(true);
  });

  it('starts the grid 12 px under the key and ends the drawing 6 px under the grid', () => {
    const g = trusts();
    // key: 6 + 36 + 6 + 18 = 66, then 12; 276 px of room: 12 columns of 20 px, 3 px apart (273 wide);
    // grid: 9 rows × 20 + 8 × 3 = 204; then 6 px under it
    expect(g.grid).to.deep.equal({ x: 6, y: 78, width: 273, height: 204 });
    expect(g.height).to.equal(288);
    expect(g.rows).to.equal(9);
  });

  it('draws one shape per trust, the 24 first in reading order and the other 84 hollow', () => {
    const g = trusts();
    expect(g.cells).to.have.length(108);
    expect(g.cells.filter((cell) => cell.category === 0)).to.have.length(24);
    expect(g.cells.filter((cell) => cell.rest)).to.have.length(84);
    expect(g.cells[23]).to.deep.equal({ x: 6 + 11 * 23, y: 78 + 23, size: 20, category: 0, rest: false });
    expect(g.cells[24]).to.deep.equal({ x: 6, y: 78 + 2 * 23, size: 20, category: 1, rest: true });
  });

  it('fills categories one after another, the rest last', () => {
    const g = waffleLayout({ total: 100, counts: [42, 36], legend: ['A: 42', 'B: 36', 'Others: 22'], width: 288, shape: 'circle', measure: estimateTextWidth });
    const categories = g.cells.map((cell) => cell.category);
    expect(categories.slice(0, 42).every((c) => c === 0)).to.equal(true);
    expect(categories.slice(42, 78).every((c) => c === 1)).to.equal(true);
    expect(categories.slice(78).every((c) => c === 2)).to.equal(true);
  });

  it('puts short key entries in one row when they fit', () => {
    const g = waffleLayout({ total: 100, counts: [36], legend: ['Yes: 36', 'No: 64'], width: 288, shape: 'square', measure: estimateTextWidth });
    // 6 + 22 + 58.8 + 20: the second entry starts at 106.8
    expect(g.legend.map((entry) => entry.swatch.x)).to.deep.equal([6, 106.8]);
    expect(g.legend.map((entry) => entry.lines[0]!.y)).to.deep.equal([20, 20]);
    expect(g.grid.y).to.equal(36);
  });

  it('puts the key beside the grid when there is room for 200 px of it', () => {
    const g = waffleLayout({
      total: 100,
      counts: [36],
      legend: ['Sufficient: 36', 'Other staff: 64'],
      width: 1000,
      shape: 'square',
      measure: estimateTextWidth,
    });
    // grid: 10 × 24 + 9 × 3 = 267 wide; the key starts 24 px to its right
    expect(g.legendPlacement).to.equal('side');
    expect(g.grid).to.deep.equal({ x: 6, y: 6, width: 267, height: 267 });
    expect(g.legend[0]!.swatch).to.deep.equal({ x: 297, y: 8, size: 14 });
    expect(g.legend[0]!.lines).to.deep.equal([{ text: 'Sufficient: 36', x: 319, y: 20 }]);
    expect(g.height).to.equal(279);
  });

  it('outlines each category and its key entry for the focus ring', () => {
    const g = trusts();
    // two full rows: from (3, 75) to (282, 124), through the middle of the gap between them (99.5)
    expect(g.outlines[0]).to.equal('M3 75H282V99.5H282V124H3V99.5H3Z' + 'M3 4H266.2V44H3Z');
    expect(g.outlines).to.have.length(2);
  });
});

describe('waffle layout: the outline of a run of shapes', () => {
  it('is a rectangle within one row', () => {
    expect(regionPath(2, 5, 10, 0, 10, 2)).to.equal('M21 -3H61V13H21Z');
  });

  it('is two rectangles when a run wraps without overlapping itself', () => {
    expect(regionPath(8, 12, 10, 0, 10, 2)).to.equal('M93 -3H121V13H93ZM-3 9H25V25H-3Z');
  });

  it('is one eight-cornered shape, like a text selection, over three rows', () => {
    expect(regionPath(5, 27, 10, 0, 10, 2)).to.equal('M57 -3H121V23H85V37H-3V11H57Z');
  });

  it('is empty for a category with no shapes', () => {
    expect(regionPath(3, 3, 10, 0, 10, 2)).to.equal('');
  });
});
