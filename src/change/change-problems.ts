import type { englishCount } from '../core/i18n/grammar.js';
import type { ChangeProblemMessages } from './change-messages.js';

/** What these sentences share with the words every `<trust-change>` carries, handed over by change-messages.ts. */
export interface ChangeProblemGrammar {
  readonly englishCount: typeof englishCount;
}

/**
 * `<trust-change>`'s English explanations of problems with its own attributes and data. Most pages never show one, so
 * they load only when the widget has a problem to show (see `registerProblemWords`). Imports nothing at run time.
 */
export const changeProblems = ({ englishCount }: ChangeProblemGrammar): ChangeProblemMessages => ({
  changeInvalidSampleSize: (value) =>
    `“${value}” is not a whole number of people, so the change is not tested against the margin of error. Write how many people answered, such as 1,000 or “about 1,000”.`,
  changeTooFewSeries: (found) =>
    `a change chart needs two values on every row, the earlier figure and the later one (for example “Trained on new technologies: 5 | 15”), but this data has ${englishCount(found, 'value', 'values')} on each row.`,
  changeTooManySeries: (found, first, second) =>
    `the data has ${found} values on each row, but a change chart shows two; only ${first} and ${second} are drawn. Remove the other columns.`,
  changeDirectionUnknownRow: (label, labels) =>
    `no row is labelled “${label}”, so which way is good is not set for it. Copy the label exactly from the data: ${labels.map((row) => `“${row}”`).join(', ')} (for example “${labels[0] ?? label}: down-is-good”).`,
});
