import type { englishDataSource } from '../core/i18n/shared-words.js';
import type { StatProblemMessages } from './stat-messages.js';

/** What these sentences share with the words every `<trust-stat>` carries, handed over by stat-messages.ts. */
export interface StatProblemGrammar {
  readonly englishDataSource: typeof englishDataSource;
}

/**
 * `<trust-stat>`'s English explanations of problems with its own attributes and data. Most pages never show one, so
 * they load only when the widget has a problem to show (see `registerProblemWords`). Imports nothing at run time.
 */
export const statProblems = ({ englishDataSource }: StatProblemGrammar): StatProblemMessages => ({
  statExtraRows: (rows) => `the data has ${rows} rows; a headline number shows only the first. Use <trust-bars> to show several figures.`,
  statIgnoredWithData: (attribute, source) => {
    const from = englishDataSource(source);
    return `ignored, because the figures come from ${from}. Remove ${attribute}, or put its figure in ${from}.`;
  },
  statInvalidSampleSize: (value) =>
    `“${value}” is not a whole number of people, so the change is not tested against the margin of error. Write how many people answered, such as 1,000 or “about 1,000”.`,
  statLatestMissing: 'the latest figure is missing (n/a), so there is no number to show. Give the latest figure.',
  statOnlyForUnit: (attribute, unit) => `“${attribute}” is only used with unit="${unit}"; it was ignored. Remove it, or set unit="${unit}".`,
  statPreviousNegative: (text, unit) =>
    `“${text}” is negative, which a ${unit} cannot be, so no change is shown. Check previous, or set unit="number" for figures that can fall below zero.`,
  statPreviousOver100: (text) =>
    `“${text}” is more than 100%, so no change is shown. Percentages lie between 0 and 100: check previous, or set unit="count" or unit="number".`,
  statSampleSizeWithoutPrevious: 'ignored, because there is no previous figure. Add previous, or remove previous-sample-size.',
  statValueNotANumber: (text) => `“${text}” is not a number. Write the figure in digits, for example value="57" or value="over 1.7 million".`,
});
