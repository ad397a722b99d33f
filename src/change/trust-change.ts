import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { readChoice, readNumber } from '../core/attributes.js';
import type { PointDetail } from '../core/events.js';
import { createValueFormatter } from '../core/format/number.js';
import { widgetProblem } from '../core/i18n/messages.js';
import { problem } from '../core/problems.js';
import { TrustElement, type ChartContext, type ChartDrawing } from '../core/trust-element.js';
import { changeLayout, DOT_RADIUS, type ChangeGeometry, type ChangeRowInput, type DumbbellGeometry, type KeyItemGeometry } from './change-layout.js';
import { changeCatalogue, changeMessages, type ChangeFacts, type ChangeMessages } from './change-messages.js';
import { changeStyles } from './change-styles.js';
import { changeSummary } from './change-summary.js';

export const DIRECTIONS = ['neutral', 'up-is-good', 'down-is-good'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const CHANGE_SORT_ORDERS = ['none', 'ascending', 'descending'] as const;
export type ChangeSortOrder = (typeof CHANGE_SORT_ORDERS)[number];

/** Written between the sign and the number; U+2212, never a hyphen. */
export const MINUS = '\u2212';

type Tone = 'neutral' | 'good' | 'bad';

/** One row as drawn: values, the change in words and where it came from. */
interface ChangeRow extends ChangeRowInput {
  /** Later minus earlier, or null when either is missing. */
  readonly difference: number | null;
  readonly words: string;
  readonly tone: Tone;
}

/**
 * Dumbbell chart of change between two points in time: for each item a hollow dot at the earlier value and a filled
 * dot at the later one, joined by an arrow, on a zero-based axis, with both values written at the ends and the change
 * beside the row ("+10 pts", "−8 pts"). Changes in percentages are in percentage points, never relative percent.
 *
 * The data has exactly two values per row: two columns of a table (the header names the two time points), two
 * values per entry in the compact form (`Trained on new technologies: 5 | 15`), or JSON rows with `from` and `to`.
 *
 * @tagname trust-change
 * @summary Before and after: a dumbbell per item, with the change in points and which way is good.
 *
 * @csspart point - Each dot (SVG circle); the earlier one also has the part `from`, the later one `to`.
 * @csspart line - The line with its arrow head joining a row's two dots (an SVG group).
 * @csspart label - Each item's label (SVG text).
 * @csspart value - Each value written beside a dot (SVG text).
 * @csspart change - The change written beside each row, such as "+10 pts" (SVG text).
 * @csspart legend - The key above the rows naming the hollow and the filled dot (here an SVG group, not a list).
 *
 * @example
 * <trust-change heading="Training on new technologies rose; training on both systems fell"
 *   from-label="2022" to-label="2024" direction="up-is-good" source="BT research, 2022 and 2024 surveys of NHS staff"
 *   data="Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39"></trust-change>
 */
export class TrustChange extends TrustElement {
  static override styles = [...TrustElement.styles, changeStyles];

  /** Name of the earlier time point, shown beside the hollow dot ("2022"). Default: the data's first column name, then "Before". */
  @property({ attribute: 'from-label' }) fromLabel?: string;

  /** Name of the later time point, shown beside the filled dot ("2024"). Default: the data's second column name, then "After". */
  @property({ attribute: 'to-label' }) toLabel?: string;

  /** Which way is good: `neutral` (default, one colour for rises and falls), `up-is-good` or `down-is-good`. */
  @property() direction?: string;

  /** Order of the rows: `none` (as written, default), `ascending` or `descending` by the change (later minus earlier). */
  @property() sort?: string;

  /** Upper end of the axis. Default 100 for percentages, otherwise a round number above the largest value. */
  @property() max?: string;

  protected override draw(context: ChartContext): ChartDrawing {
    const { model, seriesNames, format, messages, warnings, locale, unit } = context;
    const words = changeMessages(locale);
    const direction = readChoice('direction', this.direction, DIRECTIONS, 'neutral', warnings);
    const order = readChoice('sort', this.sort, CHANGE_SORT_ORDERS, 'none', warnings);
    const max = readNumber('max', this.max, warnings, locale);
    // Problems point at wherever the data was written (`data`, `table` or `.data`).
    const origin = model.origin;

    if (model.series.length < 2) {
      const found = model.series.length;
      // The base shows it in the error box instead of the chart, warns once and fires trust-data-error.
      context.errors.push(widgetProblem(origin, changeCatalogue, (m) => m.changeTooFewSeries(found)));
      return { kind: 'html', content: html`` };
    }

    // JSON rows written {label, from, to} arrive as series named "from" and "to", in whichever order came first.
    const lower = model.series.map((name) => name.trim().toLowerCase());
    const keyed = lower.includes('from') && lower.includes('to');
    const fromIndex = keyed ? lower.indexOf('from') : 0;
    const toIndex = keyed ? lower.indexOf('to') : 1;
    const named = this.series?.trim() ? seriesNames : [];
    const endName = (i: number, own: string | undefined, fallback: string): string =>
      own?.trim() || named[i] || (keyed ? '' : model.series[i]?.trim()) || fallback;
    // "Before" and "After" when nothing names the ends, in the language the words are for.
    const ends = (m: ChangeMessages) => [endName(fromIndex, this.fromLabel, m.changeBefore), endName(toIndex, this.toLabel, m.changeAfter)] as const;
    const [fromLabel, toLabel] = ends(words);
    if (model.series.length > 2) {
      const found = model.series.length;
      warnings.push(widgetProblem(origin, changeCatalogue, (m) => m.changeTooManySeries(found, ...ends(m))));
    }

    const percent = unit === 'percent';
    // Percentage points are plain numbers with at most one decimal, like the percentages themselves.
    const pointsFormat = createValueFormatter({ unit: 'count', locale, currency: 'GBP', notation: 'standard', messages });
    const amountText = (size: number): string => (percent && pointsFormat.ok ? pointsFormat.value(size) : context.formatAxis(size));

    const drawn: ChangeRow[] = model.rows.map((row) => {
      const from = row.values[fromIndex] ?? null;
      const to = row.values[toIndex] ?? null;
      const fromText = from === null ? messages.noData : format(from, row.qualifiers[fromIndex]);
      const toText = to === null ? messages.noData : format(to, row.qualifiers[toIndex]);
      if (from === null || to === null) {
        const missingWords = words.changeMissing({ fromLabel, toLabel, from: from === null ? undefined : fromText, to: to === null ? undefined : toText });
        return {
          label: row.label,
          from,
          to,
          fromText,
          toText,
          changeText: '',
          missingText: missingWords,
          difference: null,
          tone: 'neutral',
          words: missingWords,
        };
      }
      // Rounded to remove floating-point dust (0.1 + 0.2), never to hide a real difference.
      const difference = Math.round((to - from) * 1e9) / 1e9;
      const size = Math.abs(difference);
      const facts: ChangeFacts = {
        direction: difference > 0 ? 'up' : difference < 0 ? 'down' : 'same',
        amount: amountText(size),
        size,
        points: percent,
        from: fromText,
        to: toText,
      };
      const changeText = difference === 0 ? words.changeNone : words.changeShort(difference > 0 ? '+' : MINUS, facts);
      return {
        label: row.label,
        from,
        to,
        fromText,
        toText,
        changeText,
        missingText: messages.noData,
        difference,
        tone: toneOf(difference, direction),
        words: words.changeWords(facts),
      };
    });
    const rows = sortRows(drawn, order);

    const largest = Math.max(...rows.flatMap((row) => [row.from ?? -Infinity, row.to ?? -Infinity]));
    if (max !== undefined && max < largest) {
      warnings.push(problem('max', (m) => m.maxBelowData(format(max, ''), format(largest, ''))));
    }

    const directionNote = direction === 'up-is-good' ? words.changeHigherIsBetter : direction === 'down-is-good' ? words.changeLowerIsBetter : undefined;
    const showsPoints = percent && rows.some((row) => row.difference !== null && row.difference !== 0);
    const key = [
      { kind: 'from' as const, text: fromLabel },
      { kind: 'to' as const, text: toLabel },
      ...(showsPoints ? [{ kind: 'note' as const, text: words.changePointsKey }] : []),
      ...(directionNote ? [{ kind: 'note' as const, text: directionNote }] : []),
    ];
    const geometry = changeLayout({
      rows,
      width: context.width,
      max,
      percent,
      key,
      tickText: context.formatAxis,
      measure: context.measure,
    });

    const points: PointDetail[] = rows.map((row, index) => ({ index, label: row.label, series: '', value: row.difference, text: row.words }));
    const summary = changeSummary({ rows, fromLabel, toLabel, directionNote, words });
    return {
      width: geometry.width,
      height: geometry.height,
      content: renderChange(geometry, rows, context.focusIndex),
      summary,
      points,
      // Compact data named only by from-label and to-label would otherwise be headed "Value 1" and "Value 2".
      tableSeriesNames: seriesNames.map((name, i) => (i === fromIndex ? fromLabel : i === toIndex ? toLabel : name)),
      keyboardHint: words.changeKeyboardHint,
    };
  }
}

function toneOf(difference: number, direction: Direction): Tone {
  if (direction === 'neutral' || difference === 0) return 'neutral';
  return (difference > 0) === (direction === 'up-is-good') ? 'good' : 'bad';
}

/** By the change, later minus earlier. Rows without both values go last; equal changes keep the author's order. */
function sortRows(rows: readonly ChangeRow[], order: ChangeSortOrder): readonly ChangeRow[] {
  if (order === 'none') return rows;
  const sign = order === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.difference;
    const y = b.difference;
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return (x - y) * sign;
  });
}

function renderChange(g: ChangeGeometry, rows: readonly ChangeRow[], focusIndex: number | null) {
  const focused = focusIndex !== null ? g.rows[focusIndex] : undefined;
  return svg`
    <g aria-hidden="true">
      <g part="legend" class="key">${g.key.map((item) => renderKeyItem(item))}</g>
      ${g.ticks.map((tick) => verticalLines('grid', tick.x, g))}
      ${g.rows.map((row) => renderRow(row, rows[row.row]!))}
      ${g.labels.map((lines) => svg`<text part="label" class="row-label">${lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`)}
      ${g.ticks.map((tick) => svg`<text class="tick" x=${tick.x} y=${tick.y} text-anchor=${tick.anchor}>${tick.text}</text>`)}
      ${focused
        ? svg`<g class="focus-ring">
            <rect class="outer" x=${focused.focus.x} y=${focused.focus.y} width=${focused.focus.width} height=${focused.focus.height} rx="4"></rect>
            <rect class="inner" x=${focused.focus.x} y=${focused.focus.y} width=${focused.focus.width} height=${focused.focus.height} rx="4"></rect>
          </g>`
        : nothing}
    </g>`;
}

function renderKeyItem(item: KeyItemGeometry) {
  const marker = item.marker
    ? item.kind === 'from'
      ? svg`<circle class="key-marker dot-from" cx=${item.marker.x} cy=${item.marker.y} r=${DOT_RADIUS}></circle>`
      : svg`<circle class="key-marker dot-to" cx=${item.marker.x} cy=${item.marker.y} r=${DOT_RADIUS - 1}></circle>`
    : nothing;
  return svg`${marker}<text class="key-text key-${item.kind}">${item.lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`;
}

function renderRow(g: DumbbellGeometry, row: ChangeRow) {
  const tone = `tone-${row.tone}`;
  if (g.fromX === null || g.toX === null) {
    return svg`<g class="row ${tone}">
      <text class="missing">${(g.missing ?? []).map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>
      ${g.change ? svg`<text part="change" class="change" x=${g.change.x} y=${g.change.y} text-anchor=${g.change.anchor}>${g.change.text}</text>` : nothing}
    </g>`;
  }
  return svg`<g class="row ${tone}">
    <line class="track" x1=${g.track.x1} x2=${g.track.x2} y1=${g.y} y2=${g.y}></line>
    ${g.line
      ? svg`<g part="line" class="connector ${g.direction}">
          <line x1=${g.line.x1} x2=${g.line.x2} y1=${g.y} y2=${g.y}></line>
          ${g.arrow ? svg`<polygon points=${g.arrow}></polygon>` : nothing}
        </g>`
      : nothing}
    <circle part="point from" class="dot-from" cx=${g.fromX} cy=${g.y} r=${DOT_RADIUS}></circle>
    <circle part="point to" class="dot-to animate" cx=${g.toX} cy=${g.y} r=${g.toRadius}></circle>
    ${g.values.map((value) => svg`<text part="value" class="value value-${value.end}" x=${value.x} y=${value.y} text-anchor=${value.anchor}>${value.text}</text>`)}
    ${g.change ? svg`<text part="change" class="change" x=${g.change.x} y=${g.change.y} text-anchor=${g.change.anchor}>${g.change.text}</text>` : nothing}
  </g>`;
}

function verticalLines(className: string, x: number, g: ChangeGeometry) {
  return g.lineSpans.map((span) => svg`<line class=${className} x1=${x} x2=${x} y1=${span.top} y2=${span.bottom}></line>`);
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-change': TrustChange;
  }
}
