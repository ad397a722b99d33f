import type { TrendProblemMessages } from './trend-messages.js';

/**
 * `<trust-trend>`'s English explanations of problems with its own attributes and data. Most pages never show one, so
 * they load only when the widget has a problem to show (see `registerProblemWords`). Imports nothing at run time.
 */
export const trendProblems: TrendProblemMessages = {
  mixedWaves: (date, name) =>
    `the waves mix dates (“${date}”) and names (“${name}”), so they are spaced evenly in the order written. Write every wave as a date (2023, 2024-03) or every one as a name.`,
  notADate: (label) => `“${label}” is not a date such as 2024, 2024-03 or 2024-03-15, so the waves are spaced evenly in the order written.`,
  yMaxBelowBand: (max, highest) =>
    `the axis maximum ${max} would cut off a margin of error, which reaches up to ${highest}; the axis was extended to fit. Set y-max to ${highest} or more, or remove it.`,
  yMaxNotAboveMin: (max, min) => `the axis maximum ${max} is not above the axis minimum ${min}; it was ignored. Set y-max above y-min.`,
  yMinAboveBand: (min, lowest) =>
    `the axis minimum ${min} would cut off a margin of error, which reaches down to ${lowest}; the axis was extended to fit. Set y-min to ${lowest} or less, or remove it.`,
  yMinAboveData: (min, smallest) =>
    `the axis minimum ${min} is above the smallest value ${smallest}; the axis was extended to fit. Set y-min to ${smallest} or less, or remove it.`,
};
