import { englishDataSource, englishPercentagePoints, type DataSourceName } from '../core/i18n/shared-words.js';
import { localise, registerProblemWords, registerWords, widgetProblem, type WidgetCatalogue } from '../core/i18n/messages.js';
import type { Problem } from '../core/problems.js';

/** Where the figures came from when they did not come from `value`. */
export type { DataSourceName };

/** Which way a figure moved since the previous one. */
export type ChangeDirection = 'up' | 'down' | 'same';

/** Whether the move is good or bad news, when the author said which way is good (`direction`). */
export type ChangeTone = 'good' | 'bad' | 'neutral';

/** How a natural frequency relates to the exact share: see `naturalFrequency` in stat-frequency.ts. */
export type FrequencyRelation = 'about' | 'exact' | 'fewer-than' | 'more-than' | 'qualified';

export interface NaturalFrequencyFacts {
  readonly relation: FrequencyRelation;
  /** The count, formatted for the locale ("57", "4"). */
  readonly count: string;
  /** The denominator, formatted for the locale ("100", "1,000"). */
  readonly denominator: string;
  /** The author's own words, kept when `relation` is `qualified` ("more than"). */
  readonly qualifier?: string | undefined;
  /** Who is counted ("UK adults"); may be absent. */
  readonly population?: string | undefined;
}

export interface ChangeFacts {
  readonly direction: ChangeDirection;
  readonly tone: ChangeTone;
  /** The size of the change, already formatted ("10", "£58m"); absent when there is no change. */
  readonly amount: string;
  /** The raw size in percentage points, for percentages only (picks "point" or "points"). */
  readonly points?: number | undefined;
  /** What the previous figure is called ("2022"); completes "since …". */
  readonly since?: string | undefined;
}

export interface ChangeFromFacts {
  /** `ratio` when the figure is "1 in N"; `qualified` when either figure carries words such as "more than". */
  readonly kind: 'ratio' | 'qualified';
  readonly direction: ChangeDirection;
  readonly tone: ChangeTone;
  /** The previous figure as shown ("1 in 3,000", "85%"). */
  readonly previous: string;
  readonly since?: string | undefined;
}

export interface RatioFacts {
  /** What there is one of ("qualified security professional"); may be empty. */
  readonly label: string;
  /** N, formatted as a plain number ("2,582"). */
  readonly count: string;
  /** What there are N of ("employees"). */
  readonly per: string;
  readonly qualifier?: string | undefined;
}

/** Every sentence `<trust-stat>` writes. Functions, not templates, so each language orders its own words. */
export interface StatMessages {
  statNaturalFrequency: (facts: NaturalFrequencyFacts) => string;
  statRatio: (facts: RatioFacts) => string;
  statChange: (facts: ChangeFacts) => string;
  statChangeFrom: (facts: ChangeFromFacts) => string;
  /**
   * A change within the margin of error (both sample sizes known, |z| < 1.96): no verdict, the move in brackets.
   * "no clear change since 2022 (up 3 percentage points, within the margin of error)".
   */
  statChangeUnclear: (facts: ChangeFacts) => string;
  /** The headline figure's 95% interval, under it: "Margin of error (95%): 57% ± 3.1, based on 1,000 people". */
  statMargin: (interval: string, n: string) => string;
  /** One band of the `show-uncertainty` strip: "2022: 52% ± 3.0". */
  statRangeItem: (name: string, interval: string) => string;
  /** The strip's accessible name: "95% ranges: 2022: 52% ± 3.0; Latest: 57% ± 3.1". */
  statRangesLabel: (items: readonly string[]) => string;
  /** Column heading for the previous figure when `previous-label` is not set. */
  statPreviousColumn: string;
  /** Column heading for the headline figure in the data table. */
  statLatestColumn: string;
}

/**
 * `<trust-stat>`'s explanations of problems with its own attributes and data. In English they load only when it has a
 * problem to show (stat-problems.ts); the Welsh come with the rest of its Welsh.
 */
export interface StatProblemMessages {
  /** Warning: `previous-sample-size` is not a whole number of people. */
  statInvalidSampleSize: (value: string) => string;
  /** Warning: `previous-sample-size` without a previous figure. */
  statSampleSizeWithoutPrevious: string;
  statValueNotANumber: (text: string) => string;
  statPreviousOver100: (text: string) => string;
  statPreviousNegative: (text: string, unit: string) => string;
  statExtraRows: (rows: string) => string;
  statIgnoredWithData: (attribute: string, source: DataSourceName) => string;
  statOnlyForUnit: (attribute: string, unit: string) => string;
  statLatestMissing: string;
}

const withPopulation = (text: string, population: string | undefined): string => (population ? `${text} ${population}` : text);

/** What a change means, after the change itself, when the author said which way is good: ", an improvement". */
const englishVerdict: Readonly<Record<ChangeTone, string>> = { good: ', an improvement', bad: ', a change for the worse', neutral: '' };

const en: StatMessages = {
  statNaturalFrequency: ({ relation, count, denominator, qualifier, population }) => {
    const core = `${count} in every ${denominator}`;
    switch (relation) {
      case 'about':
        return withPopulation(`about ${core}`, population);
      case 'exact':
        return withPopulation(core, population);
      case 'fewer-than':
        return withPopulation(`fewer than ${core}`, population);
      case 'more-than':
        return withPopulation(`more than ${core}`, population);
      case 'qualified':
        return withPopulation(`${qualifier} ${core}`, population);
    }
  },
  statRatio: ({ label, count, per, qualifier }) => `1${label ? ` ${label}` : ''} per ${qualifier ? `${qualifier} ` : ''}${count}${per ? ` ${per}` : ''}`,
  statChange: ({ direction, tone, amount, points, since }) => {
    const when = since ? ` since ${since}` : '';
    if (direction === 'same') return `no change${when}`;
    const size = points !== undefined ? englishPercentagePoints(amount, points) : amount;
    return `${direction} ${size}${when}${englishVerdict[tone]}`;
  },
  statChangeFrom: ({ kind, direction, tone, previous, since }) => {
    const when = since ? ` (${since})` : '';
    if (direction === 'same') return since ? `no change since ${since}` : 'no change';
    if (kind === 'ratio') return `was ${previous}${when}${englishVerdict[tone]}`;
    return `${direction} from ${previous}${when}${englishVerdict[tone]}`;
  },
  statChangeUnclear: ({ direction, amount, points, since }) => {
    const size = points !== undefined ? englishPercentagePoints(amount, points) : amount;
    return `no clear change${since ? ` since ${since}` : ''} (${direction} ${size}, within the margin of error)`;
  },
  statMargin: (interval, n) => `Margin of error (95%): ${interval}, based on ${n} people`,
  statRangeItem: (name, interval) => `${name}: ${interval}`,
  statRangesLabel: (items) => `95% ranges: ${items.join('; ')}`,
  statPreviousColumn: 'Previous',
  statLatestColumn: 'Latest',
};

/** `<trust-stat>`'s sentences. Pages can override any of them with `addMessages(locale, { statChange: … })`. */
export const statCatalogue: WidgetCatalogue<StatMessages> = { en };

/** `<trust-stat>`'s Welsh (stat-messages-cy.ts), loaded only when a widget is drawn in Welsh. */
export const statWelshWords = (welsh: typeof import('./stat-messages-cy.js')): Partial<StatMessages & StatProblemMessages> => welsh.statWelsh;
registerWords('cy', 'trust-stat', () => import('./stat-messages-cy.js').then(statWelshWords));

/** `<trust-stat>`'s English explanations of problems (stat-problems.ts), loaded only when it has a problem to show. */
export const statProblemWords = (english: typeof import('./stat-problems.js')): StatProblemMessages => english.statProblems({ englishDataSource });
registerProblemWords('trust-stat', () => import('./stat-problems.js').then(statProblemWords));

/** The widget's sentences for a locale. */
export const statMessages = (locale: string): StatMessages => localise(locale, statCatalogue);

/** A problem with one of `<trust-stat>`'s own attributes, worded from the widget's catalogue. */
export function statProblem(attribute: string, describe: (messages: StatMessages & StatProblemMessages) => string): Problem {
  return widgetProblem<StatMessages, StatProblemMessages>(attribute, statCatalogue, describe);
}
