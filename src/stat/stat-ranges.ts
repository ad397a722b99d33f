import { nice } from 'd3-array';
import { pickTicks, tickCount, TICK_STYLE, type Tick } from '../core/layout/axis-ticks.js';
import type { Box, TextLine } from '../core/layout/geometry.js';
import type { TextMeasurer } from '../core/layout/measure-text.js';
import { linearScale } from '../core/layout/linear-scale.js';

/** Text sizes in CSS px (never below 12 px). */
export const RANGE_LABEL_STYLE = { size: 14, weight: 400 } as const;
/** The strip is a small scale under the figure, not a full-width chart. */
export const MAX_RANGES_WIDTH = 420;
/** Height of each shaded band, and the radius of the point on it. */
export const BAND_HEIGHT = 12;
export const POINT_RADIUS = 4;
const LABEL_LINE = 18;
const LABEL_GAP = 4;
const ROW_GAP = 8;
const TICK_GAP = 6;
/**
 * About one tick per this many pixels of the strip's whole width (not only its axis): the same count also rounds
 * the ends of the scale, so both ends get a label.
 */
const TICK_SPACING = 70;
/** Space kept free at each end so the points and tick labels stay inside the strip. */
const EDGE = POINT_RADIUS + 2;

/** One figure's 95% interval, already written as text ("2022: 52% ± 3.0"). */
export interface RangeItem {
  readonly kind: 'previous' | 'current';
  readonly text: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

export interface RangesInput {
  /** The previous figure first (if any), then the headline figure. */
  readonly items: readonly RangeItem[];
  /** Content width in CSS pixels; the strip uses at most MAX_RANGES_WIDTH of it. */
  readonly width: number;
  readonly measure: TextMeasurer;
  /** Writes a tick value ("50%"). */
  readonly tickText: (value: number) => string;
}

export interface RangeRowGeometry {
  readonly kind: RangeItem['kind'];
  readonly label: TextLine;
  /** The shaded band from the interval's low to its high end. */
  readonly band: Box;
  /** The figure itself, on the band. */
  readonly point: { readonly x: number; readonly y: number };
}

export interface RangesGeometry {
  readonly width: number;
  readonly height: number;
  readonly rows: readonly RangeRowGeometry[];
  readonly axis: { readonly x1: number; readonly x2: number; readonly y: number };
  readonly ticks: readonly Tick[];
  /** The values at the strip's two ends. */
  readonly domain: readonly [number, number];
}

/**
 * Pure geometry for the `show-uncertainty` strip of `<trust-stat>`: one row per figure (the previous one above the
 * latest), each a text label ("2022: 52% ± 3.0") over a shaded band spanning the figure's 95% interval with a point
 * at the figure, on a shared scale with labelled ticks underneath. The scale is zoomed to the intervals (with a
 * margin, rounded to nice numbers, never beyond 0–100%) so that bands a few points wide can be compared.
 */
export function rangesLayout({ items, width: available, measure, tickText }: RangesInput): RangesGeometry {
  const width = Math.max(0, Math.min(available, MAX_RANGES_WIDTH));
  const lows = items.map((item) => item.low);
  const highs = items.map((item) => item.high);
  const low = Math.min(...lows);
  const high = Math.max(...highs);
  const pad = Math.max((high - low) * 0.15, 1);
  // Rounded to as many ticks as fit, so both ends of the scale are labelled.
  const count = tickCount(width, TICK_SPACING);
  const domain = nice(Math.max(0, low - pad), Math.min(100, high + pad), count);
  const scale = linearScale([Math.max(0, domain[0]), Math.min(100, domain[1])], [EDGE, Math.max(EDGE + 1, width - EDGE)]);

  let y = 0;
  const rows = items.map((item): RangeRowGeometry => {
    const labelY = y + RANGE_LABEL_STYLE.size;
    const bandTop = y + LABEL_LINE + LABEL_GAP;
    const x1 = scale(item.low);
    const x2 = scale(item.high);
    y = bandTop + BAND_HEIGHT + ROW_GAP;
    return {
      kind: item.kind,
      label: { text: item.text, x: 0, y: labelY },
      band: { x: x1, y: bandTop, width: Math.max(1, x2 - x1), height: BAND_HEIGHT },
      point: { x: scale(item.value), y: bandTop + BAND_HEIGHT / 2 },
    };
  });
  const axisY = y - ROW_GAP + 4;
  const tickY = axisY + TICK_GAP + TICK_STYLE.size;
  return {
    width,
    height: Math.ceil(tickY + 4),
    rows,
    axis: { x1: scale.range[0], x2: scale.range[1], y: axisY },
    ticks: pickTicks(scale, { tickText, measure, width, y: tickY, spacing: TICK_SPACING, length: width }),
    domain: scale.domain,
  };
}
