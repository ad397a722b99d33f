import type { englishPlural } from '../core/i18n/grammar.js';
import type { LikertProblemMessages } from './likert-messages.js';

/** What these sentences share with the words every `<trust-likert>` carries, handed over by likert-messages.ts. */
export interface LikertProblemGrammar {
  readonly englishPlural: typeof englishPlural;
}

/**
 * `<trust-likert>`'s English explanations of problems with its own attributes and data. Most pages never show one, so
 * they load only when the widget has a problem to show (see `registerProblemWords`). Imports nothing at run time.
 */
export const likertProblems = ({ englishPlural }: LikertProblemGrammar): LikertProblemMessages => ({
  likertSumOff: (label, sum) =>
    `the answers for “${label}” add up to ${sum}, not 100%. Each row should add up to 100% (99% to 101% allows for rounding): check for a missing or mistyped figure.`,
  likertNeutralNotFound: (value, middle) =>
    `no answer is called “${value}”, so ${middle ? `the middle answer, “${middle}”, is the neutral one` : 'the scale has no neutral answer'}. Copy the name exactly from the answers.`,
  likertNeutralIsDontKnow: (value) =>
    `“${value}” is the don’t-know answer, shown apart, so it cannot also be the neutral one. Name another answer with neutral, or remove neutral.`,
  likertDontKnowNotFound: (value) => `no answer is called “${value}”, so every answer is drawn on the scale. Copy the name exactly from the answers.`,
  likertTooMany: (count) =>
    `the scale has ${count} answers. Colours can tell at most 3 apart on each side (7 in all), so some colours repeat: combine answers, or name a don’t-know answer with dont-know.`,
  likertTooFew: (count) =>
    `a diverging bar needs at least 2 answers on its scale, but there ${englishPlural(count, 'is', 'are')} ${count}. Give each answer a column of its own.`,
  likertUnit: (value) =>
    `“${value}” does not suit an agree/disagree chart, which shows each row as shares of 100%. Use unit="percent" (the default) or unit="count"; the values were read as percentages.`,
  likertSameHalves: (name) =>
    `both halves of the scale would be called “${name}” in the summary, so it names every answer instead. Check positive="first" or positive="last".`,
});
