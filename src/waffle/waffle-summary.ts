import type { WaffleMessages, WaffleShape } from './waffle-messages.js';

/** A category as the reader meets it: its name, its count and how that count is written in the key. */
export interface ShownCategory {
  readonly label: string;
  /** Number of shapes. */
  readonly count: number;
  /** The count as a plain number with its qualifier ("24", "more than 90"), for natural frequencies. */
  readonly countText: string;
  /** The value as the key shows it: like `countText`, or "36%" with `unit="percent"`. */
  readonly valueText: string;
}

export interface WaffleTextsInput {
  /** Every category in drawing order, the rest last (when there is one). */
  readonly categories: readonly ShownCategory[];
  readonly total: number;
  /** The whole, written as a plain number ("108"). */
  readonly totalText: string;
  readonly population: string | undefined;
  readonly shape: WaffleShape;
  readonly messages: WaffleMessages;
  /** Each category's 95% margin of error, written ("2.0"), where a sample size gives one: read after its frequency. */
  readonly margins?: readonly (string | undefined)[];
  /** Joins a frequency and its margin: "about 30 in every 100 ± 2.0" (the shared `intervalNormal`). */
  readonly withMargin?: (frequency: string, margin: string) => string;
}

export interface WaffleTexts {
  /** Key entries: "Sufficient: 36". */
  readonly legend: readonly string[];
  /** Per category: "24 of 108", or out of 100 "36 in every 100", with its margin (read out on keyboard focus). */
  readonly frequencies: readonly string[];
  /** The line under the chart: "Out of 108 trusts: 24 trusts with no security-qualified staff and 84 other trusts." */
  readonly caption: string;
  /** The sentence screen readers hear after the heading. */
  readonly summary: string;
}

/**
 * Every sentence of a unit chart, from the same counts: the key, the natural frequencies read out for each
 * category, the caption that frames the figure both ways, and the summary.
 */
export function waffleTexts({ categories, total, totalText, population, shape, messages, margins = [], withMargin }: WaffleTextsInput): WaffleTexts {
  const perHundred = total === 100;
  const frequencies = categories.map(({ countText }, i) => {
    const frequency = messages.waffleFrequency({ count: countText, total: totalText, perHundred });
    const margin = margins[i];
    return margin !== undefined && withMargin ? withMargin(frequency, margin) : frequency;
  });
  return {
    legend: categories.map(({ label, valueText }) => messages.waffleLegendEntry(label, valueText)),
    frequencies,
    caption: messages.waffleCaption({
      total: totalText,
      perHundred,
      population,
      categories: categories.map(({ label, countText }) => ({ label, count: countText })),
    }),
    summary: messages.waffleSummary({
      total: totalText,
      population,
      shape,
      categories: categories.map(({ label }, i) => ({ label, frequency: frequencies[i]! })),
    }),
  };
}
