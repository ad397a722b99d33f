import type { DataRow } from '../core/data/model.js';
import type { TextMeasurer } from '../core/layout/measure-text.js';
import { linearScale, type LinearScale } from '../core/layout/linear-scale.js';
import { wrapText } from '../core/layout/wrap-text.js';

/** Text sizes in CSS px; never below 12 px (guidance R27). */
export const LABEL_STYLE = { size: 14, weight: 400 } as const;
export const VALUE_STYLE = { size: 14, weight: 700 } as const;
export const TICK_STYLE = { size: 12, weight: 400 } as const;
const LINE_HEIGHT = 18;
const BAR_HEIGHT = 24;
const GROUPED_BAR_HEIGHT = 18;
const GROUPED_BAR_GAP = 3;
const ROW_GAP = 14;
const LABEL_GAP = 12;
const VALUE_GAP = 6;
/** Below this width labels go above their bars, so bars keep the full width of a phone. */
export const STACK_BELOW = 480;
const MAX_LABEL_SHARE = 0.38;

export interface BarsLayoutInput {
  readonly rows: readonly DataRow[];
  readonly seriesCount: number;
  readonly width: number;
  /** Upper end of the axis (percent charts default to 100). Extended to fit the data and target. */
  readonly max: number | undefined;
  readonly percent: boolean;
  readonly target: number | undefined;
  readonly targetText: string | undefined;
  /** Row index to emphasise; the others are muted. */
  readonly highlight: number | undefined;
  /** Text of each value label, or undefined for a missing value. */
  readonly valueText: (row: number, series: number) => string;
  /** A value's 95% interval to draw as an error bar (`show-uncertainty`), if any. */
  readonly interval?: ((row: number, series: number) => { readonly low: number; readonly high: number } | undefined) | undefined;
  readonly tickText: (value: number) => string;
  readonly measure: TextMeasurer;
}

export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface BarGeometry {
  readonly row: number;
  readonly series: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly missing: boolean;
  readonly muted: boolean;
  readonly highlighted: boolean;
  readonly label: TextLine & { readonly anchor: 'start' | 'end' };
  /** The 95% interval as a horizontal line with end caps, when `show-uncertainty` is set. */
  readonly errorBar?: { readonly x1: number; readonly x2: number; readonly y: number };
}

export interface BarsGeometry {
  readonly width: number;
  readonly height: number;
  /** True when labels sit above their bars (narrow containers). */
  readonly stacked: boolean;
  readonly labels: readonly (readonly TextLine[])[];
  readonly bars: readonly BarGeometry[];
  readonly zeroX: number;
  /**
   * Vertical spans where grid, zero and target lines are drawn: the whole plot when labels sit beside the bars,
   * only each row's bars when labels sit above them (so lines never cross label text).
   */
  readonly lineSpans: readonly { readonly top: number; readonly bottom: number }[];
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly ticks: readonly (TextLine & { readonly anchor: 'start' | 'middle' | 'end' })[];
  readonly target?: { readonly x: number; readonly label: TextLine & { readonly anchor: 'start' | 'middle' | 'end' } };
}

/**
 * Pure geometry for horizontal bars: wraps labels, reserves room for value labels, picks ticks that do not
 * collide, and places a target line. No DOM: text widths come from `measure`.
 */
export function barsLayout(input: BarsLayoutInput): BarsGeometry {
  const { rows, seriesCount, width, measure, percent, target } = input;
  const values = rows.flatMap((row) => row.values.filter((v): v is number => v !== null));
  const intervals = rows.map((_, r) => Array.from({ length: seriesCount }, (_, s) => input.interval?.(r, s)));
  const highs = intervals.flat().flatMap((interval) => (interval ? [interval.high] : []));
  const largest = Math.max(0, ...values, ...highs, target ?? 0);
  const smallest = Math.min(0, ...values, target ?? 0);
  const upper = Math.max(input.max ?? (percent ? 100 : largest), largest);

  const valueWidths = rows.map((_, r) =>
    Array.from({ length: seriesCount }, (_, s) => measure(input.valueText(r, s), VALUE_STYLE)),
  );
  const widestValue = Math.max(0, ...valueWidths.flat()) + VALUE_GAP;
  const needsLeftRoom = smallest < 0;

  const naturalLabel = Math.max(0, ...rows.map((row) => measure(row.label, LABEL_STYLE)));
  const stacked = width < STACK_BELOW;
  const labelWidth = stacked ? width : Math.min(naturalLabel, width * MAX_LABEL_SHARE);
  const plotLeft = (stacked ? 0 : labelWidth + LABEL_GAP) + (needsLeftRoom ? widestValue : 0);
  const plotRight = Math.max(plotLeft + 40, width - widestValue);

  const scale = linearScale([smallest, upper], [plotLeft, plotRight], { nice: input.max === undefined && !percent });
  const zeroX = scale(0);

  const groupHeight = seriesCount > 1 ? seriesCount * GROUPED_BAR_HEIGHT + (seriesCount - 1) * GROUPED_BAR_GAP : BAR_HEIGHT;
  const barHeight = seriesCount > 1 ? GROUPED_BAR_HEIGHT : BAR_HEIGHT;
  const plotTop = target !== undefined ? TICK_STYLE.size + 10 : 4;

  const labels: TextLine[][] = [];
  const bars: BarGeometry[] = [];
  const rowSpans: { top: number; bottom: number }[] = [];
  let y = plotTop;
  rows.forEach((row, r) => {
    const lines = wrapText(row.label, Math.max(labelWidth, 40), measure, LABEL_STYLE);
    const labelHeight = lines.length * LINE_HEIGHT;
    const rowHeight = stacked ? labelHeight + 4 + groupHeight : Math.max(labelHeight, groupHeight);
    const labelTop = stacked ? y : y + (rowHeight - labelHeight) / 2;
    const groupTop = stacked ? y + labelHeight + 4 : y + (rowHeight - groupHeight) / 2;
    labels.push(lines.map((text, i) => ({ text, x: 0, y: labelTop + i * LINE_HEIGHT + LABEL_STYLE.size })));
    rowSpans.push({ top: groupTop - 3, bottom: groupTop + groupHeight + 3 });
    row.values.forEach((value, s) => {
      const barY = groupTop + s * (barHeight + GROUPED_BAR_GAP);
      const end = value === null ? zeroX : scale(value);
      const negative = value !== null && value < 0;
      const x = Math.min(zeroX, end);
      const barWidth = Math.abs(end - zeroX);
      const interval = value === null ? undefined : intervals[r]?.[s];
      const errorBar = interval ? { x1: scale(interval.low), x2: scale(interval.high), y: barY + barHeight / 2 } : undefined;
      // The value label starts after the bar or its error bar, whichever reaches further.
      const labelFrom = negative ? x : Math.max(x + barWidth, errorBar?.x2 ?? -Infinity);
      bars.push({
        row: r,
        series: s,
        x,
        y: barY,
        width: barWidth,
        height: barHeight,
        missing: value === null,
        muted: input.highlight !== undefined && input.highlight !== r,
        highlighted: input.highlight === r,
        ...(errorBar ? { errorBar } : {}),
        label: {
          text: input.valueText(r, s),
          x: negative ? x - VALUE_GAP : labelFrom + VALUE_GAP,
          y: barY + barHeight / 2 + VALUE_STYLE.size * 0.35,
          anchor: negative ? 'end' : 'start',
        },
      });
    });
    y += rowHeight + ROW_GAP;
  });
  const plotBottom = y - ROW_GAP + 4;

  const ticks = pickTicks(scale, input.tickText, measure, width, plotBottom + TICK_STYLE.size + 6);
  const targetGeometry = target !== undefined && input.targetText ? placeTarget(scale(target), input.targetText, measure, width) : undefined;
  return {
    width,
    height: Math.ceil(plotBottom + TICK_STYLE.size + 10),
    stacked,
    labels,
    bars,
    zeroX,
    lineSpans: stacked ? rowSpans : [{ top: plotTop, bottom: plotBottom }],
    plotTop,
    plotBottom,
    ticks,
    ...(targetGeometry ? { target: targetGeometry } : {}),
  };
}

/** As many ticks as fit without their labels touching or leaving the chart. */
function pickTicks(
  scale: LinearScale,
  tickText: (value: number) => string,
  measure: TextMeasurer,
  width: number,
  y: number,
): BarsGeometry['ticks'] {
  const [left, right] = scale.range;
  for (let count = Math.max(2, Math.floor((right - left) / 90)); count >= 1; count--) {
    const ticks = scale.ticks(count).map((value) => {
      const text = tickText(value);
      const x = scale(value);
      const half = measure(text, TICK_STYLE) / 2;
      const anchor: 'start' | 'middle' | 'end' = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
      const from = anchor === 'start' ? x : anchor === 'end' ? x - 2 * half : x - half;
      return { text, x, y, anchor, from, to: from + 2 * half };
    });
    const clear = ticks.every((tick, i) => i === 0 || tick.from >= ticks[i - 1]!.to + 8);
    if (clear || count === 1) return ticks.map(({ text, x, y: ty, anchor }) => ({ text, x, y: ty, anchor }));
  }
  return [];
}

function placeTarget(x: number, text: string, measure: TextMeasurer, width: number): NonNullable<BarsGeometry['target']> {
  const half = measure(text, TICK_STYLE) / 2;
  const anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
  return { x, label: { text, x, y: TICK_STYLE.size, anchor } };
}
