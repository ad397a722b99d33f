import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { readChoice } from '../core/attributes.js';
import type { DataOrigin } from '../core/data/model.js';
import { parseNumberText } from '../core/data/parse-number.js';
import type { PointDetail } from '../core/events.js';
import { createValueFormatter, numberFormat, type ValueFormatter } from '../core/format/number.js';
import type { Unit } from '../core/format/units.js';
import { fail, ok, type Problem } from '../core/problems.js';
import { proportionInterval } from '../core/stats/proportion-interval.js';
import type { PointBox } from '../core/chart-context.js';
import { TrustElement, type ChartContext, type ChartDrawing, type DataResult, type OwnAttributeFacts } from '../core/trust-element.js';
import { readCategories, readWhole } from './waffle-data.js';
import { PERSON_PATH, waffleLayout, type WaffleCell, type WaffleGeometry } from './waffle-layout.js';
import { SHAPES, waffleMessages, waffleProblem, type WaffleShape } from './waffle-messages.js';
import { waffleStyles } from './waffle-styles.js';
import { waffleTexts, type ShownCategory } from './waffle-summary.js';

/**
 * Unit chart (icon array, "waffle"): one shape for each thing counted, so "24 of 108 trusts" is drawn as 108 shapes
 * with 24 filled. The grid keeps the natural denominator, categories fill it in reading order, the rest is drawn
 * hollow, the key gives each count, and a line under the chart says it in natural frequencies both ways.
 *
 * @tagname trust-waffle
 * @summary Unit chart of counts out of a whole: 24 of 108 trusts, 36 in every 100 staff.
 *
 * @csspart cell - Each shape of the grid (an SVG rect, circle or path; style with `fill`).
 * @csspart rest - The hollow shapes no category claims (also part `cell`; style with `stroke`).
 * @csspart label - Each entry of the key (SVG text).
 * @csspart frequency - The natural-frequency line under the chart ("Out of 108 trusts: 24 …").
 *
 * @example
 * <trust-waffle heading="A fifth of NHS trusts had no staff with a security qualification"
 *   value="24" of="108" population="trusts" label="Trusts with no security-qualified staff"></trust-waffle>
 */
export class TrustWaffle extends TrustElement {
  static override styles = [...TrustElement.styles, waffleStyles];

  /** At most six categories are drawn, and that check (with its own message) comes first: no row limit. */
  protected override maxRows = Number.POSITIVE_INFINITY;
  protected override typicalHeight = '33rem';

  /** How many of the whole the figure counts, as a whole number ("24"); for several categories use `data`. */
  @property() value?: string;

  /** The whole: how many shapes the chart has, one per unit ("108" for 108 trusts). Default 100. */
  @property() of?: string;

  /** What `value` counts, shown in the key and read out ("Trusts with no security-qualified staff"). */
  @property() label?: string;

  /** Name of the shapes no category claims. Default "Other …" with the population ("Other trusts"), or "Others". */
  @property({ attribute: 'rest-label' }) restLabel?: string;

  /** The shape of each unit: `square` (default), `circle` or `person`. */
  @property() shape?: string;

  protected override defaultUnit: Unit = 'count';

  protected override dataFromOwnAttributes({ locale, unit }: OwnAttributeFacts): DataResult | undefined {
    const text = this.value?.trim();
    if (!text) return undefined;
    const messages = waffleMessages(locale);
    const parsed = parseNumberText(text, locale);
    if (parsed.kind !== 'number') return fail(waffleProblem('value', (m) => m.waffleNotANumber('value', text.slice(0, 80))));
    const whole = readWhole(this.of, unit === 'percent', locale);
    if (!whole.ok) return whole;
    const row = { label: this.label?.trim() || messages.waffleDefaultLabel, values: [parsed.value], qualifiers: [parsed.qualifier] };
    const plain = numberFormat(locale, { maximumFractionDigits: 2 });
    const checked = readCategories([row], whole.value, 'value', (v) => plain.format(v));
    if (!checked.ok) return checked;
    const population = this.drawnAttributes.population?.trim() || undefined;
    return ok({ series: [messages.waffleTableColumn({ total: plain.format(whole.value.total), population })], rows: [row], origin: 'value' });
  }

  protected override draw(context: ChartContext): ChartDrawing {
    const { model, warnings, locale, unit, format } = context;
    const messages = waffleMessages(locale);
    const origin = model.origin;
    const shape = readChoice<WaffleShape>('shape', this.shape, SHAPES, 'square', warnings);
    const percent = unit === 'percent';
    this.warnAboutIgnored(context, origin);

    // Figures that are not counts are still counted: "£24" or "1 in 24" cannot be a shape each.
    const counting = unit === 'count' || unit === 'number';
    const countFormat = counting ? undefined : createValueFormatter({ unit: 'count', locale, currency: 'GBP', notation: 'auto', messages: context.messages });
    const plain: ValueFormatter = countFormat?.ok ? (value, own) => countFormat.value(value, own ?? context.qualifier) : format;
    const shownValue: ValueFormatter = percent ? format : plain;

    const whole = readWhole(this.of, percent, locale);
    if (!whole.ok) return cannotDraw(context, whole.problems);
    const checked = readCategories(model.rows, whole.value, origin, (value) => plain(value, ''));
    if (!checked.ok) return cannotDraw(context, checked.problems);

    const total = whole.value.total;
    const filled = checked.value;
    const rest = total - filled.reduce((sum, category) => sum + category.count, 0);
    const population = this.drawnAttributes.population?.trim() || undefined;
    // With a sample size the counts are survey estimates: "about 30 in every 100", with their margin of error.
    const sizes = model.rows.map((row) => context.sampleSize(row, 0));
    const surveyed = sizes.some((n) => n !== undefined);
    const estimate = surveyed ? messages.waffleAbout : undefined;
    const categories: ShownCategory[] = filled.map(({ label, count, qualifier }) => ({
      label,
      count,
      countText: plain(count, qualifier || estimate),
      valueText: shownValue(count, qualifier || estimate),
    }));
    if (rest > 0) {
      // When any count is approximate ("more than 90", a survey estimate), so is the rest.
      const approximate = surveyed || filled.some((category) => category.qualifier) || !!context.qualifier;
      const words = approximate ? messages.waffleAbout : '';
      categories.push({
        label: this.restLabel?.trim() || messages.waffleRestLabel(population),
        count: rest,
        countText: plain(rest, words),
        valueText: shownValue(rest, words),
      });
    }

    const margins = surveyMargins(categories, sizes, total);
    const marginText = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const texts = waffleTexts({
      categories,
      total,
      totalText: plain(total, ''),
      population,
      shape,
      messages,
      // Each category read with its margin, as the other widgets read "57% ± 3.1".
      margins: margins.map((margin) => (margin === undefined ? undefined : marginText.format(margin))),
      withMargin: context.messages.intervalNormal,
    });
    const marginWords = margins.some((margin) => margin !== undefined)
      ? messages.waffleMargin({
          margin: marginText.format(Math.max(...margins.map((margin) => margin ?? 0))),
          total: plain(total, ''),
          perHundred: total === 100,
          upTo: filled.length > 1,
        })
      : '';
    const geometry = waffleLayout({
      total,
      counts: filled.map((category) => category.count),
      legend: texts.legend,
      width: context.width,
      shape,
      measure: context.measure,
    });
    const points: PointDetail[] = categories.map((category, index) => ({
      index,
      label: category.label,
      series: '',
      value: category.count,
      text: texts.frequencies[index]!,
    }));
    // The frame adds the margin in percentage points where it knows it (unit="percent"); in shapes it is said here.
    const frameKnows = model.rows.some((row) => context.uncertainty(row, 0));
    return {
      width: geometry.width,
      height: geometry.height,
      content: renderWaffle(geometry, shape, context.focusIndex),
      summary: frameKnows || !marginWords ? texts.summary : `${texts.summary} ${marginWords}`,
      points,
      // A category's shapes select it; its tooltip clears the box around them all.
      hitAreas: geometry.cells.map((cell) => ({ x: cell.x, y: cell.y, width: cell.size, height: cell.size, index: cell.category })),
      boxes: points.map((_, index) => cellsBox(geometry.cells.filter((cell) => cell.category === index))),
      // Shown, not read: the chart's name (its summary) says the same counts just before it.
      after: html`<p part="frequency" class="frequency" aria-hidden="true">${marginWords ? `${texts.caption} ${marginWords}` : texts.caption}</p>`,
      keyboardHint: messages.waffleKeyboardHint,
      // The table lists the shapes no category claims too ("Other trusts: 84"), as the key does.
      ...(rest > 0
        ? {
            tableRows: [
              ...model.rows,
              {
                label: categories[categories.length - 1]!.label,
                values: [rest, ...model.rows[0]!.values.slice(1).map(() => null)],
                qualifiers: model.rows[0]!.values.map((_, s) => (s === 0 && filled.some((category) => category.qualifier) ? messages.waffleAbout : undefined)),
              },
            ],
          }
        : {}),
    };
  }

  /** Non-fatal problems: attributes that the chosen data form or unit makes meaningless. */
  private warnAboutIgnored(context: ChartContext, origin: DataOrigin): void {
    const { warnings, locale, unit, model, seriesNames } = context;
    if (origin !== 'value') {
      for (const [attribute, given] of [
        ['value', this.value],
        ['label', this.label],
      ] as const) {
        if (given?.trim()) warnings.push(waffleProblem(attribute, (m) => m.waffleIgnoredWithData(attribute, origin)));
      }
    }
    if (unit === 'currency' || unit === 'ratio') warnings.push(waffleProblem('unit', (m) => m.waffleUnitNotCount(unit)));
    const of = this.of?.trim();
    if (unit === 'percent' && of) {
      const parsed = parseNumberText(of, locale);
      if (!(parsed.kind === 'number' && parsed.value === 100)) warnings.push(waffleProblem('of', (m) => m.wafflePercentWhole(of.slice(0, 80))));
    }
    if (model.series.length > 1) {
      const count = model.series.length;
      const first = seriesNames[0] ?? '';
      warnings.push(waffleProblem(origin, (m) => m.waffleFirstSeriesOnly(count, first)));
    }
  }
}

/**
 * Each category's 95% margin of error in shapes (the normal margin of its share of the whole, scaled to the whole),
 * from its row's sample size; the rest, last, takes the smallest sample given. Undefined where no sample size is
 * known or the normal margin does not hold (fewer than 10 people on either side).
 */
function surveyMargins(categories: readonly ShownCategory[], sizes: readonly (number | undefined)[], total: number): (number | undefined)[] {
  const known = sizes.filter((n): n is number => n !== undefined);
  return categories.map(({ count }, i) => {
    const n = sizes[i] ?? (i >= sizes.length && known.length ? Math.min(...known) : undefined);
    const interval = n === undefined ? undefined : proportionInterval((count / total) * 100, n);
    return interval?.method === 'normal' ? (interval.margin * total) / 100 : undefined;
  });
}

/**
 * Data that parsed but cannot be drawn as a unit chart (not whole numbers, more than the whole): the base shows the
 * problems in its error box instead of the chart, warns once and fires `trust-data-error`; the drawing is not shown.
 */
function cannotDraw(context: ChartContext, problems: readonly Problem[]): ChartDrawing {
  context.errors.push(...problems);
  return { kind: 'html', content: html`` };
}

/** The box around a category's shapes (none for a category too small to have one). */
function cellsBox(cells: readonly WaffleCell[]): PointBox {
  if (!cells.length) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...cells.map((cell) => cell.x));
  const y = Math.min(...cells.map((cell) => cell.y));
  return {
    x,
    y,
    width: Math.max(...cells.map((cell) => cell.x + cell.size)) - x,
    height: Math.max(...cells.map((cell) => cell.y + cell.size)) - y,
  };
}

function renderWaffle(g: WaffleGeometry, shape: WaffleShape, focusIndex: number | null): SVGTemplateResult {
  const ring = focusIndex !== null ? g.outlines[focusIndex] : undefined;
  return svg`
    <g aria-hidden="true">
      <g part="legend">
        ${g.legend.map(
          (entry) => svg`${renderShape(shape, entry.swatch.x, entry.swatch.y, entry.swatch.size, entry.category, entry.rest, false)}
            <text part="label" class="key-label">${entry.lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`,
        )}
      </g>
      <g class="grid">${g.cells.map((cell) => renderShape(shape, cell.x, cell.y, cell.size, cell.category, cell.rest, true))}</g>
      ${
        ring
          ? svg`<g class="focus-ring">
            <path class="outer" d=${ring}></path>
            <path class="inner" d=${ring}></path>
          </g>`
          : nothing
      }
    </g>`;
}

/** One shape of the grid (`cell`) or of the key: filled in its series colour, or hollow for the rest. */
function renderShape(shape: WaffleShape, x: number, y: number, size: number, category: number, rest: boolean, cell: boolean): SVGTemplateResult {
  const classes = `${cell ? 'cell' : 'key-swatch'} ${rest ? 'rest' : `mark series-${(category % 6) + 1}`}`;
  const part = cell ? (rest ? 'cell rest' : 'cell') : nothing;
  // A hollow shape's outline is drawn inside its box, so hollow and filled shapes look the same size.
  const inset = rest ? 0.75 : 0;
  switch (shape) {
    case 'circle':
      return svg`<circle part=${part} class=${classes} cx=${x + size / 2} cy=${y + size / 2} r=${size / 2 - inset}></circle>`;
    case 'person':
      return svg`<path part=${part} class=${classes} d=${PERSON_PATH} transform="translate(${x} ${y}) scale(${size / 24})"></path>`;
    default:
      return svg`<rect part=${part} class=${classes} x=${x + inset} y=${y + inset} width=${size - 2 * inset} height=${size - 2 * inset}></rect>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-waffle': TrustWaffle;
  }
}
