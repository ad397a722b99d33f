import type { DataRow } from '../core/data/model.js';
import { edgeAnchor, pickTicks, TICK_STYLE, type Tick } from '../core/layout/axis-ticks.js';
import { stackLines, type Span, type TextLine } from '../core/layout/geometry.js';
import { linearScale } from '../core/layout/linear-scale.js';
import type { TextMeasurer } from '../core/layout/measure-text.js';
import { labelColumnWidth, STACK_BELOW } from '../core/layout/row-labels.js';
import { wrapText } from '../core/layout/wrap-text.js';

/** Text sizes in CSS px; never below 12 px (guidance R27). */
export const LABEL_STYLE = { size: 14, weight: 400 } as const;
export const VALUE_STYLE = { size: 14, weight: 700 } as const;
const LINE_HEIGHT = 18;
const BAR_HEIGHT = 24;
const GROUPED_BAR_HEIGHT = 18;
const GROUPED_BAR_GAP = 3;
const ROW_GAP = 14;
const LABEL_GAP = 12;
const VALUE_GAP = 6;
const MAX_LABEL_SHARE = 0.38;
/** About one axis tick per this many pixels, fewer when their labels would touch. */
const TICK_SPACING = 90;

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
  /** Room kept right of the value labels for numbered note markers (`notes` on a narrow chart). Default 0. */
  readonly noteRoom?: number;
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
  readonly lineSpans: readonly Span[];
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly ticks: readonly Tick[];
  readonly target?: { readonly x: number; readonly label: Tick };
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

  const valueWidths = rows.map((_, r) => Array.from({ length: seriesCount }, (_, s) => measure(input.valueText(r, s), VALUE_STYLE)));
  const widestValue = Math.max(0, ...valueWidths.flat()) + VALUE_GAP;
  const needsLeftRoom = smallest < 0;

  const stacked = width < STACK_BELOW;
  const labelWidth = stacked
    ? width
    : labelColumnWidth(
        rows.map((row) => row.label),
        LABEL_STYLE,
        width,
        MAX_LABEL_SHARE,
        measure,
      );
  const plotLeft = (stacked ? 0 : labelWidth + LABEL_GAP) + (needsLeftRoom ? widestValue : 0);
  const plotRight = Math.max(plotLeft + 40, width - widestValue - (input.noteRoom ?? 0));

  const scale = linearScale([smallest, upper], [plotLeft, plotRight], { nice: input.max === undefined && !percent });
  const zeroX = scale(0);

  const groupHeight = seriesCount > 1 ? seriesCount * GROUPED_BAR_HEIGHT + (seriesCount - 1) * GROUPED_BAR_GAP : BAR_HEIGHT;
  const barHeight = seriesCount > 1 ? GROUPED_BAR_HEIGHT : BAR_HEIGHT;
  const plotTop = target !== undefined ? TICK_STYLE.size + 10 : 4;

  const labels: TextLine[][] = [];
  const bars: BarGeometry[] = [];
  const rowSpans: Span[] = [];
  let y = plotTop;
  rows.forEach((row, r) => {
    const lines = wrapText(row.label, Math.max(labelWidth, 40), measure, LABEL_STYLE);
    const labelHeight = lines.length * LINE_HEIGHT;
    const rowHeight = stacked ? labelHeight + 4 + groupHeight : Math.max(labelHeight, groupHeight);
    const labelTop = stacked ? y : y + (rowHeight - labelHeight) / 2;
    const groupTop = stacked ? y + labelHeight + 4 : y + (rowHeight - groupHeight) / 2;
    labels.push(stackLines(lines, 0, labelTop, LINE_HEIGHT, LABEL_STYLE.size));
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

  const ticks = pickTicks(scale, { tickText: input.tickText, measure, width, y: plotBottom + TICK_STYLE.size + 6, spacing: TICK_SPACING });
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

/** The target's label sits above the plot, centred on its line unless that would cross an edge. */
function placeTarget(x: number, text: string, measure: TextMeasurer, width: number): NonNullable<BarsGeometry['target']> {
  return { x, label: { text, x, y: TICK_STYLE.size, anchor: edgeAnchor(x, measure(text, TICK_STYLE), width) } };
}
