import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { readChoice } from '../core/attributes.js';
import type { DataModel, DataRow } from '../core/data/model.js';
import { readNumberText, typedTrailingZero, withDecimals } from '../core/data/parse-number.js';
import { isNonNegativeUnit, type Unit } from '../core/format/units.js';
import { messagesFor } from '../core/i18n/messages.js';
import { fail, problem, type Problem } from '../core/problems.js';
import {
  TrustElement,
  type ChartContext,
  type ChartDrawing,
  type DataResult,
  type OwnAttributeFacts,
  type OwnSampleSize,
  type ValueUncertainty,
} from '../core/trust-element.js';
import { DIRECTIONS } from './stat-change.js';
import { splitFigure, statLayout, type StatGeometry, type StatFigureText } from './stat-layout.js';
import { statMessages, statProblem, type DataSourceName } from './stat-messages.js';
import { POINT_RADIUS, rangesLayout, type RangeItem, type RangesGeometry } from './stat-ranges.js';
import { statStyles } from './stat-styles.js';
import { formatInteger, statSentences, type StatChangeLine, type StatSentences } from './stat-summary.js';

/** The attribute that names `<trust-stat>`'s own data, and the origin its problems point at. */
const OWN_ORIGIN = 'value';

/**
 * One headline number with its label: "57%", "over 1.7 million", "£92m", "1 in 2,582". Percentages get a natural
 * frequency ("about 57 in every 100 UK adults"); with a previous figure the change is written out in words and
 * shown with an arrow ("up 10 percentage points since 2022, an improvement"). The figure is real text, not an image.
 *
 * With a sample size (`sample-size` for the headline figure, `previous-sample-size` for the earlier one) a percentage
 * gets its margin of error under it, and a change within the margin of error reads "no clear change since 2022 (up
 * 3 percentage points, within the margin of error)" with no verdict (two independent proportions, unpooled standard
 * error, 95% level). `show-uncertainty` adds a small strip with both figures' 95% ranges as shaded bands.
 *
 * @tagname trust-stat
 * @summary A headline number with its label, natural frequency and change since a previous figure.
 *
 * @csspart value - The headline figure (a `<p>`; its qualifier is a `.qualifier` span, its number a `.number` span).
 * @csspart label - What the figure counts.
 * @csspart frequency - The natural-frequency line under a percentage ("about 57 in every 100 UK adults").
 * @csspart change - The change since the previous figure, arrow and words.
 * @csspart margin - The headline figure's margin of error ("Margin of error (95%): 57% ± 3.1, based on 1,000 people").
 * @csspart ranges - The `show-uncertainty` strip: each figure's 95% range as a shaded band (a `<div>` holding an SVG).
 *
 * @example
 * <trust-stat value="57" label="UK adults worry about cyber-attacks on the NHS" population="UK adults"
 *   source="BT research, 2024 survey of the UK public"></trust-stat>
 */
export class TrustStat extends TrustElement {
  static override styles = [...TrustElement.styles, statStyles];

  /** One figure is drawn whatever the data: extra rows get their own warning, not the row limit. */
  protected override maxRows = Number.POSITIVE_INFINITY;
  protected override typicalHeight = '17rem';

  /** The figure, as a journalist writes it: "57", "57%", "more than 90", "over 1.7 million", "£92m". */
  @property() value?: string;

  /** What the figure counts ("UK adults worry about cyber-attacks on the NHS"). */
  @property() label?: string;

  /** For `unit="ratio"`: what there are N of ("employees" → "1 qualified security professional per 2,582 employees"). */
  @property({ attribute: 'per-label' }) perLabel?: string;

  /** An earlier figure to compare with, written like `value` ("5", "5%"). */
  @property() previous?: string;

  /** What the earlier figure is called; completes "since …" ("2022"). Also heads its column in the data table. */
  @property({ attribute: 'previous-label' }) previousLabel?: string;

  /** Which way is good news: `neutral` (default: no colour meaning), `up-is-good` or `down-is-good`. */
  @property() direction?: string;

  /**
   * How many people gave the previous figure (a whole number, "1,000"). With the latest figure's `sample-size` it lets
   * the change be tested against the margin of error. Wins over `sample-size`; a table's `n` column wins over both.
   */
  @property({ attribute: 'previous-sample-size' }) previousSampleSize?: string;

  protected override dataFromOwnAttributes({ locale, unit }: OwnAttributeFacts): DataResult | undefined {
    const text = this.value?.trim();
    // Like data="", an empty value counts as not given, so a child table (or the "no data" message) takes over.
    if (!text) return undefined;
    const [parsed, decimals] = readNumberText(text, locale);
    if (parsed.kind !== 'number') return fail(statProblem(OWN_ORIGIN, (m) => m.statValueNotANumber(text.slice(0, 80))));
    // The table's row header: the label, else the heading, else "Value".
    const rowLabel = this.label?.trim() || this.heading?.trim() || messagesFor(locale).valueColumn;
    const { previous, warnings } = readPrevious(this.previous, unit, locale);
    // "34.0" keeps its decimal (a trailing zero typed in either figure says the decimals matter), as in other widgets.
    const padded = typedTrailingZero(text) || (previous !== undefined && typedTrailingZero(this.previous ?? ''));
    if (!previous) {
      return {
        ok: true,
        value: {
          series: [''],
          rows: [{ label: rowLabel, values: [parsed.value], qualifiers: [parsed.qualifier] }],
          origin: OWN_ORIGIN,
          ...withDecimals([decimals], padded),
        },
        warnings,
      };
    }
    const words = statMessages(locale);
    return {
      ok: true,
      value: {
        series: [this.previousLabel?.trim() || words.statPreviousColumn, words.statLatestColumn],
        rows: [{ label: rowLabel, values: [previous.value, parsed.value], qualifiers: [previous.qualifier, parsed.qualifier] }],
        origin: OWN_ORIGIN,
        ...withDecimals([previous.decimals, decimals], padded),
      },
      warnings,
    };
  }

  /** `previous-sample-size` sizes the series before the latest, whichever source the data came from. */
  protected override sampleSizeAttributes(series: readonly string[]): readonly OwnSampleSize[] {
    const latest = series.length - 1;
    return [
      {
        text: this.previousSampleSize,
        series: latest > 0 ? latest - 1 : undefined,
        invalid: (shown) => statProblem('previous-sample-size', (m) => m.statInvalidSampleSize(shown)),
      },
    ];
  }

  protected override draw(context: ChartContext): ChartDrawing {
    const { model, unit, format, warnings, locale } = context;
    const words = statMessages(locale);
    const goodWay = readChoice('direction', this.direction, DIRECTIONS, 'neutral', warnings);
    const origin = model.origin;
    const fromOwn = origin === OWN_ORIGIN;

    if (!fromOwn) {
      // Not from `value`, so from `.data`, `data` or the table: the view has picked which.
      const source = origin as DataSourceName;
      for (const [attribute, given] of [
        ['value', this.value],
        ['previous', this.previous],
      ] as const) {
        if (given?.trim()) warnings.push(statProblem(attribute, (m) => m.statIgnoredWithData(attribute, source)));
      }
    }
    if (model.rows.length > 1) {
      const rows = formatInteger(model.rows.length, locale);
      warnings.push(statProblem(origin, (m) => m.statExtraRows(rows)));
    }
    if (this.perLabel?.trim() && unit !== 'ratio') warnings.push(statProblem('per-label', (m) => m.statOnlyForUnit('per-label', 'ratio')));

    // The headline is the last series (the latest wave); the one before it, if any, is the comparison.
    const row = model.rows[0]!;
    const latest = row.values.length - 1;
    const current = row.values[latest] ?? null;
    const before = latest > 0 ? (row.values[latest - 1] ?? null) : null;
    const qualifierOf = (i: number) => row.qualifiers[i] ?? context.qualifier;
    const label = this.label?.trim() || (fromOwn ? '' : row.label);
    // Several figures (a previous one, or extra rows) make a table worth offering; a single number does not.
    const showTable = model.series.length > 1 || model.rows.length > 1;

    if (current === null) {
      warnings.push(statProblem(origin, (m) => m.statLatestMissing));
      return { kind: 'html', content: renderMissing(context.messages.noData, label), showTable };
    }

    // Sample sizes: the row's own n, then previous-sample-size for the earlier figure (see sampleSizeAttributes), then the
    // shared sample-size: the frame has merged them, so its table and notes agree.
    if (this.previousSampleSize?.trim() && latest === 0) warnings.push(statProblem('previous-sample-size', (m) => m.statSampleSizeWithoutPrevious));
    const surveyed: DataRow = { ...row, sampleSizes: row.values.map((_, s) => context.sampleSize(row, s)) };
    const currentRange = context.uncertainty(surveyed, latest);
    const previousRange = latest > 0 && before !== null ? context.uncertainty(surveyed, latest - 1) : undefined;

    const full = format(current, qualifierOf(latest) ?? '');
    const figure = splitFigure(full, format(current, ''));
    // The figure's CSS sizes grow with the reader's text (stat-styles.ts): it must fit at the designed sizes in width ÷ scale.
    const scale = context.scale ?? 1;
    const geometry = statLayout({ figure, width: context.width / scale, measure: context.measure });
    const since = this.previousLabel?.trim() || (fromOwn ? undefined : this.seriesName(model, latest - 1));
    const sentences = statSentences({
      unit,
      locale,
      current,
      currentQualifier: qualifierOf(latest),
      previous: before ?? undefined,
      previousQualifier: latest > 0 ? qualifierOf(latest - 1) : undefined,
      population: this.drawnAttributes.population,
      label,
      perLabel: this.perLabel,
      since,
      goodWay,
      format,
      formatCount: context.formatAxis,
      messages: words,
      currentN: surveyed.sampleSizes?.[latest],
      previousN: latest > 0 ? surveyed.sampleSizes?.[latest - 1] : undefined,
    });
    // A published interval is the source's, not a margin worked out here from the sample size: it says so.
    const margin = !currentRange
      ? undefined
      : currentRange.method === 'published'
        ? context.sourceWords?.statPublishedInterval(currentRange.text)
        : words.statMargin(currentRange.text, formatInteger(currentRange.n, locale));
    let ranges: TemplateResult | undefined;
    if (context.showUncertainty && currentRange) {
      const name = (index: number, fallback: string) => (fromOwn ? undefined : this.seriesName(model, index)) || fallback;
      const items: RangeItem[] = [
        ...(previousRange && before !== null
          ? [rangeItem('previous', words.statRangeItem(since || name(latest - 1, words.statPreviousColumn), previousRange.text), before, previousRange)]
          : []),
        rangeItem('current', words.statRangeItem(name(latest, words.statLatestColumn), currentRange.text), current, currentRange),
      ];
      const strip = rangesLayout({ items, width: context.width / scale, measure: context.measure, tickText: context.formatAxis });
      ranges = renderRanges(strip, words.statRangesLabel(items.map((item) => item.text)), scale);
    }
    return { kind: 'html', content: renderStat(figure, geometry, label, sentences, margin, ranges), showTable };
  }

  /** A series' own name (from `series`, the table header or JSON), never the generic "Value 1". */
  private seriesName(model: DataModel, index: number): string | undefined {
    const given = this.series?.split('|')[index]?.trim();
    return given || model.series[index]?.trim() || undefined;
  }
}

/** Reads `previous`; a figure that is not a number, or impossible in the unit, is reported and left out. */
function readPrevious(
  given: string | undefined,
  unit: Unit | undefined,
  locale: string,
): { previous?: { value: number; qualifier?: string | undefined; decimals: number }; warnings: Problem[] } {
  const text = given?.trim();
  if (!text) return { warnings: [] };
  const [parsed, decimals] = readNumberText(text, locale);
  const shown = text.slice(0, 80);
  // The shared sentence, as readNumber() words it for other widgets' numeric attributes.
  if (parsed.kind !== 'number') return { warnings: [problem('previous', (m) => m.notANumberAttribute(shown))] };
  if (unit === 'percent' && parsed.value > 100) return { warnings: [statProblem('previous', (m) => m.statPreviousOver100(shown))] };
  if (parsed.value < 0 && unit && isNonNegativeUnit(unit)) return { warnings: [statProblem('previous', (m) => m.statPreviousNegative(shown, unit))] };
  return { previous: { value: parsed.value, qualifier: parsed.qualifier, decimals }, warnings: [] };
}

function rangeItem(kind: RangeItem['kind'], text: string, value: number, range: ValueUncertainty): RangeItem {
  return { kind, text, value, low: range.low, high: range.high };
}

/**
 * The show-uncertainty strip: an image named by its own labels, drawn with SVG attributes only (no inline styles),
 * `scale` times larger than laid out (the reader's text size).
 * Its texts are hidden from the accessibility tree, where they would repeat the name label by label.
 */
function renderRanges(g: RangesGeometry, name: string, scale: number): TemplateResult {
  return html`<div class="ranges" part="ranges">
    <svg role="img" aria-label=${name} width=${g.width * scale} height=${g.height * scale} viewBox="0 0 ${g.width} ${g.height}"><g aria-hidden="true">
      <line class="range-axis" x1=${g.axis.x1} x2=${g.axis.x2} y1=${g.axis.y} y2=${g.axis.y}></line>
      ${g.rows.map(
        (row) => svg`<g class="range range-${row.kind}">
          <text class="range-label" x=${row.label.x} y=${row.label.y}>${row.label.text}</text>
          <rect class="band" x=${row.band.x} y=${row.band.y} width=${row.band.width} height=${row.band.height} rx="2"></rect>
          <circle class="range-point" cx=${row.point.x} cy=${row.point.y} r=${POINT_RADIUS}></circle>
        </g>`,
      )}
      ${g.ticks.map((tick) => svg`<text class="range-tick" x=${tick.x} y=${tick.y} text-anchor=${tick.anchor}>${tick.text}</text>`)}
    </g></svg>
  </div>`;
}

function renderStat(
  figure: StatFigureText,
  geometry: StatGeometry,
  label: string,
  sentences: StatSentences,
  margin: string | undefined,
  ranges: TemplateResult | undefined,
): TemplateResult {
  // With `per-label`, a ratio's sentence ("1 qualified security professional per 2,582 employees") is its label.
  const labelText = sentences.ratio ?? label;
  return html`<div class="stat size-${geometry.size}${geometry.fits ? '' : ' squeezed'}">
    <p class="figure" part="value">${figure.before ? html`<span class="qualifier">${figure.before} </span>` : nothing}<span class="number">${figure.number}</span>${figure.after ? html`<span class="qualifier"> ${figure.after}</span>` : nothing}</p>
    ${labelText ? html`<p class="label" part="label">${labelText}</p>` : nothing}
    ${sentences.frequency ? html`<p class="frequency" part="frequency">${sentences.frequency}</p>` : nothing}
    ${margin ? html`<p class="margin" part="margin">${margin}</p>` : nothing}
    ${sentences.change ? renderChange(sentences.change) : nothing}
    ${ranges ?? nothing}
  </div>`;
}

function renderMissing(noData: string, label: string): TemplateResult {
  return html`<div class="stat">
    <p class="figure missing" part="value">${noData}</p>
    ${label ? html`<p class="label" part="label">${label}</p>` : nothing}
  </div>`;
}

/** Arrow shapes in a 16 × 16 box: up, down, and level for no change. */
const ARROWS = {
  up: 'M8 1.5 14.5 8.5H10V14.5H6V8.5H1.5Z',
  down: 'M8 14.5 14.5 7.5H10V1.5H6V7.5H1.5Z',
  same: 'M14.5 8 7.5 1.5V6H1.5V10H7.5V14.5Z',
} as const;

function renderChange(change: StatChangeLine): TemplateResult {
  // The words carry the direction and the verdict; the arrow and the colour repeat them for sighted readers. A change
  // within the margin of error gets the level arrow: its words lead with "no clear change".
  const shape = change.unclear ? 'same' : change.direction;
  return html`<p class="change ${change.direction} ${change.tone}${change.unclear ? ' unclear' : ''}" part="change">${
    change.arrow ? html`<svg class="arrow" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${ARROWS[shape]}></path></svg>` : nothing
  }<span class="change-text">${change.text}</span></p>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-stat': TrustStat;
  }
}
