import type { englishDataSource } from '../core/i18n/shared-words.js';
import type { WaffleProblemMessages } from './waffle-messages.js';

/** What these sentences share with the words every `<trust-waffle>` carries, handed over by waffle-messages.ts. */
export interface WaffleProblemGrammar {
  readonly englishDataSource: typeof englishDataSource;
}

/**
 * `<trust-waffle>`'s English explanations of problems with its own attributes and data. Most pages never show one, so
 * they load only when the widget has a problem to show (see `registerProblemWords`). Imports nothing at run time.
 */
export const waffleProblems = ({ englishDataSource }: WaffleProblemGrammar): WaffleProblemMessages => ({
  waffleBadWhole: (text) => `“${text}” is not a whole number of 1 or more. of is the whole the shapes stand for, such as of="108" for 108 trusts.`,
  waffleFirstSeriesOnly: (count, first) =>
    `the data has ${count} series, but a unit chart shows only the first (“${first}”). Use <trust-bars> to compare them.`,
  waffleIgnoredWithData: (attribute, source) => {
    const from = englishDataSource(source);
    return `ignored, because the categories come from ${from}. Remove ${attribute}, or put its figure in ${from}.`;
  },
  waffleMissing: (label) => `“${label}” has no figure. Every category of a unit chart needs a count: give its number, or remove it.`,
  waffleNotANumber: (attribute, text) => `“${text}” is not a number. Write a count in digits, for example ${attribute}="24".`,
  waffleOverWhole: ({ sum, whole, single, defaultWhole }) => {
    const what = single ? `${sum} is more than` : `the counts add up to ${sum}, more than`;
    return defaultWhole
      ? `${what} 100, the whole when of is not set. Set of to the whole, for example of="${sum}".`
      : `${what} the whole, of="${whole}". Check the figures, or set of to the whole they are counted from.`;
  },
  wafflePercentWhole: (whole) => `with unit="percent" the whole is 100, so of="${whole}" was ignored. For counts out of ${whole}, remove unit.`,
  waffleTooManyCategories: (count, max) =>
    `there are ${count} categories, but a unit chart can only keep ${max} apart. Combine the smallest, or use <trust-bars>.`,
  waffleTooManyShapes: (text, max) =>
    `${text} shapes are too many to count by eye (a unit chart shows at most ${max}). Give the figure as a sentence, or as a percentage with <trust-bars>.`,
  waffleUnitNotCount: (unit) =>
    `a unit chart counts whole things, so unit="${unit}" does not fit; the figures are shown as counts. Use unit="count" (the default) or unit="percent".`,
});
