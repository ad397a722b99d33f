import { TICK_STYLE } from '../core/layout/axis-ticks.js';
import { round, type Box, type TextLine } from '../core/layout/geometry.js';
import { linePath } from '../core/layout/line-path.js';
import { widestText, type TextMeasurer } from '../core/layout/measure-text.js';
import { bandPath } from './trend-band.js';
import { yTicks } from './trend-domain.js';
import { trendKey, type KeyItem } from './trend-key.js';
import { LABEL_GAP, NAME_LINE, NAME_STYLE, spreadLabels, thinLabels, VALUE_LINE, VALUE_STYLE, wrapWhole } from './trend-labels.js';
import { MARKER_RADIUS, markerPath, shapeOf, type Shape } from './trend-markers.js';

// The element reads the y axis from here (see trend-domain.ts).
export { yDomain, type YDomain, type YDomainInput } from './trend-domain.js';

/** Space between the plot and the column of line-end labels; wider when leader lines cross it. */
const COLUMN_GAP = 8;
const COLUMN_GAP_MOVED = 22;
/** A line-end label pushed further than this from its point (crowded lines) moves the names into a key. */
export const MAX_LABEL_SHIFT = 40;
/** From the plot's bottom to the baseline of the wave labels. */
const X_LABEL_ROW = 10 + 12;
/** Room for the series' marker drawn before its value in a line-end label. */
const ICON_WIDTH = 16;
/** Space between the y tick labels and the gridlines. */
const TICK_GAP = 6;
/** Inset of the first and last wave from the ends of the gridlines (more with an axis break, which sits there). */
const PAD_LEFT = 16;
const PAD_LEFT_BROKEN = 24;
const PAD_RIGHT = 10;
/** The plot keeps at least this much width, or series names move from the line ends into a key above. */
export const MIN_PLOT_WIDTH = 140;
/** A series name at a line end may wrap onto this many lines; a longer one moves the names into a key. */
export const MAX_NAME_LINES = 3;
/** Share of the width the line-end labels may take. */
const MAX_COLUMN_SHARE = 0.4;
const MAX_COLUMN_WIDTH = 220;
/** Plot height grows with the width between these bounds (and further if line-end labels need the room). */
const MIN_PLOT_HEIGHT = 160;
const MAX_PLOT_HEIGHT = 280;
/** Line-end labels taller than this together go into a key instead. */
const MAX_LABELS_HEIGHT = 360;

export interface TrendSeriesInput {
  /** Name shown at the line end or in the key; undefined for a single unnamed series (only its value is shown). */
  readonly name: string | undefined;
  /** One value per row (wave), null where the wave has no figure. */
  readonly values: readonly (number | null)[];
  /** The text of the value label at the series' last point ("15%"), or "no data". */
  readonly lastText: string;
  /**
   * Each row's 95% interval to shade as a band (`show-uncertainty`), undefined or null where the wave has no value
   * or no known sample size: the band breaks there, as the line breaks at a missing wave.
   */
  readonly intervals?: readonly (Interval | null | undefined)[];
}

/** A value's 95% interval, in the data's units. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface TrendLayoutInput {
  readonly width: number;
  /** Position of each row along the x axis, 0 to 1 (see `waveAxis`). */
  readonly positions: readonly number[];
  /** Each row's label as shown under the axis. */
  readonly labels: readonly string[];
  /** Row indices in drawing order. */
  readonly order: readonly number[];
  readonly series: readonly TrendSeriesInput[];
  /** The y domain (see `yDomain`). */
  readonly lower: number;
  readonly upper: number;
  /** Draw an axis-break marker: the axis does not start at zero. */
  readonly broken: boolean;
  readonly tickText: (value: number) => string;
  readonly measure: TextMeasurer;
  /** Room above the plot for notes and the words of shaded ranges (`notes`, `highlight`). Default 0. */
  readonly headroom?: number;
}

export interface PointGeometry {
  /** Row (wave) index in the data. */
  readonly row: number;
  readonly x: number;
  readonly y: number;
  readonly value: number;
  readonly marker: string;
}

export interface SeriesGeometry {
  readonly index: number;
  readonly shape: Shape;
  /** SVG path of the line, broken where a wave has no figure (see core/layout/line-path.ts); '' when nothing to join. */
  readonly path: string;
  /** SVG path of the shaded 95% band (see `bandPath`); '' without intervals. */
  readonly band: string;
  /** Marked values, in drawing order. */
  readonly points: readonly PointGeometry[];
  /** The label at the line end: marker icon, value, then the series name (wrapped) when names sit at line ends. */
  readonly label: {
    readonly icon?: string;
    readonly value: TextLine & { readonly anchor: 'start' };
    readonly name: readonly TextLine[];
    readonly top: number;
    readonly bottom: number;
    /** A thin line from the last point to its label, when the label had to move away from it. */
    readonly leader?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
  };
}

export interface TrendGeometry {
  readonly width: number;
  readonly height: number;
  /** `end-labels`: series named at the line ends. `key`: named in a key above the plot (narrow or long names). */
  readonly mode: 'end-labels' | 'key';
  readonly key: readonly KeyItem[];
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Horizontal gridlines at round values, with their labels. */
  readonly grid: readonly { readonly y: number; readonly value: number; readonly label: TextLine & { readonly anchor: 'end' } }[];
  /** The bottom line of the plot (zero, or `y-min`), drawn stronger than the grid. */
  readonly baseline: { readonly y: number; readonly x1: number; readonly x2: number };
  /** A zero line inside the plot when values fall below zero. */
  readonly zero?: { readonly y: number; readonly x1: number; readonly x2: number };
  /** The "//" mark where the axis is broken, with the gap it cuts in the baseline. */
  readonly axisBreak?: { readonly gap: Box; readonly path: string };
  /** A short tick under every wave, labelled or not. */
  readonly waveTicks: readonly { readonly x: number; readonly y1: number; readonly y2: number }[];
  /** Wave labels under the axis, thinned so none overlap. */
  readonly xLabels: readonly (TextLine & { readonly row: number })[];
  readonly series: readonly SeriesGeometry[];
}

/**
 * Pure geometry for a line chart over survey waves: gridlines at round values, one line per series broken at
 * missing waves, a marker on every value, value and name labels at the line ends (moved apart so they never
 * overlap), or a key above the plot when the names do not fit beside it or would sit too far from their lines.
 * No DOM: text widths come from `measure`.
 */
export function trendLayout(input: TrendLayoutInput): TrendGeometry {
  const { width, measure, lower, upper, series, order, positions } = input;
  const span = upper - lower || 1;
  const baseHeight = Math.round(Math.min(MAX_PLOT_HEIGHT, Math.max(MIN_PLOT_HEIGHT, width * 0.42)));
  const tickValues = yTicks(lower, upper, Math.max(2, Math.floor(baseHeight / 45)));
  const tickLabels = tickValues.map((value) => input.tickText(value));
  const plotLeft = Math.ceil(widestText(tickLabels, measure, TICK_STYLE)) + TICK_GAP;
  const valueWidth = widestText(
    series.map((s) => s.lastText),
    measure,
    VALUE_STYLE,
  );
  // Each series' last marked value, by row: where its label wants to be.
  const lastRows = series.map((s) => [...order].reverse().find((row) => (s.values[row] ?? null) !== null));
  const yAt = (value: number, plotHeight: number, bottom: number) => bottom - ((value - lower) / span) * plotHeight;

  /** Label heights, plot height and label tops for a set of name lines, with the plot's top at `top`. */
  const place = (nameLines: readonly (readonly string[])[], top: number) => {
    const heights = series.map((_, i) => VALUE_LINE + nameLines[i]!.length * NAME_LINE);
    const total = heights.reduce((sum, h) => sum + h + LABEL_GAP, 0);
    const plotHeight = Math.max(baseHeight, Math.min(total, MAX_LABELS_HEIGHT));
    const bottom = top + plotHeight;
    const wanted = series.map((s, i) => {
      const row = lastRows[i];
      const y = row === undefined ? bottom : yAt(s.values[row]!, plotHeight, bottom);
      return { top: y - VALUE_LINE / 2, height: heights[i]! };
    });
    // Labels may reach down beside the wave labels (those stop at the plot's right edge) before the chart grows.
    const tops = spreadLabels(wanted, 0, bottom + X_LABEL_ROW + 4, LABEL_GAP);
    const moved = tops.map((t, i) => Math.abs(t - wanted[i]!.top));
    return { heights, plotHeight, bottom, wanted, tops, moved, total };
  };

  // Try the series names at the line ends; fall back to a key above the plot when they do not fit beside the plot,
  // or when crowded lines would push a name far from its line.
  const named = series.some((s) => s.name);
  let mode: TrendGeometry['mode'] = 'end-labels';
  let nameLines: (readonly string[])[] = series.map(() => []);
  if (named) {
    const budget = Math.min(width * MAX_COLUMN_SHARE, MAX_COLUMN_WIDTH) - ICON_WIDTH;
    const wrapped = series.map((s) => (s.name ? wrapWhole(s.name, budget, measure, NAME_STYLE, MAX_NAME_LINES) : []));
    const lines = wrapped.map((l) => l ?? []);
    const widest = Math.max(valueWidth, widestText(lines.flat(), measure, NAME_STYLE));
    const trial = place(lines, 10);
    const fits =
      wrapped.every((l) => l !== undefined) &&
      width - plotLeft - COLUMN_GAP_MOVED - ICON_WIDTH - widest >= MIN_PLOT_WIDTH &&
      trial.total <= MAX_LABELS_HEIGHT &&
      Math.max(0, ...trial.moved) <= MAX_LABEL_SHIFT;
    if (fits) nameLines = lines;
    else mode = 'key';
  }

  const { items: key, height: keyHeight } =
    mode === 'key'
      ? trendKey(
          series.map((s) => s.name),
          width,
          measure,
        )
      : { items: [], height: 0 };

  const top = keyHeight + 10 + (input.headroom ?? 0);
  const { heights, plotHeight, bottom, tops, moved } = place(nameLines, top);
  const yOf = (value: number) => yAt(value, plotHeight, bottom);
  // A label away from its point, or a line that ends before the last wave, gets a leader line and a marker icon;
  // leaders need a wider gap so they do not run steeply.
  const leads = series.map((_, i) => {
    const row = lastRows[i];
    return row !== undefined && (moved[i]! > 2 || (positions[row] ?? 0.5) < 1);
  });
  const anyLeader = leads.some(Boolean);
  const icon = anyLeader ? ICON_WIDTH : 0;
  const gap = anyLeader ? COLUMN_GAP_MOVED : COLUMN_GAP;
  const textWidth = Math.max(valueWidth, widestText(nameLines.flat(), measure, NAME_STYLE));
  const gridRight = Math.max(plotLeft + 40, width - textWidth - icon - gap);
  const xLeft = plotLeft + (input.broken ? PAD_LEFT_BROKEN : PAD_LEFT);
  const xRight = gridRight - PAD_RIGHT;
  const xOf = (position: number) => xLeft + position * (xRight - xLeft);

  const grid = tickValues.map((value, i) => ({
    y: round(yOf(value)),
    value,
    label: { text: tickLabels[i]!, x: plotLeft - TICK_GAP, y: round(yOf(value) + TICK_STYLE.size * 0.35), anchor: 'end' as const },
  }));

  const columnLeft = gridRight + gap;
  const textX = columnLeft + icon;
  const seriesGeometry: SeriesGeometry[] = series.map((s, index) => {
    const shape = shapeOf(index);
    const along = order.map((row) => {
      const value = s.values[row] ?? null;
      return { row, x: xOf(positions[row] ?? 0.5), y: value === null ? bottom : yOf(value), value };
    });
    const points: PointGeometry[] = along
      .filter((d): d is typeof d & { value: number } => d.value !== null)
      .map((d) => ({ row: d.row, x: round(d.x), y: round(d.y), value: d.value, marker: markerPath(shape, d.x, d.y) }));
    const labelTop = round(tops[index]!);
    const valueCentre = labelTop + VALUE_LINE / 2;
    const last = points[points.length - 1];
    const band = bandPath(
      along.map((d) => {
        const interval = d.value === null ? undefined : s.intervals?.[d.row];
        return interval ? { x: d.x, high: yOf(interval.high), low: yOf(interval.low) } : null;
      }),
    );
    return {
      index,
      shape,
      path: linePath(along.map((d) => (d.value === null ? null : { x: round(d.x), y: round(d.y) }))),
      band,
      points,
      label: {
        ...(icon && leads[index] ? { icon: markerPath(shape, columnLeft + ICON_WIDTH / 2 - 2, valueCentre, MARKER_RADIUS * 0.85) } : {}),
        value: { text: s.lastText, x: textX, y: round(valueCentre + VALUE_STYLE.size * 0.35), anchor: 'start' as const },
        name: nameLines[index]!.map((text, l) => ({ text, x: textX, y: round(labelTop + VALUE_LINE + l * NAME_LINE + NAME_STYLE.size - 2) })),
        top: labelTop,
        bottom: labelTop + heights[index]!,
        ...(last && leads[index] ? { leader: { x1: round(last.x + MARKER_RADIUS + 3), y1: last.y, x2: round(columnLeft - 3), y2: round(valueCentre) } } : {}),
      },
    };
  });

  const xLabelY = bottom + X_LABEL_ROW;
  const xLabels = thinLabels(
    order.map((row) => ({ row, text: input.labels[row] ?? '', x: xOf(positions[row] ?? 0.5) })),
    measure,
    gridRight + Math.min(gap, COLUMN_GAP) - 2,
  ).map((label) => ({ ...label, y: xLabelY }));

  const labelsBottom = Math.max(0, ...seriesGeometry.map((s) => s.label.bottom));
  return {
    width,
    height: Math.ceil(Math.max(xLabelY + 4, labelsBottom + 2)),
    mode,
    key,
    plot: { left: plotLeft, right: gridRight, top, bottom },
    grid,
    baseline: { y: bottom, x1: plotLeft, x2: gridRight },
    ...(lower < 0 && upper > 0 ? { zero: { y: round(yOf(0)), x1: plotLeft, x2: gridRight } } : {}),
    ...(input.broken
      ? {
          axisBreak: {
            gap: { x: plotLeft + 4, y: bottom - 7, width: 7, height: 14 },
            path: `M${plotLeft + 1},${bottom + 6}L${plotLeft + 6},${bottom - 6}M${plotLeft + 6},${bottom + 6}L${plotLeft + 11},${bottom - 6}`,
          },
        }
      : {}),
    waveTicks: order.map((row) => ({ x: round(xOf(positions[row] ?? 0.5)), y1: bottom, y2: bottom + 5 })),
    xLabels,
    series: seriesGeometry,
  };
}
