import { round, type Box, type TextLine } from '../core/layout/geometry.js';
import type { TextMeasurer } from '../core/layout/measure-text.js';

/** The words under a missing wave: small and muted, as the other secondary text (never below 12 px, guidance R27). */
export const MISSING_STYLE = { size: 12, weight: 400 } as const;

/**
 * A wave with no figure in any series is marked on the chart itself, where the line breaks: its words ("no data",
 * or "too few answers" when every figure was withheld) just above the baseline, centred on the wave. Words wider than
 * the room halfway to the neighbouring waves are left out (the summary and the table still say it). Pure: no DOM.
 */
export function missingWaveLabels(
  missing: readonly { readonly x: number; readonly text: string }[],
  waveXs: readonly number[],
  baseline: number,
  measure: TextMeasurer,
): { labels: (TextLine & { readonly anchor: 'middle' })[]; boxes: Box[] } {
  const labels: (TextLine & { readonly anchor: 'middle' })[] = [];
  const boxes: Box[] = [];
  for (const wave of missing) {
    const width = measure(wave.text, MISSING_STYLE);
    const before = Math.max(...waveXs.filter((x) => x < wave.x), -Infinity);
    const after = Math.min(...waveXs.filter((x) => x > wave.x), Infinity);
    const room = 2 * Math.min(wave.x - before, after - wave.x) - 8;
    if (width > room) continue;
    labels.push({ text: wave.text, x: round(wave.x), y: round(baseline - 6), anchor: 'middle' });
    boxes.push({ x: wave.x - width / 2, y: baseline - 6 - MISSING_STYLE.size, width, height: MISSING_STYLE.size + 4 });
  }
  return { labels, boxes };
}
