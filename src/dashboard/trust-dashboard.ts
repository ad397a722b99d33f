import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { unknownAttributes } from '../core/attributes.js';
import { precedingHeadingLevel } from '../core/a11y/page-heading.js';
import { dashboardContext } from '../core/context/dashboard-context.js';
import { MessagesController } from '../core/controllers/messages-controller.js';
import { ProblemWordsController } from '../core/controllers/problem-words-controller.js';
import { inheritedLang, resolveLocale } from '../core/format/locale.js';
import { renderAbout } from '../core/frame/about.js';
import { renderHeading } from '../core/frame/heading.js';
import { renderProblems } from '../core/frame/problems.js';
import { messagesFor, wordsPending } from '../core/i18n/messages.js';
import type { Problem } from '../core/problems.js';
import { adoptStylesUnderPrerender, NO_HYDRATION_SUPPORT, SERVER_CONTEXT, SSR_LANG_ATTRIBUTE, type ServerContext } from '../core/ssr/hydration.js';
import { frameStyles } from '../core/styles/frame-styles.js';
import { themeTokens } from '../core/theme/tokens.js';
import { VERSION } from '../core/version.js';
import { dashboardMessages, dashboardProblem } from './dashboard-messages.js';
import { dashboardStyles } from './dashboard-styles.js';
import { computeDashboardView, sameShared, type DashboardView } from './dashboard-view.js';

/**
 * A dashboard: several charts under one heading, laid out in a responsive grid (one column on phones, two or three
 * on wider screens), sharing what they have in common. The widgets inside take from it whatever they do not set
 * themselves: `theme`, `locale`, `src` (one spreadsheet for every chart, fetched once), `source`, `source-url` and
 * the survey facts (`population`, `sample-size`, `design-effect`, `fieldwork`, `method`, `question`, `commissioned-by`); a colour
 * palette set with `--trust-series-*` on the dashboard reaches them by CSS inheritance. A widget moved out stops
 * taking them; two dashboards on a page are independent.
 *
 * The dashboard shows the source and "About this data" once, under all its charts; its charts do not repeat what
 * they take from it. It is a landmark (`role="region"`) named by its heading, and its charts' headings default to
 * one level below its own.
 *
 * @tagname trust-dashboard
 *
 * @slot - The widgets (`<trust-bars>`, `<trust-stat>` …). Give one `span="2"` to take two columns.
 *
 * @csspart region - The landmark around everything.
 * @csspart heading - The dashboard's heading.
 * @csspart subheading - The line under the heading.
 * @csspart grid - The grid holding the charts.
 * @csspart source - The source line under the charts.
 * @csspart note - The note under the charts.
 * @csspart about - "About this data" for what the charts share (a <details> element).
 * @csspart warning - The notice listing attributes that were ignored or corrected.
 *
 * @cssprop --trust-dashboard-gap - Space between the charts (default 1rem).
 */
export class TrustDashboard extends LitElement {
  static override styles = [themeTokens, frameStyles, dashboardStyles];

  /** The library version, named by the double-load warning. */
  static readonly version: string = VERSION;

  /** What the charts show together, in a sentence ("Public worry about NHS cyber-attacks outruns staff confidence"). */
  @property() heading?: string;

  /**
   * Heading level, 2 to 5. Default: one below the page's last heading before the dashboard, else 2. The charts'
   * headings default to one level below it.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** Measure, population, place and period shared by the charts ("UK adults and NHS staff, 2024"). */
  @property() subheading?: string;

  /** A note under all the charts: caveats that apply to every one. */
  @property() note?: string;

  /** Most columns on wide screens: `1`, `2` or `3`. Default: two from 42rem wide, three from 66rem. */
  @property({ reflect: true }) columns?: string;

  /** `light`, `dark`, `auto` or `nhs`, for the dashboard and every chart in it that sets none. */
  @property({ reflect: true }) theme?: string;

  /** BCP 47 locale for the dashboard and its charts (`en-GB`, `cy`). Default: the page's `lang`, then en-GB. */
  @property() locale?: string;

  /**
   * Address of a CSV, TSV or JSON file shared by the charts: each chart that has no data of its own reads it, with
   * its own `label-column`, `value-column`, `filter` …. Fetched once for all of them.
   */
  @property() src?: string;

  /** Seconds to wait for `src` before the charts show an error. Default 10. */
  @property() timeout?: string;

  /** Fetch `src` again every this many seconds (at least 10) while the page is visible. Default: never. */
  @property() refresh?: string;

  /** Who produced the figures, for every chart; shown once under the dashboard. */
  @property() source?: string;

  /** Link for the source; only http and https addresses become links. */
  @property({ attribute: 'source-url' }) sourceUrl?: string;

  /** Who the figures are about, in the plural ("UK adults"). */
  @property() population?: string;

  /** Sample size: the number of people who answered ("1,000", or one per series separated by `|`). */
  @property({ attribute: 'sample-size' }) sampleSize?: string;

  /**
   * The survey's design effect (a number of 1 or more, "1.5"), when its sample is weighted or clustered: the charts'
   * margins of error widen by its square root. See `design-effect` on the charts.
   */
  @property({ attribute: 'design-effect' }) designEffect?: string;

  /** When the survey was in the field ("March 2024", or "2024-03-01/2024-03-15"). */
  @property() fieldwork?: string;

  /** How the survey was done ("online panel"). */
  @property() method?: string;

  /** The exact question asked, when the charts share one. */
  @property() question?: string;

  /** Who paid for the survey ("BT"). */
  @property({ attribute: 'commissioned-by' }) commissionedBy?: string;

  /** @internal Set on the server by the pre-renderer; never in the browser. */
  [SERVER_CONTEXT]?: ServerContext;

  private readonly provider = new ContextProvider(this, { context: dashboardContext });
  private readonly problemWords = new ProblemWordsController(this);
  private view: DashboardView | undefined;
  private readonly warned = new Set<string>();

  constructor() {
    super();
    new MessagesController(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return adoptStylesUnderPrerender(super.createRenderRoot(), (this.constructor as typeof LitElement).elementStyles);
  }

  /**
   * Without Lit's hydration support, Lit renders in front of a pre-rendered shadow root's nodes (its renderBefore)
   * and leaves them: a second dashboard under the first. The first render draws afresh instead, into the emptied
   * root; until then the pre-rendered dashboard stays on the page (its first update may wait for words).
   */
  protected override update(changed: PropertyValues): void {
    if (this.renderOptions.renderBefore) {
      console.warn(`<${this.localName}> drew itself again: ${NO_HYDRATION_SUPPORT}.`);
      this.renderRoot.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  /** The language the dashboard is drawn in: its `locale`, the page's `lang`, or the one the pre-renderer used. */
  private get pageLang(): string | undefined {
    const server = this[SERVER_CONTEXT];
    return server ? server.lang : (inheritedLang(this) ?? this.getAttribute(SSR_LANG_ATTRIBUTE) ?? undefined);
  }

  /** The level of the page's last heading before the dashboard (its own heading goes one below it). */
  private get pageHeadingLevel(): number | undefined {
    const server = this[SERVER_CONTEXT];
    return server ? server.pageHeadingLevel : precedingHeadingLevel(this);
  }

  /** Waits for the library's words in the dashboard's language when they are not loaded yet (as widgets do). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = wordsPending([resolveLocale(this.locale, this.pageLang).locale], this.constructor as CustomElementConstructor);
    return words ? words.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Hands down what the charts share before they connect and ask for it: they may draw before this dashboard's first
   * update (which waits for Welsh words on a Welsh page), and without it a chart fed by the dashboard's `src` would
   * first say it has no data.
   */
  override connectedCallback(): void {
    this.handDown(computeDashboardView(this, this.pageLang, this.pageHeadingLevel));
    super.connectedCallback();
  }

  /**
   * Works out what the dashboard shows, in the browser, and hands it down. An update with a warning to show waits for
   * the English explanations of problems, which load only when something is wrong (as widgets do).
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const view = (this.view = this.workOutView());
    return this.problemWords.ready(view.warnings.length > 0) && super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The pre-renderer calls willUpdate, never shouldUpdate; on the server every word is there already.
    const view = this[SERVER_CONTEXT] || !this.view ? (this.view = this.workOutView()) : this.view;
    this.warnOnce(view.warnings);
  }

  /** `updateComplete` also waits for the explanations of a warning, when the update that shows it is waiting for them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.problemWords.pending; pending; pending = this.problemWords.pending) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Reads the attributes into the view the next render shows, and hands down what the charts take from it. */
  private workOutView(): DashboardView {
    const view = computeDashboardView(this, this.pageLang, this.pageHeadingLevel);
    this.handDown(view);
    return {
      ...view,
      warnings: [
        // Worded for a dashboard: the slip may be a chart's attribute set on the dashboard.
        ...unknownAttributes(this, (this.constructor as typeof LitElement).observedAttributes).map(({ attribute }) =>
          dashboardProblem(attribute, (m) => m.dashboardUnknownAttribute(attribute)),
        ),
        ...view.warnings,
      ],
    };
  }

  /** A new hand-down only when something the charts take has changed: each change redraws every chart. */
  private handDown({ shared }: DashboardView): void {
    if (!sameShared(this.provider.value, shared)) this.provider.setValue(shared);
  }

  /** Each problem once in the console, in English, naming the attribute to fix (as widgets do). */
  private warnOnce(problems: readonly Problem[]): void {
    const server = this[SERVER_CONTEXT];
    const english = messagesFor('en-GB');
    const texts = problems.map((p) => `${p.attribute}: ${p.describe(english)}`);
    if (server) {
      server.report?.([], texts);
      return;
    }
    for (const text of texts) {
      if (this.warned.has(text)) continue;
      this.warned.add(text);
      console.warn(`<${this.localName}> ${text}`);
    }
  }

  protected override render(): TemplateResult {
    const view = this.view ?? computeDashboardView(this, this.pageLang, this.pageHeadingLevel);
    const { messages, warnings, sourceHref } = view;
    const source = this.source?.trim() || sourceHref;
    // Said once for every chart in the dashboard; the charts show only what is theirs alone.
    const about = renderAbout({ ...view, uncertainty: undefined }, this);
    // The seam for the exports issue: one "Download data" for the whole dashboard belongs in this footer, beside the
    // source, gathering each chart's own CSV export (with its source and survey facts) from the slotted widgets.
    // Nothing is drawn for it until those exports exist.
    return html`<section part="region" aria-labelledby=${view.caption ? 'heading' : nothing}>
      ${renderHeading(view)}
      ${this.subheading ? html`<p part="subheading" class="subheading">${this.subheading}</p>` : nothing}
      ${warnings.length ? renderProblems('warning', dashboardMessages(messages.locale).dashboardWarningHeading, warnings, messages) : nothing}
      <div part="grid" class="grid"><slot></slot></div>
      ${
        source || this.note || about !== nothing
          ? html`<footer>
              ${source ? html`<p part="source">${messages.source} ${sourceHref ? html`<a href=${sourceHref} rel="noopener noreferrer">${source}</a>` : source}</p>` : nothing}
              ${this.note ? html`<p part="note">${this.note}</p>` : nothing} ${about}
            </footer>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-dashboard': TrustDashboard;
  }
}
