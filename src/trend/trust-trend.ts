import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { NO_ANNOTATIONS, type AnnotationGeometry } from '../core/annotations/annotation-geometry.js';
import { renderNotes, renderRanges } from '../core/annotations/annotation-svg.js';
import { annotationStyles } from '../core/annotations/annotation-styles.js';
import { NARROW_NOTES } from '../core/annotations/note-layout.js';
import { firstWritten, LazyAnnotations, notesWritten, registerAnnotations } from '../core/annotations/load.js';
import { readChoice, readNumber } from '../core/attributes.js';
import { childTableOf } from '../core/data/child-table-controller.js';
import { renderNoteList } from '../core/frame/notes.js';
import type { DataRow } from '../core/data/model.js';
import type { PointDetail } from '../core/events.js';
import { numberFormat } from '../core/format/number.js';
import { localise, widgetProblem } from '../core/i18n/messages.js';
import { shownValue } from '../core/i18n/shown-value.js';
import type { TextLine } from '../core/layout/geometry.js';
import { problem } from '../core/problems.js';
import { TrustElement, type ChartContext, type ChartDrawing } from '../core/trust-element.js';
import type { View } from '../core/view.js';
import { trendLayout, yDomain, type TrendGeometry } from './trend-layout.js';
import { trendMessages, type TrendMessages, type TrendProblemMessages } from './trend-messages.js';
import { trendStyles } from './trend-styles.js';
import { trendSummary } from './trend-summary.js';
import { SPACINGS, waveAxis } from './waves.js';
import { LABEL_CHOICES } from './point-labels.js';
import { missingWaveLabels } from './missing-waves.js';
import { NOTE_HEADROOM, RANGE_HEADROOM } from './trend-annotations.js';

/**
 * Line chart of one or more measures over survey waves (2022, 2023, 2024), with a marker on every value, the
 * latest value and the series name written at each line end, and a break in the line wherever a wave has no figure.
 *
 * Rows are waves: the first table column (or the label in `data`) holds the wave, as a plain year ("2024"), an ISO
 * month or day ("2024-03", "2024-03-15") or a name ("Wave 3"). Series are the measures (table header, `series`, or
 * JSON keys). Years and names are evenly spaced in the order written; months and days are placed in proportion to
 * time (see `spacing`).
 *
 * @tagname trust-trend
 * @summary Line chart over survey waves with direct labels, gaps for missing waves and an honest axis.
 *
 * @csspart line - Each series' line (an SVG path; style with `stroke`).
 * @csspart band - Each series' shaded 95% margin of error, edged with a dashed line of its colour (`show-uncertainty`; an SVG path; style with `fill-opacity`, `stroke-dasharray`).
 * @csspart point - Each value's marker (an SVG path; style with `fill`).
 * @csspart label - Each label at a line end: the latest value and the series name (SVG text).
 * @csspart axis-note - The sentence under the chart when the vertical axis does not start at zero.
 * @csspart band-note - The sentence under the chart saying what the shaded bands are (`show-uncertainty`).
 * @csspart note - Each note on the chart (`notes`): its words and leader line, or its numbered marker (an SVG group).
 * @csspart notes - The numbered list of notes under a narrow chart (an `<ol>`).
 * @csspart reference - Each reference line (`reference`; an SVG line; style with `stroke`).
 * @csspart highlight - Each shaded range (`highlight`; an SVG rect; style with `fill`).
 *
 * @example
 * <trust-trend heading="More NHS staff are trained on new technologies" source="BT research, 2022 and 2024"
 *   series="Trained on new technologies | Trained on both new and existing systems"
 *   data="2022: 5 | 47; 2024: 15 | 39"></trust-trend>
 */
export class TrustTrend extends TrustElement {
  static override styles = [...TrustElement.styles, trendStyles, annotationStyles];

  /** More rows than the other widgets: each row is one point in time, and daily figures for a decade still fit. */
  protected override maxRows = 5000;
  protected override typicalHeight = '30rem';

  /** Bottom of the vertical axis. Default zero; any other value draws an axis-break mark and a note under the chart. */
  @property({ attribute: 'y-min' }) yMin?: string;

  /** Top of the vertical axis. Default: the largest value rounded up to a round number (for percentages at most 100). */
  @property({ attribute: 'y-max' }) yMax?: string;

  /** How waves sit along the axis: `auto` (default: years and names evenly, months and days in time), `even` or `time`. */
  @property() spacing?: string;

  /**
   * Notes on the chart, each a wave's label, a colon and the words, separated by `;`:
   * `notes="2017: WannaCry attack, May 2017; 2020: Survey moved online"`. To attach a note to one line, name its
   * series after a `|` (`2017 | Staff: …`). Notes sit beside their point, away from the lines and each other; on a
   * narrow chart they become numbered markers with the words listed under the chart. Screen readers hear each note
   * with its point and in the summary. Plain text only. Notes may instead be written in the foot of the child table,
   * where a page read without the script shows them too: `<tfoot><tr><th>2017</th><td data-note>words</td></tr></tfoot>`
   * (`data-note="2017 | Staff"` names a series); this attribute wins.
   */
  @property() notes?: string;

  /**
   * Labelled lines across the chart at a value, separated by `;`: `reference="50: Half of respondents"`. A line
   * outside the axis is not drawn (set `y-max` to bring it in).
   */
  @property() reference?: string;

  /**
   * Shaded ranges of waves, each two labels joined by a dash, a colon and the words, separated by `;`:
   * `highlight="2020–2021: Pandemic"`. One wave alone (`2020: Lockdown`) shades that wave.
   */
  @property() highlight?: string;

  /**
   * Which values are written on the chart: `ends` (default: the latest value at each line end), `all` (every point,
   * leaving out those that would overlap, never the first, the last or an annotated one) or `none` (names only; the
   * values stay in the tooltip, the data table and what screen readers hear).
   */
  @property() labels?: string;

  /** Uncertainty bands are hard to read: "How to read this chart" says what they are, whenever they are drawn. */
  protected override howToRead(view: View): string | undefined {
    const banded = this.drawnAttributes.showUncertainty && !!view.uncertainty?.length;
    return banded ? localise(view.messages.locale, trendMessages).trendHowToRead : undefined;
  }

  protected override draw(context: ChartContext): ChartDrawing {
    const { model, format, warnings, locale, unit } = context;
    const t = localise(locale, trendMessages);
    const spacing = readChoice('spacing', this.spacing, SPACINGS, 'auto', warnings);
    const labelChoice = readChoice('labels', this.labels, LABEL_CHOICES, 'ends', warnings);
    const yMin = readNumber('y-min', this.yMin, warnings, locale);
    const yMax = readNumber('y-max', this.yMax, warnings, locale);

    const axis = waveAxis(
      model.rows.map((row) => row.label),
      spacing,
      locale,
    );
    if (axis.problem?.kind === 'mixed') {
      const { date, name } = axis.problem;
      // The labels are at fault, so point at wherever they were written (`data`, `table` or `.data`).
      warnings.push(own(model.origin, (m) => m.mixedWaves(date, name)));
    } else if (axis.problem) {
      const { label } = axis.problem;
      warnings.push(own('spacing', (m) => m.notADate(label)));
    }

    const values = model.rows.flatMap((row) => row.values.filter((v): v is number => v !== null));
    // `show-uncertainty`: each value's 95% interval (percentages with a known sample size only), shaded as a band.
    const intervals = model.series.map((_, s) => model.rows.map((row) => (context.showUncertainty ? context.uncertainty(row, s) : undefined)));
    const reach = intervals.flat().flatMap((interval) => (interval ? [interval.low, interval.high] : []));
    const domain = yDomain({ values, percent: unit === 'percent', yMin, yMax, reach });
    const plain = (value: number) => format(value, '');
    if (domain.yMinAboveData && yMin !== undefined) {
      const smallest = Math.min(...values);
      warnings.push(own('y-min', (m) => m.yMinAboveData(plain(yMin), plain(smallest))));
    }
    if (domain.yMaxNotAboveMin && yMax !== undefined) {
      warnings.push(own('y-max', (m) => m.yMaxNotAboveMin(plain(yMax), plain(domain.lower))));
    }
    if (domain.yMaxBelowData && yMax !== undefined) {
      const largest = Math.max(...values);
      warnings.push(problem('y-max', (m) => m.maxBelowData(plain(yMax), plain(largest))));
    }
    if (domain.yMinAboveBand && yMin !== undefined) {
      const lowest = Math.max(0, Math.min(...reach));
      warnings.push(own('y-min', (m) => m.yMinAboveBand(plain(yMin), plain(lowest))));
    }
    if (domain.yMaxBelowBand && yMax !== undefined) {
      const highest = Math.min(100, Math.max(...reach));
      warnings.push(own('y-max', (m) => m.yMaxBelowBand(plain(yMax), plain(highest))));
    }

    // A single series without a name (compact data, no `series`) is not named anywhere: only its values are shown.
    const unnamed = model.series.length === 1 && !model.series[0] && !this.series?.trim();
    const names = unnamed ? [''] : context.seriesNames;
    const shown = (row: number, s: number): string => shownValue(model.rows[row]!, s, format, context.messages);
    // Read out (keyboard and summary) with the 95% interval whenever the sample size is known: "15% ± 2.2".
    const described = (row: number, s: number): string => context.uncertainty(model.rows[row]!, s)?.text ?? shown(row, s);
    const lastRow = (s: number) => [...axis.order].reverse().find((row) => (model.rows[row]?.values[s] ?? null) !== null);
    // A series without any figure says why at its line end: "too few answers" when any wave was withheld.
    const lastMissing = (s: number) => (model.rows.some((row) => row.withheld?.[s]) ? context.messages.withheld : context.messages.noData);

    // What the author asked the chart to say: notes on waves or points, reference lines, shaded ranges of waves. Its
    // code is here only when the chart asks for it (loaded before the first render).
    const kit = trendAnnotationCode.for(this, warnings);
    const findRow = kit?.rowFinder(
      model.rows.map((row) => row.label),
      axis.display,
    );
    const written = kit?.readNotes(this.notes, childTableOf(this), warnings);
    const notes = kit && findRow && written ? kit.matchNotes(written.specs, findRow, axis.display, names, warnings, written.from) : [];
    const references = kit ? kit.parseReferences('reference', this.reference, locale, warnings) : [];
    const ranges = (kit && findRow ? kit.parseRanges('highlight', this.highlight, (text) => findRow(text) !== undefined, warnings) : []).map((range) => ({
      ...range,
      fromRow: findRow!(range.from)!,
      toRow: findRow!(range.to)!,
    }));
    const headroom =
      (notes.length ? (context.width >= NARROW_NOTES ? NOTE_HEADROOM : RANGE_HEADROOM) : 0) + (ranges.some((range) => range.text) ? RANGE_HEADROOM : 0);

    const geometry = trendLayout({
      headroom,
      width: context.width,
      positions: axis.positions,
      labels: axis.display,
      order: axis.order,
      series: names.map((name, s) => {
        const last = lastRow(s);
        return {
          name: name || undefined,
          values: model.rows.map((row) => row.values[s] ?? null),
          lastText: last === undefined ? lastMissing(s) : shown(last, s),
          intervals: intervals[s]!,
        };
      }),
      lower: domain.lower,
      upper: domain.upper,
      broken: domain.broken,
      tickText: context.formatAxis,
      measure: context.measure,
    });

    // A wave without any figure says so where the line breaks ("no data"), as the summary and the table do.
    const missingWaves = missingWaveLabels(
      axis.order.flatMap((row, i) => {
        const cells = model.rows[row]!.values;
        if (!cells.length || cells.some((value) => value !== null)) return [];
        const withheld = cells.every((_, s) => model.rows[row]!.withheld?.[s]);
        return [{ x: geometry.waveTicks[i]!.x, text: withheld ? context.messages.withheld : context.messages.noData }];
      }),
      geometry.waveTicks.map((tick) => tick.x),
      geometry.plot.bottom,
      context.measure,
    );
    const annotations =
      kit && (notes.length || references.length || ranges.length)
        ? kit.trendAnnotations({
            geometry,
            order: axis.order,
            notes,
            references,
            ranges,
            lower: domain.lower,
            upper: domain.upper,
            valueText: plain,
            measure: context.measure,
            problems: warnings,
            fixFor: (value) => (value > domain.upper ? 'y-max' : 'y-min'),
            headroom,
            taken: missingWaves.boxes,
          })
        : { ...NO_ANNOTATIONS, obstacles: [] };

    // Keyboard order: series by series, each from the first wave to the last; waves without a figure are skipped.
    const marks = geometry.series.flatMap((s) => s.points.map((point) => ({ series: s.index, point })));
    // A point is read (and its tooltip shows) with the notes on its wave, or on it.
    const noteOn = (row: number, series: number) =>
      notes
        .filter((note) => note.row === row && (note.series === undefined || note.series === series))
        .map((note) => note.text)
        .join('; ');
    const points: PointDetail[] = marks.map(({ series, point }, index) => {
      const note = noteOn(point.row, series);
      const text = described(point.row, series);
      return { index, label: axis.display[point.row]!, series: names[series]!, value: point.value, text: note ? context.messages.pointNote(text, note) : text };
    });

    // `labels="all"`: every value beside its point, the line ends excepted (they have theirs), where there is room.
    const valueLabels =
      labelChoice === 'all' && kit
        ? kit.pointLabels(
            geometry.series.flatMap((s) =>
              s.points
                .slice(0, -1)
                .map((point, i) => ({ x: point.x, y: point.y, text: shown(point.row, s.index), keep: i === 0 || !!noteOn(point.row, s.index) })),
            ),
            [...annotations.obstacles, ...missingWaves.boxes],
            { left: geometry.plot.left, right: geometry.plot.right, top: geometry.plot.top - headroom, bottom: geometry.plot.bottom - 2 },
            context.measure,
          )
        : [];

    const oneDecimal = numberFormat(locale, { maximumFractionDigits: 1 });
    const summary = trendSummary({
      model,
      seriesNames: names,
      order: axis.order,
      waves: axis.display,
      shown,
      described,
      ...(unit === 'percent' ? { sampleSize: (row: number, s: number) => context.sampleSize(model.rows[row]!, s) } : {}),
      approximate: (row, s) => !!(model.rows[row]?.qualifiers[s] ?? context.qualifier),
      change: (amount) =>
        unit === 'percent'
          ? t.percentagePoints(oneDecimal.format(amount), Math.round(amount * 10) / 10)
          : unit === 'ratio'
            ? oneDecimal.format(amount)
            : plain(amount),
      messages: t,
    });
    const { messages } = context;
    // The summary names what the chart says besides its figures: ranges, reference lines and notes.
    const said = [
      ...ranges.map((range) => messages.rangeSummary(axis.display[range.fromRow]!, axis.display[range.toRow]!, range.text)),
      ...references
        .filter((reference) => reference.value >= domain.lower && reference.value <= domain.upper)
        .map((reference) => messages.referenceSummary(reference.text, plain(reference.value))),
      ...(notes.length ? [messages.notesSummary(notes.map((note) => `${note.place}: ${note.text}`))] : []),
    ];

    // Readers are told what the shaded bands are, under the chart, whenever one is drawn.
    const banded = geometry.series.some((s) => s.band);
    const focused = context.focusIndex !== null ? marks[context.focusIndex]?.point : undefined;
    return {
      width: geometry.width,
      height: geometry.height,
      content: renderTrend(
        geometry,
        focused,
        annotations,
        [...valueLabels, ...missingWaves.labels.map((label) => ({ ...label, missing: true }))],
        labelChoice === 'none',
      ),
      summary: [summary, ...said].join(' '),
      points,
      // The notes, by wave, in the data table ("New training (Clinical)" for a note on one series).
      ...(notes.length
        ? {
            tableNotes: (row: DataRow) =>
              notes
                .filter((note) => model.rows[note.row] === row)
                .map((note) => (note.series === undefined || names.length < 2 ? note.text : `${note.text} (${names[note.series]})`))
                .join('; ') || undefined,
          }
        : {}),
      // The focus ring's circle (radius 9): the tooltip clears it.
      boxes: marks.map(({ point }) => ({ x: point.x - 9, y: point.y - 9, width: 18, height: 18 })),
      nearestX: true,
      keyboardHint: t.trendKeyboardHint,
      ...(domain.broken || banded || annotations.collapsed
        ? {
            after: html`${annotations.collapsed ? renderNoteList(annotations.notes, messages.notesLabel) : nothing}${
              domain.broken ? html`<p part="axis-note" class="axis-note">${t.axisStartsAt(context.formatAxis(domain.lower))}</p>` : nothing
            }${banded ? html`<p part="band-note" class="band-note">${t.bandNote}</p>` : nothing}`,
          }
        : {}),
    };
  }
}

/**
 * The code for notes, reference lines, shaded ranges and `labels="all"`, loaded only for a chart that has them (most
 * have none): a chunk of its own in the CDN files.
 */
const trendAnnotationCode = new LazyAnnotations(
  (element) =>
    notesWritten(element) ??
    firstWritten('reference', 'highlight')(element) ??
    ((element as TrustTrend).labels?.trim().toLowerCase() === 'all' ? 'labels' : undefined),
  () => import('./trend-annotation-kit.js'),
);
registerAnnotations(TrustTrend, trendAnnotationCode);

/** A problem worded by <trust-trend>'s own catalogue, in the reader's language on the page and English in the console. */
const own = (attribute: string, describe: (m: TrendMessages & TrendProblemMessages) => string) =>
  widgetProblem<TrendMessages, TrendProblemMessages>(attribute, trendMessages, describe);

function renderTrend(
  g: TrendGeometry,
  focused: { x: number; y: number } | undefined,
  annotations: AnnotationGeometry,
  /** Values beside points (`labels="all"`), and the words of missing waves (`missing`). */
  valueLabels: readonly (TextLine & { readonly anchor: 'middle'; readonly missing?: boolean })[],
  noEndValues: boolean,
) {
  const alternate = (index: number) => (index % 2 === 1 ? 'alternate' : '');
  const colour = (index: number) => (index % 6) + 1;
  // Margins of error sit under every line, so that overlapping bands never hide a line or a marker.
  const bands = g.series.filter((s) => s.band);
  return svg`
    <g aria-hidden="true">
      ${g.key.map(
        (item) => svg`<g class="key-item">
          <line class="swatch-line stroke-${colour(item.series)} ${alternate(item.series)}" x1=${item.swatch.x1} x2=${item.swatch.x2} y1=${item.swatch.y} y2=${item.swatch.y}></line>
          <path class="mark point series-${colour(item.series)} ${alternate(item.series)}" d=${item.marker}></path>
          <text class="key-name">${item.lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>
        </g>`,
      )}
      ${renderRanges(annotations)}
      ${g.grid.map((tick) => svg`<line class="grid" x1=${g.plot.left} x2=${g.plot.right} y1=${tick.y} y2=${tick.y}></line>`)}
      ${
        bands.length
          ? svg`<defs>
              <pattern id="band-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
                <line class="hatch" x1="0" y1="0" x2="0" y2="8"></line>
              </pattern>
              <pattern id="band-hatch-alternate" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(-45)">
                <line class="hatch" x1="0" y1="0" x2="0" y2="8"></line>
              </pattern>
            </defs>
            <g class="bands draw-in">
              ${bands.map((s) => svg`<path part="band" class="band fill-${colour(s.index)} stroke-${colour(s.index)} ${alternate(s.index)}" d=${s.band}></path>`)}
            </g>`
          : nothing
      }
      ${g.zero ? svg`<line class="zero" x1=${g.zero.x1} x2=${g.zero.x2} y1=${g.zero.y} y2=${g.zero.y}></line>` : nothing}
      <line class="baseline" x1=${g.baseline.x1} x2=${g.baseline.x2} y1=${g.baseline.y} y2=${g.baseline.y}></line>
      ${
        g.axisBreak
          ? svg`<rect class="axis-break-gap" x=${g.axisBreak.gap.x} y=${g.axisBreak.gap.y} width=${g.axisBreak.gap.width} height=${g.axisBreak.gap.height}></rect>
            <path class="axis-break" d=${g.axisBreak.path}></path>`
          : nothing
      }
      ${g.waveTicks.map((tick) => svg`<line class="wave-tick" x1=${tick.x} x2=${tick.x} y1=${tick.y1} y2=${tick.y2}></line>`)}
      ${g.grid.map((tick) => svg`<text class="tick" x=${tick.label.x} y=${tick.label.y} text-anchor="end">${tick.label.text}</text>`)}
      ${g.xLabels.map((label) => svg`<text class="tick wave" x=${label.x} y=${label.y} text-anchor="middle">${label.text}</text>`)}
      ${g.series.map(
        (s) => svg`<g class="series draw-in">
          ${s.path ? svg`<path part="line" class="line stroke-${colour(s.index)} ${alternate(s.index)}" d=${s.path}></path>` : nothing}
          ${s.points.map((point) => svg`<path part="point" class="mark point series-${colour(s.index)} ${alternate(s.index)}" d=${point.marker}></path>`)}
        </g>`,
      )}
      ${g.series.map(
        (s) => svg`<g class="end-label">
          ${s.label.leader ? svg`<line class="leader" x1=${s.label.leader.x1} y1=${s.label.leader.y1} x2=${s.label.leader.x2} y2=${s.label.leader.y2}></line>` : nothing}
          ${s.label.icon ? svg`<path class="mark point series-${colour(s.index)} ${alternate(s.index)}" d=${s.label.icon}></path>` : nothing}
          ${
            noEndValues && s.points.length
              ? nothing
              : svg`<text part="label" class="end-value ${s.points.length ? '' : 'missing'}" x=${s.label.value.x} y=${s.label.value.y}>${s.label.value.text}</text>`
          }
          ${
            s.label.name.length
              ? svg`<text part="label" class="end-name">${s.label.name.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`
              : nothing
          }
        </g>`,
      )}
      ${valueLabels.map((label) =>
        label.missing
          ? svg`<text class="missing-wave" x=${label.x} y=${label.y} text-anchor="middle">${label.text}</text>`
          : svg`<text part="label" class="point-value" x=${label.x} y=${label.y} text-anchor="middle">${label.text}</text>`,
      )}
      ${renderNotes(annotations)}
      ${
        focused
          ? svg`<g class="focus-ring">
            <circle class="outer" cx=${focused.x} cy=${focused.y} r="9"></circle>
            <circle class="inner" cx=${focused.x} cy=${focused.y} r="9"></circle>
          </g>`
          : nothing
      }
    </g>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-trend': TrustTrend;
  }
}
