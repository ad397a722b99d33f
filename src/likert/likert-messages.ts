import { englishCount, englishPlural, joinList, upperFirst } from '../core/i18n/grammar.js';
import { englishPercentagePoints } from '../core/i18n/shared-words.js';
import { localise, registerProblemWords, registerWords, type WidgetCatalogue } from '../core/i18n/messages.js';

/** A value as the reader sees it, already formatted for the locale ("36%"). */
type Shown = string;

/** One row of the chart, as the summary and the keyboard announcement say it. */
export interface LikertRowFacts {
  readonly label: string;
  /** True when the row has no figures at all. */
  readonly missing: boolean;
  /** Combined share of the positive half ("36%"). */
  readonly positive: Shown;
  readonly negative: Shown;
  /** Share of the neutral answer, when the scale has one. */
  readonly neutral?: Shown | undefined;
  /** Share of the "don't know" answer, when there is one. */
  readonly dontKnow?: Shown | undefined;
  /** Net score in percentage points, signed with a true minus ("−8"), when `show-net` is set. */
  readonly net?: { readonly text: string; readonly value: number } | undefined;
}

/** Names of the halves of the scale, for sentences: "confident", "not confident", "neither", "don't know". */
export interface LikertNames {
  readonly positive: string;
  readonly negative: string;
  readonly neutral?: string | undefined;
  readonly dontKnow?: string | undefined;
}

export interface LikertSummaryFacts {
  readonly rows: readonly LikertRowFacts[];
  /** The answers of the diverging scale, in the order written. */
  readonly answers: readonly string[];
  /** The "don't know" answer as written, when there is one. */
  readonly dontKnow?: string | undefined;
  readonly names: LikertNames;
  readonly noData: string;
}

/** `<trust-likert>`'s own sentences. Keys start with "likert" so pages can override them with `addMessages`. */
export interface LikertMessages {
  /** What screen readers hear for the whole chart. */
  likertSummary: (facts: LikertSummaryFacts) => string;
  /** "36% confident, 44% not confident, 20% neither" (no label, no full stop). */
  likertShares: (row: LikertRowFacts, names: LikertNames) => string;
  /** What a reader hears on moving to a row: the halves, then every answer; no final full stop. */
  /** A share of a count: "90 of 500". */
  likertCountOf: (count: Shown, total: Shown) => string;
  /** Joins answers that share no words: "excellent or good". */
  likertAnyOf: (items: readonly string[]) => string;
  /** The net score beside each row: "Net −8". */
  likertNet: (value: string) => string;
  /** The net score in sentences: "net −8 percentage points". */
  likertNetSpoken: (value: string, magnitude: number) => string;
  /** Read after the chart's name: what the arrow keys move between. */
  likertKeyboardHint: string;
  /** "How to read this chart", in plain words (reading age about 9): the diverging bars and the middle answer… */
  likertHowToRead: string;
  /** …and, when the chart has one, the "don't know" column. */
  likertHowToReadDontKnow: string;
}

/**
 * `<trust-likert>`'s explanations of problems with its own attributes and data. In English they load only when it has a
 * problem to show (likert-problems.ts); the Welsh come with the rest of its Welsh.
 */
export interface LikertProblemMessages {
  likertSumOff: (label: string, sum: Shown) => string;
  likertNeutralNotFound: (value: string, middle: string | undefined) => string;
  likertNeutralIsDontKnow: (value: string) => string;
  likertDontKnowNotFound: (value: string) => string;
  likertTooMany: (count: number) => string;
  likertTooFew: (count: number) => string;
  likertUnit: (value: string) => string;
  likertSameHalves: (name: string) => string;
}

/** "36% confident, 44% not confident, 20% neither": figure then name, in English and Welsh alike. */
const shareList: LikertMessages['likertShares'] = (row, names) =>
  [
    `${row.positive} ${names.positive}`,
    `${row.negative} ${names.negative}`,
    ...(row.neutral !== undefined && names.neutral ? [`${row.neutral} ${names.neutral}`] : []),
    ...(row.dontKnow !== undefined && names.dontKnow ? [`${row.dontKnow} ${names.dontKnow}`] : []),
  ].join(', ');

const en: LikertMessages = {
  likertSummary: ({ rows, answers, dontKnow, names, noData }) => {
    const groups = englishCount(rows.length, 'group', 'groups');
    const scale = answers.length
      ? `${englishCount(answers.length, 'answer', 'answers')} from ${answers[0]} to ${answers[answers.length - 1]}`
      : 'no answers on the scale';
    const apart = dontKnow ? `, plus ${dontKnow} shown separately` : '';
    const parts = rows.map((row) =>
      row.missing
        ? `${row.label}: ${noData}.`
        : `${row.label}: ${en.likertShares(row, names)}${row.net ? ` (${en.likertNetSpoken(row.net.text, row.net.value)})` : ''}.`,
    );
    return `Diverging bar chart, ${groups}, ${scale}${apart}. ${parts.join(' ')}`;
  },
  likertShares: shareList,
  likertCountOf: (count, total) => `${count} of ${total}`,
  likertAnyOf: (items) => joinList(items, 'or'),
  likertNet: (value) => `Net ${value}`,
  likertNetSpoken: (value, magnitude) => `net ${englishPercentagePoints(value, magnitude)}`,
  likertKeyboardHint: 'Use the arrow keys to move between rows and between the answers in a row.',
  likertHowToRead:
    'Each bar is one question. Answers one way are to the right of the centre line, and answers the other way to the left. The longer a part, the more people gave that answer. The middle answer sits across the centre line.',
  likertHowToReadDontKnow: '“Don’t know” is shown on its own, on the right.',
};

/** `<trust-likert>`'s sentences. Pages can override any of them with `addMessages(locale, { likertNet: … })`. */
export const likertCatalogue: WidgetCatalogue<LikertMessages> = { en };

/** `<trust-likert>`'s Welsh (likert-messages-cy.ts), loaded only when a widget is drawn in Welsh. */
export const likertWelshWords = (welsh: typeof import('./likert-messages-cy.js')): Partial<LikertMessages & LikertProblemMessages> =>
  welsh.likertWelsh({ joinList, upperFirst, shareList });
registerWords('cy', 'trust-likert', () => import('./likert-messages-cy.js').then(likertWelshWords));

/** `<trust-likert>`'s English explanations of problems (likert-problems.ts), loaded only when it has a problem to show. */
export const likertProblemWords = (english: typeof import('./likert-problems.js')): LikertProblemMessages => english.likertProblems({ englishPlural });
registerProblemWords('trust-likert', () => import('./likert-problems.js').then(likertProblemWords));

/** The widget's sentences for a locale, with the fallbacks and page overrides of `localise`. */
export const likertMessages = (locale: string): LikertMessages => localise(locale, likertCatalogue);
