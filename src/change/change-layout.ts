import { pickTicks, TICK_STYLE, type Tick } from '../core/layout/axis-ticks.js';
import { round, stackLines, type Anchor, type Box, type Span, type TextLine } from '../core/layout/geometry.js';
import { linearScale, type LinearScale } from '../core/layout/linear-scale.js';
import { widestText, type TextMeasurer } from '../core/layout/measure-text.js';
import { wrapText } from '../core/layout/wrap-text.js';

/** Text sizes in CSS px; never below 12 px (guidance R27). */
export const LABEL_STYLE = { size: 14, weight: 400 } as const;
export const VALUE_STYLE = { size: 14, weight: 400 } as const;
export const CHANGE_STYLE = { size: 14, weight: 700 } as const;
export const KEY_STYLE = { size: 14, weight: 400 } as const;
/** Radius of both dots. */
export const DOT_RADIUS = 6;
/** The filled dot's radius when it sits on the hollow one. */
export const SMALL_DOT_RADIUS = 3;
/** Length of the arrow head on the line joining the dots. */
export const ARROW_LENGTH = 6;
const ARROW_HALF_WIDTH = 4.5;
const LINE_HEIGHT = 18;
/** Height of the band holding a row's dots and value labels. */
const DUMBBELL_HEIGHT = 28;
const ROW_GAP = 12;
const LABEL_GAP = 16;
/** Space between a dot's edge and its value label. */
export const VALUE_GAP = 5;
const CHANGE_GAP = 14;
const KEY_LINE_HEIGHT = 22;
const KEY_ITEM_GAP = 18;
const KEY_MARKER_GAP = 6;
const KEY_BOTTOM_GAP = 10;
/** Below this width labels go above their rows, so the dumbbells keep the width of a phone. */
export const STACK_BELOW = 480;
const MAX_LABEL_SHARE = 0.34;
/** About one axis tick per this many pixels, fewer when their labels would touch. */
const TICK_SPACING = 80;
/** The scale never gets narrower than this, whatever the labels need. */
const MIN_PLOT_WIDTH = 60;
/**
 * The change column's share of the width before its words wrap ("no clear change" / "(+3 pts)"), so a long change
 * never squeezes the labels into a thin column. Narrow containers give it more, as the labels have the full width.
 */
const CHANGE_SHARE = 0.3;
const STACKED_CHANGE_SHARE = 0.42;
/** A 95% range is drawn this far above (the earlier value) or below (the later value) the dots' centre line. */
export const WHISKER_OFFSET = 10;
/** Half the height of the caps at a range's ends. */
export const WHISKER_CAP = 3;

/** A value's 95% interval, in the data's units. */
export interface ValueRange {
  readonly low: number;
  readonly high: number;
}

export interface ChangeRowInput {
  readonly label: string;
  /** The earlier value, or null when there is none. */
  readonly from: number | null;
  /** The later value, or null when there is none. */
  readonly to: number | null;
  /** The values as shown ("5%", "more than 90%"). */
  readonly fromText: string;
  readonly toText: string;
  /**
   * Beside the row: "+10 pts", "−8 pts", "no change". Empty for a row without both values. A line feed marks where
   * the text may break first when the change column is narrow ("no clear change\n(+3 pts)").
   */
  readonly changeText: string;
  /** Written in the track of a row without both values ("no data"). */
  readonly missingText: string;
  /** The 95% intervals to draw as whiskers (`show-uncertainty` with a known sample size). */
  readonly fromRange?: ValueRange | undefined;
  readonly toRange?: ValueRange | undefined;
}

/** `range` is the key's sample whisker, shown when 95% ranges are drawn. */
export type KeyItemKind = 'from' | 'to' | 'range' | 'note';

export interface ChangeLayoutInput {
  readonly rows: readonly ChangeRowInput[];
  readonly width: number;
  /** Upper end of the axis (percent charts default to 100). Extended to fit the data. */
  readonly max: number | undefined;
  readonly percent: boolean;
  /** The key above the chart: the hollow "from" dot, the filled "to" dot, then notes in words. */
  readonly key: readonly { readonly kind: KeyItemKind; readonly text: string }[];
  readonly tickText: (value: number) => string;
  readonly measure: TextMeasurer;
}

export interface DumbbellGeometry {
  readonly row: number;
  /** Vertical centre of the dots. */
  readonly y: number;
  /** Where the dots sit; null when the row is missing either value (then no dumbbell is drawn). */
  readonly fromX: number | null;
  readonly toX: number | null;
  /** Radius of the filled dot. */
  readonly toRadius: number;
  readonly direction: 'up' | 'down' | 'same';
  /** The line from the edge of the hollow dot towards the filled one; absent when the dots touch. */
  readonly line?: { readonly x1: number; readonly x2: number } | undefined;
  /** The arrow head's three corners ("x,y x,y x,y"), its tip on the filled dot's edge; absent when there is no room. */
  readonly arrow?: string | undefined;
  readonly values: readonly (TextLine & { readonly anchor: Anchor; readonly end: 'from' | 'to' })[];
  /** The change beside the row: `text` whole, `x`/`y` its first line, `lines` as drawn (long words wrap). */
  readonly change?: (TextLine & { readonly anchor: Anchor; readonly lines: readonly TextLine[] }) | undefined;
  /**
   * Each end's 95% interval as a thin whisker with end caps: the earlier value's above the dots, the later value's
   * below, so overlapping ranges stay apart and never hide the arrow.
   */
  readonly whiskers: readonly Whisker[];
  /** The words written instead of a dumbbell when a value is missing, wrapped. */
  readonly missing?: readonly TextLine[] | undefined;
  /** The track the dots sit on, from the start to the end of the axis. */
  readonly track: { readonly x1: number; readonly x2: number };
  /** The keyboard focus ring's box. */
  readonly focus: Box;
}

export interface Whisker {
  readonly end: 'from' | 'to';
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

export interface KeyItemGeometry {
  readonly kind: KeyItemKind;
  /** Centre of the marker dot (notes have none). */
  readonly marker?: { readonly x: number; readonly y: number } | undefined;
  readonly lines: readonly TextLine[];
}

export interface ChangeGeometry {
  readonly width: number;
  readonly height: number;
  /** True when labels sit above their rows (narrow containers). */
  readonly stacked: boolean;
  readonly key: readonly KeyItemGeometry[];
  readonly labels: readonly (readonly TextLine[])[];
  readonly rows: readonly DumbbellGeometry[];
  /** Vertical spans for grid and zero lines: the whole plot, or only each row's dumbbell when labels sit above. */
  readonly lineSpans: readonly Span[];
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly ticks: readonly Tick[];
  readonly domain: readonly [number, number];
  /** The pixel range of the axis (the scale's ends). */
  readonly range: readonly [number, number];
}

/**
 * A value label to fit: the value it must clear, its width, and which side it sits on. `pad` is the room between
 * that value's position and the label's gap: a dot's radius (the default), or about nothing for a whisker's end.
 */
export interface SideLabel {
  readonly value: number;
  readonly width: number;
  readonly side: 'left' | 'right';
  readonly pad?: number;
}

/**
 * Pure geometry for a dumbbell chart: a hollow dot at each row's earlier value and a filled dot at its later value,
 * joined by an arrow, on a zero-based axis. Value labels sit on the outer side of each pair, so they never overlap
 * each other or the dots however small the change; the scale is narrowed until every label fits. No DOM: text
 * widths come from `measure`.
 */
export function changeLayout(input: ChangeLayoutInput): ChangeGeometry {
  const { rows, width, measure, percent } = input;
  const values = rows.flatMap((row) => [row.from, row.to].filter((v): v is number => v !== null));
  const reaches = rows.flatMap((row) => rangesOf(row).flatMap((range) => [range.low, range.high]));
  const largest = Math.max(0, ...values, ...reaches);
  const smallest = Math.min(0, ...values, ...reaches);
  const upper = Math.max(input.max ?? (percent ? 100 : largest), largest);
  const domain = linearScale([smallest, upper], [0, 1], { nice: input.max === undefined && !percent }).domain;

  const stacked = width < STACK_BELOW;
  // Long changes wrap inside a column of at most a share of the width, first where the words say ("no clear change"
  // / "(+3 pts)", written with a line feed between them), then between words if a part is still too wide.
  const parts = rows.map((row) => row.changeText.split('\n').map((part) => part.trim()).filter(Boolean));
  const changeBudget = Math.max(width * (stacked ? STACKED_CHANGE_SHARE : CHANGE_SHARE), ...parts.flat().map((part) => Math.min(measure(part, CHANGE_STYLE), width / 2)));
  const changeLines = parts.map((list) => {
    const whole = list.join(' ');
    if (!whole || measure(whole, CHANGE_STYLE) <= changeBudget) return whole ? [whole] : [];
    return list.flatMap((part) => wrapText(part, changeBudget, measure, CHANGE_STYLE));
  });
  const changeWidth = widestText(changeLines.flat(), measure, CHANGE_STYLE);
  const changeRoom = changeWidth > 0 ? changeWidth + CHANGE_GAP : 0;
  // Narrow: the change sits at the end of the label's first line, so the dumbbells keep the full width.
  // Wide: labels on the left, dumbbells in the middle, changes in a column on the right.
  const naturalLabel = widestText(rows.map((row) => row.label), measure, LABEL_STYLE);
  const labelWidth = stacked ? width - changeRoom : Math.min(naturalLabel, width * MAX_LABEL_SHARE);
  const regionLeft = stacked ? 0 : labelWidth + LABEL_GAP;
  const regionRight = stacked ? width : width - changeRoom;

  const sides = rows.map((row) => valueSides(row));
  // A value label clears its dot and every whisker of its row on its side.
  const sideLabels: SideLabel[] = rows.flatMap((row, r) =>
    sides[r]!.flatMap(({ side, end }) => {
      const textWidth = measure(end === 'from' ? row.fromText : row.toText, VALUE_STYLE);
      const dot: SideLabel = { value: (end === 'from' ? row.from : row.to)!, width: textWidth, side };
      const whiskers = rangesOf(row).map((range): SideLabel => ({ value: side === 'left' ? range.low : range.high, width: textWidth, side, pad: 1 }));
      return [dot, ...whiskers];
    }),
  );
  const [left, right] = fitRange(domain, regionLeft + DOT_RADIUS + 1, regionRight - DOT_RADIUS - 1, sideLabels, regionLeft, regionRight);
  const scale = linearScale(domain, [left, right]);

  const { items: key, lines: keyLines } = keyLayout(input.key, width, measure);
  const plotTop = (keyLines ? keyLines * KEY_LINE_HEIGHT + KEY_BOTTOM_GAP : 0) + 4;

  const labels: TextLine[][] = [];
  const dumbbells: DumbbellGeometry[] = [];
  const rowSpans: Span[] = [];
  let y = plotTop;
  rows.forEach((row, r) => {
    const lines = wrapText(row.label, Math.max(labelWidth, 40), measure, LABEL_STYLE);
    const changeHeight = changeLines[r]!.length * LINE_HEIGHT;
    const labelHeight = lines.length * LINE_HEIGHT;
    // A row without both values writes its words from the start of the axis; the change column is free on that row.
    const missingLines = row.from === null || row.to === null ? wrapText(row.missingText, Math.max(width - left, 40), measure, VALUE_STYLE) : [];
    const band = Math.max(DUMBBELL_HEIGHT, missingLines.length * LINE_HEIGHT + 8);
    // Narrow: the change's lines sit beside the label's, so the taller of the two comes before the dumbbell.
    const headHeight = Math.max(labelHeight, changeHeight);
    const rowHeight = stacked ? headHeight + 2 + band : Math.max(labelHeight, band, changeHeight);
    const labelTop = stacked ? y : y + (rowHeight - labelHeight) / 2;
    const centre = stacked ? y + headHeight + 2 + band / 2 : y + rowHeight / 2;
    labels.push(stackLines(lines, 0, labelTop, LINE_HEIGHT, LABEL_STYLE.size));
    rowSpans.push({ top: centre - band / 2, bottom: centre + band / 2 });
    // Narrow: from the top of the label's first line down. Wide: centred on the dots.
    const count = changeLines[r]!.length;
    const lineY = (i: number) => (stacked ? y + i * LINE_HEIGHT + CHANGE_STYLE.size : centre + (i - (count - 1) / 2) * LINE_HEIGHT + CHANGE_STYLE.size * 0.35);
    const changeAt = changeLines[r]!.map((text, i) => ({ text, x: width, y: lineY(i) }));
    const change = count ? { text: parts[r]!.join(' '), x: width, y: lineY(0), anchor: 'end' as const, lines: changeAt } : undefined;
    dumbbells.push(dumbbell(row, r, centre, scale, sides[r]!, change, missingLines, measure));
    y += rowHeight + ROW_GAP;
  });
  const plotBottom = y - ROW_GAP + 4;
  const ticks = pickTicks(scale, { tickText: input.tickText, measure, width, y: plotBottom + TICK_STYLE.size + 6, spacing: TICK_SPACING });
  return {
    width,
    height: Math.ceil(plotBottom + TICK_STYLE.size + 10),
    stacked,
    key,
    labels,
    rows: dumbbells,
    lineSpans: stacked ? rowSpans : [{ top: plotTop, bottom: plotBottom }],
    plotTop,
    plotBottom,
    ticks,
    domain,
    range: [left, right],
  };
}

/** The intervals a row draws: only for a row with both values. */
function rangesOf(row: ChangeRowInput): ValueRange[] {
  if (row.from === null || row.to === null) return [];
  return [row.fromRange, row.toRange].filter((range): range is ValueRange => range !== undefined);
}

/**
 * Which side of its dot each value label goes: outwards from the pair, the smaller value's label on the left and
 * the larger one's on the right. Equal values with the same text get one label.
 */
export function valueSides(row: ChangeRowInput): { side: 'left' | 'right'; end: 'from' | 'to' }[] {
  if (row.from === null || row.to === null) return [];
  if (row.from === row.to && row.fromText === row.toText) return [{ side: 'right', end: 'to' }];
  return row.to >= row.from
    ? [{ side: 'left', end: 'from' }, { side: 'right', end: 'to' }]
    : [{ side: 'left', end: 'to' }, { side: 'right', end: 'from' }];
}

/**
 * The pixel range of the axis: as wide as `[start, stop]`, then pulled in until every value label fits between
 * `regionLeft` and `regionRight`. Moving the left end by d moves a value at fraction t of the axis by d·(1 − t),
 * so each round moves each end by exactly what its worst label needs; a few rounds settle both ends.
 */
export function fitRange(
  domain: readonly [number, number],
  start: number,
  stop: number,
  labels: readonly SideLabel[],
  regionLeft: number,
  regionRight: number,
): [number, number] {
  let left = start;
  let right = Math.max(stop, start + MIN_PLOT_WIDTH);
  const span = domain[1] - domain[0] || 1;
  for (let round = 0; round < 40; round++) {
    let moveLeft = 0;
    let moveRight = 0;
    for (const label of labels) {
      const t = (label.value - domain[0]) / span;
      const x = left + t * (right - left);
      const pad = label.pad ?? DOT_RADIUS;
      if (label.side === 'left') {
        const short = regionLeft - (x - pad - VALUE_GAP - label.width);
        if (short > 0 && t < 1) moveLeft = Math.max(moveLeft, short / (1 - t));
      } else {
        const over = x + pad + VALUE_GAP + label.width - regionRight;
        if (over > 0 && t > 0) moveRight = Math.max(moveRight, over / t);
      }
    }
    if (moveLeft < 0.01 && moveRight < 0.01) break;
    left += moveLeft;
    right -= moveRight;
    if (right - left < MIN_PLOT_WIDTH) {
      right = left + MIN_PLOT_WIDTH;
      break;
    }
  }
  return [left, right];
}

function dumbbell(
  row: ChangeRowInput,
  index: number,
  y: number,
  scale: LinearScale,
  sides: readonly { side: 'left' | 'right'; end: 'from' | 'to' }[],
  change: DumbbellGeometry['change'],
  missingLines: readonly string[],
  measure: TextMeasurer,
): DumbbellGeometry {
  const [start, stop] = scale.range;
  const track = { x1: start, x2: stop };
  const baseline = y + VALUE_STYLE.size * 0.35;
  if (row.from === null || row.to === null) {
    const top = y - (missingLines.length * LINE_HEIGHT) / 2;
    const textWidth = widestText(missingLines, measure, VALUE_STYLE);
    return {
      row: index,
      y,
      fromX: null,
      toX: null,
      toRadius: 0,
      direction: 'same',
      values: [],
      change,
      whiskers: [],
      missing: missingLines.map((text, i) => ({ text, x: start, y: top + i * LINE_HEIGHT + LINE_HEIGHT / 2 + VALUE_STYLE.size * 0.35 })),
      track,
      focus: { x: start - 4, y: top - 3, width: textWidth + 8, height: missingLines.length * LINE_HEIGHT + 6 },
    };
  }
  const fromX = scale(row.from);
  const toX = scale(row.to);
  const direction = row.to > row.from ? 'up' : row.to < row.from ? 'down' : 'same';
  const distance = Math.abs(toX - fromX);
  const sign = toX >= fromX ? 1 : -1;
  let line: DumbbellGeometry['line'];
  let arrow: string | undefined;
  if (distance >= 2 * DOT_RADIUS + ARROW_LENGTH + 1) {
    const tip = toX - sign * DOT_RADIUS;
    const base = tip - sign * ARROW_LENGTH;
    line = { x1: fromX + sign * (DOT_RADIUS + 1), x2: base + sign * 0.5 };
    arrow = `${round(tip)},${round(y)} ${round(base)},${round(y - ARROW_HALF_WIDTH)} ${round(base)},${round(y + ARROW_HALF_WIDTH)}`;
  } else if (distance > 2 * DOT_RADIUS + 2) {
    line = { x1: fromX + sign * (DOT_RADIUS + 1), x2: toX - sign * DOT_RADIUS };
  }
  const whiskers: Whisker[] = [];
  if (row.fromRange) whiskers.push({ end: 'from', x1: scale(row.fromRange.low), x2: scale(row.fromRange.high), y: y - WHISKER_OFFSET });
  if (row.toRange) whiskers.push({ end: 'to', x1: scale(row.toRange.low), x2: scale(row.toRange.high), y: y + WHISKER_OFFSET });
  // Value labels sit outside the dots and outside every whisker of the row.
  const leftmost = Math.min(...whiskers.map((w) => w.x1 - 1));
  const rightmost = Math.max(...whiskers.map((w) => w.x2 + 1));
  const values = sides.map(({ side, end }) => {
    const x = end === 'from' ? fromX : toX;
    return {
      text: end === 'from' ? row.fromText : row.toText,
      x: side === 'left' ? Math.min(x - DOT_RADIUS, leftmost) - VALUE_GAP : Math.max(x + DOT_RADIUS, rightmost) + VALUE_GAP,
      y: baseline,
      anchor: side === 'left' ? ('end' as const) : ('start' as const),
      end,
    };
  });
  // The ring frames the whole reading: both dots, both values and any whiskers.
  const extents = [fromX - DOT_RADIUS - 1, toX - DOT_RADIUS - 1, fromX + DOT_RADIUS + 1, toX + DOT_RADIUS + 1, ...whiskers.flatMap((w) => [w.x1 - 1, w.x2 + 1])];
  for (const value of values) {
    const w = measure(value.text, VALUE_STYLE);
    extents.push(value.anchor === 'end' ? value.x - w : value.x + w);
  }
  const low = Math.min(...extents) - 4;
  const high = Math.max(...extents) + 4;
  return {
    row: index,
    y,
    fromX,
    toX,
    // On top of the hollow dot (no change, or nearly none) the filled dot shrinks so the ring around it still shows.
    toRadius: distance < 3 ? SMALL_DOT_RADIUS : DOT_RADIUS - 1,
    direction,
    line,
    arrow,
    values,
    change,
    whiskers,
    track,
    focus: whiskers.length
      ? { x: low, y: y - WHISKER_OFFSET - WHISKER_CAP - 2, width: high - low, height: 2 * (WHISKER_OFFSET + WHISKER_CAP + 2) }
      : { x: low, y: y - DOT_RADIUS - 5, width: high - low, height: 2 * DOT_RADIUS + 11 },
  };
}

/** The key's items flow left to right and wrap; an item too wide for a line wraps its own words. */
function keyLayout(items: ChangeLayoutInput['key'], width: number, measure: TextMeasurer): { items: KeyItemGeometry[]; lines: number } {
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
  return { items: placed, lines: placed.length ? line + 1 : 0 };
}
