import { LABEL_SPACING, spacedApart, TICK_STYLE } from '../core/layout/axis-ticks.js';
import { round } from '../core/layout/geometry.js';
import type { TextMeasurer, TextStyle } from '../core/layout/measure-text.js';
import { wrapText } from '../core/layout/wrap-text.js';

/** Text sizes in CSS px; never below 12 px (guidance R27). */
export const VALUE_STYLE = { size: 14, weight: 700 } as const;
export const NAME_STYLE = { size: 13, weight: 400 } as const;
/** Line heights of a label's value and of each line of a series name. */
export const VALUE_LINE = 18;
export const NAME_LINE = 16;
/** Space between two series labels at the line ends, and between key rows. */
export const LABEL_GAP = 6;

/**
 * Moves labels up or down so that none overlap, keeping each as near its wanted place as it can. Labels are given
 * by wanted top and height; the answer is each label's top, in the order given. Labels stay below `min` and, when
 * they all fit, above `max`; when they do not fit, the last ones go below `max` (the chart grows).
 */
export function spreadLabels(labels: readonly { readonly top: number; readonly height: number }[], min: number, max: number, gap: number): number[] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.top - labels[b]!.top);
  const tops = labels.map((label) => label.top);
  // Downwards: each label starts below the one above it.
  let floor = min;
  for (const i of order) {
    tops[i] = Math.max(labels[i]!.top, floor);
    floor = tops[i]! + labels[i]!.height + gap;
  }
  // Upwards from `max`: pull back labels pushed past the bottom, never above `min`.
  let ceiling = max;
  for (const i of [...order].reverse()) {
    tops[i] = Math.min(tops[i]!, ceiling - labels[i]!.height);
    ceiling = tops[i]! - gap;
  }
  floor = min;
  for (const i of order) {
    tops[i] = Math.max(tops[i]!, floor);
    floor = tops[i]! + labels[i]!.height + gap;
  }
  return tops;
}

/** A label wraps cleanly when no word has to be broken and it needs no more than `maxLines` lines. */
export function wrapWhole(text: string, width: number, measure: TextMeasurer, style: TextStyle, maxLines: number): string[] | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.some((word) => measure(word, style) > width)) return undefined;
  const lines = wrapText(text, width, measure, style, maxLines + 1);
  return lines.length <= maxLines ? lines : undefined;
}

/**
 * Wave labels under the axis. All of them when they fit; otherwise every second, third … wave, always keeping the
 * first and the last, so labels never overlap. Each label is centred on its wave, nudged inwards at the edges.
 */
export function thinLabels(
  labels: readonly { readonly row: number; readonly text: string; readonly x: number }[],
  measure: TextMeasurer,
  limit: number,
): { row: number; text: string; x: number }[] {
  const boxes = labels.map((label) => {
    const w = measure(label.text, TICK_STYLE);
    const centre = Math.min(Math.max(label.x, w / 2), Math.max(limit - w / 2, w / 2));
    return { row: label.row, text: label.text, x: round(centre), from: centre - w / 2, to: centre + w / 2 };
  });
  for (let step = 1; step <= Math.max(boxes.length - 1, 1); step++) {
    const kept = boxes.filter((_, i) => i % step === 0);
    const last = boxes[boxes.length - 1];
    if (last && kept[kept.length - 1] !== last) {
      // Keep the last wave: it replaces the one before it if they would touch.
      if (kept.length > 1 && last.from < kept[kept.length - 1]!.to + LABEL_SPACING) kept.pop();
      kept.push(last);
    }
    if (spacedApart(kept, LABEL_SPACING)) return kept.map(({ row, text, x }) => ({ row, text, x }));
  }
  // Not even the first and last fit side by side: keep the last (the latest wave) alone.
  const last = boxes[boxes.length - 1];
  return last ? [{ row: last.row, text: last.text, x: last.x }] : [];
}
