import type { SourceMessages } from './source/source-words.js';
import type { TemplateResult } from 'lit';
import { readChoice, readNumber, safeHttpUrl } from './attributes.js';
import { renderDataTable } from './a11y/data-table.js';
import type { ChartContext, ChartDrawing, OwnAttributeFacts, UncertaintyEntry, ValueUncertainty } from './chart-context.js';
import type { DataModel, DataRow, TrustData } from './data/model.js';
import { SERIES_SEPARATOR } from './data/parse-data-attribute.js';
import type { DataResult, DataSources, SourceData } from './data/resolve-data.js';
import { readSourceTiming } from './data/source-options.js';
import { checkRowCount, validateValues } from './data/validate.js';
import { fieldworkProblem, formatFieldwork } from './format/fieldwork.js';
import { resolveLocale } from './format/locale.js';
import { axisSpecifier, createValueFormatter, numberFormat, type NumberFormatSettings } from './format/number.js';
import { COMPACT_FROM, NOTATIONS, UNITS, type Unit } from './format/units.js';
import { messagesFor, type Messages } from './i18n/messages.js';
import type { TextMeasurer } from './layout/measure-text.js';
import { problem, type Problem } from './problems.js';
import type { ServerContext } from './ssr/hydration.js';
import { effectiveSampleSize } from './stats/design-effect.js';
import { captionDetails } from './survey/caption-details.js';
import {
  applySampleRules,
  DEFAULT_CAUTION_BELOW,
  intervalOf,
  parseSampleSizeAttribute,
  readDesignEffect,
  readOwnSampleSizes,
  sampleSizeOf,
  sampleSizesBySeries,
  withDesignEffect,
  WITHHOLD_BELOW,
  type OwnSampleSize,
  type SampleSizePart,
  type SmallSample,
} from './survey/survey-data.js';
import { THEMES } from './theme/tokens.js';

const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
const SPANS = ['1', '2', '3'] as const;

/** Everything one render shows, worked out from the attributes before any template is built. */
export interface View {
  readonly messages: Messages;
  /** How many times larger than laid out its SVG chart is drawn (ViewInput's `scale`); 1 if absent. */
  readonly scale?: number;
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly caption: string | undefined;
  readonly headingLevel: (typeof HEADING_LEVELS)[number];
  readonly sourceHref: string | undefined;
  /** `fieldwork` as the reader sees it ("1–15 March 2024"), for "About this data" and the table's caption. */
  readonly fieldwork: string | undefined;
  /** `sample-size` as read in the reader's locale, part by part, for "About this data". */
  readonly sampleSizes: readonly SampleSizePart[];
  /**
   * Without `sample-size`: the smallest and largest sample behind the figures, from a widget's own sample-size
   * attributes or an `n` column, for "About this data".
   */
  readonly sampleSizeRange?: readonly [low: number, high: number] | undefined;
  /** Some sample size was written as approximate ("about 11,000"), so the margins are approximate. */
  readonly approximateSizes?: boolean | undefined;
  /** `design-effect` when it is more than 1, and the effective sample size when there is one sample size. */
  readonly designEffect?: { readonly value: number; readonly effectiveSize: number | undefined } | undefined;
  readonly drawing?: ChartDrawing;
  readonly table?: TemplateResult;
  /** Caution and withheld-value notes about small samples, shown under the chart. */
  readonly sampleNotes?: readonly string[];
  readonly uncertainty?: readonly UncertaintyEntry[];
  /** With published intervals: the words that say they are the source's (see SourceData). */
  readonly sourceWords?: SourceMessages | undefined;
  /** `src` is on its way and there is nothing to draw meanwhile: the widget shows its loading state. */
  readonly loading?: boolean;
  /**
   * A refresh of `src` failed and the last good figures stay: said to readers in a quiet line of its own ("Could not
   * update the figures; showing those from 14:05"), not among the warnings meant for the page's authors.
   */
  readonly notice?: Problem | undefined;
}

/**
 * The shared attributes a view reads. Pass the element itself: some problems read theirs again when put into words.
 * Lit sets a string property to null when its attribute is removed, so every text attribute may be null.
 */
export interface ViewAttributes {
  readonly heading?: string | null;
  readonly headingLevel?: string | null;
  /** Columns of a dashboard's grid the widget takes (the dashboard's CSS reads it; checked here). */
  readonly span?: string | null;
  readonly sourceUrl?: string | null;
  readonly unit?: string | null;
  readonly currency?: string | null;
  readonly format?: string | null;
  readonly notation?: string | null;
  readonly locale?: string | null;
  readonly qualifier?: string | null;
  readonly theme?: string | null;
  readonly population?: string | null;
  readonly sampleSize?: string | null;
  readonly designEffect?: string | null;
  readonly fieldwork?: string | null;
  readonly base?: string | null;
  readonly showUncertainty: boolean;
  readonly minSampleSize?: string | null;
  readonly allowSmallSamples: boolean;
  /** Once removed (null), as when never set: the data's own names. */
  readonly series?: string | null;
  readonly dataText?: string | null;
  readonly data?: TrustData | string;
  readonly src?: string | null;
  readonly timeout?: string | null;
  readonly refresh?: string | null;
}

export interface ViewInput {
  readonly attributes: ViewAttributes;
  /** Problems with attributes the element does not know (likely typos), listed first. */
  readonly unknownAttributes: readonly Problem[];
  /** The widget's unit when the author sets none. */
  readonly defaultUnit: Unit;
  /**
   * The heading level when the author sets none: one below the heading of the dashboard around the widget, else one
   * below the page's last heading before it; 3 where neither is known.
   */
  readonly defaultHeadingLevel?: string | undefined;
  /**
   * `src` is the dashboard's, not the widget's own: then the widget's own data (its attributes, a child table) wins
   * over it, and it fills in only for a widget with no data of its own.
   */
  readonly sourceInherited?: boolean;
  /** Most rows the widget draws (see TrustElement.maxRows). */
  readonly maxRows: number;
  /** The widget's hooks (see TrustElement): each gets what the view already knows and returns values and problems. */
  readonly draw: (context: ChartContext) => ChartDrawing;
  readonly dataFromOwnAttributes: (facts: OwnAttributeFacts) => DataResult | undefined;
  readonly sampleSizeAttributes: (series: readonly string[]) => readonly OwnSampleSize[];
  /** The language inherited from the page (or the one the pre-renderer used). */
  readonly lang: string | undefined;
  /** Set on the server, where a relative `source-url` cannot be resolved against the document. */
  readonly server: Pick<ServerContext, 'baseUrl'> | undefined;
  /** The child `<table>`; a function because only some views read it. */
  readonly lightTable: () => HTMLTableElement | null;
  /** What `src` has given so far (undefined without `src`), and the notice of a failed refresh. */
  readonly source?: SourceData | undefined;
  /**
   * The words of the code that reads `src`, where it is loaded (on the server, always): a table the pre-renderer wrote
   * from `src` brings published intervals without them.
   */
  readonly sourceWords?: ((m: Messages) => SourceMessages) | undefined;
  readonly sourceNotice?: Problem | undefined;
  /** Reads the data from the source that wins (resolveData, or a resolver that remembers its last answer). */
  readonly resolveData: (sources: DataSources) => DataResult;
  /** Width and text measurer to lay out with; functions because measuring costs a layout, needed only to draw. */
  readonly width: () => number;
  readonly measure: () => TextMeasurer;
  readonly focusIndex: number | null;
  /** How many times larger than laid out an SVG chart is drawn: the reader's text size ÷ 16 px (WCAG 1.4.4); 1 if absent. */
  readonly scale?: number;
}

/** Parses, validates and formats everything the element shows, and has the widget draw its chart. */
export function computeView(input: ViewInput): View {
  const { attributes: a, server } = input;
  const errors: Problem[] = [];
  const warnings: Problem[] = [...input.unknownAttributes];
  const { locale, problems: localeProblems } = resolveLocale(a.locale, input.lang);
  warnings.push(...localeProblems);
  const messages = messagesFor(locale);
  // Not trimmed: the stylesheet matches the attribute as written, so " nhs " would silently get no theme.
  const theme = a.theme?.toLowerCase();
  if (theme && !(THEMES as readonly string[]).includes(theme)) {
    const given = a.theme ?? '';
    warnings.push(problem('theme', (m) => m.notOneOf(given, THEMES, m.pageColours)));
  }
  const defaultLevel = HEADING_LEVELS.find((level) => level === input.defaultHeadingLevel) ?? '3';
  const headingLevel = readChoice('heading-level', a.headingLevel, HEADING_LEVELS, defaultLevel, warnings);
  // Only the dashboard's stylesheet reads `span`: a value it does not know would silently take one column.
  readChoice('span', a.span, SPANS, '1', warnings);
  const notation = readChoice('notation', a.notation, NOTATIONS, 'auto', warnings);
  const sourceHref = resolveSourceHref(a.sourceUrl, server, warnings);
  const fieldworkSlip = fieldworkProblem(a.fieldwork);
  if (fieldworkSlip) warnings.push(fieldworkSlip);
  const fieldwork = a.fieldwork?.trim() ? formatFieldwork(a.fieldwork, locale, messages.monthNames) : undefined;
  const sampleSizeAttribute = parseSampleSizeAttribute(a.sampleSize, locale);
  if (a.src?.trim()) readSourceTiming(a.timeout, a.refresh, warnings);

  const unitText = a.unit?.trim().toLowerCase() || input.defaultUnit;
  const unit = (UNITS as readonly string[]).includes(unitText) ? (unitText as Unit) : undefined;
  if (!unit) errors.push(problem('unit', (m) => m.unknownUnit(a.unit ?? '', UNITS)));

  let formatSettings: NumberFormatSettings = { unit: unit ?? 'number', locale, currency: a.currency?.trim() || 'GBP', format: a.format, notation, messages };
  let format = createValueFormatter(formatSettings);
  if (!format.ok && format.problems.some((p) => p.attribute === 'format')) {
    warnings.push(...format.problems);
    formatSettings = { ...formatSettings, format: undefined };
    format = createValueFormatter(formatSettings);
  }
  if (!format.ok) errors.push(...format.problems);

  const data = input.resolveData({
    property: a.data,
    attribute: a.dataText,
    own: () => input.dataFromOwnAttributes({ locale, unit }),
    table: input.lightTable(),
    source: input.source,
    sourceInherited: input.sourceInherited,
    locale,
    directionColumn: 'directionColumn' in a ? (a.directionColumn as string | null | undefined) : undefined,
  });
  if (!data.ok) errors.push(...data.problems);
  // A direction column is set aside by every reader; only <trust-change> (which has `direction-column`) draws it.
  const directionColumn = data.ok ? data.value.directionColumn : undefined;
  if (data.ok && directionColumn !== undefined && !('directionColumn' in a)) {
    warnings.push(problem(data.value.origin, (m) => m.directionColumnIgnored(directionColumn)));
  }
  const caption = a.heading?.trim() || (data.ok ? data.value.caption : input.lightTable()?.caption?.textContent?.trim()) || undefined;
  const base = {
    messages,
    errors,
    warnings,
    caption,
    headingLevel,
    sourceHref,
    fieldwork,
    sampleSizes: sampleSizeAttribute.parts,
    notice: input.sourceNotice,
    ...(input.scale && input.scale !== 1 ? { scale: input.scale } : {}),
  };
  if (!data.ok && data.loading && !errors.length) return { ...base, loading: true };
  if (!data.ok || !format.ok || !unit || errors.length) return base;
  // Values keep the decimals the author typed ("34.0" beside "30.4"), unless `format` says otherwise.
  const decimals = Math.max(0, ...(data.value.decimals ?? []));
  if (decimals) {
    const typed = createValueFormatter({ ...formatSettings, decimals });
    if (typed.ok) format = typed;
  }
  // Counted before the values are checked and anything is laid out: too many rows end here. (Reading them has
  // taken tens of milliseconds for 10,000 rows; the element's resolver keeps that answer for later renders.)
  const tooMany = checkRowCount(data.value, input.maxRows);
  if (tooMany) errors.push(tooMany);
  else errors.push(...validateValues(data.value, data.value.origin, unit, format.value));
  if (errors.length) return base;

  // Survey rules: sample sizes per value (a widget's own sample-size attributes win over `sample-size`), tiny
  // samples withheld, small ones flagged.
  const seriesCount = data.value.series.length;
  const shared = sampleSizesBySeries(sampleSizeAttribute, seriesCount);
  const own = readOwnSampleSizes(input.sampleSizeAttributes(data.value.series), seriesCount, locale);
  warnings.push(...sampleSizeAttribute.problems, ...shared.problems, ...own.problems);
  const perSeries = data.value.series.map((_, i) => own.sizes[i] ?? shared.sizes[i]);
  const cautionBelow = readNumber('min-sample-size', a.minSampleSize, warnings, locale) ?? DEFAULT_CAUTION_BELOW;
  const rules = applySampleRules(data.value, perSeries, cautionBelow, a.allowSmallSamples);
  const peopleModel = { ...rules.model, origin: data.value.origin };
  // The sizes the reader is told: the people who answered.
  const sizes = [...new Set([...perSeries, ...peopleModel.rows.flatMap((row) => row.sampleSizes ?? [])])].flatMap((n) => (n === undefined ? [] : [n]));
  // Margins, ranges and change tests work from effective sample sizes (`design-effect`); the model the chart draws
  // carries them, so no widget applies the design effect twice or forgets it.
  const designEffect = readDesignEffect(a.designEffect, locale, warnings);
  const effective = withDesignEffect(peopleModel, perSeries, designEffect);
  const model = effective.model;
  const sampleSize = (row: DataRow, series: number) => sampleSizeOf(row, series, effective.perSeries);
  const plain = numberFormat(locale, { maximumFractionDigits: 1 });
  // Margins always show their decimal ("± 3.0"), as pollsters write them.
  const oneDecimal = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const uncertainty = (row: DataRow, series: number): ValueUncertainty | undefined => {
    const value = row.values[series];
    if (value === null || value === undefined) return undefined;
    const shown = format.value(value, row.qualifiers[series] ?? a.qualifier?.trim());
    // An interval the source publishes (checked where `src` was read) wins over one worked out here, in any unit.
    const published = row.intervals?.[series];
    if (published) {
      const [low, high] = published;
      return { method: 'published', n: sampleSize(row, series), low, high, text: messages.intervalRange(shown, plain.format(low), plain.format(high)) };
    }
    const interval = unit === 'percent' && intervalOf(row, series, effective.perSeries);
    if (!interval) return undefined;
    const n = sampleSize(row, series)!;
    return interval.method === 'normal'
      ? { n, ...interval, text: messages.intervalNormal(shown, oneDecimal.format(interval.margin)) }
      : { n, ...interval, text: messages.intervalRange(shown, plain.format(interval.low), plain.format(interval.high)) };
  };

  // One notation for the whole axis ("0, 0.5 million, 1 million", never "500,000, 1 million"), chosen from the
  // largest value; and never "1 in 0": a ratio's axis shows plain numbers.
  const largest = Math.max(0, ...model.rows.flatMap((row) => row.values.map((v) => Math.abs(v ?? 0))));
  const axisNotation = notation === 'auto' && !a.format ? (largest >= COMPACT_FROM ? 'compact' : 'standard') : notation;
  const axis = createValueFormatter({
    unit: unit === 'ratio' ? 'count' : unit,
    locale,
    currency: a.currency?.trim() || 'GBP',
    // Ticks stay clean ("0%", never "0.0%"), even when `format` asks values for decimals.
    format: a.format && axisSpecifier(a.format),
    notation: axisNotation,
    messages,
  });
  const formatAxis = axis.ok ? (value: number) => axis.value(value) : format.value;
  const seriesNames = namedSeries(a.series, model, messages, warnings);
  const qualifier = a.qualifier?.trim() || undefined;
  const context: ChartContext = {
    model,
    seriesNames,
    unit,
    format: (value, own) => format.value(value, own ?? qualifier),
    formatAxis,
    qualifier,
    messages,
    locale,
    width: input.width(),
    measure: input.measure(),
    focusIndex: input.focusIndex,
    warnings,
    errors,
    uncertainty,
    showUncertainty: a.showUncertainty,
    sampleSize,
    // Said only of published intervals, whether they came with `src` or in the table written from it.
    sourceWords: (data.value.words ?? input.sourceWords)?.(messages),
  };
  // Problems with the widget's own attributes, found while reading them, are shown once the figure is drawn.
  warnings.push(...(data.warnings ?? []));
  const drawn = input.draw(context);
  if (errors.length) return base;
  const entries: UncertaintyEntry[] = model.rows.flatMap((row, r) =>
    row.values.flatMap((value, s) => {
      const found = value === null ? undefined : uncertainty(row, s);
      // `n` is the people who answered, whatever the design effect.
      const n = sampleSizeOf(peopleModel.rows[r]!, s, perSeries);
      return found && value !== null ? [{ ...found, ...(n === undefined ? {} : { n }), label: row.label, series: seriesNames[s] ?? '', value }] : [];
    }),
  );
  const margins = entries.flatMap((entry) => (entry.margin === undefined ? [] : [entry.margin]));
  // The accessible description says how sure the figures are: the largest margin of error.
  const drawing: ChartDrawing =
    drawn.kind !== 'html' && margins.length
      ? { ...drawn, summary: `${drawn.summary} ${messages.marginSummary(oneDecimal.format(Math.max(...margins)))}` }
      : drawn;
  const approximateSizes = sampleSizeAttribute.parts.some((part) => part.approximate) || own.approximate || !!peopleModel.approximateSizes;
  const table = renderDataTable({
    model: drawing.tableRows ? { ...model, rows: drawing.tableRows } : model,
    seriesNames: drawing.tableSeriesNames ?? seriesNames,
    caption: [
      caption ?? messages.defaultCaption,
      captionDetails({ population: a.population, base: a.base, fieldwork }, peopleModel, perSeries, locale),
      // The table's margins are approximate when a sample size was: said in its caption, its note.
      approximateSizes && entries.length ? messages.approximateMargins.slice(0, -1) : '',
    ]
      .filter(Boolean)
      .join('. '),
    format: format.value,
    qualifier,
    messages,
    ...(entries.length ? { interval: (row: DataRow, series: number) => uncertainty(row, series)?.text } : {}),
    notes: drawing.tableNotes,
  });
  // Each sample named once; with several series, by row and series ("2023, Trained on new technologies").
  const named = (list: readonly SmallSample[]) => [
    ...new Set(list.map((x) => messages.sampleOf(seriesNames.length > 1 ? `${x.label}, ${seriesNames[x.series] ?? ''}` : x.label, `n = ${plain.format(x.n)}`))),
  ];
  const sampleNotes = [
    ...(rules.withheld.length ? [messages.withheldNote(named(rules.withheld), plain.format(WITHHOLD_BELOW))] : []),
    ...(rules.caution.length ? [messages.smallSampleCaution(named(rules.caution), plain.format(cautionBelow))] : []),
  ];
  // Asked for margins of error, but none can be drawn: say why instead of silently drawing nothing.
  if (a.showUncertainty && !entries.length) {
    warnings.push(problem('show-uncertainty', (m) => (unit === 'percent' ? m.uncertaintyNeedsSampleSize : m.uncertaintyNeedsPercent)));
  }
  return {
    ...base,
    drawing,
    table,
    sampleNotes,
    uncertainty: entries,
    sourceWords: context.sourceWords,
    ...(sizes.length ? { sampleSizeRange: [Math.min(...sizes), Math.max(...sizes)] as const } : {}),
    ...(approximateSizes ? { approximateSizes } : {}),
    ...(designEffect > 1
      ? { designEffect: { value: designEffect, effectiveSize: sizes.length === 1 ? effectiveSampleSize(sizes[0]!, designEffect) : undefined } }
      : {}),
  };
}

/**
 * The view without warnings about attributes the widget takes from its dashboard: the dashboard names those once.
 * Errors stay: a chart that cannot be drawn says why.
 */
export function withoutTakenWarnings(view: View, taken: ReadonlySet<string>): View {
  return taken.size ? { ...view, warnings: view.warnings.filter((p) => !taken.has(p.attribute)) } : view;
}

/** The view shown when working out the real one threw: the error box, in English. */
export function unexpectedView(error: unknown, heading: string | undefined, sampleSize: string | null | undefined): View {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    messages: messagesFor('en-GB'),
    errors: [problem('data', (m) => m.unexpected(detail.slice(0, 120)))],
    warnings: [],
    caption: heading,
    headingLevel: '3',
    sourceHref: undefined,
    fieldwork: undefined,
    sampleSizes: parseSampleSizeAttribute(sampleSize, 'en-GB').parts,
  };
}

/** Series names as shown: the `series` attribute, the data's own, or generic ones. */
function namedSeries(series: string | null | undefined, model: DataModel, messages: Messages, warnings: Problem[]): string[] {
  const given = series?.split(SERIES_SEPARATOR).map((name) => name.trim()) ?? [];
  if (series != null && given.length !== model.series.length) {
    warnings.push(problem('series', (m) => m.seriesMismatch('series', model.series.length, given.length)));
  }
  return model.series.map((name, i) => given[i] || name || (model.series.length === 1 ? messages.valueColumn : `${messages.valueColumn} ${i + 1}`));
}

/**
 * The source link. On the server there is no document address: a relative `source-url` is resolved against the
 * page address the pre-renderer was given, or written as given (the browser resolves it the same way).
 */
function resolveSourceHref(sourceUrl: string | null | undefined, server: Pick<ServerContext, 'baseUrl'> | undefined, warnings: Problem[]): string | undefined {
  const href = safeHttpUrl('source-url', sourceUrl, warnings);
  const given = sourceUrl?.trim();
  if (!server || !href || !given || /^[a-z][a-z\d+.-]*:/i.test(given)) return href;
  return server.baseUrl ? new URL(given, server.baseUrl).href : given;
}
