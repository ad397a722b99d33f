import { levelBelow } from '../core/a11y/page-heading.js';
import { readChoice, safeHttpUrl } from '../core/attributes.js';
import { INHERITED, type DashboardShared } from '../core/context/dashboard-context.js';
import { readSourceTiming } from '../core/data/source-options.js';
import { fieldworkProblem, formatFieldwork } from '../core/format/fieldwork.js';
import { resolveLocale } from '../core/format/locale.js';
import { messagesFor, type Messages } from '../core/i18n/messages.js';
import { problem, type Problem } from '../core/problems.js';
import { parseSampleSizeAttribute, type SampleSizePart } from '../core/survey/survey-data.js';
import { THEMES } from '../core/theme/tokens.js';
import { dashboardProblem } from './dashboard-messages.js';

const HEADING_LEVELS = ['2', '3', '4', '5'] as const;
/** Most columns a dashboard lays its charts out in: beyond three, charts on a laptop are too narrow to read. */
export const DASHBOARD_COLUMNS = ['1', '2', '3'] as const;

/** The attributes a dashboard reads (Lit sets a removed one to null). */
export interface DashboardAttributes {
  readonly heading?: string | null;
  readonly headingLevel?: string | null;
  readonly columns?: string | null;
  readonly theme?: string | null;
  readonly locale?: string | null;
  readonly src?: string | null;
  readonly timeout?: string | null;
  readonly refresh?: string | null;
  readonly source?: string | null;
  readonly sourceUrl?: string | null;
  readonly population?: string | null;
  readonly sampleSize?: string | null;
  readonly designEffect?: string | null;
  readonly fieldwork?: string | null;
  readonly method?: string | null;
  readonly question?: string | null;
  readonly commissionedBy?: string | null;
}

/** What one render of a dashboard shows, and what it hands down to its charts. */
export interface DashboardView {
  readonly messages: Messages;
  readonly warnings: readonly Problem[];
  readonly caption: string | undefined;
  readonly headingLevel: (typeof HEADING_LEVELS)[number];
  readonly sourceHref: string | undefined;
  readonly fieldwork: string | undefined;
  readonly sampleSizes: readonly SampleSizePart[];
  readonly shared: DashboardShared;
}

/** Text attributes are handed down as written; an empty or absent one is not (the child keeps its own default). */
const given = (value: string | null | undefined): string | undefined => (value?.trim() ? value : undefined);

/** Reads and checks a dashboard's attributes in the reader's language, before anything is rendered. */
export function computeDashboardView(a: DashboardAttributes, lang: string | undefined, pageHeadingLevel?: number): DashboardView {
  const warnings: Problem[] = [];
  const { locale, problems } = resolveLocale(a.locale, lang);
  warnings.push(...problems);
  const messages = messagesFor(locale);
  const caption = a.heading?.trim() || undefined;
  if (!caption) warnings.push(dashboardProblem('heading', (m) => m.dashboardNeedsHeading));
  const theme = a.theme?.toLowerCase();
  if (theme && !(THEMES as readonly string[]).includes(theme)) {
    const written = a.theme ?? '';
    warnings.push(problem('theme', (m) => m.notOneOf(written, THEMES, m.pageColours)));
  }
  // One level below the page's last heading before the dashboard, so that it fits the page's outline; else 2.
  const defaultLevel = (levelBelow(pageHeadingLevel, 5) ?? '2') as (typeof HEADING_LEVELS)[number];
  const headingLevel = readChoice('heading-level', a.headingLevel, HEADING_LEVELS, defaultLevel, warnings);
  // The stylesheet matches columns="1", "2" or "3" exactly, and lays the charts out as if it were unset otherwise.
  const columns = a.columns;
  if (columns && !(DASHBOARD_COLUMNS as readonly string[]).includes(columns)) {
    warnings.push(dashboardProblem('columns', (m) => m.dashboardColumnsNotOneOf(columns)));
  }
  const sourceHref = safeHttpUrl('source-url', a.sourceUrl, warnings);
  const slip = fieldworkProblem(a.fieldwork);
  if (slip) warnings.push(slip);
  const fieldwork = a.fieldwork?.trim() ? formatFieldwork(a.fieldwork, locale, messages.monthNames) : undefined;
  // Checked here, once, for every chart that takes them (the charts do not name them again).
  readSourceTiming(a.timeout, a.refresh, warnings);
  const sampleSize = parseSampleSizeAttribute(a.sampleSize, locale);
  warnings.push(...sampleSize.problems);
  const shared: DashboardShared = {
    ...Object.fromEntries(INHERITED.map((name) => [name, given(a[name])])),
    childHeadingLevel: String(Number(headingLevel) + 1),
  };
  return { messages, warnings, caption, headingLevel, sourceHref, fieldwork, sampleSizes: sampleSize.parts, shared };
}

/** Whether two hand-downs are the same, so that redrawing the dashboard does not redraw every chart in it. */
export function sameShared(a: DashboardShared | undefined, b: DashboardShared): boolean {
  return !!a && (Object.keys(b) as (keyof DashboardShared)[]).every((key) => a[key] === b[key]);
}
