import { nice } from 'd3-array';
import { pickTicks, TICK_STYLE, type Tick } from '../core/layout/axis-ticks.js';
import { stackLines, type Anchor, type Box, type Span, type TextLine } from '../core/layout/geometry.js';
import { linearScale } from '../core/layout/linear-scale.js';
import { widestText, type TextMeasurer, type TextStyle } from '../core/layout/measure-text.js';
import { labelColumnWidth, STACK_BELOW } from '../core/layout/row-labels.js';
import { wrapText } from '../core/layout/wrap-text.js';

/** Text sizes in CSS px; never below 12 px (guidance R27). */
export const LABEL_STYLE = { size: 14, weight: 400 } as const;
export const SEGMENT_STYLE = { size: 12, weight: 700 } as const;
export const VALUE_STYLE = { size: 12, weight: 700 } as const;
export const NET_STYLE = { size: 14, weight: 700 } as const;
export const HALF_STYLE = { size: 12, weight: 700 } as const;
export const HEADER_STYLE = { size: 12, weight: 400 } as const;
const LINE_HEIGHT = 18;
const SMALL_LINE_HEIGHT = 16;
export const BAR_HEIGHT = 28;
const ROW_GAP = 12;
const LABEL_GAP = 12;
/** Between the diverging bar and the "don't know" column, and before the net column. */
export const COLUMN_GAP = 16;
const VALUE_GAP = 4;
/** Room a value needs on each side to sit inside its segment. */
export const SEGMENT_PADDING = 4;
/** The 2 px background-coloured separator between segments. */
export const SEPARATOR = 2;
const HALF_GAP = 6;
/**
 * Room right of a net score (beside its bar, or on its label's line on a phone) for the focus ring around it: its
 * 4 px pad and half its 6 px outer stroke, so that the ring fits inside the chart without covering the score
 * (issue 17 item 8).
 */
const RING_ROOM = 7;
const MAX_LABEL_SHARE = 0.3;
/** The widest a "don't know" heading may be before it wraps. */
const MAX_HEADER_WIDTH = 96;
const MIN_BAR_WIDTH = 40;
/** Percentage points: a smaller extent of shares gets the full ±50 axis. */
const MIN_AXIS_SPAN = 1;
/** About one axis tick per this many pixels, fewer when their labels would touch. */
const TICK_SPACING = 70;

export interface LikertLayoutRow {
  readonly label: string;
  readonly missing: boolean;
  /** Share (0–100) of each answer of the diverging scale, in the order written. */
  readonly shares: readonly number[];
  /** Each share as the reader sees it ("12%"). */
  readonly texts: readonly string[];
  readonly dontKnow?: { readonly share: number; readonly text: string } | undefined;
  /** The net score as shown ("Net −8"). */
  readonly net?: string | undefined;
}

export interface LikertLayoutInput {
  readonly rows: readonly LikertLayoutRow[];
  /** The answers of the scale in the order written, with their colour classes. */
  readonly answers: readonly { readonly name: string; readonly className: string }[];
  /** How many answers lie wholly left of the zero line. */
  readonly leftCount: number;
  /** Whether the answer at `leftCount` is the neutral one, split half and half across the zero line. */
  readonly neutral: boolean;
  /** Name of the "don't know" answer, drawn in its own column to the right. */
  readonly dontKnowName?: string | undefined;
  /** Words above each half ("← Confident", "Not confident →"). */
  readonly halfLabels: { readonly left: string; readonly right: string };
  /** What a row without figures says ("no data"). */
  readonly missingText: string;
  readonly width: number;
  readonly tickText: (value: number) => string;
  readonly measure: TextMeasurer;
}

export interface SegmentGeometry extends Box {
  /** Position of the answer in the scale. */
  readonly answer: number;
  readonly className: string;
  /** The value, only where it fits inside the segment. */
  readonly label?: TextLine | undefined;
}

export interface LikertRowGeometry {
  readonly label: readonly TextLine[];
  readonly barTop: number;
  readonly segments: readonly SegmentGeometry[];
  readonly dontKnow?: (Box & { readonly label: TextLine }) | undefined;
  readonly net?: (TextLine & { readonly anchor: Anchor }) | undefined;
  /** "no data", for a row without figures. */
  readonly missing?: TextLine | undefined;
  /** What the arrow keys move between along the row, left to right, each with the box its focus ring goes round. */
  readonly marks: readonly LikertMark[];
}

/**
 * A part of a row a reader can move to: an answer's segment (`answer` is its place in the scale, drawn or not: a 0%
 * answer is still said), the "don't know" bar with its value, the net score, or the "no data" of a row without figures.
 */
export interface LikertMark {
  readonly kind: 'answer' | 'dont-know' | 'net' | 'missing';
  readonly answer?: number | undefined;
  readonly focus: Box;
}

export interface LikertGeometry {
  readonly width: number;
  readonly height: number;
  /** True when labels sit above their bars (narrow containers). */
  readonly stacked: boolean;
  readonly halves: readonly { readonly lines: readonly TextLine[]; readonly anchor: Anchor }[];
  readonly dontKnowHeader: readonly TextLine[];
  readonly rows: readonly LikertRowGeometry[];
  readonly zeroX: number;
  /** Vertical spans of the zero line: the whole plot, or each bar when labels sit above the bars. */
  readonly zeroSpans: readonly Span[];
  /** Pixels per percentage point. */
  readonly scale: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly ticks: readonly Tick[];
}

const widestWord = (text: string, measure: TextMeasurer, style: TextStyle): number => widestText(text.split(/\s+/), measure, style);

/** Share of a row to the left of the zero line: the answers before the centre and half the neutral one. */
export function leftShare(shares: readonly number[], leftCount: number, neutral: boolean): number {
  const before = shares.slice(0, leftCount).reduce((sum, share) => sum + share, 0);
  return before + (neutral ? (shares[leftCount] ?? 0) / 2 : 0);
}

/**
 * Pure geometry for diverging stacked bars: words for each half, one bar per row centred
 * on the zero line, a "don't know" column and net scores to the right, and an axis of shares. No DOM: text widths
 * come from `measure`.
 */
export function likertLayout(input: LikertLayoutInput): LikertGeometry {
  const { rows, answers, width, measure, leftCount, neutral } = input;
  const drawn = rows.filter((row) => !row.missing);
  const lefts = drawn.map((row) => leftShare(row.shares, leftCount, neutral));
  const rights = drawn.map((row, i) => row.shares.reduce((sum, share) => sum + share, 0) - lefts[i]!);
  const leftMost = Math.max(0, ...lefts);
  const rightMost = Math.max(0, ...rights);
  // Rounded out to a step of about a twentieth of the span, so bars use the width and ticks fall on round values.
  // Shares that together make less than a point (5e-324 from a mistyped figure) would make an axis too fine to
  // compute: they are drawn on the full ±50 scale instead.
  const [start, stop] = leftMost + rightMost >= MIN_AXIS_SPAN ? nice(-leftMost, rightMost, 20) : [-50, 50];
  const span = stop - start;

  // Columns, left to right: labels (wide only), the diverging bar, "don't know", net (wide only).
  const stacked = width < STACK_BELOW;
  // Narrow (below STACK_BELOW), the net score sits on the label's line.
  const labelWidth = stacked
    ? width
    : labelColumnWidth(
        rows.map((row) => row.label),
        LABEL_STYLE,
        width,
        MAX_LABEL_SHARE,
        measure,
      );
  const plotLeft = stacked ? 0 : labelWidth + LABEL_GAP;
  const netWidth = widestText(
    rows.map((row) => row.net ?? ''),
    measure,
    NET_STYLE,
  );
  const netColumn = !stacked && netWidth > 0 ? netWidth + COLUMN_GAP + RING_ROOM : 0;
  const rightEdge = width - netColumn;
  const available = rightEdge - plotLeft;

  const hasDontKnow = input.dontKnowName !== undefined;
  const dontKnowName = input.dontKnowName ?? '';
  const dontKnowMost = Math.max(0, ...drawn.map((row) => row.dontKnow?.share ?? 0));
  const dontKnowLabel = widestText(
    rows.map((row) => row.dontKnow?.text ?? ''),
    measure,
    VALUE_STYLE,
  );
  // On phones the heading wraps at every word, so the column takes as little of the bars' width as it can.
  const headerWord = widestWord(dontKnowName, measure, HEADER_STYLE);
  const headerWrap = stacked ? headerWord : Math.max(headerWord, Math.min(measure(dontKnowName, HEADER_STYLE), MAX_HEADER_WIDTH));
  const headerLines = hasDontKnow ? wrapText(dontKnowName, headerWrap, measure, HEADER_STYLE, 3) : [];
  const headerWidth = widestText(headerLines, measure, HEADER_STYLE);

  // The "don't know" column shares the bars' scale (a share is the same length everywhere) and is at least as wide
  // as its heading.
  let scale: number;
  if (hasDontKnow) {
    const fixed = COLUMN_GAP + VALUE_GAP + dontKnowLabel;
    const shared = (available - fixed) / (span + dontKnowMost);
    const column = dontKnowMost * shared + VALUE_GAP + dontKnowLabel;
    scale = column >= headerWidth ? shared : (available - COLUMN_GAP - headerWidth) / span;
  } else {
    scale = available / span;
  }
  scale = Math.max(scale, MIN_BAR_WIDTH / span);
  const plotRight = plotLeft + span * scale;
  const zeroX = plotLeft - start * scale;
  const dontKnowX = plotRight + COLUMN_GAP;

  // Words for each half, beside the zero line when they fit, else on lines of their own.
  // The key (in scale order, "don't know" last) is the frame's HTML legend above the chart, so the SVG starts here.
  const bandTop = 0;
  const rightBound = hasDontKnow ? dontKnowX - COLUMN_GAP / 2 : width;
  const leftRoom = zeroX - HALF_GAP;
  const rightRoom = rightBound - zeroX - HALF_GAP;
  const { left: leftText, right: rightText } = input.halfLabels;
  const leftFits = !leftText || leftRoom >= widestWord(leftText, measure, HALF_STYLE);
  const rightFits = !rightText || rightRoom >= widestWord(rightText, measure, HALF_STYLE);
  const halfLines = (text: string, room: number) => (text ? wrapText(text, room, measure, HALF_STYLE, 3) : []);
  const leftLines = halfLines(leftText, leftFits ? leftRoom : rightBound);
  const rightLines = halfLines(rightText, rightFits ? rightRoom : rightBound);
  const sideBySide = leftFits && rightFits;
  const rightTop = sideBySide ? bandTop : bandTop + leftLines.length * SMALL_LINE_HEIGHT;
  const place = (lines: readonly string[], top: number, lineX: number) => stackLines(lines, lineX, top, SMALL_LINE_HEIGHT, 12);
  const halves = [
    { lines: place(leftLines, bandTop, leftFits ? zeroX - HALF_GAP : 0), anchor: (leftFits ? 'end' : 'start') as Anchor },
    { lines: place(rightLines, rightTop, rightFits ? zeroX + HALF_GAP : rightBound), anchor: (rightFits ? 'start' : 'end') as Anchor },
  ].filter((half) => half.lines.length);
  const dontKnowHeader = place(headerLines, bandTop, dontKnowX);
  const halvesBottom = rightTop + rightLines.length * SMALL_LINE_HEIGHT;
  const bandHeight = Math.max(halvesBottom - bandTop, headerLines.length * SMALL_LINE_HEIGHT);

  // The rows.
  const plotTop = bandTop + bandHeight + (bandHeight > 0 ? 8 : 0);
  let y = plotTop;
  const rowGeometry: LikertRowGeometry[] = [];
  const spans: Span[] = [];
  for (const row of rows) {
    const netText = row.net;
    const labelRoom = stacked ? width - (netText ? measure(netText, NET_STYLE) + COLUMN_GAP + RING_ROOM : 0) : Math.max(labelWidth, MIN_BAR_WIDTH);
    const lines = wrapText(row.label, labelRoom, measure, LABEL_STYLE);
    const labelHeight = lines.length * LINE_HEIGHT;
    let labelTop: number;
    let barTop: number;
    let rowHeight: number;
    if (stacked) {
      labelTop = y;
      barTop = y + labelHeight + 8;
      rowHeight = labelHeight + 8 + BAR_HEIGHT;
    } else {
      rowHeight = Math.max(labelHeight, BAR_HEIGHT);
      labelTop = y + (rowHeight - labelHeight) / 2;
      barTop = y + (rowHeight - BAR_HEIGHT) / 2;
    }
    const middle = barTop + BAR_HEIGHT / 2;
    const label = stackLines(lines, 0, labelTop, LINE_HEIGHT, LABEL_STYLE.size);

    const segments: SegmentGeometry[] = [];
    let cursor = zeroX - leftShare(row.shares, leftCount, neutral) * scale;
    if (!row.missing) {
      row.shares.forEach((share, i) => {
        const segmentWidth = share * scale;
        const text = row.texts[i] ?? '';
        const fits = text !== '' && measure(text, SEGMENT_STYLE) + 2 * SEGMENT_PADDING <= segmentWidth - SEPARATOR;
        segments.push({
          answer: i,
          className: answers[i]?.className ?? 'scale-3',
          x: cursor,
          y: barTop,
          width: segmentWidth,
          height: BAR_HEIGHT,
          label: fits ? { text, x: cursor + segmentWidth / 2, y: middle + SEGMENT_STYLE.size * 0.35 } : undefined,
        });
        cursor += segmentWidth;
      });
    }
    const dontKnowShare = row.missing ? 0 : (row.dontKnow?.share ?? 0);
    const dontKnow =
      hasDontKnow && row.dontKnow
        ? {
            x: dontKnowX,
            y: barTop + 4,
            width: dontKnowShare * scale,
            height: BAR_HEIGHT - 8,
            label: { text: row.dontKnow.text, x: dontKnowX + dontKnowShare * scale + VALUE_GAP, y: middle + VALUE_STYLE.size * 0.35 },
          }
        : undefined;
    const net = netText
      ? {
          text: netText,
          x: width - RING_ROOM,
          y: stacked ? labelTop + LABEL_STYLE.size : middle + NET_STYLE.size * 0.35,
          anchor: 'end' as Anchor,
        }
      : undefined;
    const missing = row.missing ? { text: input.missingText, x: plotLeft, y: middle + LABEL_STYLE.size * 0.35 } : undefined;

    // Rings 4 px round a part, but flush with a segment's sides: a neighbour's value starts 5 px into its own segment.
    const around = (x: number, right: number, top = barTop - 4, height = BAR_HEIGHT + 8): Box => ({ x: x - 4, y: top, width: right - x + 8, height });
    const marks: LikertMark[] = row.missing
      ? [{ kind: 'missing', focus: around(plotLeft, plotLeft + measure(input.missingText, LABEL_STYLE)) }]
      : [
          ...segments.map((segment): LikertMark => ({
            kind: 'answer',
            answer: segment.answer,
            focus: { x: segment.x, y: barTop - 4, width: segment.width, height: BAR_HEIGHT + 8 },
          })),
          ...(dontKnow ? [{ kind: 'dont-know' as const, focus: around(dontKnow.x, dontKnow.label.x + measure(dontKnow.label.text, VALUE_STYLE)) }] : []),
          ...(net
            ? [
                {
                  kind: 'net' as const,
                  focus: stacked
                    ? around(net.x - measure(net.text, NET_STYLE), net.x, net.y - NET_STYLE.size - 3, NET_STYLE.size * 1.3 + 6)
                    : around(net.x - measure(net.text, NET_STYLE), net.x),
                },
              ]
            : []),
        ];
    rowGeometry.push({ label, barTop, segments, dontKnow, net, missing, marks });
    spans.push({ top: barTop - 4, bottom: barTop + BAR_HEIGHT + 4 });
    y += rowHeight + ROW_GAP;
  }
  const plotBottom = y - ROW_GAP;

  const axis = linearScale([start, stop], [plotLeft, plotRight]);
  const tickY = plotBottom + 8 + TICK_STYLE.size;
  // Ticks are written as distances from zero: the left half counts answers too.
  const ticks = pickTicks(axis, { tickText: (value) => input.tickText(Math.abs(value)), measure, width, y: tickY, spacing: TICK_SPACING });
  return {
    width,
    height: Math.ceil(tickY + 6),
    stacked,
    halves,
    dontKnowHeader,
    rows: rowGeometry,
    zeroX,
    zeroSpans: stacked ? spans : [{ top: plotTop - 4, bottom: plotBottom + 4 }],
    scale,
    plotLeft,
    plotRight,
    ticks,
  };
}
