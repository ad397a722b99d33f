import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { annotationStyles } from '../core/annotations/annotation-styles.js';
import { NO_ANNOTATIONS } from '../core/annotations/annotation-geometry.js';
import { firstWritten, LazyAnnotations, registerAnnotations } from '../core/annotations/load.js';
import type { DrawnValueMarks } from '../core/annotations/value-axis.js';
import { readChoice, readNumber } from '../core/attributes.js';
import type { DataRow } from '../core/data/model.js';
import { SORT_ORDERS, sortByValue } from '../core/data/sort-rows.js';
import type { PointDetail } from '../core/events.js';
import { createValueFormatter, numberFormat } from '../core/format/number.js';
import { shownValue } from '../core/i18n/shown-value.js';
import { withLabel } from '../core/frame/tooltip.js';
import { problem } from '../core/problems.js';
import { changeSignificance } from '../core/stats/change-significance.js';
import { TrustElement, type ChartContext, type ChartDrawing, type OwnSampleSize, type ValueUncertainty } from '../core/trust-element.js';
import type { View } from '../core/view.js';
import { combineDirections, type Direction } from './change-direction.js';
import { renderChange } from './change-drawing.js';
import { changeLayout, changeMarks, LABEL_STYLE, type ChangeRowInput } from './change-layout.js';
import { changeMessages, changeProblem, type ChangeFacts, type ChangeMessages } from './change-messages.js';
import { changeStyles } from './change-styles.js';
import { changeSummary } from './change-summary.js';
export { DIRECTIONS, type Direction } from './change-direction.js';
/** The same orders as every widget's `sort` (kept under this name for code that imports it). */
export { SORT_ORDERS as CHANGE_SORT_ORDERS, type SortOrder as ChangeSortOrder } from '../core/data/sort-rows.js';

/** Written between the sign and the number; U+2212, never a hyphen. */
export const MINUS = '\u2212';

/** `unclear`: a change within the margin of error, drawn in neutral, muted colours whatever `direction` says. */
type Tone = 'neutral' | 'good' | 'bad' | 'unclear';

/** One row as drawn: values, the change in words and where it came from. */
interface ChangeRow extends ChangeRowInput {
  /** Later minus earlier, or null when either is missing. */
  readonly difference: number | null;
  readonly words: string;
  readonly tone: Tone;
  /** Each end's 95% interval, when its sample size is known (drawn only with `show-uncertainty`). */
  readonly intervals: readonly [ValueUncertainty | undefined, ValueUncertainty | undefined];
}

/**
 * Dumbbell chart of change between two points in time: for each item a hollow dot at the earlier value and a filled
 * dot at the later one, joined by an arrow, on a zero-based axis, with both values written at the ends and the change
 * beside the row ("+10 pts", "−8 pts"). Changes in percentages are in percentage points, never relative percent.
 *
 * When both ends' sample sizes are known (`from-sample-size` and `to-sample-size`, `sample-size`, or `n from` /
 * `n to` columns), a change in percentages is tested against sampling noise (two independent proportions, unpooled
 * standard error, 95% level): a change within the margin of error reads "no clear change (+3 pts)" in a neutral
 * colour. `show-uncertainty` draws each end's 95% interval as a thin whisker.
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
 * @csspart range - A 95% interval drawn as a whisker (`show-uncertainty`; an SVG group of lines). The earlier value's
 *   also has the part `from`, the later value's `to`.
 * @csspart significance - The sentence under the chart explaining "no clear change" (a `<p>`).
 * @csspart reference - Each reference line (`reference`; an SVG line; style with `stroke`).
 * @csspart highlight - Each shaded range of values (`highlight`; an SVG rect; style with `fill`).
 *
 * @example
 * <trust-change heading="Training on new technologies rose; training on both systems fell"
 *   from-label="2022" to-label="2024" direction="up-is-good" source="BT research, 2022 and 2024 surveys of NHS staff"
 *   data="Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39"></trust-change>
 */
export class TrustChange extends TrustElement {
  static override styles = [...TrustElement.styles, changeStyles, annotationStyles];

  /** Fewer rows than the other widgets: each row draws two dots, a line between them and their labels. */
  protected override maxRows = 500;
  protected override pointWalk = 'rows' as const;

  /** Name of the earlier time point, shown beside the hollow dot ("2022"). Default: the data's first column name, then "Before". */
  @property({ attribute: 'from-label' }) fromLabel?: string;

  /** Name of the later time point, shown beside the filled dot ("2024"). Default: the data's second column name, then "After". */
  @property({ attribute: 'to-label' }) toLabel?: string;

  /**
   * Which way is good: `neutral` (default, one colour for rises and falls), `up-is-good` or `down-is-good` (also
   * written "higher is better", "lower is better", "uwch sy’n well", "is sy’n well"). For rows whose good way
   * differs, name them: `Burnout: down-is-good; Would recommend: up-is-good` (a value without a label sets the rest).
   * When rows differ, each says its own way beside its label ("Burnout (lower is better)") instead of the key.
   */
  @property() direction?: string;

  /**
   * The column of a child table or `src` file (or the key of `.data` and `data` records) that gives each row's
   * direction, in the words `direction` takes ("up-is-good", "lower is better", "uwch sy’n well"). A column (or key)
   * headed "Direction", "Which way is good" or "Cyfeiriad" is read without it. An empty cell takes `direction`; a cell that is not a direction does
   * too, with a warning; a row named in `direction` ("Burnout: down-is-good") wins over its cell, with a warning.
   */
  @property({ attribute: 'direction-column' }) directionColumn?: string;

  /** Order of the rows: `none` (as written, default), `ascending` or `descending` by the change (later minus earlier). */
  @property() sort?: string;

  /** Upper end of the axis. Default 100 for percentages, otherwise a round number above the largest value. */
  @property() max?: string;

  /**
   * Labelled lines down the chart at a value, separated by `;`: `reference="50: Half of staff; 75: Target"`. A line
   * beyond the axis is not drawn (set `max` to bring it in).
   */
  @property() reference?: string;

  /** Shaded ranges of values, each two values joined by a dash, a colon and the words: `highlight="40–60: Neither"`. */
  @property() highlight?: string;

  /**
   * How many people gave the earlier figures (a whole number, "1,000"). With `to-sample-size` it lets the chart test
   * each change against the margin of error. Wins over `sample-size`; a row's own `n from` column wins over both.
   */
  @property({ attribute: 'from-sample-size' }) fromSampleSize?: string;

  /** How many people gave the later figures (a whole number). See `from-sample-size`. */
  @property({ attribute: 'to-sample-size' }) toSampleSize?: string;

  protected override sampleSizeAttributes(series: readonly string[]): readonly OwnSampleSize[] {
    const { fromIndex, toIndex } = endIndices(series);
    const own = (attribute: string, text: string | undefined, index: number): OwnSampleSize => ({
      text,
      series: index,
      invalid: (shown) => changeProblem(attribute, (m) => m.changeInvalidSampleSize(shown)),
    });
    return [own('from-sample-size', this.fromSampleSize, fromIndex), own('to-sample-size', this.toSampleSize, toIndex)];
  }

  /** Dumbbells are new to many readers: "How to read this chart" says which dot is which and what the colour means. */
  protected override howToRead(view: View): string {
    return changeMessages(view.messages.locale).changeHowToRead;
  }

  protected override draw(context: ChartContext): ChartDrawing {
    const { model, seriesNames, format, messages, warnings, locale, unit } = context;
    const words = changeMessages(locale);
    const order = readChoice('sort', this.sort, SORT_ORDERS, 'none', warnings);
    const max = readNumber('max', this.max, warnings, locale);
    // Problems point at wherever the data was written (`data`, `table` or `.data`).
    const origin = model.origin;

    if (model.series.length < 2) {
      const found = model.series.length;
      // The base shows it in the error box instead of the chart, warns once and fires trust-data-error.
      context.errors.push(changeProblem(origin, (m) => m.changeTooFewSeries(found)));
      return { kind: 'html', content: html`` };
    }

    const { keyed, fromIndex, toIndex } = endIndices(model.series);
    const named = this.series?.trim() ? seriesNames : [];
    const endName = (i: number, own: string | undefined, fallback: string): string =>
      own?.trim() || named[i] || (keyed ? '' : model.series[i]?.trim()) || fallback;
    // "Before" and "After" when nothing names the ends, in the language the words are for.
    const ends = (m: ChangeMessages) => [endName(fromIndex, this.fromLabel, m.changeBefore), endName(toIndex, this.toLabel, m.changeAfter)] as const;
    const [fromLabel, toLabel] = ends(words);
    if (model.series.length > 2) {
      const found = model.series.length;
      warnings.push(changeProblem(origin, (m) => m.changeTooManySeries(found, ...ends(m))));
    }

    const percent = unit === 'percent';
    // Percentage points are plain numbers with at most one decimal, like the percentages themselves.
    const pointsFormat = createValueFormatter({ unit: 'count', locale, currency: 'GBP', notation: 'standard', messages });
    const amountText = (size: number): string => (percent && pointsFormat.ok ? pointsFormat.value(size) : context.formatAxis(size));

    // Sample sizes: the row's own n (`n from`, `n to`, `n` columns or keys), then from-/to-sample-size (see
    // sampleSizeAttributes), then the shared sample-size: the frame has merged them, so its table and notes agree.
    const surveyed = (row: DataRow): DataRow => ({ ...row, sampleSizes: row.values.map((_, s) => context.sampleSize(row, s)) });
    const shown = (row: DataRow, s: number): string => shownValue(row, s, format, messages);

    const labels = model.rows.map((row) => row.label);
    const directions = combineDirections(
      this.direction,
      model.rows.map((row) => row.direction),
      labels,
      warnings,
    );
    // One way for every row is said once, in the key; rows that differ each say theirs beside the label.
    const mixed = new Set(directions).size > 1;
    const rowLabel = (label: string, direction: Direction) => (mixed && direction !== 'neutral' ? words.changeRowDirection(label, direction) : label);
    const drawn: ChangeRow[] = model.rows.map((given, r) => {
      const direction = directions[r]!;
      const row = surveyed(given);
      const from = row.values[fromIndex] ?? null;
      const to = row.values[toIndex] ?? null;
      const fromText = shown(row, fromIndex);
      const toText = shown(row, toIndex);
      const intervals = [context.uncertainty(row, fromIndex), context.uncertainty(row, toIndex)] as const;
      if (from === null || to === null) {
        const missingWords = words.changeMissing({ fromLabel, toLabel, from: from === null ? undefined : fromText, to: to === null ? undefined : toText });
        return {
          label: rowLabel(row.label, direction),
          from,
          to,
          fromText,
          toText,
          changeText: '',
          missingText: missingWords,
          difference: null,
          tone: 'neutral',
          words: missingWords,
          intervals,
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
      const sign = difference > 0 ? '+' : MINUS;
      // Only plain percentages are tested: "more than 90%" is a bound, not an estimate with a margin of error.
      const fromN = row.sampleSizes?.[fromIndex];
      const toN = row.sampleSizes?.[toIndex];
      const test =
        percent && difference !== 0 && !row.qualifiers[fromIndex] && !row.qualifiers[toIndex] && fromN !== undefined && toN !== undefined
          ? changeSignificance(from, fromN, to, toN)
          : undefined;
      const unclear = test !== undefined && !test.clear;
      return {
        label: rowLabel(row.label, direction),
        from,
        to,
        fromText,
        toText,
        changeText: difference === 0 ? words.changeNone : unclear ? words.changeUnclearShort(sign, facts) : words.changeShort(sign, facts),
        missingText: messages.noData,
        difference,
        tone: unclear ? 'unclear' : toneOf(difference, direction),
        words: unclear ? words.changeUnclearWords(sign, facts) : words.changeWords(facts),
        intervals,
        ...(context.showUncertainty ? { fromRange: intervals[0], toRange: intervals[1] } : {}),
      };
    });
    const rows = sortByValue(drawn, order, (row) => row.difference);
    // Rows that differ in their good way say it in the table too ("Burnout (lower is better)").
    const tableRows = mixed ? model.rows.map((row, r) => ({ ...row, label: rowLabel(row.label, directions[r]!) })) : undefined;

    const largest = Math.max(...rows.flatMap((row) => [row.from ?? -Infinity, row.to ?? -Infinity]));
    if (max !== undefined && max < largest) {
      warnings.push(problem('max', (m) => m.maxBelowData(format(max, ''), format(largest, ''))));
    }

    const shared = mixed ? 'neutral' : directions[0];
    const directionNote = shared === 'up-is-good' ? words.changeHigherIsBetter : shared === 'down-is-good' ? words.changeLowerIsBetter : undefined;
    const showsPoints = percent && rows.some((row) => row.difference !== null && row.difference !== 0);
    const showsRanges = rows.some((row) => row.fromRange || row.toRange);
    const key = [
      { kind: 'from' as const, text: fromLabel },
      { kind: 'to' as const, text: toLabel },
      ...(showsRanges ? [{ kind: 'range' as const, text: words.changeRangeKey }] : []),
      ...(showsPoints ? [{ kind: 'note' as const, text: words.changePointsKey }] : []),
      ...(directionNote ? [{ kind: 'note' as const, text: directionNote }] : []),
    ];
    const plainValue = (value: number) => context.format(value, '');
    // Reference lines and shaded ranges of values (`reference`, `highlight`), with room above the rows for their words.
    // Their code is here only when the chart has them (loaded before the first render).
    const kit = changeAnnotationCode.for(this, warnings);
    const layout = (headroom: number) =>
      changeLayout({ headroom, rows, width: context.width, max, percent, key, tickText: context.formatAxis, measure: context.measure });
    const { geometry, annotations } = kit
      ? kit.withValueMarks(kit.readValueMarks(this.reference, this.highlight, locale, warnings), layout, {
          measure: context.measure,
          valueText: plainValue,
          fix: 'max',
          problems: warnings,
        })
      : { geometry: layout(0), annotations: { ...NO_ANNOTATIONS, drawn: { references: [], ranges: [] } } satisfies DrawnValueMarks };

    // A point per end of a row ("Trained on new technologies, 2022: 5%"); the change is said at the "to" end, where it
    // arrives. A row without both values is one point, its words.
    const marks = changeMarks(geometry);
    const points: PointDetail[] = marks.map(({ row: r, end }, index): PointDetail => {
      const row = rows[r]!;
      if (end === null) return { index, label: row.label, series: '', value: null, text: row.words };
      const shown = row.intervals[end === 'from' ? 0 : 1]?.text ?? (end === 'from' ? row.fromText : row.toText);
      return end === 'from'
        ? { index, label: row.label, series: fromLabel, value: row.from, text: shown }
        : { index, label: row.label, series: toLabel, value: row.to, text: `${shown}, ${row.words}` };
    });
    let summary = changeSummary({ rows, fromLabel, toLabel, directionNote, words });
    // The frame adds "Margin of error (95%): up to ±…" for sample sizes it knows (sample-size, n columns); sizes known
    // only from from-/to-sample-size are this widget's, so it says so itself.
    const frameKnows = model.rows.some((row) => row.values.some((_, s) => context.uncertainty(row, s)));
    const margins = rows.flatMap((row) => row.intervals.flatMap((interval) => (interval?.margin === undefined ? [] : [interval.margin])));
    if (!frameKnows && margins.length) {
      summary = `${summary} ${messages.marginSummary(numberFormat(locale, { maximumFractionDigits: 1 }).format(Math.max(...margins)))}`;
    }
    summary = [summary, ...(kit ? kit.valueMarksSaid(annotations.drawn, plainValue, messages) : [])].join(' ');
    const unclear = rows.some((row) => row.tone === 'unclear');
    return {
      width: geometry.width,
      height: geometry.height,
      content: renderChange(geometry, rows, context.focusIndex, annotations),
      // The tooltip clears the focus ring and the row's label (above the dumbbell on a phone).
      boxes: marks.map((mark) => withLabel(mark.focus, geometry.labels[mark.row] ?? [], LABEL_STYLE)),
      summary,
      points,
      // Compact data named only by from-label and to-label would otherwise be headed "Value 1" and "Value 2".
      tableSeriesNames: seriesNames.map((name, i) => (i === fromIndex ? fromLabel : i === toIndex ? toLabel : name)),
      keyboardHint: words.changeKeyboardHint,
      ...(tableRows ? { tableRows } : {}),
      ...(unclear ? { after: html`<p part="significance" class="significance">${words.changeUnclearNote}</p>` } : {}),
    };
  }
}

/** Which series are the two ends: JSON rows written {label, from, to} arrive as series named "from" and "to". */
function endIndices(series: readonly string[]): { keyed: boolean; fromIndex: number; toIndex: number } {
  const lower = series.map((name) => name.trim().toLowerCase());
  const keyed = lower.includes('from') && lower.includes('to');
  return { keyed, fromIndex: keyed ? lower.indexOf('from') : 0, toIndex: keyed ? lower.indexOf('to') : 1 };
}

function toneOf(difference: number, direction: Direction): Tone {
  if (direction === 'neutral' || difference === 0) return 'neutral';
  return difference > 0 === (direction === 'up-is-good') ? 'good' : 'bad';
}

/** By the change, later minus earlier. Rows without both values go last; equal changes keep the author's order. */
declare global {
  interface HTMLElementTagNameMap {
    'trust-change': TrustChange;
  }
}

/**
 * The code for reference lines and shaded ranges, loaded only for a chart that has them (most have none): a chunk of
 * its own in the CDN files.
 */
const changeAnnotationCode = new LazyAnnotations(firstWritten('reference', 'highlight'), () => import('./change-annotation-kit.js'));
registerAnnotations(TrustChange, changeAnnotationCode);
