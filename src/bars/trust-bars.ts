import { html, svg, nothing, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { renderNotes } from '../core/annotations/annotation-svg.js';
import { annotationStyles } from '../core/annotations/annotation-styles.js';
import { MARKER_RADIUS } from '../core/annotations/note-layout.js';
import { firstWritten, LazyAnnotations, notesWritten, registerAnnotations } from '../core/annotations/load.js';
import { readChoice, readNumber } from '../core/attributes.js';
import { childTableOf } from '../core/data/child-table-controller.js';
import { SORT_ORDERS, sortByValue } from '../core/data/sort-rows.js';
import { focusRing } from '../core/drawing/focus-ring.js';
import { verticalLines } from '../core/drawing/vertical-lines.js';
import type { DataRow } from '../core/data/model.js';
import type { PointDetail } from '../core/events.js';
import { renderNoteList } from '../core/frame/notes.js';
import { withLabel } from '../core/frame/tooltip.js';
import { shownValue } from '../core/i18n/shown-value.js';
import { problem, type Problem } from '../core/problems.js';
import { TrustElement, type ChartContext, type ChartDrawing } from '../core/trust-element.js';
import type { BarNote } from './bars-annotations.js';
import { barsLayout, LABEL_STYLE, type BarGeometry, type BarsGeometry } from './bars-layout.js';
import { barsStyles } from './bars-styles.js';
import { barsSummary } from './bars-summary.js';

export { SORT_ORDERS, type SortOrder } from '../core/data/sort-rows.js';

/**
 * Room a numbered note marker needs right of a value label: the gap and the marker. Here, not in bars-annotations.ts,
 * so that the chart's own bundle imports nothing from that module, which stays in the lazy chunk whole.
 */
const MARKER_ROOM = 2 * MARKER_RADIUS + 8;

/**
 * Horizontal bar chart for survey shares and counts: long labels wrap, the axis starts at zero, values are written
 * at the bar ends, and several series become grouped bars with a key.
 *
 * @tagname trust-bars
 * @summary Horizontal bars with direct value labels, optional highlight and target line.
 *
 * @csspart bar - Each bar (an SVG rect; style with `fill`).
 * @csspart label - Each category label (SVG text).
 * @csspart value - Each value label at a bar's end (SVG text).
 * @csspart target - The target line (SVG line; style with `stroke`).
 * @csspart reference - Each reference line (`reference`; an SVG line; style with `stroke`).
 * @csspart error-bar - A 95% interval drawn across a bar's end (`show-uncertainty`; SVG lines).
 * @csspart note - Each note on the chart (`notes`): its words after the bar's value, or its numbered marker (an SVG group).
 * @csspart notes - The numbered list of notes under a narrow chart (an `<ol>`).
 *
 * @example
 * <trust-bars heading="Most of the public worry about cyber-attacks on the NHS" source="BT research, 2024"
 *   data="Worry about cyber-attacks on the NHS: 57; Concerned attacks could disrupt critical systems: 60"></trust-bars>
 */
export class TrustBars extends TrustElement {
  static override styles = [...TrustElement.styles, barsStyles, annotationStyles];

  /** Order of the bars: `none` (as written, default), `ascending` or `descending` by the first series. */
  @property() sort?: string;

  /** Label of one bar to emphasise; the other bars are muted. */
  @property() highlight?: string;

  /** A value to draw as a labelled reference line, such as a 95% training target. */
  @property() target?: string;

  /** Words for the target line. Default "Target". */
  @property({ attribute: 'target-label' }) targetLabel?: string;

  /** Upper end of the axis. Default 100 for percentages, otherwise a round number above the largest value. */
  @property() max?: string;

  /**
   * Labelled lines down the chart at a value, separated by `;`: `reference="50: Half of staff; 75: Usual level"`, labelled
   * "Half of staff: 50%" above the bars. Unlike `target` (one line, which stretches the axis to reach it), a line beyond
   * the axis is not drawn and is reported (set `max` to bring it in). Read in the summary.
   */
  @property() reference?: string;

  /**
   * Notes on bars, each a bar's label, a colon and the words, separated by `;`:
   * `notes="Concerned about their own records: Up from 48% in 2022"`. With several series, name one after a `|`
   * (`Label | 2024: …`). The words sit after the bar's value; when they do not fit (a narrow chart) each note becomes a
   * numbered marker with the words listed under the chart. Screen readers hear each note with its bar and in the
   * summary. Plain text only. Notes may instead be written in the foot of the child table, where a page read without
   * the script shows them too: `<tfoot><tr><th>Label</th><td data-note>words</td></tr></tfoot>`; this attribute wins.
   */
  @property() notes?: string;

  protected override draw(context: ChartContext): ChartDrawing {
    const { model, seriesNames, format, messages, warnings, locale, unit } = context;
    const order = readChoice('sort', this.sort, SORT_ORDERS, 'none', warnings);
    const target = readNumber('target', this.target, warnings, locale);
    const max = readNumber('max', this.max, warnings, locale);
    const rows = sortByValue(model.rows, order, (row) => row.values[0] ?? null);

    let highlight: number | undefined;
    if (this.highlight?.trim()) {
      const wanted = this.highlight.trim().toLowerCase();
      highlight = rows.findIndex((row) => row.label.toLowerCase() === wanted);
      if (highlight < 0) {
        highlight = undefined;
        const asked = this.highlight;
        warnings.push(problem('highlight', (m) => m.highlightNotFound(asked)));
      }
    }
    const largest = Math.max(...rows.flatMap((row) => row.values.map((v) => v ?? -Infinity)));
    if (max !== undefined && max < largest) {
      warnings.push(problem('max', (m) => m.maxBelowData(format(max, ''), format(largest, ''))));
    }

    const multi = seriesNames.length > 1;
    const shown = (r: number, s: number): string => shownValue(rows[r]!, s, format, messages);
    // With several series the first group names its series beside each value, so colour is never the only cue.
    const valueText = (r: number, s: number) => (multi && r === 0 ? `${seriesNames[s]}: ${shown(r, s)}` : shown(r, s));
    const targetName = this.targetLabel?.trim() || messages.target;
    const targetText = target !== undefined ? `${targetName}: ${format(target, '')}` : undefined;

    // Notes on bars, matched by label (and series, after a `|`); on every bar of the row when no series is named.
    const labels = rows.map((row) => row.label);
    // Their code is here only when the chart has notes (loaded before the first render).
    const kit = barsAnnotationCode.for(this, warnings);
    const marks = kit?.readValueMarks(this.reference, undefined, locale, warnings);
    const written = kit?.readNotes(this.notes, childTableOf(this), warnings);
    const notes = kit && written ? kit.matchNotes(written.specs, kit.rowFinder(labels, []), labels, seriesNames, warnings, written.from) : [];

    const barsAt = (noteRoom: number) =>
      barsLayout({
        noteRoom,
        rows,
        seriesCount: seriesNames.length,
        width: context.width,
        max,
        percent: unit === 'percent',
        target,
        targetText,
        highlight,
        valueText,
        tickText: context.formatAxis,
        measure: context.measure,
        interval: context.showUncertainty ? (r, s) => context.uncertainty(rows[r]!, s) : undefined,
      });
    // Reference lines (`reference`): the bars laid out lower, with room above them for the lines' words.
    const plainValue = (value: number) => format(value, '');
    const layout = (noteRoom: number) => {
      const valueAxis = (headroom: number) =>
        kit?.barsValueAxis(kit.movedDown(barsAt(noteRoom), headroom), (bar) => rows[bar.row]!.values[bar.series] ?? null, target);
      if (!kit || !marks?.references.length || !valueAxis(0)) return { geometry: barsAt(noteRoom), lines: undefined, problems: [] };
      const problems: Problem[] = [];
      const { geometry, annotations } = kit.withValueMarks(marks, (headroom) => valueAxis(headroom)!, {
        measure: context.measure,
        valueText: plainValue,
        fix: 'max',
        problems,
      });
      return { geometry, lines: annotations, problems };
    };
    let laidOut = layout(0);
    let geometry = laidOut.geometry;
    // A note is drawn by the first bar of its row, or by its series' bar.
    const toBars = (g: BarsGeometry): BarNote[] =>
      notes.map((note, i) => ({
        bar: g.bars.findIndex((bar) => bar.row === note.row && bar.series === (note.series ?? 0)),
        number: i + 1,
        text: note.text,
        place: note.place,
      }));
    let drawnNotes = kit ? kit.barNotes(toBars(geometry), geometry, context.measure, false) : { notes: [], collapsed: false };
    if (!drawnNotes) {
      laidOut = layout(MARKER_ROOM);
      geometry = laidOut.geometry;
      drawnNotes = kit!.barNotes(toBars(geometry), geometry, context.measure, true)!;
    }
    const noteOn = (row: number, series: number) =>
      notes
        .filter((note) => note.row === row && (note.series === undefined || note.series === series))
        .map((note) => note.text)
        .join('; ');

    const withNote = (text: string, note: string) => (note ? messages.pointNote(text, note) : text);
    const points: PointDetail[] = geometry.bars.map((bar, index) => ({
      index,
      label: rows[bar.row]!.label,
      series: multi ? seriesNames[bar.series]! : '',
      value: rows[bar.row]!.values[bar.series] ?? null,
      // Read out with its margin of error when the sample size is known ("57% ± 3.1"), and with its note.
      text: withNote(context.uncertainty(rows[bar.row]!, bar.series)?.text ?? shown(bar.row, bar.series), noteOn(bar.row, bar.series)),
    }));
    // Problems of the layout drawn (a line off the axis), once.
    warnings.push(...laidOut.problems);
    const lines = laidOut.lines;
    const summary = barsSummary({
      model: { ...model, rows },
      seriesNames,
      shown,
      messages,
      target: target !== undefined ? { value: target, text: format(target, ''), label: targetName } : undefined,
    });
    return {
      width: geometry.width,
      height: geometry.height,
      content: svg`${renderBars(geometry, context.focusIndex, lines?.references.length ? renderNotes({ ...lines, notes: [] }) : nothing)}${drawnNotes.notes.length ? svg`<g aria-hidden="true">${renderNotes({ ranges: [], references: [], ...drawnNotes })}</g>` : nothing}`,
      summary: [
        summary,
        ...(lines && kit ? kit.valueMarksSaid(lines.drawn, plainValue, messages) : []),
        ...(notes.length ? [messages.notesSummary(notes.map((note) => `${note.place}: ${note.text}`))] : []),
      ].join(' '),
      points,
      // The focus ring's rectangle and the row's label (above the bars on a phone): the tooltip clears both.
      boxes: geometry.bars.map((bar) =>
        withLabel({ x: bar.x - 4, y: bar.y - 4, width: Math.max(bar.width, 2) + 8, height: bar.height + 8 }, geometry.labels[bar.row] ?? [], LABEL_STYLE),
      ),
      legend: seriesNames,
      // The notes, by bar, in the data table (its rows are the model's, in the data's order).
      ...(notes.length
        ? {
            tableNotes: (row: DataRow) =>
              notes
                .filter((note) => rows[note.row] === row)
                .map((note) => (note.series === undefined || !multi ? note.text : `${note.text} (${seriesNames[note.series]})`))
                .join('; ') || undefined,
          }
        : {}),
      ...(drawnNotes.collapsed ? { after: html`${renderNoteList(drawnNotes.notes, messages.notesLabel)}` } : {}),
    };
  }
}

/** `lines`: reference lines, drawn under the labels and values, whose halos keep them legible where a line crosses. */
function renderBars(g: BarsGeometry, focusIndex: number | null, lines: SVGTemplateResult | typeof nothing) {
  const focused = focusIndex !== null ? g.bars[focusIndex] : undefined;
  const target = g.target
    ? svg`${verticalLines('target', g.target.x, g.lineSpans)}
            <line class="target-line" x1=${g.target.x} x2=${g.target.x} y1=${g.plotTop - 4} y2=${g.plotTop}></line>
            <text class="target-label" x=${g.target.label.x} y=${g.target.label.y} text-anchor=${g.target.label.anchor}>${g.target.label.text}</text>`
    : nothing;
  // Reference lines join the target's place, so that a chart without them is drawn (and pre-rendered) as before.
  return svg`
    <g aria-hidden="true">
      ${g.ticks.map((tick) => verticalLines('grid', tick.x, g.lineSpans))}
      ${g.bars.map((bar) => renderBar(bar))}
      ${g.bars.some((bar) => bar.errorBar) ? g.bars.map((bar) => (bar.errorBar ? svg`<g part="error-bar" class="error-bar">${errorBarLines(bar.errorBar, 'halo')}${errorBarLines(bar.errorBar, 'whisker')}</g>` : nothing)) : nothing}
      ${verticalLines('zero', g.zeroX, g.lineSpans)}
      ${lines === nothing ? target : svg`${target}${lines}`}
      ${g.labels.map((lines) => svg`<text part="label" class="bar-label">${lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`)}
      ${g.bars.map((bar) => renderValue(bar))}
      ${g.ticks.map((tick) => svg`<text class="tick" x=${tick.x} y=${tick.y} text-anchor=${tick.anchor}>${tick.text}</text>`)}
      ${
        focused
          ? focusRing({ x: focused.x - 4, y: focused.y - 4, width: Math.max(focused.width, 2) + 8, height: focused.height + 8 }, g.width, g.height)
          : nothing
      }
    </g>`;
}

/** An interval line with end caps; drawn twice, a wide halo in the background colour under the line itself. */
function errorBarLines({ x1, x2, y }: NonNullable<BarGeometry['errorBar']>, className: string) {
  return svg`<line class=${className} x1=${x1} x2=${x2} y1=${y} y2=${y}></line>
    <line class=${className} x1=${x1} x2=${x1} y1=${y - 5} y2=${y + 5}></line>
    <line class=${className} x1=${x2} x2=${x2} y1=${y - 5} y2=${y + 5}></line>`;
}

/** A bar's value; its class written in the template (`value ` as it always was), not bound: one part fewer per bar. */
function renderValue({ missing, label }: BarGeometry) {
  return missing
    ? svg`<text part="value" class="value missing" x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.text}</text>`
    : svg`<text part="value" class="value " x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.text}</text>`;
}

function renderBar(bar: BarGeometry) {
  if (bar.missing) return nothing;
  const classes = ['mark', 'grow', `series-${(bar.series % 6) + 1}`, bar.muted ? 'muted' : '', bar.highlighted ? 'highlight' : ''].filter(Boolean).join(' ');
  return svg`<rect part="bar" class=${classes} x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-bars': TrustBars;
  }
}

/** The code for notes, loaded only for a chart that has them (most have none): a chunk of its own in the CDN files. */
const barsAnnotationCode = new LazyAnnotations(
  (element) => notesWritten(element) ?? firstWritten('reference')(element),
  () => import('./bars-annotation-kit.js'),
);
registerAnnotations(TrustBars, barsAnnotationCode);
