import { nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { readChoice } from '../core/attributes.js';
import { focusRing } from '../core/drawing/focus-ring.js';
import type { PointDetail } from '../core/events.js';
import { withLabel } from '../core/frame/tooltip.js';
import { createValueFormatter, type ValueFormatter } from '../core/format/number.js';
import { widgetProblem } from '../core/i18n/messages.js';
import { TrustElement, type ChartContext, type ChartDrawing, type LegendItem } from '../core/trust-element.js';
import type { View } from '../core/view.js';
import { LABEL_STYLE, likertLayout, type LikertGeometry } from './likert-layout.js';
import { likertCatalogue, likertMessages, type LikertMessages, type LikertNames, type LikertProblemMessages, type LikertRowFacts } from './likert-messages.js';
import { halfName, likertScale, lowerFirst, POSITIVE_ENDS, upperFirst, type ScaleIssue } from './likert-scale.js';
import { likertStyles } from './likert-styles.js';
import { addsUp, formatNet, likertRow, type LikertRow } from './likert-summary.js';

/** Rows named in "does not add up to 100%" notices; the same cap as the data parsers' problem lists. */
const MAX_SUM_WARNINGS = 5;

/**
 * Diverging stacked bars for agree/disagree and confidence questions: one bar per group or statement, its answers
 * side by side in the order written, centred on a zero line between the positive and negative halves (a neutral
 * answer is split half and half across it). A "don't know" answer sits apart on the right; net scores are optional.
 *
 * The answers are the series: name them with the shared `series` attribute, the header row of a child table, or
 * the keys of JSON rows.
 *
 * @tagname trust-likert
 * @summary Diverging 100% bars centred on the neutral answer, with a legend in scale order and optional net scores.
 *
 * @csspart segment - Each answer's share of a bar (an SVG rect; style with `fill`).
 * @csspart dont-know - Each "don't know" bar (an SVG rect, drawn as an outline).
 * @csspart label - Each group or statement label (SVG text).
 * @csspart value - Each value written inside a segment or beside a "don't know" bar (SVG text).
 * @csspart net - Each net score (SVG text).
 * @csspart zero-line - The zero line between the positive and negative halves (SVG line; style with `stroke`).
 *
 * @cssprop --trust-scale-text-1 - Colour of values written inside the most positive segments (likewise --trust-scale-text-2 … --trust-scale-text-5); set it when you change --trust-scale-N.
 *
 * @example
 * <trust-likert heading="NHS staff are less confident than the public that patient data is protected"
 *   source="Illustrative data" series="Very confident | Fairly confident | Neither | Not very confident | Not at all confident"
 *   data="NHS staff: 12 | 24 | 20 | 30 | 14; UK public: 10 | 28 | 18 | 29 | 15"></trust-likert>
 */
export class TrustLikert extends TrustElement {
  static override styles = [...TrustElement.styles, likertStyles];

  /** Fewer rows than the other widgets: each row draws up to five segments and a net score. */
  protected override maxRows = 500;
  protected override pointWalk = 'rows' as const;
  protected override typicalHeight = '24rem';

  /** Which end of the answers, as written, is positive: `first` (default) or `last`. */
  @property() positive?: string;

  /** Name of the neutral answer, split across the zero line. Default: the middle answer of an odd number, none for an even number. */
  @property() neutral?: string;

  /**
   * Name of a "don't know" answer to show apart, to the right of the bars ("Don't know"). Without it, a last answer
   * called "Don't know", "Not sure", "Prefer not to say" (or "Ddim yn gwybod" …) is shown apart; `dont-know=""` draws
   * every answer on the scale.
   */
  @property({ attribute: 'dont-know' }) dontKnow?: string;

  /** Show each row's net score (positive share minus negative share, in percentage points) beside it. */
  @property({ type: Boolean, attribute: 'show-net' }) showNet = false;

  /** Diverging bars are often misread: "How to read this chart" says what each side, the middle and don't know are. */
  protected override howToRead(view: View): string {
    const words = likertMessages(view.messages.locale);
    const dontKnow = view.drawing?.legend?.some((item) => typeof item !== 'string' && item.className === 'dont-know');
    return dontKnow ? `${words.likertHowToRead} ${words.likertHowToReadDontKnow}` : words.likertHowToRead;
  }

  protected override draw(context: ChartContext): ChartDrawing {
    const { model, seriesNames, warnings, locale, messages, unit } = context;
    const words = likertMessages(locale);
    // Worded in the reader's language on screen and in English in the console.
    const report = (attribute: string, say: (m: LikertMessages & LikertProblemMessages) => string) =>
      warnings.push(widgetProblem<LikertMessages, LikertProblemMessages>(attribute, likertCatalogue, say));
    const origin = model.origin;
    // Null once the attribute is removed: then the answers come from the data again.
    const answersFrom = this.series !== undefined && this.series !== null ? 'series' : origin;

    const positive = readChoice('positive', this.positive, POSITIVE_ENDS, 'first', warnings);
    const counts = unit === 'count';
    if (unit !== 'percent' && unit !== 'count') {
      const given = this.unit ?? unit;
      report('unit', (m) => m.likertUnit(given));
    }
    const scale = likertScale({ names: seriesNames, positive, neutral: this.neutral, dontKnow: this.dontKnow });
    for (const issue of scale.issues) this.reportIssue(issue, answersFrom, report);

    const share = this.shareFormatter(context);
    const rows = model.rows.map((row) => likertRow(row, scale, counts));
    if (!counts) {
      // Name the first few rows only, as the data parsers do: 10,000 rows that are off must not mean 10,000 notices.
      for (const row of rows.filter((row) => !addsUp(row)).slice(0, MAX_SUM_WARNINGS)) {
        const sum = share(row.total, '');
        report(origin, (m) => m.likertSumOff(row.label, sum));
      }
    }

    const names = this.halfNames(seriesNames, scale, words, report);
    const facts = rows.map((row, r): LikertRowFacts => ({
      label: row.label,
      missing: row.missing,
      positive: share(row.positive, ''),
      negative: share(row.negative, ''),
      neutral: row.neutral !== undefined ? share(row.neutral, '') : undefined,
      dontKnow: row.dontKnow !== undefined ? this.shown(context, share, model.rows[r]!, scale.dontKnow!, row.dontKnow) : undefined,
      net: this.showNet ? { text: formatNet(row.net, locale), value: Math.abs(Math.round(row.net * 10) / 10) } : undefined,
    }));
    const answerNames = scale.answers.map((i) => seriesNames[i]!);
    const dontKnowName = scale.dontKnow !== undefined ? seriesNames[scale.dontKnow] : undefined;
    const texts = (row: LikertRow, r: number) => scale.answers.map((i, a) => this.shown(context, share, model.rows[r]!, i, row.shares[a]!));

    const half = (side: 'left' | 'right') => {
      const isPositive = (side === 'left') === (positive === 'first');
      return isPositive ? names.positive : names.negative;
    };
    const geometry = likertLayout({
      rows: rows.map((row, r) => ({
        label: row.label,
        missing: row.missing,
        shares: row.shares,
        texts: texts(row, r),
        dontKnow: row.dontKnow !== undefined ? { share: row.dontKnow, text: facts[r]!.dontKnow! } : undefined,
        net: facts[r]!.net ? words.likertNet(facts[r]!.net!.text) : undefined,
      })),
      answers: scale.answers.map((i, a) => ({ name: seriesNames[i]!, className: scale.classes[a]! })),
      leftCount: scale.leftCount,
      neutral: scale.neutral !== undefined,
      dontKnowName,
      halfLabels: { left: `← ${upperFirst(half('left'))}`, right: `${upperFirst(half('right'))} →` },
      missingText: messages.noData,
      width: context.width,
      tickText: (value) => share(value, ''),
      measure: context.measure,
    });

    // A point per part of a row, as drawn left to right: each answer, "don't know", the net score (see LikertMark).
    const marks = geometry.rows.flatMap((row, r) => row.marks.map((mark) => ({ mark, r })));
    const said = (r: number, series: number, value: number) =>
      (!counts && context.uncertainty(model.rows[r]!, series)?.text) || this.spoken(context, share, model.rows[r]!, series, value, rows[r]!, counts);
    const points: PointDetail[] = marks.map(({ mark, r }, index) => {
      const row = rows[r]!;
      const net = facts[r]!.net;
      const answer = mark.answer ?? 0;
      const [series, value, text] =
        mark.kind === 'answer'
          ? [answerNames[answer]!, row.shares[answer]!, said(r, scale.answers[answer]!, row.shares[answer]!)]
          : mark.kind === 'dont-know'
            ? [dontKnowName!, row.dontKnow ?? 0, said(r, scale.dontKnow!, row.dontKnow ?? 0)]
            : mark.kind === 'net' && net
              ? // The halves the score is worked out from, as the summary gives them: the row's finding in one place.
                ['', row.net, `${upperFirst(words.likertNetSpoken(net.text, net.value))} (${words.likertShares(facts[r]!, names)})`]
              : ['', null, messages.noData];
      return { index, label: row.label, series, value, text };
    });
    const summary = words.likertSummary({ rows: facts, answers: answerNames, dontKnow: dontKnowName, names, noData: messages.noData });
    // The key, in scale order with "don't know" last, each swatch in its answer's colour (or outlined for "don't know").
    const legend: LegendItem[] = [
      ...answerNames.map((name, a) => ({ name, className: scale.classes[a]! })),
      ...(dontKnowName !== undefined ? [{ name: dontKnowName, className: 'dont-know' }] : []),
    ];
    return {
      width: geometry.width,
      height: geometry.height,
      content: renderLikert(geometry, context.focusIndex),
      // The tooltip clears the focus ring and the row's label (above the bar on a phone).
      boxes: marks.map(({ mark, r }) => withLabel(mark.focus, geometry.rows[r]!.label, LABEL_STYLE)),
      summary,
      points,
      legend,
      keyboardHint: words.likertKeyboardHint,
    };
  }

  /** Shares are percentages whatever the input: counts are turned into shares of each row. */
  private shareFormatter(context: ChartContext): ValueFormatter {
    if (context.unit === 'percent') return context.format;
    const settings = { unit: 'percent' as const, locale: context.locale, currency: 'GBP', notation: 'auto' as const, messages: context.messages };
    const withFormat = createValueFormatter({ ...settings, format: this.format });
    const formatter = withFormat.ok ? withFormat : createValueFormatter(settings);
    const format = formatter.ok ? formatter.value : context.format;
    return (value, qualifier) => format(value, qualifier ?? context.qualifier);
  }

  /** One answer's share as shown, keeping the qualifier the author wrote with it ("more than 90%"). */
  private shown(context: ChartContext, share: ValueFormatter, row: ChartContext['model']['rows'][number], series: number, value: number): string {
    if (row.values[series] === null || row.values[series] === undefined) return context.messages.noData;
    return share(value, row.qualifiers[series]);
  }

  /** As `shown`, adding the count behind a share when the data are counts: "18% (90 of 500)". */
  private spoken(
    context: ChartContext,
    share: ValueFormatter,
    row: ChartContext['model']['rows'][number],
    series: number,
    value: number,
    totals: LikertRow,
    counts: boolean,
  ): string {
    const text = this.shown(context, share, row, series, value);
    const count = row.values[series];
    if (!counts || count === null || count === undefined) return text;
    return `${text} (${likertMessages(context.locale).likertCountOf(context.format(count, row.qualifiers[series]), context.format(totals.total, ''))})`;
  }

  private halfNames(
    names: readonly string[],
    scale: ReturnType<typeof likertScale>,
    words: LikertMessages,
    report: (attribute: string, say: (m: LikertMessages & LikertProblemMessages) => string) => void,
  ): LikertNames {
    const of = (indices: readonly number[]) => indices.map((i) => names[i]!);
    let positive = halfName(of(scale.positive), words.likertAnyOf);
    let negative = halfName(of(scale.negative), words.likertAnyOf);
    if (positive && positive === negative) {
      const same = positive;
      report('positive', (m) => m.likertSameHalves(same));
      positive = words.likertAnyOf(of(scale.positive).map(lowerFirst));
      negative = words.likertAnyOf(of(scale.negative).map(lowerFirst));
    }
    return {
      positive,
      negative,
      neutral: scale.neutral !== undefined ? lowerFirst(names[scale.neutral]!) : undefined,
      dontKnow: scale.dontKnow !== undefined ? lowerFirst(names[scale.dontKnow]!) : undefined,
    };
  }

  private reportIssue(
    issue: ScaleIssue,
    answersFrom: string,
    report: (attribute: string, say: (m: LikertMessages & LikertProblemMessages) => string) => void,
  ): void {
    switch (issue.kind) {
      case 'neutral-not-found':
        return report('neutral', (m) => m.likertNeutralNotFound(issue.value, issue.middle));
      case 'neutral-is-dont-know':
        return report('neutral', (m) => m.likertNeutralIsDontKnow(issue.value));
      case 'dont-know-not-found':
        return report('dont-know', (m) => m.likertDontKnowNotFound(issue.value));
      case 'too-many':
        return report(answersFrom, (m) => m.likertTooMany(issue.count));
      case 'too-few':
        return report(answersFrom, (m) => m.likertTooFew(issue.count));
    }
  }
}

/** One tile of hatching: lines 6 px apart, turned by `angle`; `cross` adds the lines across them. */
const hatch = (id: string, angle: number, cross = false) =>
  svg`<pattern id=${id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(${angle})"><line class="hatch" x1="3" y1="0" x2="3" y2="6"></line>${cross ? svg`<line class="hatch" x1="0" y1="3" x2="6" y2="3"></line>` : nothing}</pattern>`;

/** Fills for forced colours, where the scale's colours become three system colours (likert-styles.ts). */
const PATTERNS = svg`<defs>${hatch('likert-hatch', 45)}${hatch('likert-hatch-alternate', -45)}${hatch('likert-lines', 0)}${hatch('likert-cross', 45, true)}</defs>`;

function renderLikert(g: LikertGeometry, focusIndex: number | null) {
  const focused = focusIndex !== null ? g.rows.flatMap((row) => row.marks)[focusIndex] : undefined;
  return svg`
    <g aria-hidden="true">
      ${PATTERNS}
      ${g.halves.map((half) => svg`<text class="half-label" text-anchor=${half.anchor}>${half.lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`)}
      ${
        g.dontKnowHeader.length
          ? svg`<text class="dont-know-header">${g.dontKnowHeader.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`
          : nothing
      }
      ${g.zeroSpans.map((span) => svg`<line part="zero-line" class="zero" x1=${g.zeroX} x2=${g.zeroX} y1=${span.top} y2=${span.bottom}></line>`)}
      ${g.rows.map(
        (row) => svg`
          <text part="label" class="row-label">${row.label.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>
          <g class="row-bar" transform-origin="${g.zeroX} 0">
            ${row.segments
              .filter((segment) => segment.width > 0)
              .map(
                (segment) =>
                  svg`<rect part="segment" class="segment ${segment.className}" x=${segment.x} y=${segment.y} width=${segment.width} height=${segment.height}></rect>`,
              )}
          </g>
          ${row.segments.map((segment) =>
            segment.label
              ? svg`<text part="value" class="segment-value on-${segment.className}" x=${segment.label.x} y=${segment.label.y} text-anchor="middle">${segment.label.text}</text>`
              : nothing,
          )}
          ${
            row.dontKnow
              ? svg`<rect part="dont-know" class="dont-know" x=${row.dontKnow.x + 1} y=${row.dontKnow.y + 1} width=${Math.max(row.dontKnow.width - 2, 0)} height=${row.dontKnow.height - 2}></rect>
                <text part="value" class="dont-know-value" x=${row.dontKnow.label.x} y=${row.dontKnow.label.y}>${row.dontKnow.label.text}</text>`
              : nothing
          }
          ${row.net ? svg`<text part="net" class="net" x=${row.net.x} y=${row.net.y} text-anchor=${row.net.anchor}>${row.net.text}</text>` : nothing}
          ${row.missing ? svg`<text class="missing" x=${row.missing.x} y=${row.missing.y}>${row.missing.text}</text>` : nothing}`,
      )}
      ${g.ticks.map((tick) => svg`<text class="tick" x=${tick.x} y=${tick.y} text-anchor=${tick.anchor}>${tick.text}</text>`)}
      ${focused ? focusRing(focused.focus, g.width, g.height) : nothing}
    </g>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-likert': TrustLikert;
  }
}
