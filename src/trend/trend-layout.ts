import { nice, ticks } from 'd3-array';
import type { TextMeasurer, TextStyle } from '../core/layout/measure-text.js';
import { linePath } from '../core/layout/line-path.js';
import { wrapText } from '../core/layout/wrap-text.js';

/** Text sizes in CSS px; never below 12 px (guidance R27). */
export const VALUE_STYLE = { size: 14, weight: 700 } as const;
export const NAME_STYLE = { size: 13, weight: 400 } as const;
export const TICK_STYLE = { size: 12, weight: 400 } as const;
const VALUE_LINE = 18;
const NAME_LINE = 16;
/** Space between two series labels at the line ends, and between key rows. */
const LABEL_GAP = 6;
/** Space between the plot and the column of line-end labels; wider when leader lines cross it. */
const COLUMN_GAP = 8;
const COLUMN_GAP_MOVED = 22;
/** A line-end label pushed further than this from its point (crowded lines) moves the names into a key. */
export const MAX_LABEL_SHIFT = 40;
/** From the plot's bottom to the baseline of the wave labels. */
const X_LABEL_ROW = 10 + 12;
/** Room for the series' marker drawn before its value in a line-end label. */
const ICON_WIDTH = 16;
/** Width of the line sample in a key item. */
const SWATCH_WIDTH = 24;
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
/** Radius of the circle marker; the other shapes have about the same area. */
export const MARKER_RADIUS = 5;
/** Space kept clear between two x-axis labels. */
const X_LABEL_GAP = 8;
/** Width of the band drawn at a wave whose neighbours have no interval: a short bar around its marker. */
export const LONE_BAND_WIDTH = 2 * MARKER_RADIUS + 2;

/** A second cue beside colour: each series has its own marker shape (then they repeat, as the colours do). */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'plus'] as const;
export type Shape = (typeof SHAPES)[number];

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
}

export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
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

export interface KeyItem {
  readonly series: number;
  readonly swatch: { readonly x1: number; readonly x2: number; readonly y: number };
  readonly marker: string;
  readonly lines: readonly TextLine[];
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
  readonly axisBreak?: { readonly gap: { readonly x: number; readonly y: number; readonly width: number; readonly height: number }; readonly path: string };
  /** A short tick under every wave, labelled or not. */
  readonly waveTicks: readonly { readonly x: number; readonly y1: number; readonly y2: number }[];
  /** Wave labels under the axis, thinned so none overlap. */
  readonly xLabels: readonly (TextLine & { readonly row: number })[];
  readonly series: readonly SeriesGeometry[];
}

/** What `yDomain` decided, and which of the author's limits it had to overrule. */
export interface YDomain {
  readonly lower: number;
  readonly upper: number;
  /** The axis starts above zero (`y-min` was set): draw the break marker and say so under the chart. */
  readonly broken: boolean;
  readonly yMinAboveData: boolean;
  readonly yMaxBelowData: boolean;
  readonly yMaxNotAboveMin: boolean;
  /** `yMin` was above no value but above the low end of a drawn interval, so it was lowered. */
  readonly yMinAboveBand: boolean;
  /** `yMax` was below no value but below the high end of a drawn interval, so it was raised. */
  readonly yMaxBelowBand: boolean;
}

export interface YDomainInput {
  readonly values: readonly number[];
  readonly percent: boolean;
  readonly yMin?: number | undefined;
  readonly yMax?: number | undefined;
  /**
   * Further values the axis must show without being data: the ends of the 95% intervals drawn as bands. The axis
   * stretches to include them (for percentages, within 0–100%).
   */
  readonly reach?: readonly number[] | undefined;
}

/** How many round steps `nice` aims for when it rounds the ends of the axis. */
const NICE_COUNT = 5;

/**
 * The vertical axis. It starts at zero (or below, for negative numbers) unless `yMin` is set; it never crops data
 * or a drawn margin of error (`reach`), so a `yMin` above the smallest value or a `yMax` below the largest is
 * overruled. Without `yMax` the top is the largest value rounded up to a round tick (for percentages never above
 * 100%): a 5% to 15% trend gets an axis to 20%, not a flat line at the bottom of a 0–100% box.
 */
export function yDomain({ values, percent, yMin, yMax, reach = [] }: YDomainInput): YDomain {
  const smallest = values.length ? Math.min(...values) : 0;
  const largest = values.length ? Math.max(...values) : 0;
  const ends = percent ? reach.map((v) => Math.min(100, Math.max(0, v))) : reach;
  const shown = [...values, ...ends];
  const low = shown.length ? Math.min(...shown) : 0;
  const high = shown.length ? Math.max(...shown) : 0;
  let lower: number;
  let yMinAboveData = false;
  let yMinAboveBand = false;
  if (yMin !== undefined && shown.length && yMin > low) {
    yMinAboveData = values.length > 0 && yMin > smallest;
    yMinAboveBand = !yMinAboveData;
    const [floor] = nice(low, Math.max(high, low), NICE_COUNT);
    lower = low >= 0 ? Math.max(0, floor) : floor;
  } else if (yMin !== undefined) {
    lower = yMin;
  } else {
    lower = Math.min(0, low);
    if (lower < 0) lower = nice(lower, Math.max(high, 0), NICE_COUNT)[0];
  }

  const yMaxNotAboveMin = yMax !== undefined && yMax <= lower;
  const yMaxBelowData = yMax !== undefined && !yMaxNotAboveMin && values.length > 0 && yMax < largest;
  const yMaxBelowBand = yMax !== undefined && !yMaxNotAboveMin && !yMaxBelowData && yMax < high;
  let upper: number;
  if (yMax !== undefined && !yMaxNotAboveMin && !yMaxBelowData && !yMaxBelowBand) {
    upper = yMax;
  } else {
    const top = Math.max(high, lower);
    upper = top > lower ? nice(lower, top, NICE_COUNT)[1] : lower + (percent ? 10 : 1);
    if (percent && lower < 100) upper = Math.min(upper, Math.max(100, top));
  }
  return { lower, upper, broken: lower > 0, yMinAboveData, yMaxBelowData, yMaxNotAboveMin, yMinAboveBand, yMaxBelowBand };
}

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

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * The SVG path of a shaded band between each point's `high` and `low` (screen y), broken wherever a point is null,
 * exactly as `linePath` breaks the line: one closed shape per run of neighbouring waves, along the tops from left to
 * right and back along the bottoms. A wave alone between gaps gets a short bar `loneWidth` wide around its marker,
 * so its interval is still drawn.
 */
export function bandPath(points: readonly ({ readonly x: number; readonly high: number; readonly low: number } | null)[], loneWidth = LONE_BAND_WIDTH): string {
  let path = '';
  let run: { x: number; high: number; low: number }[] = [];
  const end = () => {
    if (run.length === 1) {
      const p = run[0]!;
      const h = loneWidth / 2;
      path += `M${round(p.x - h)},${round(p.high)}L${round(p.x + h)},${round(p.high)}L${round(p.x + h)},${round(p.low)}L${round(p.x - h)},${round(p.low)}Z`;
    } else if (run.length > 1) {
      const tops = run.map((p) => `${round(p.x)},${round(p.high)}`);
      const bottoms = [...run].reverse().map((p) => `${round(p.x)},${round(p.low)}`);
      path += `M${[...tops, ...bottoms].join('L')}Z`;
    }
    run = [];
  };
  for (const point of points) {
    if (point) run.push(point);
    else end();
  }
  end();
  return path;
}

/** An SVG path for a marker of `shape` centred on (x, y), of about the area of a circle of radius `r`. */
export function markerPath(shape: Shape, x: number, y: number, r = MARKER_RADIUS): string {
  const p = (points: [number, number][]) => `M${points.map(([dx, dy]) => `${round(x + dx)},${round(y + dy)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${round(x - r)},${round(y)}A${r},${r} 0 1,0 ${round(x + r)},${round(y)}A${r},${r} 0 1,0 ${round(x - r)},${round(y)}Z`;
    case 'square': {
      const h = r * 0.89;
      return p([[-h, -h], [h, -h], [h, h], [-h, h]]);
    }
    case 'triangle': {
      // Equilateral, drawn about its centre; circumradius for the area of the circle.
      const h = r * 1.5;
      return p([[0, -h], [h * 0.87, h * 0.5], [-h * 0.87, h * 0.5]]);
    }
    case 'triangle-down': {
      const h = r * 1.5;
      return p([[0, h], [h * 0.87, -h * 0.5], [-h * 0.87, -h * 0.5]]);
    }
    case 'diamond': {
      const h = r * 1.25;
      return p([[0, -h], [h, 0], [0, h], [-h, 0]]);
    }
    case 'plus': {
      const a = r * 1.15;
      const b = r * 0.4;
      return p([[-b, -a], [b, -a], [b, -b], [a, -b], [a, b], [b, b], [b, a], [-b, a], [-b, b], [-a, b], [-a, -b], [-b, -b]]);
    }
  }
}

/** A label wraps cleanly when no word has to be broken and it needs no more than `maxLines` lines. */
function wrapWhole(text: string, width: number, measure: TextMeasurer, style: TextStyle, maxLines: number): string[] | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.some((word) => measure(word, style) > width)) return undefined;
  const lines = wrapText(text, width, measure, style, maxLines + 1);
  return lines.length <= maxLines ? lines : undefined;
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
  const plotLeft = Math.ceil(Math.max(0, ...tickLabels.map((text) => measure(text, TICK_STYLE)))) + TICK_GAP;
  const valueWidths = series.map((s) => measure(s.lastText, VALUE_STYLE));
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
    const widest = Math.max(0, ...valueWidths, ...lines.flat().map((text) => measure(text, NAME_STYLE)));
    const trial = place(lines, 10);
    const fits =
      wrapped.every((l) => l !== undefined) &&
      width - plotLeft - COLUMN_GAP_MOVED - ICON_WIDTH - widest >= MIN_PLOT_WIDTH &&
      trial.total <= MAX_LABELS_HEIGHT &&
      Math.max(0, ...trial.moved) <= MAX_LABEL_SHIFT;
    if (fits) nameLines = lines;
    else mode = 'key';
  }

  // The key: one item per series (marker on a short line, then the name), side by side while they fit.
  const key: KeyItem[] = [];
  let keyHeight = 0;
  if (mode === 'key') {
    let x = 0;
    let rowTop = 0;
    let rowHeight = 0;
    series.forEach((s, index) => {
      const lines = wrapText(s.name ?? '', width - SWATCH_WIDTH - 6, measure, NAME_STYLE);
      const itemWidth = SWATCH_WIDTH + 6 + Math.max(0, ...lines.map((text) => measure(text, NAME_STYLE)));
      if (x > 0 && x + itemWidth > width) {
        rowTop += rowHeight + LABEL_GAP;
        x = 0;
        rowHeight = 0;
      }
      const y = rowTop + NAME_LINE / 2;
      key.push({
        series: index,
        swatch: { x1: x, x2: x + SWATCH_WIDTH, y },
        marker: markerPath(SHAPES[index % SHAPES.length]!, x + SWATCH_WIDTH / 2, y),
        lines: lines.map((text, i) => ({ text, x: x + SWATCH_WIDTH + 6, y: rowTop + i * NAME_LINE + NAME_STYLE.size - 1 })),
      });
      rowHeight = Math.max(rowHeight, lines.length * NAME_LINE);
      x += itemWidth + 16;
    });
    keyHeight = rowTop + rowHeight + 12;
  }

  const top = keyHeight + 10;
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
  const textWidth = Math.max(0, ...valueWidths, ...nameLines.flat().map((text) => measure(text, NAME_STYLE)));
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
    const shape = SHAPES[index % SHAPES.length]!;
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

/**
 * Round values for the horizontal gridlines, about `count` of them, preferring a count whose ticks end exactly at
 * the top of the axis, so the highest gridline marks the top of the plot.
 */
export function yTicks(lower: number, upper: number, count: number): number[] {
  const within = (n: number) => ticks(lower, upper, n).filter((v) => v >= lower && v <= upper);
  for (const n of [count, count + 1, count + 2, count + 3, count - 1]) {
    if (n < 2) continue;
    const found = within(n);
    if (found[found.length - 1] === upper) return found;
  }
  return within(count);
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
  const clear = (kept: typeof boxes) => kept.every((box, i) => i === 0 || box.from >= kept[i - 1]!.to + X_LABEL_GAP);
  for (let step = 1; step <= Math.max(boxes.length - 1, 1); step++) {
    const kept = boxes.filter((_, i) => i % step === 0);
    const last = boxes[boxes.length - 1];
    if (last && kept[kept.length - 1] !== last) {
      // Keep the last wave: it replaces the one before it if they would touch.
      if (kept.length > 1 && last.from < kept[kept.length - 1]!.to + X_LABEL_GAP) kept.pop();
      kept.push(last);
    }
    if (clear(kept)) return kept.map(({ row, text, x }) => ({ row, text, x }));
  }
  // Not even the first and last fit side by side: keep the last (the latest wave) alone.
  const last = boxes[boxes.length - 1];
  return last ? [{ row: last.row, text: last.text, x: last.x }] : [];
}
