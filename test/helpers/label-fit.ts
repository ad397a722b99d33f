import type { TrustElement } from '../../src/core/trust-element.js';
import { textBox } from './text-box.js';
import { overlaps, shadow } from './widget.js';

/**
 * One chart per widget for the text tests (issue 17 item 1): BT research's surveys of NHS staff, 2022 and 2024, as
 * in the widgets' own tests; the likert answers are invented (test/likert/fixtures.ts); the stat with its ranges strip.
 */
export const WIDGETS: Record<string, string> = {
  bars: `<trust-bars heading="NHS staff views" data="Worry about cyber-attacks on the NHS: 57; Concerned attacks could disrupt critical NHS systems: 60; Believe current measures are sufficient: 36; Rank training NHS staff in new technologies as a priority: 55"></trust-bars>`,
  waffle: `<trust-waffle population="staff" data="Worried about cyber-attacks: 57; Not worried: 43"></trust-waffle>`,
  change: `<trust-change from-label="2022" to-label="2024" direction="up-is-good" data="Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39"></trust-change>`,
  trend: `<trust-trend series="Trained on new technologies | Trained on both new and existing systems" data="2022: 5 | 47; 2024: 15 | 39"></trust-trend>`,
  likert: `<trust-likert show-net series="Very confident | Fairly confident | Neither | Not very confident | Not at all confident" data="NHS staff: 12 | 24 | 20 | 30 | 14; UK public: 10 | 28 | 18 | 29 | 15"></trust-likert>`,
};

/** The stat's SVG is its ranges strip (show-uncertainty); its figure is HTML text. */
export const STAT = `<trust-stat value="57" previous="52" sample-size="1000" show-uncertainty label="Worry about cyber-attacks on the NHS"></trust-stat>`;

/**
 * The audit's measurements of a chart's labels, in screen px: how far the farthest reaches past the chart's SVG
 * (inside which it must stay, so inside the widget), the pairs that overlap by more than a pixel, and the area (px²)
 * where any two overlap at all. Glyph boxes (textBox), alike in every engine.
 */
export function labelFit(el: TrustElement): { outside: number; overlapping: string[]; overlapArea: number } {
  const svg = shadow(el).querySelector('svg')!;
  const chart = svg.getBoundingClientRect();
  const labels = Array.from(svg.querySelectorAll('text'))
    .filter((text) => (text.textContent ?? '').trim() && getComputedStyle(text).display !== 'none')
    .map((text) => ({ name: `“${(text.textContent ?? '').trim()}”`, rect: textBox(text) }));
  const outside = Math.max(
    0,
    ...labels.map(({ rect }) => Math.max(chart.left - rect.left, rect.right - chart.right, chart.top - rect.top, rect.bottom - chart.bottom)),
  );
  let overlapArea = 0;
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (x > 0 && y > 0) overlapArea += x * y;
    }),
  );
  return { outside, overlapping: overlaps(labels), overlapArea: Math.round(overlapArea * 100) / 100 };
}
