import { stackLines, type TextLine } from '../core/layout/geometry.js';
import { widestText, type TextMeasurer } from '../core/layout/measure-text.js';
import { wrapText } from '../core/layout/wrap-text.js';
import { DOT_RADIUS } from './change-dumbbell.js';

/** Key text in CSS px; never below 12 px (guidance R27). */
export const KEY_STYLE = { size: 14, weight: 400 } as const;
const KEY_LINE_HEIGHT = 22;
const KEY_ITEM_GAP = 18;
const KEY_MARKER_GAP = 6;
/** Space between the key and the chart below it. */
const KEY_BOTTOM_GAP = 10;

/** `range` is the key's sample whisker, shown when 95% ranges are drawn. */
export type KeyItemKind = 'from' | 'to' | 'range' | 'note';

/** One entry of the key above the chart: the hollow "from" dot, the filled "to" dot, a sample whisker, or a note. */
export interface KeyItem {
  readonly kind: KeyItemKind;
  readonly text: string;
}

export interface KeyItemGeometry {
  readonly kind: KeyItemKind;
  /** Centre of the marker dot (notes have none). */
  readonly marker?: { readonly x: number; readonly y: number } | undefined;
  readonly lines: readonly TextLine[];
}

/**
 * The key's items flow left to right and wrap; an item too wide for a line wraps its own words. `height` includes
 * the space below the key (none without items).
 */
export function changeKey(items: readonly KeyItem[], width: number, measure: TextMeasurer): { items: KeyItemGeometry[]; height: number } {
  const placed: KeyItemGeometry[] = [];
  let line = 0;
  let x = 0;
  for (const item of items) {
    const markerWidth = item.kind === 'note' ? 0 : 2 * DOT_RADIUS + KEY_MARKER_GAP;
    const texts = wrapText(item.text, Math.max(width - markerWidth, 40), measure, KEY_STYLE);
    const itemWidth = markerWidth + widestText(texts, measure, KEY_STYLE);
    if (x > 0 && (texts.length > 1 || x + itemWidth > width)) {
      line++;
      x = 0;
    }
    const centre = line * KEY_LINE_HEIGHT + KEY_LINE_HEIGHT / 2;
    placed.push({
      kind: item.kind,
      marker: item.kind === 'note' ? undefined : { x: x + DOT_RADIUS + 1, y: centre },
      lines: stackLines(texts, x + markerWidth, centre, KEY_LINE_HEIGHT, KEY_STYLE.size * 0.35),
    });
    line += texts.length - 1;
    x = texts.length > 1 ? width : x + itemWidth + KEY_ITEM_GAP;
  }
  return { items: placed, height: placed.length ? (line + 1) * KEY_LINE_HEIGHT + KEY_BOTTOM_GAP : 0 };
}
