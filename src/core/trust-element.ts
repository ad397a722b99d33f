import { LitElement, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { levelBelow, precedingHeadingLevel } from './a11y/page-heading.js';
import type { PointWalk } from './a11y/point-navigation.js';
import { annotationsPending } from './annotations/load.js';
import { unknownAttributes } from './attributes.js';
import type { ChartContext, ChartDrawing, OwnAttributeFacts, UncertaintyEntry } from './chart-context.js';
import { inherits, takenAttributes, withInherited, type DashboardShared } from './context/dashboard-context.js';
import { DashboardController } from './controllers/dashboard-controller.js';
import { ExportController, readToolbar } from './controllers/export-controller.js';
import { MessagesController } from './controllers/messages-controller.js';
import { PointFocusController } from './controllers/point-focus-controller.js';
import { ProblemReporter } from './controllers/problem-reporter.js';
import { ProblemWordsController } from './controllers/problem-words-controller.js';
import { SourceController } from './controllers/source-controller.js';
import { TextMeasureController } from './controllers/text-measure-controller.js';
import { ChildTableController } from './data/child-table-controller.js';
import { FROM_SRC_ATTRIBUTE } from './data/from-src.js';
import type { TrustData } from './data/model.js';
import { createDataResolver, type DataResult } from './data/resolve-data.js';
import { DEFAULT_MAX_ROWS } from './data/validate.js';
import { inheritedLang, resolveLocale } from './format/locale.js';
import type { Unit } from './format/units.js';
import { ownFooter } from './frame/dashboard-footer.js';
import { renderFigure } from './frame/figure.js';
import { renderSourceLoading } from './frame/source-status.js';
import { messagesFor, wordsPending } from './i18n/messages.js';
import { estimateTextWidth } from './layout/measure-text.js';
import { WidthController } from './layout/width-controller.js';
import {
  adoptStylesUnderPrerender,
  DEFAULT_WIDTH,
  hydrateOrRenderAfresh,
  pendingHydration,
  SERVER_CONTEXT,
  SSR_LANG_ATTRIBUTE,
  type HydrationLayout,
  type ServerContext,
} from './ssr/hydration.js';
import { frameStyles, seriesStyles } from './styles/frame-styles.js';
import { toolbarStyles } from './styles/toolbar-styles.js';
import type { OwnSampleSize } from './survey/survey-data.js';
import { tooltipStyles } from './styles/tooltip-styles.js';
import { themeTokens } from './theme/tokens.js';
import { VERSION } from './version.js';
import { computeView, unexpectedView, withoutTakenWarnings, type View, type ViewInput } from './view.js';

export type {
  ChartContext,
  ChartDrawing,
  HtmlDrawing,
  LegendItem,
  OwnAttributeFacts,
  SvgDrawing,
  UncertaintyEntry,
  ValueUncertainty,
} from './chart-context.js';
export type { DataResult } from './data/resolve-data.js';
export type { OwnSampleSize } from './survey/survey-data.js';
export { DEFAULT_WIDTH, SERVER_CONTEXT, SSR_LANG_ATTRIBUTE, SSR_WIDTH_ATTRIBUTE, type ServerContext } from './ssr/hydration.js';

/**
 * The base of every widget: shared attributes, the figure frame (heading, chart, data table, source), data input
 * from `.data`, `data`, a `src` address (CSV, TSV or JSON) or a child `<table>`, formatting, keyboard navigation and
 * the error state.
 * Subclasses implement `draw()` and nothing else of the frame.
 *
 * @slot - A plain `<table>` with the data. Shown as it is before the script loads and when the data has a problem; with `src`, drawn until the figures arrive.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The heading.
 * @csspart subheading - The line under the heading.
 * @csspart legend - The key, when there are several series.
 * @csspart chart - The box holding the SVG chart.
 * @csspart toolbar - The row holding the "Show data table" button.
 * @csspart downloads - The Download menu beside the toolbar: its button, the list it opens, and its status line.
 * @csspart table - The generated data table.
 * @csspart note - The note under the chart.
 * @csspart caution - A note about small samples (values withheld, or to be treated with caution).
 * @csspart about - The "About this data" disclosure (a <details> element).
 * @csspart source - The source line.
 * @csspart error - The message shown instead of the chart when the data cannot be drawn.
 * @csspart warning - The notice listing attributes that were ignored or corrected.
 * @csspart notice - "Could not update the figures; showing those from 14:05": a refresh of `src` failed, and the last good figures stay on screen.
 * @csspart loading - "Loading figures…", shown while the figures from `src` are on their way (with no table to show meanwhile).
 *
 * @cssprop --trust-font-family - Font of every text (default: the system UI font; Frutiger/Arial with `theme="nhs"`).
 * @cssprop --trust-font-size - Base text size (default 1rem).
 * @cssprop --trust-heading-size - Heading size (default 1.25rem).
 * @cssprop --trust-text-color - Text colour.
 * @cssprop --trust-muted-color - Secondary text (subheading, source, note).
 * @cssprop --trust-background - Background of the widget (set `transparent` to sit on the page).
 * @cssprop --trust-grid-color - Grid lines.
 * @cssprop --trust-axis-color - Axis line and zero line.
 * @cssprop --trust-muted-mark-color - Bars that are not highlighted.
 * @cssprop --trust-focus-color - Keyboard focus ring (default NHS yellow #FFEB3B).
 * @cssprop --trust-focus-text-color - The dark edge of the focus ring.
 * @cssprop --trust-target-color - Target and reference lines.
 * @cssprop --trust-error-color - Edge of the error message.
 * @cssprop --trust-warning-color - Edge of the warning notice.
 * @cssprop --trust-series-1 - First series colour (likewise --trust-series-2 … --trust-series-6).
 * @cssprop --trust-positive - A change in the good direction (when the author sets which way is good).
 * @cssprop --trust-negative - A change in the bad direction.
 * @cssprop --trust-scale-1 - Most positive answer of an agree/disagree scale (likewise --trust-scale-2 … --trust-scale-5, most negative last).
 * @cssprop --trust-padding - Space inside the widget's edge (default 1rem).
 * @cssprop --trust-radius - Corner radius of the widget.
 *
 * @attr lang - The language of the chart's words: `cy` for Welsh, otherwise English (the standard HTML attribute). Default: the nearest `lang` above the chart, usually the page's. Changing it draws the chart again in that language.
 *
 * @fires {TrustRenderEvent} trust-render - After every render (not while the figures from `src` are loading); `errors` and `warnings` count the problems shown.
 * @fires {TrustPointFocusEvent} trust-point-focus - When keyboard focus moves to a mark; `point` holds its label, series and value.
 * @fires {TrustDataErrorEvent} trust-data-error - When the data cannot be drawn; `messages` holds the texts shown. Also when a `refresh` of `src` fails (the last good figures stay); for `src` problems, `src`, `attribute` and `message` (English) say what went wrong.
 * @fires {TrustExportEvent} trust-export - Before a file from the Download menu is downloaded, or its embed code copied: `kind` (`png`, `card`, `svg`, `csv` or `embed`) and `file`, the File the reader gets (for `embed`, the code as text/html). Cancelable: preventDefault() stops it; setting `file` replaces it.
 * @fires {TrustDataLoadEvent} trust-data-load - When figures from `src` are drawn: after the first load and after each refresh that changed them; `src`, `url`, `rows` and `fetchedAt`.
 */
export abstract class TrustElement extends LitElement {
  static override styles = [themeTokens, frameStyles, seriesStyles, toolbarStyles, tooltipStyles];

  /** The library version, named by the double-load warning. */
  static readonly version: string = VERSION;

  /** The finding, in a sentence ("Only a third of NHS staff think cyber defences are enough"). */
  @property() heading?: string;

  /**
   * Heading level, 2 to 6. Default: one below the page's last heading before the chart (an `<h2>` after the page's
   * `<h1>`), one below its dashboard's heading inside a `<trust-dashboard>`, else 3.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** Measure, population, place and period ("% of NHS staff, England, 2024"). */
  @property() subheading?: string;

  /** A note under the chart: question wording, base, caveats. */
  @property() note?: string;

  /** Who produced the figures ("BT research, 2024 survey of NHS staff"). */
  @property() source?: string;

  /** Link for the source; only http and https addresses become links. */
  @property({ attribute: 'source-url' }) sourceUrl?: string;

  /** Replaces the generated summary that screen readers hear. */
  @property() description?: string;

  /** What the numbers are: `percent`, `count`, `currency`, `ratio` or `number`. */
  @property() unit?: string;

  /** ISO currency code for `unit="currency"`. Default GBP. */
  @property() currency?: string;

  /** A d3-format specifier for the numbers (".1f", ",.0f", "+.1f"), applied in the reader's locale. */
  @property() format?: string;

  /** `auto` (default: "1.7 million" from a million up), `standard` ("1,700,000") or `compact`. */
  @property() notation?: string;

  /** BCP 47 locale for numbers and words (`en-GB`, `cy`, `de-DE`). Default: the page's `lang`, then en-GB. */
  @property() locale?: string;

  /** Words kept with every value that has none of its own ("more than", "over", "about"). */
  @property() qualifier?: string;

  /** `light`, `dark`, `auto` (follows the operating system) or `nhs`. Without it the page's `color-scheme` rules. */
  @property({ reflect: true }) theme?: string;

  /**
   * Who the figures are about, in the plural ("UK adults", "NHS staff in England", "trusts"). Shown in "About this
   * data"; widgets also use it in their sentences ("about 57 in every 100 UK adults").
   */
  @property() population?: string;

  /**
   * Sample size: the number of people who answered. One number for the whole chart ("1,000"), or one per series
   * separated by `|` ("800 | 1,000"). A table column headed `n` gives it per row. Used for margins of error.
   */
  @property({ attribute: 'sample-size' }) sampleSize?: string;

  /**
   * The survey's design effect ("1.5"), for a weighted or clustered sample or a census with non-response: margins of
   * error widen by its square root, as if the effective sample size were `n / design-effect`, and change tests allow
   * for it too. A number of 1 or more, as the survey's authors give it; "About this data" says it was used.
   */
  @property({ attribute: 'design-effect' }) designEffect?: string;

  /** When the survey was in the field: free text ("March 2024") or an ISO date range ("2024-03-01/2024-03-15"). */
  @property() fieldwork?: string;

  /** How the survey was done ("online panel", "telephone", "FOI request to 108 trusts"). */
  @property() method?: string;

  /** The exact question asked, in quotation marks or not. */
  @property() question?: string;

  /** Who paid for the survey ("BT"). */
  @property({ attribute: 'commissioned-by' }) commissionedBy?: string;

  /** Who was asked this question ("all respondents", "frontline staff"). */
  @property() base?: string;

  /** Draw the 95% margin of error on the chart (error bars, bands), where sample sizes are known. */
  @property({ type: Boolean, attribute: 'show-uncertainty' }) showUncertainty = false;

  /**
   * Leave out "How to read this chart", the collapsed one-line explanation that `<trust-likert>`, `<trust-change>`
   * and `<trust-trend>` with uncertainty bands show above the chart (for a page that explains the chart itself).
   */
  @property({ type: Boolean, attribute: 'no-how-to-read' }) noHowToRead = false;

  /**
   * Prints the data table after the chart, whether or not a reader opened it on screen: for reports and board
   * papers, where the figures should be on paper too.
   */
  @property({ type: Boolean, reflect: true, attribute: 'print-table' }) printTable = false;

  /** Samples smaller than this get a visible caution note. Default 100. */
  @property({ attribute: 'min-sample-size' }) minSampleSize?: string;

  /** Show values from fewer than 30 people in the chart; without it they are withheld, with an explanation. */
  @property({ type: Boolean, attribute: 'allow-small-samples' }) allowSmallSamples = false;

  /** Series names separated by `|` ("2022 | 2024"), for data written in the compact form. */
  @property() series?: string;

  /**
   * The data as text: compact (`Worried: 57; Concerned: 60`, series separated by `|`) or JSON.
   * Used when the `.data` property is not set; wins over a child `<table>`.
   */
  @property({ attribute: 'data' }) dataText?: string;

  /**
   * The data as objects: `[{label, value}]` or `[{label, values: {series: value}}]`. Wins over the `data`
   * attribute and the child table.
   */
  @property({ attribute: false }) data?: TrustData | string;

  /**
   * Address of the figures: a CSV, TSV or JSON file, such as a Google Sheet published to the web as CSV
   * (`…/pub?output=csv`). http, https or relative to the page. The first column labels the rows and every other
   * column is a series, unless the `*-column` attributes say otherwise. `.data` and `data` win over it; a child
   * `<table>` is shown until the figures arrive.
   */
  @property() src?: string;

  /** The column of the `src` file that labels the rows. Default: the first column. */
  @property({ attribute: 'label-column' }) labelColumn?: string;

  /** The one column of the `src` file to draw (one series). Default: every column but the label and `n-column`. */
  @property({ attribute: 'value-column' }) valueColumn?: string;

  /** Columns of the `src` file to draw, one series each, separated by commas ("2022, 2023, 2024"). */
  @property({ attribute: 'series-columns' }) seriesColumns?: string;

  /** The column of the `src` file holding the earlier figure (for `<trust-change>`). */
  @property({ attribute: 'from-column' }) fromColumn?: string;

  /** The column of the `src` file holding the later figure (for `<trust-change>`). */
  @property({ attribute: 'to-column' }) toColumn?: string;

  /** The column of the `src` file holding each row's sample size (the number of people who answered). */
  @property({ attribute: 'n-column' }) nColumn?: string;

  /**
   * The column of the `src` file holding the lower end of each value's interval, where the source publishes its own
   * (a 95% confidence interval from the survey's report). Used instead of a margin worked out from the sample size.
   */
  @property({ attribute: 'lower-column' }) lowerColumn?: string;

  /** The column of the `src` file holding the upper end of each value's published interval (see `lower-column`). */
  @property({ attribute: 'upper-column' }) upperColumn?: string;

  /** Rows of the `src` file to keep: `column=value`, several separated by `;` ("Trust=Leeds; Year=2024"). */
  @property() filter?: string;

  /** Seconds to wait for the `src` address to answer before showing an error. Default 10. */
  @property() timeout?: string;

  /**
   * Fetch the `src` address again every this many seconds (at least 10), while the page is visible; the chart
   * redraws when the figures change. Default: never.
   */
  @property() refresh?: string;

  /**
   * Inside a `<trust-dashboard>`: how many of its columns the widget spans, `2` or `3` (never more than the dashboard
   * has). Default 1.
   */
  @property({ reflect: true }) span?: string;

  /**
   * What the Download menu under the chart offers, separated by spaces, in that order: `png` (an image), `card` (an
   * image for social media, 1200×675), `svg` (a vector image), `csv` (the data), `embed` (copy the embed code).
   * Default: all five. An unknown item is reported and left out.
   */
  @property() toolbar?: string;

  /**
   * Hides the Download menu. The "Show data table" button stays: the table is how screen-reader and keyboard users
   * read the figures.
   */
  @property({ type: Boolean, attribute: 'no-toolbar' }) noToolbar = false;

  @state() private tableOpen = false;

  /** The unit a widget uses when the author sets none. */
  protected defaultUnit: Unit = 'percent';

  /** How the arrow keys walk the chart's points: along series, or by rows (likert, change: see PointWalk). */
  protected pointWalk: PointWalk = 'series';

  /** "How to read this chart" for a chart type readers find hard, in the view's language; none for the others. */
  protected howToRead(_view: View): string | undefined {
    return undefined;
  }

  /**
   * Most rows the widget draws; beyond it the reader gets a message, not a chart too dense to read that would also
   * hold up the page while it draws.
   */
  protected maxRows = DEFAULT_MAX_ROWS;

  /**
   * How tall the widget usually is, as src/embed/preload.css reserves it before the script runs (keep the two
   * alike): while the figures from `src` load it keeps this height, or the author's --trust-preload-height.
   */
  protected typicalHeight = '20rem';

  /**
   * Data written in a widget's own attributes (`value`, `of`, `previous` …), read after `.data` and the `data`
   * attribute and before a child table. Return undefined when those attributes are absent; `origin` names the
   * attribute that problems should point at, and `warnings` the problems to show once the figure is drawn.
   */
  protected dataFromOwnAttributes(_facts: OwnAttributeFacts): DataResult | undefined {
    return undefined;
  }

  /**
   * A widget's own sample-size attributes (`from-sample-size`, `previous-sample-size`) and the series each one sizes,
   * given the data's series. The view reads them with the shared reader; they win over `sample-size`, and a row's own
   * `n` wins over both. The table's ranges, the caption and the small-sample rules all use the result.
   */
  protected sampleSizeAttributes(_series: readonly string[]): readonly OwnSampleSize[] {
    return [];
  }

  /**
   * The chart, drawn from what the view has read and checked. Problems with the widget's own attributes go into
   * `context.warnings`, and problems that stop the chart into `context.errors`.
   */
  protected abstract draw(context: ChartContext): ChartDrawing;

  /** @internal Set on the server by the pre-renderer (public-trust-widgets/ssr); never in the browser. */
  [SERVER_CONTEXT]?: ServerContext;

  /**
   * The layout of a pre-rendered shadow root being hydrated. The first render repeats it exactly (Lit hydrates by
   * taking the server's DOM as its own last render), then the element lays out again for the reader's screen.
   */
  private hydration: HydrationLayout | undefined;

  private readonly widthController = new WidthController(this, '.width-probe');
  private readonly childTable = new ChildTableController(this);
  private readonly textMeasure = new TextMeasureController(this);
  // Before the problem reporter: its hostUpdated fires trust-render, and focus a page moves from there leaves a chart
  // that is drawn (see PointFocusController.blur), so this controller must know the drawing is done.
  private readonly pointFocus = new PointFocusController(
    this,
    () => this.view?.messages ?? messagesFor('en-GB'),
    () => {
      this.interacted = true;
      this.liveNews = 'point';
    },
    () => this.pointWalk,
  );
  private readonly problems = new ProblemReporter(this);
  private readonly problemWords = new ProblemWordsController(this);
  /** Which of two things the live region last had to say: the mark the reader moved to, or new figures from `src`. */
  private liveNews: 'point' | 'source' = 'point';
  private readonly dashboard = new DashboardController(this);
  private readonly liveData = new SourceController(
    this,
    () => this.drawnAttributes,
    () => (this.liveNews = 'source'),
  );
  private readonly resolveData = createDataResolver();
  private readonly downloads = new ExportController(this, () => this.view?.messages ?? messagesFor('en-GB'));
  private view: View | undefined;
  /** Set by the reader's own actions (keys, the table button) until the update they cause has begun. */
  private interacted = false;

  constructor() {
    super();
    new MessagesController(this);
  }

  /** `lang` is a global attribute, not a property: observed so that a widget whose language changes is drawn again. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return adoptStylesUnderPrerender(super.createRenderRoot(), (this.constructor as typeof LitElement).elementStyles);
  }

  /**
   * Waits, before each update, for the library's words in the language the widget is drawn in when they are not
   * loaded yet (Welsh loads only on Welsh pages), so that no frame is ever drawn in English first. English, and words
   * already loaded, draw at once as before. Words that fail to load leave English, with a warning in the console.
   * Likewise for the code of notes, reference lines and shaded ranges, which loads only for a chart that has them
   * (core/annotations/load.ts): a chart with notes is never drawn without them first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // The language the view will resolve (view.ts), and the one a pre-rendered widget's hydrating render repeats.
    const langs = [inheritedLang(this), this.getAttribute(SSR_LANG_ATTRIBUTE) ?? undefined];
    // The locale as drawn: a dashboard's `locale` where the widget has none of its own.
    const { locale } = this.drawnAttributes;
    const words = wordsPending(
      langs.map((lang) => resolveLocale(locale, lang).locale),
      this.constructor as CustomElementConstructor,
    );
    const annotations = annotationsPending(this);
    const pending = words && annotations ? Promise.all([words, annotations]) : (words ?? annotations);
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Works out what the update will show, in the browser. An update with a problem to show waits for the English
   * explanations of problems, which load only when something is wrong (ProblemWordsController): until they are here
   * the screen keeps what it had, and the update after they arrive draws the problem explained in full.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const view = (this.view = this.workOutView());
    if (this.problemWords.ready(view.errors.length + view.warnings.length > 0)) return super.shouldUpdate(changed);
    // Held back: the update that draws it is not the reader's own action, and is reported as a new chart.
    this.interacted = false;
    return false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The pre-renderer calls willUpdate, never shouldUpdate; on the server every word is there already.
    const view = this[SERVER_CONTEXT] || !this.view ? (this.view = this.workOutView()) : this.view;
    // Moving keyboard focus or opening the table draws again, but is not a new chart; nor is the hydrating render,
    // which repeats the server's (the update after it lays out for this screen, and reports).
    const interactionOnly = this.interacted && [...changed.keys()].every((key) => key === 'tableOpen');
    this.interacted = false;
    // Nor is the loading state of `src`: the page hears of the chart (trust-render, warnings) once it is drawn.
    this.problems.willShow(view, { quiet: interactionOnly || !!this.hydration || !!view.loading, server: this[SERVER_CONTEXT]?.report });
  }

  /** Reads the attributes, the data and the layout into the view the next render shows. */
  private workOutView(): View {
    if (!this.hasUpdated) this.hydration = pendingHydration(this, this.renderRoot);
    // `.data` and `data` win over `src`: while either is given, its figures are not fetched. Nor are the figures of
    // the dashboard's `src` for a widget with data of its own (a table, or its own attributes such as `value`).
    const noDataGiven = (this.data === undefined || this.data === null) && !this.dataText?.trim();
    this.liveData.sync(noDataGiven && (!this.sourceInherited || !this.hasOwnData()));
    try {
      return withoutTakenWarnings(computeView(this.viewInput()), takenAttributes(this, this.shared));
    } catch (error) {
      return unexpectedView(error, this.heading, this.sampleSize);
    }
  }

  protected override update(changed: PropertyValues): void {
    if (!this.hydration) {
      super.update(changed);
      return;
    }
    const root = this.renderRoot;
    hydrateOrRenderAfresh(
      this.localName,
      root,
      this.renderOptions,
      () => super.update(changed),
      () => render(this.render(), root, this.renderOptions),
    );
  }

  /**
   * With `src`, `updateComplete` also waits for the figures: it resolves once they (or the problem with them) are
   * drawn, after at most `timeout` seconds. Code that screenshots or measures a chart can simply await it.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // Also the explanations of a problem, when the update that shows it is waiting for them; and the code that answers
    // the reader's first focus, key or pointer on the chart, with the update its answer asks for.
    const waiting = () => this.liveData.pending ?? this.problemWords.pending ?? this.pointFocus.pending;
    for (let pending = waiting(); pending; pending = waiting()) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** What the `<trust-dashboard>` around the widget shares: from the pre-renderer on the server. */
  private get shared(): DashboardShared | undefined {
    const server = this[SERVER_CONTEXT];
    return server ? server.dashboard : this.dashboard.value;
  }

  /**
   * The attributes the widget draws with: its own where it sets them, else its dashboard's (`population`, `locale` …).
   * Widgets read inherited attributes through it, never from `this`.
   */
  protected get drawnAttributes(): this {
    return withInherited(this, this.shared);
  }

  /** Whether `src` comes from the dashboard, so that the widget's own data wins over it. */
  private get sourceInherited(): boolean {
    return inherits(this, this.shared, 'src');
  }

  /** Whether the widget has data of its own besides `.data` and `data`: a child table, or attributes such as `value`. */
  private hasOwnData(): boolean {
    const server = this[SERVER_CONTEXT];
    const table = server ? server.table : this.childTable.table;
    // A table the pre-renderer wrote from the dashboard's src stands in for it until it loads: not data of its own.
    if (table && !table.hasAttribute(FROM_SRC_ATTRIBUTE)) return true;
    return this.dataFromOwnAttributes({ locale: 'en-GB', unit: undefined }) !== undefined;
  }

  /** What the view is computed from: the attributes, this widget's hooks, and where and how it is laid out. */
  private viewInput(): ViewInput & { readonly scale: number } {
    const server = this[SERVER_CONTEXT];
    const hydration = this.hydration;
    // Pre-rendering assumes the default text size; the hydrating render repeats it, and the update after it scales.
    const scale = server || hydration ? 1 : this.textMeasure.scale();
    return {
      scale,
      attributes: this.drawnAttributes,
      // …and then the Download menu's items that it does not know.
      unknownAttributes: unknownAttributes(this, (this.constructor as typeof LitElement).observedAttributes).concat(readToolbar(this.toolbar).problems),
      defaultUnit: this.defaultUnit,
      // One level below the dashboard's heading, else below the page's last heading before the widget.
      defaultHeadingLevel: this.shared?.childHeadingLevel ?? levelBelow(server ? server.pageHeadingLevel : precedingHeadingLevel(this), 6),
      sourceInherited: this.sourceInherited,
      maxRows: this.maxRows,
      draw: (context) => this.drawScaled(context, scale),
      dataFromOwnAttributes: (facts) => this.dataFromOwnAttributes(facts),
      sampleSizeAttributes: (series) => this.sampleSizeAttributes(series),
      lang: server ? server.lang : hydration ? hydration.lang : inheritedLang(this),
      server,
      // On the server there is no light DOM to query: the pre-renderer hands the table over.
      lightTable: () => (server ? server.table : this.childTable.table),
      source: this.liveData.data,
      sourceNotice: this.liveData.notice,
      // A table written from `src` with published intervals says they are the source's: on the server, and in the
      // browser once the code that reads `src` has arrived (until then the hydrated page keeps the server's words).
      sourceWords: server ? server.sourceWords : this.liveData.words,
      resolveData: (sources) => this.resolveData(sources, this.childTable.version),
      // Pre-rendering and the hydrating render that repeats it lay out alike: a set width, estimated text widths.
      width: () => hydration?.width ?? server?.width ?? this.widthController.measureNow() ?? DEFAULT_WIDTH,
      measure: () => (server || hydration ? estimateTextWidth : this.textMeasure.measurer()),
      focusIndex: this.pointFocus.index,
    };
  }

  /**
   * Text that grows with the reader's (WCAG 1.4.4): an SVG chart is laid out `scale` times narrower and drawn `scale`
   * times larger (renderChart), so its labels wrap as they would at that width and every part keeps its proportions,
   * with no change to the widgets' pixel sizes. An HTML chart (the stat) is laid out at its own width, told the scale.
   */
  private drawScaled(context: ChartContext, scale: number): ChartDrawing {
    if (scale === 1) return this.draw(context);
    // Problems go to the context only from the drawing kept.
    const scaled: ChartContext = { ...context, width: context.width / scale, warnings: [], errors: [] };
    const drawing = this.draw(scaled);
    if (drawing.kind === 'html') return this.draw({ ...context, scale });
    context.warnings.push(...scaled.warnings);
    context.errors.push(...scaled.errors);
    return drawing;
  }

  /**
   * The 95% interval of every percentage whose sample size is known, as last drawn: label, series, value, n,
   * method (`normal` margin of error or `wilson` range), low, high, margin and the text shown.
   */
  get uncertainty(): readonly UncertaintyEntry[] {
    return this.view?.uncertainty ?? [];
  }

  /** @internal What the chart draws from (rows, series, unit), worked out again on request: for the CSV download. */
  get drawnData(): ChartContext | undefined {
    let drawn: ChartContext | undefined;
    computeView({ ...this.viewInput(), draw: (context) => this.draw((drawn = context)) });
    return drawn;
  }

  protected override render(): TemplateResult {
    const view = this.view ?? unexpectedView('not ready', this.heading, this.sampleSize);
    if (view.loading) return renderSourceLoading(view, this.typicalHeight, this.subheading);
    const shared = this.shared;
    return renderFigure(shared ? ownFooter(view, this, shared) : view, {
      // The dashboard shows what its widgets share once ("About this data", the source): each shows only its own.
      attributes: this,
      tableOpen: this.tableOpen,
      interactive: !this[SERVER_CONTEXT] && !this.hydration,
      // One function for the element's life: Lit keeps the same listener while it stays the same.
      onToggleTable: this.toggleTable,
      // The Download menu: not on the server nor in the hydrating render (see ToolbarFrame.interactive).
      downloads: this.noToolbar ? undefined : this.downloads,
      pointFocus: this.pointFocus,
      scale: view.scale ?? 1,
      howToRead: this.noHowToRead ? undefined : this.howToRead(view),
      announcement: this.problems.announcement || (this.liveNews === 'source' ? this.liveData.announcement(view.messages) : this.pointFocus.announcement),
    });
  }

  private readonly toggleTable = (): void => {
    this.interacted = true;
    this.tableOpen = !this.tableOpen;
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.hydration) {
      // Hydrated with the server's layout: now lay out for this screen, fonts and page. That update brings the events.
      this.hydration = undefined;
      void super.getUpdateComplete().then(() => this.requestUpdate());
    }
  }
}
