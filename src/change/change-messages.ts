import { englishCount, englishPlural } from '../core/i18n/grammar.js';
import { englishPercentagePoints } from '../core/i18n/shared-words.js';
import { localise, registerProblemWords, registerWords, widgetProblem, type WidgetCatalogue } from '../core/i18n/messages.js';
import type { Problem } from '../core/problems.js';

/** A value as the reader sees it, already formatted for the locale ("15%", "more than 90%", "£5,356"). */
type Shown = string;

/** One row's change, in the words and numbers a sentence needs. */
export interface ChangeFacts {
  readonly direction: 'up' | 'down' | 'same';
  /** Size of the change without a sign, formatted ("10", "£5,356"). */
  readonly amount: Shown;
  /** The size as a number, to choose singular or plural ("1 percentage point"). */
  readonly size: number;
  /** True when the values are percentages, so the change is in percentage points. */
  readonly points: boolean;
  readonly from: Shown;
  readonly to: Shown;
}

/** A row with one or both values missing. */
export interface MissingFacts {
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly from?: Shown | undefined;
  readonly to?: Shown | undefined;
}

/** Every sentence <trust-change> writes. Functions, so each language orders its own words. */
export interface ChangeMessages {
  /** The chart's kind, size and the two time points: "Dumbbell chart, 2 items, from 2022 to 2024." */
  changeKind: (items: number, fromLabel: string, toLabel: string) => string;
  /** Which way is good, said in the summary and the key when `direction` is set. */
  changeHigherIsBetter: string;
  changeLowerIsBetter: string;
  /**
   * A row's label with its own good way, when rows differ (`direction="Burnout: down-is-good; …"`): beside the label,
   * in its accessible name and the summary: "Burnout (lower is better)".
   */
  changeRowDirection: (label: string, direction: 'up-is-good' | 'down-is-good') => string;
  /** A row's change in words: "up 10 percentage points, from 5% to 15%". */
  changeWords: (facts: ChangeFacts) => string;
  /** A row's change as shown beside it: "+10 pts", "−8 pts", "+£5,356". `sign` is "+" or "−" (U+2212). */
  changeShort: (sign: string, facts: ChangeFacts) => string;
  /** Shown beside a row whose two values are equal. */
  changeNone: string;
  /**
   * Beside a row whose change is within the margin of error (two-proportion z test, |z| < 1.96): the verdict first,
   * the change after it: "no clear change (+3 pts)". `sign` is "+" or "−" (U+2212). A line feed ("\n") marks where the
   * words may break first in a narrow column; it is shown as a space otherwise.
   */
  changeUnclearShort: (sign: string, facts: ChangeFacts) => string;
  /** The same in words, for the summary and keyboard: "no clear change, from 40% to 43% (+3 percentage points, within the margin of error)". */
  changeUnclearWords: (sign: string, facts: ChangeFacts) => string;
  /** Under the chart when a row says "no clear change": what the words mean, in plain language. */
  changeUnclearNote: string;
  /** The key's entry for the whiskers drawn with `show-uncertainty`. */
  changeRangeKey: string;
  /** A row without both values, in words: "no data for 2022; 15% in 2024". */
  changeMissing: (facts: MissingFacts) => string;
  /** Names of the two ends when neither the data nor `from-label`/`to-label` names them. */
  changeBefore: string;
  changeAfter: string;
  /** Explains the abbreviation used beside the rows, in the key. */
  changePointsKey: string;
  /** Read after the chart's name: what the arrow keys move between. */
  changeKeyboardHint: string;
  /** "How to read this chart", in plain words (reading age about 9): the dumbbell, from → to, better and worse colours. */
  changeHowToRead: string;
}

/**
 * `<trust-change>`'s explanations of problems with its own attributes and data. In English they load only when it has a
 * problem to show (change-problems.ts); the Welsh come with the rest of its Welsh.
 */
export interface ChangeProblemMessages {
  /** Warning: `from-sample-size` or `to-sample-size` is not a whole number of people. */
  changeInvalidSampleSize: (value: string) => string;
  /** Fatal: the data has one column of values instead of two. */
  changeTooFewSeries: (found: number) => string;
  /** The data has more than two columns of values; `drawn` names the two that are drawn. */
  changeTooManySeries: (found: number, first: string, second: string) => string;
  /** Warning: `direction` names a row (`Label: down-is-good`) that the data does not have; `labels` are the rows'. */
  changeDirectionUnknownRow: (label: string, labels: readonly string[]) => string;
}

/** English. */
const en: ChangeMessages = {
  changeKind: (items, fromLabel, toLabel) => `Dumbbell chart, ${englishCount(items, 'item', 'items')}, from ${fromLabel} to ${toLabel}.`,
  changeHigherIsBetter: 'Higher is better.',
  changeLowerIsBetter: 'Lower is better.',
  changeRowDirection: (label, direction) => `${label} (${direction === 'up-is-good' ? 'higher' : 'lower'} is better)`,
  changeWords: ({ direction, amount, size, points, from, to }) => {
    if (direction === 'same') return `no change, from ${from} to ${to}`;
    return `${direction === 'up' ? 'up' : 'down'} ${points ? englishPercentagePoints(amount, size) : amount}, from ${from} to ${to}`;
  },
  changeShort: (sign, { amount, size, points }) => `${sign}${amount}${points ? ` ${englishPlural(size, 'pt', 'pts')}` : ''}`,
  changeNone: 'no change',
  changeUnclearShort: (sign, { amount, size }) => `no clear change\n(${sign}${amount} ${englishPlural(size, 'pt', 'pts')})`,
  changeUnclearWords: (sign, { amount, size, from, to }) =>
    `no clear change, from ${from} to ${to} (${sign}${englishPercentagePoints(amount, size)}, within the margin of error)`,
  changeUnclearNote: '“No clear change”: the difference is within the margin of error, so it could be down to chance in who was asked (95% confidence).',
  changeRangeKey: '95% range',
  changeMissing: ({ fromLabel, toLabel, from, to }) => {
    if (from === undefined && to === undefined) return 'no data';
    return from === undefined ? `no data for ${fromLabel}; ${to} in ${toLabel}` : `${from} in ${fromLabel}; no data for ${toLabel}`;
  },
  changeBefore: 'Before',
  changeAfter: 'After',
  changePointsKey: 'pts: percentage points',
  changeKeyboardHint: 'Use the arrow keys to move between rows and between the two figures in a row.',
  changeHowToRead:
    'Each row shows one figure at two times. The hollow dot is the earlier figure and the filled dot the later one. The line between them is the change, and the number beside the row says how big it is. When the chart says which way is better, the colour shows if the change is better or worse.',
};

export const changeCatalogue: WidgetCatalogue<ChangeMessages> = { en };

/** `<trust-change>`'s Welsh (change-messages-cy.ts), loaded only when a widget is drawn in Welsh. */
export const changeWelshWords = (welsh: typeof import('./change-messages-cy.js')): ChangeMessages & ChangeProblemMessages => welsh.changeWelsh;
registerWords('cy', 'trust-change', () => import('./change-messages-cy.js').then(changeWelshWords));

/** `<trust-change>`'s English explanations of problems (change-problems.ts), loaded only when it has a problem to show. */
export const changeProblemWords = (english: typeof import('./change-problems.js')): ChangeProblemMessages => english.changeProblems({ englishCount });
registerProblemWords('trust-change', () => import('./change-problems.js').then(changeProblemWords));

/** The sentences for a locale, with the fallbacks and page overrides of `localise`. */
export const changeMessages = (locale: string): ChangeMessages => localise(locale, changeCatalogue);

/** A problem with one of `<trust-change>`'s own attributes or its data, worded from the widget's words. */
export const changeProblem = (attribute: string, describe: (messages: ChangeMessages & ChangeProblemMessages) => string): Problem =>
  widgetProblem<ChangeMessages, ChangeProblemMessages>(attribute, changeCatalogue, describe);
