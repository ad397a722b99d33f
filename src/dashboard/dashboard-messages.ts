import { localise, registerWords, widgetProblem, type WidgetCatalogue } from '../core/i18n/messages.js';
import type { Problem } from '../core/problems.js';

/** `<trust-dashboard>`'s own sentences, kept beside it so that the charts' files do not carry them. */
export interface DashboardMessages {
  /** Heads the notice listing the dashboard's attributes that were ignored or corrected. */
  dashboardWarningHeading: string;
  dashboardUnknownAttribute: (name: string) => string;
  dashboardNeedsHeading: string;
  /** `columns` other than 1, 2 or 3: the grid then takes as many columns as its width allows. */
  dashboardColumnsNotOneOf: (value: string) => string;
}

const en: DashboardMessages = {
  dashboardWarningHeading: 'Check this dashboard',
  dashboardUnknownAttribute: (name) =>
    `“${name}” is not an attribute of a dashboard; it was ignored. Check its spelling, or set it on the chart it is meant for.`,
  dashboardNeedsHeading: 'a dashboard needs a heading: it names the region screen-reader users jump to, and tells every reader what its charts show together.',
  dashboardColumnsNotOneOf: (value) => `“${value}” is not one of 1, 2, 3, so the charts take as many columns as the width allows (up to 3).`,
};

export const dashboardCatalogue: WidgetCatalogue<DashboardMessages> = { en };

/** `<trust-dashboard>`'s Welsh (dashboard-messages-cy.ts), loaded only when a dashboard is drawn in Welsh. */
export const dashboardWelshWords = (welsh: typeof import('./dashboard-messages-cy.js')): DashboardMessages => welsh.dashboardWelsh;
registerWords('cy', 'trust-dashboard', () => import('./dashboard-messages-cy.js').then(dashboardWelshWords));

/** A problem with one of the dashboard's attributes, put in words in the reader's language. */
export const dashboardProblem = (attribute: string, describe: (messages: DashboardMessages) => string): Problem =>
  widgetProblem(attribute, dashboardCatalogue, describe);

/** The sentences for a locale, with the fallbacks and page overrides of `localise`. */
export const dashboardMessages = (locale: string): DashboardMessages => localise(locale, dashboardCatalogue);
