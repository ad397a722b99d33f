import { edgeAnchor } from '../layout/axis-ticks.js';
import { round, type Box, type Span } from '../layout/geometry.js';
import type { TextMeasurer } from '../layout/measure-text.js';
import type { Messages } from '../i18n/messages.js';
import { parseNumberText } from '../data/parse-number.js';
import { problem, type Problem } from '../problems.js';
import { NO_ANNOTATIONS, type AnnotationGeometry, type RangeGeometry, type ReferenceGeometry } from './annotation-geometry.js';
import { NOTE_LINE, NOTE_STYLE } from './note-layout.js';
import { parseRanges, parseReferences } from './parse-annotations.js';
import { overlaps } from './place-labels.js';
import type { RangeSpec, ReferenceSpec } from './annotation-spec.js';

/** Reference lines and shaded ranges on a horizontal value axis (`reference`, `highlight`), read from attributes. */
export interface ValueMarks {
  readonly references: readonly ReferenceSpec[];
  readonly ranges: readonly (RangeSpec & { readonly low: number; readonly high: number })[];
}

/**
 * Reads `reference="50: Half of respondents"` and `highlight="40–60: Neither"` for a chart whose value axis runs across
 * (its ranges are of values, not labels), in the page's locale. Problems go to `problems`.
 */
export function readValueMarks(reference: string | undefined, highlight: string | undefined, locale: string, problems: Problem[]): ValueMarks {
  const valueOf = (text: string) => {
    const parsed = parseNumberText(text, locale);
    return parsed.kind === 'number' && Number.isFinite(parsed.value) ? parsed.value : undefined;
  };
  const references = parseReferences('reference', reference, locale, problems);
  const ranges = parseRanges('highlight', highlight, (text) => valueOf(text) !== undefined, problems).map((range) => {
    const [a, b] = [valueOf(range.from)!, valueOf(range.to)!];
    return { ...range, low: Math.min(a, b), high: Math.max(a, b) };
  });
  return { references, ranges };
}

/** What a chart with a horizontal value axis hands over for its reference lines and ranges. */
export interface ValueAxisGeometry {
  readonly width: number;
  readonly domain: readonly [number, number];
  /** The pixel range of the axis (the scale's ends). */
  readonly range: readonly [number, number];
  readonly plotTop: number;
  readonly plotBottom: number;
  /** Where lines may run: the whole plot, or each row's marks when row labels sit above them (narrow charts). */
  readonly lineSpans: readonly Span[];
  /** The lowest the lines' words may sit, when something else is written just above the plot (a bar chart's target). */
  readonly wordsTop?: number;
}

export interface ValueAxisOptions {
  readonly measure: TextMeasurer;
  /** A value as written on a line's label ("50%"). */
  readonly valueText: (value: number) => string;
  /** The attribute that would bring an off-axis line in (`max`). */
  readonly fix: string;
  readonly problems: Problem[];
}

/** The ranges and lines drawn (those on the axis), for the summary. */
export type DrawnValueMarks = AnnotationGeometry & { readonly drawn: ValueMarks };

/**
 * Lays a chart out with room above its plot for the words of its reference lines and ranges: one line of words,
 * or as many as it takes for none to overlap (labels that would touch go a line higher), the layout being done again
 * with that room. `layout` is the chart's pure layout, given the room to keep above the plot.
 */
export function withValueMarks<G extends ValueAxisGeometry>(
  marks: ValueMarks,
  layout: (headroom: number) => G,
  options: ValueAxisOptions,
): { geometry: G; annotations: DrawnValueMarks } {
  const worded = marks.references.length + marks.ranges.filter((range) => range.text).length;
  let geometry = layout(worded ? NOTE_LINE + 2 : 0);
  let problems: Problem[] = [];
  let annotations = valueAxisAnnotations(marks, geometry, { ...options, problems });
  if (annotations.labelRows > 1) {
    geometry = layout(annotations.labelRows * NOTE_LINE + 2);
    problems = [];
    annotations = valueAxisAnnotations(marks, geometry, { ...options, problems });
  }
  options.problems.push(...problems);
  return { geometry, annotations };
}

/**
 * Lays out reference lines (down the plot, words above it, centred on the line unless at an edge) and shaded ranges
 * of values (words above, at the range's start), in the chart's line spans. Words that would overlap go a line
 * higher (`labelRows` says how many lines they take). A line or a range off the axis is reported, not drawn.
 */
export function valueAxisAnnotations(marks: ValueMarks, g: ValueAxisGeometry, options: ValueAxisOptions): DrawnValueMarks & { readonly labelRows: number } {
  if (!marks.references.length && !marks.ranges.length) return { ...NO_ANNOTATIONS, drawn: { references: [], ranges: [] }, labelRows: 0 };
  const { measure, valueText } = options;
  const [d0, d1] = g.domain;
  const x = (value: number) => round(g.range[0] + ((value - d0) / (d1 - d0 || 1)) * (g.range[1] - g.range[0]));
  const off = (value: number) => value < Math.min(d0, d1) || value > Math.max(d0, d1);
  const drawn = { references: marks.references.filter((r) => !off(r.value)), ranges: marks.ranges.filter((r) => !off(r.low) && !off(r.high)) };
  for (const reference of marks.references.filter((r) => off(r.value))) {
    const [shown, low, high] = [reference.value, d0, d1].map(valueText) as [string, string, string];
    options.problems.push(problem('reference', (m) => m.referenceOffAxis(shown, low, high, options.fix)));
  }
  for (const range of marks.ranges.filter((r) => off(r.low) || off(r.high))) {
    options.problems.push(problem('highlight', (m) => m.rangeNotFound(`${valueText(range.low)}–${valueText(range.high)}`)));
  }

  // Words above the plot, each on the lowest line where it touches no other.
  const taken: Box[] = [];
  const top = g.wordsTop ?? g.plotTop;
  let labelRows = 0;
  const word = (text: string, at: number, anchor: 'start' | 'middle' | 'end') => {
    const width = measure(text, NOTE_STYLE);
    const left = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
    let row = 0;
    const boxAt = (r: number) => ({ x: left - 3, y: top - 4 - NOTE_STYLE.size - r * NOTE_LINE, width: width + 6, height: NOTE_LINE - 1 });
    while (taken.some((box) => overlaps(box, boxAt(row)))) row++;
    taken.push(boxAt(row));
    labelRows = Math.max(labelRows, row + 1);
    return { label: { text, x: round(at), y: round(top - 4 - row * NOTE_LINE), anchor }, labelBox: boxAt(row) };
  };

  const ranges: RangeGeometry[] = drawn.ranges.flatMap((r) =>
    g.lineSpans.map((span, i) => {
      const box = { x: x(r.low), y: span.top, width: Math.max(2, round(x(r.high) - x(r.low))), height: round(span.bottom - span.top) };
      return i === 0 && r.text ? { box, label: word(r.text, box.x + 2, 'start').label } : { box };
    }),
  );
  const references: ReferenceGeometry[] = drawn.references.flatMap((reference) => {
    const at = x(reference.value);
    const text = reference.text ? `${reference.text}: ${valueText(reference.value)}` : valueText(reference.value);
    const words = word(text, at, edgeAnchor(at, measure(text, NOTE_STYLE), g.width));
    // One piece per span: where row labels sit above their rows, the line never crosses them.
    const whole = g.lineSpans.length === 1;
    return g.lineSpans.map((span, i) => ({ x1: at, x2: at, y1: round(whole ? g.plotTop - 2 : span.top), y2: round(span.bottom), ...(i === 0 ? words : {}) }));
  });
  return { ranges, references, notes: [], collapsed: false, drawn, labelRows };
}

/** What the summary says of the ranges and lines drawn, in that order. */
export function valueMarksSaid(drawn: ValueMarks, valueText: (value: number) => string, messages: Messages): string[] {
  return [
    ...drawn.ranges.map((r) => messages.rangeSummary(valueText(r.low), valueText(r.high), r.text)),
    ...drawn.references.map((r) => messages.referenceSummary(r.text, valueText(r.value))),
  ];
}
