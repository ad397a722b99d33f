import { expect } from '@open-wc/testing';
import { layoutNotes, NARROW_NOTES } from '../../src/core/annotations/note-layout.js';
import { placeLabels } from '../../src/core/annotations/place-labels.js';
import type { Box } from '../../src/core/layout/geometry.js';
import { estimateTextWidth } from '../../src/core/layout/measure-text.js';

const BOUNDS = { left: 0, right: 400, top: 0, bottom: 300 };
const touches = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('annotations: placing labels beside points', () => {
  it('puts a label above its point, centred, clear of the point', () => {
    const [placed] = placeLabels([{ x: 200, y: 150, width: 60, height: 14, gap: 10 }], [], BOUNDS);
    expect(placed).to.deep.equal({ side: 'above', x: 170, y: 126, width: 60, height: 14 });
  });

  it('flips below at the top edge, and slides inwards at the left and right edges', () => {
    const [top, left, right] = placeLabels(
      [
        { x: 200, y: 5, width: 60, height: 14, gap: 10 },
        { x: 5, y: 150, width: 60, height: 14, gap: 10 },
        { x: 398, y: 250, width: 60, height: 14, gap: 10 },
      ],
      [],
      BOUNDS,
    );
    expect(top!.side).to.equal('below');
    expect(left!.x).to.equal(0);
    expect(right!.x + right!.width).to.equal(400);
  });

  it('never covers a mark or another label: the second of two close labels goes below, the third is stacked', () => {
    const mark = { x: 193, y: 143, width: 14, height: 14 };
    const labels = [0, 1, 2].map(() => ({ x: 200, y: 150, width: 60, height: 14, gap: 10 }));
    const placed = placeLabels(labels, [mark], BOUNDS);
    expect(placed.map((p) => p!.side)).to.deep.equal(['above', 'below', 'above']);
    const boxes = placed.map((p) => p!);
    for (const box of boxes) expect(touches(box, mark), 'over the mark').to.equal(false);
    expect(touches(boxes[0]!, boxes[1]!) || touches(boxes[0]!, boxes[2]!) || touches(boxes[1]!, boxes[2]!), 'labels overlap').to.equal(false);
  });

  it('answers undefined for a label with no room, for the caller to drop it', () => {
    const wall = { x: 0, y: 0, width: 400, height: 300 };
    expect(placeLabels([{ x: 200, y: 150, width: 60, height: 14, gap: 10 }], [wall], BOUNDS)).to.deep.equal([undefined]);
  });
});

describe('annotations: notes beside their points, or numbered markers', () => {
  const anchor = (number: number, x: number, y: number, text = 'WannaCry attack, May 2017') => ({ number, text, place: '2017', x, y });

  it('writes a note beside its point on a wide chart, wrapped, with a leader to the point', () => {
    const { notes, collapsed } = layoutNotes([anchor(1, 200, 150)], [], BOUNDS, estimateTextWidth, 640);
    expect(collapsed).to.equal(false);
    const [note] = notes;
    expect(note!.lines.map((line) => line.text).join(' ')).to.equal('WannaCry attack, May 2017');
    expect(note!.box!.y + note!.box!.height).to.be.at.most(150);
    expect(note!.leader!.x1).to.equal(200);
  });

  it('collapses every note to a numbered marker on a narrow chart', () => {
    const { notes, collapsed } = layoutNotes([anchor(1, 100, 150), anchor(2, 250, 150)], [], BOUNDS, estimateTextWidth, NARROW_NOTES - 1);
    expect(collapsed).to.equal(true);
    expect(notes.map((note) => [note.number, note.lines.length, !!note.marker])).to.deep.equal([
      [1, 0, true],
      [2, 0, true],
    ]);
  });

  it('collapses them too when one note finds no room beside the marks', () => {
    const crowded = [
      { x: 0, y: 0, width: 400, height: 120 },
      { x: 0, y: 160, width: 400, height: 140 },
    ];
    const { collapsed } = layoutNotes([anchor(1, 200, 140)], crowded, BOUNDS, estimateTextWidth, 640);
    expect(collapsed).to.equal(true);
  });
});
