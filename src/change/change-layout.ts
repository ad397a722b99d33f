import { pickTicks, TICK_STYLE, type Tick } from '../core/layout/axis-ticks.js';
import { stackLines, type Box, type Span, type TextLine } from '../core/layout/geometry.js';
import { linearScale } from '../core/layout/linear-scale.js';
import { widestText, type TextMeasurer } from '../core/layout/measure-text.js';
import { labelColumnWidth, STACK_BELOW } from '../core/layout/row-labels.js';
import { wrapText } from '../core/layout/wrap-text.js';
import { DOT_RADIUS, dumbbell, LINE_HEIGHT, VALUE_STYLE, type DumbbellGeometry } from './change-dumbbell.js';
import { fitRange, type SideLabel } from './change-fit.js';
import { changeKey, type KeyItem, type KeyItemGeometry } from './change-key.js';
import { rangesOf, valueSides, type ChangeRowInput } from './change-row.js';

// The element and its drawing read these from here.
export { DOT_RADIUS, WHISKER_CAP, type DumbbellGeometry, type Whisker } from './change-dumbbell.js';
export type { KeyItemGeometry } from './change-key.js';
export type { ChangeRowInput } from './change-row.js';

/** Text sizes in CSS px; never below 12 px (guidance R27). */
export const LABEL_STYLE = { size: 14, weight: 400 } as const;
export const CHANGE_STYLE = { size: 14, weight: 700 } as const;
/** Height of the band holding a row's dots and value labels. */
const DUMBBELL_HEIGHT = 28;
const ROW_GAP = 12;
const LABEL_GAP = 16;
const CHANGE_GAP = 14;
const MAX_LABEL_SHARE = 0.34;
/** About one axis tick per this many pixels, fewer when their labels would touch. */
const TICK_SPACING = 80;
/**
 * The change column's share of the width before its words wrap ("no clear change" / "(+3 pts)"), so a long change
 * never squeezes the labels into a thin column. Narrow containers give it more, as the labels have the full width.
 */
const CHANGE_SHARE = 0.3;
const STACKED_CHANGE_SHARE = 0.42;

export interface ChangeLayoutInput {
  readonly rows: readonly ChangeRowInput[];
  readonly width: number;
  /** Upper end of the axis (percent charts default to 100). Extended to fit the data. */
  readonly max: number | undefined;
  readonly percent: boolean;
  /** The key above the chart: the hollow "from" dot, the filled "to" dot, then notes in words. */
  readonly key: readonly KeyItem[];
  readonly tickText: (value: number) => string;
  readonly measure: TextMeasurer;
  /** Room between the key and the plot for the words of reference lines and shaded ranges. Default 0. */
  readonly headroom?: number;
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
  const parts = rows.map((row) =>
    row.changeText
      .split('\n')
      .map((part) => part.trim())
      .filter(Boolean),
  );
  const changeBudget = Math.max(
    width * (stacked ? STACKED_CHANGE_SHARE : CHANGE_SHARE),
    ...parts.flat().map((part) => Math.min(measure(part, CHANGE_STYLE), width / 2)),
  );
  const changeLines = parts.map((list) => {
    const whole = list.join(' ');
    if (!whole || measure(whole, CHANGE_STYLE) <= changeBudget) return whole ? [whole] : [];
    return list.flatMap((part) => wrapText(part, changeBudget, measure, CHANGE_STYLE));
  });
  const changeWidth = widestText(changeLines.flat(), measure, CHANGE_STYLE);
  const changeRoom = changeWidth > 0 ? changeWidth + CHANGE_GAP : 0;
  // Narrow: the change sits at the end of the label's first line, so the dumbbells keep the full width.
  // Wide: labels on the left, dumbbells in the middle, changes in a column on the right.
  const labelWidth = stacked
    ? width - changeRoom
    : labelColumnWidth(
        rows.map((row) => row.label),
        LABEL_STYLE,
        width,
        MAX_LABEL_SHARE,
        measure,
      );
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

  const { items: key, height: keyHeight } = changeKey(input.key, width, measure);
  const plotTop = keyHeight + 4 + (input.headroom ?? 0);

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

/** A place the arrow keys move to: a row's end ("from" or "to"), or a whole row without both values (`end` null). */
export interface ChangeMark {
  /** Index into the rows as drawn. */
  readonly row: number;
  readonly end: 'from' | 'to' | null;
  /** The box its focus ring goes round. */
  readonly focus: Box;
}

/** The chart's marks in key order: row by row, each row's "from" end then its "to" end (see DumbbellGeometry.ends). */
export const changeMarks = (g: ChangeGeometry): ChangeMark[] =>
  g.rows.flatMap((row): ChangeMark[] =>
    row.ends.length ? row.ends.map(({ end, focus }) => ({ row: row.row, end, focus })) : [{ row: row.row, end: null, focus: row.focus }],
  );
