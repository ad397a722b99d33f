import { nice } from 'd3-array';
import type { Anchor, TextLine } from './geometry.js';
import type { LinearScale } from './linear-scale.js';
import type { TextMeasurer } from './measure-text.js';

/** Tick labels: 12 px, the smallest text the charts draw (guidance R27). */
export const TICK_STYLE = { size: 12, weight: 400 } as const;
/** Room kept free between two neighbouring labels along an axis. */
export const LABEL_SPACING = 8;

/** A labelled tick under a horizontal axis: its value as written, centred on `x` unless it meets an edge. */
export type Tick = TextLine & { readonly anchor: Anchor };

/**
 * How a label centred on `x` is anchored so it stays inside `0 … width`: centred, or held at the edge it would cross.
 */
export function edgeAnchor(x: number, textWidth: number, width: number): Anchor {
  const half = textWidth / 2;
  return x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
}

/** True when each label, left to right, starts at least `gap` after the one before it ends. */
export function spacedApart(labels: readonly { readonly from: number; readonly to: number }[], gap: number): boolean {
  return labels.every((label, i) => i === 0 || label.from >= labels[i - 1]!.to + gap);
}

/** The first number of ticks to ask for: one per `spacing` pixels of `length`, and at least two. */
export const tickCount = (length: number, spacing: number): number => Math.max(2, Math.floor(length / spacing));

export interface TickOptions {
  /** Writes a tick value ("50%"). */
  readonly tickText: (value: number) => string;
  readonly measure: TextMeasurer;
  /** The chart's width: no label leaves `0 … width`. */
  readonly width: number;
  /** Baseline of the labels. */
  readonly y: number;
  /**
   * The density rule, which each chart sets for itself: the first try asks for one tick per `spacing` pixels of
   * `length` (the axis's own length unless given), then fewer until the labels stand apart.
   */
  readonly spacing: number;
  readonly length?: number | undefined;
}

/**
 * As many of the scale's round ticks as fit without their labels touching or leaving the chart: from
 * `tickCount(length, spacing)` down to one, the first count whose labels stand `LABEL_SPACING` apart. An axis that
 * ends where no round tick reaches (the data stretched it past `max`: 0–63%) also labels its end, and the round
 * ticks too close to that label give way, so a reader never has to guess where the axis stops.
 */
export function pickTicks(scale: LinearScale, { tickText, measure, width, y, spacing, length }: TickOptions): Tick[] {
  const [left, right] = scale.range;
  const place = (value: number) => {
    const text = tickText(value);
    const x = scale(value);
    const textWidth = measure(text, TICK_STYLE);
    const anchor = edgeAnchor(x, textWidth, width);
    const from = anchor === 'start' ? x : anchor === 'end' ? x - textWidth : x - textWidth / 2;
    return { text, x, y, anchor, from, to: from + textWidth };
  };
  const [start, stop] = scale.domain;
  // Round at a fine step (every 5 on 0–100), so a likert's −45…55% or an author's max="75" stays as it was.
  const end = stop !== start && nice(start, stop, 20)[1] !== stop ? place(stop) : undefined;
  for (let count = tickCount(length ?? right - left, spacing); count >= 1; count--) {
    const round = scale.ticks(count).map(place);
    const ticks = end && round.at(-1)?.x !== end.x ? [...round.filter((tick) => tick.to + LABEL_SPACING <= end.from), end] : round;
    if (count === 1 || spacedApart(ticks, LABEL_SPACING)) return ticks.map(({ text, x, anchor }) => ({ text, x, y, anchor }));
  }
  return [];
}
