import { stackLines, type TextLine } from '../core/layout/geometry.js';
import { widestText, type TextMeasurer } from '../core/layout/measure-text.js';
import { wrapText } from '../core/layout/wrap-text.js';
import { LABEL_GAP, NAME_LINE, NAME_STYLE } from './trend-labels.js';
import { markerPath, shapeOf } from './trend-markers.js';

/** Width of the line sample in a key item, and the space between it and the name. */
const SWATCH_WIDTH = 24;
const SWATCH_GAP = 6;
/** Space between two items on a row of the key, and below the key. */
const ITEM_GAP = 16;
const KEY_BOTTOM_GAP = 12;

export interface KeyItem {
  readonly series: number;
  readonly swatch: { readonly x1: number; readonly x2: number; readonly y: number };
  readonly marker: string;
  readonly lines: readonly TextLine[];
}

/**
 * The key above the plot, used when series names do not fit at the line ends: one item per series (its marker on a
 * short line, then its name), side by side while they fit, in rows as tall as their tallest name. `height` includes
 * the space below the key.
 */
export function trendKey(names: readonly (string | undefined)[], width: number, measure: TextMeasurer): { items: KeyItem[]; height: number } {
  const items: KeyItem[] = [];
  let x = 0;
  let rowTop = 0;
  let rowHeight = 0;
  names.forEach((name, index) => {
    const lines = wrapText(name ?? '', width - SWATCH_WIDTH - SWATCH_GAP, measure, NAME_STYLE);
    const itemWidth = SWATCH_WIDTH + SWATCH_GAP + widestText(lines, measure, NAME_STYLE);
    if (x > 0 && x + itemWidth > width) {
      rowTop += rowHeight + LABEL_GAP;
      x = 0;
      rowHeight = 0;
    }
    const y = rowTop + NAME_LINE / 2;
    items.push({
      series: index,
      swatch: { x1: x, x2: x + SWATCH_WIDTH, y },
      marker: markerPath(shapeOf(index), x + SWATCH_WIDTH / 2, y),
      lines: stackLines(lines, x + SWATCH_WIDTH + SWATCH_GAP, rowTop, NAME_LINE, NAME_STYLE.size - 1),
    });
    rowHeight = Math.max(rowHeight, lines.length * NAME_LINE);
    x += itemWidth + ITEM_GAP;
  });
  return { items, height: rowTop + rowHeight + KEY_BOTTOM_GAP };
}
