import { englishDataSource } from '../core/i18n/shared-words.js';
import { joinList, upperFirst } from '../core/i18n/grammar.js';
import { localise, registerProblemWords, registerWords, widgetProblem, type WidgetCatalogue } from '../core/i18n/messages.js';
import type { Problem } from '../core/problems.js';

/** The shapes a unit chart can draw. */
export const SHAPES = ['square', 'circle', 'person'] as const;
export type WaffleShape = (typeof SHAPES)[number];

/** One category as a sentence needs it: its name and its count, already formatted ("24", "more than 90"). */
export interface WaffleCategoryText {
  readonly label: string;
  readonly count: string;
}

export interface WaffleFrequencyFacts {
  /** The category's count, formatted ("24"). */
  readonly count: string;
  /** The whole, formatted ("108"). */
  readonly total: string;
  /** True when the whole is 100: survey shares read "36 in every 100". */
  readonly perHundred: boolean;
}

export interface WaffleCaptionFacts {
  readonly total: string;
  readonly perHundred: boolean;
  /** What the whole is made of ("trusts", "staff"); may be absent. */
  readonly population?: string | undefined;
  /** Every category in drawing order, the rest last. */
  readonly categories: readonly WaffleCategoryText[];
}

export interface WaffleSummaryFacts {
  readonly total: string;
  readonly population?: string | undefined;
  readonly shape: WaffleShape;
  /** Every category in drawing order, with its natural frequency ("24 of 108"). */
  readonly categories: readonly { readonly label: string; readonly frequency: string }[];
}

/** Every sentence `<trust-waffle>` writes. Functions, not templates, so each language orders its own words. */
export interface WaffleMessages {
  /** "24 of 108", or out of 100 "36 in every 100": read out for each category. */
  waffleFrequency: (facts: WaffleFrequencyFacts) => string;
  /** The natural-frequency line under the chart, framing the figure both ways (guidance R13, R16). */
  waffleCaption: (facts: WaffleCaptionFacts) => string;
  /** What screen readers hear after the heading. */
  waffleSummary: (facts: WaffleSummaryFacts) => string;
  /** One key entry: "Sufficient: 36". */
  waffleLegendEntry: (label: string, value: string) => string;
  /** Name of the shapes no category claims, when `rest-label` is not set ("Other trusts"). */
  waffleRestLabel: (population: string | undefined) => string;
  /** Name of the counted category when `label` is not set. */
  waffleDefaultLabel: string;
  /** Kept with the rest's count when any category's count is approximate ("more than 90"). */
  waffleAbout: string;
  /**
   * After the natural-frequency line, when a sample size makes the counts survey estimates: the largest 95% margin
   * of error in shapes, "Margin of error (95%): ± 2.0 in every 100" (`upTo` with several categories).
   */
  waffleMargin: (facts: { margin: string; total: string; perHundred: boolean; upTo: boolean }) => string;
  /** Heading of the value column in the data table, for figures written with `value` and `of`. */
  waffleTableColumn: (facts: { total: string; population?: string | undefined }) => string;
  /** Read after the chart's name: what the arrow keys move between. */
  waffleKeyboardHint: string;
  waffleNotACount: (text: string, label?: string) => string;
}

/**
 * `<trust-waffle>`'s explanations of problems with its own attributes and data. In English they load only when it has a
 * problem to show (waffle-problems.ts); the Welsh come with the rest of its Welsh.
 */
export interface WaffleProblemMessages {
  waffleNotANumber: (attribute: string, text: string) => string;
  waffleBadWhole: (text: string) => string;
  waffleTooManyShapes: (text: string, max: string) => string;
  waffleOverWhole: (facts: { sum: string; whole: string; single: boolean; defaultWhole: boolean }) => string;
  waffleMissing: (label: string) => string;
  waffleTooManyCategories: (count: string, max: string) => string;
  waffleIgnoredWithData: (attribute: string, source: string) => string;
  waffleUnitNotCount: (unit: string) => string;
  wafflePercentWhole: (whole: string) => string;
  waffleFirstSeriesOnly: (count: number, first: string) => string;
}

/** "Trusts with …" → "trusts with …" inside a sentence; acronyms ("NHS staff") keep their capitals. */
const lowerFirst = (label: string): string =>
  /^\p{Lu}[\p{Ll}'’-]*(\s|$)/u.test(label) && /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
const SHAPE_NOUNS_EN: Record<WaffleShape, string> = { square: 'square', circle: 'circle', person: 'figure' };

const en: WaffleMessages = {
  waffleFrequency: ({ count, total, perHundred }) => (perHundred ? `${count} in every ${total}` : `${count} of ${total}`),
  waffleCaption: ({ total, perHundred, population, categories }) =>
    `Out of ${perHundred ? 'every ' : ''}${total}${population ? ` ${population}` : ''}: ${joinList(
      categories.map(({ label, count }) => `${count} ${lowerFirst(label)}`),
      'and',
    )}.`,
  waffleSummary: ({ total, population, shape, categories }) => {
    const noun = SHAPE_NOUNS_EN[shape];
    const kind = population ? `Unit chart of ${total} ${population}, one ${noun} for each.` : `Unit chart of ${total} ${noun}s.`;
    return `${kind} ${categories.map(({ label, frequency }) => `${label}: ${frequency}.`).join(' ')}`;
  },
  waffleLegendEntry: (label, value) => `${label}: ${value}`,
  waffleRestLabel: (population) => (population ? `Other ${population}` : 'Others'),
  waffleDefaultLabel: 'Counted',
  waffleAbout: 'about',
  waffleMargin: ({ margin, total, perHundred, upTo }) =>
    `Margin of error (95%): ${upTo ? 'up to ' : ''}± ${margin} ${perHundred ? 'in every' : 'of'} ${total}.`,
  waffleTableColumn: ({ total, population }) => `Out of ${total}${population ? ` ${population}` : ''}`,
  waffleKeyboardHint: 'Use the arrow keys to move between groups of shapes.',
  waffleNotACount: (text, label) =>
    `${label ? `“${label}” is ${text}, but a` : `“${text}” is not a count. A`} unit chart draws one shape for each thing counted, so it needs a whole number of 0 or more, such as 24.`,
};

/** `<trust-waffle>`'s sentences. Pages can override any of them with `addMessages(locale, { waffleCaption: … })`. */
export const waffleCatalogue: WidgetCatalogue<WaffleMessages> = { en };

/** `<trust-waffle>`'s Welsh (waffle-messages-cy.ts), loaded only when a widget is drawn in Welsh. */
export const waffleWelshWords = (welsh: typeof import('./waffle-messages-cy.js')): Partial<WaffleMessages & WaffleProblemMessages> =>
  welsh.waffleWelsh({ joinList, upperFirst, lowerFirst });
registerWords('cy', 'trust-waffle', () => import('./waffle-messages-cy.js').then(waffleWelshWords));

/** `<trust-waffle>`'s English explanations of problems (waffle-problems.ts), loaded only when it has a problem to show. */
export const waffleProblemWords = (english: typeof import('./waffle-problems.js')): WaffleProblemMessages => english.waffleProblems({ englishDataSource });
registerProblemWords('trust-waffle', () => import('./waffle-problems.js').then(waffleProblemWords));

/** The widget's sentences for a locale. */
export const waffleMessages = (locale: string): WaffleMessages => localise(locale, waffleCatalogue);

/** A problem with one of `<trust-waffle>`'s inputs, worded from the widget's catalogue. */
export function waffleProblem(attribute: string, describe: (messages: WaffleMessages & WaffleProblemMessages) => string): Problem {
  return widgetProblem<WaffleMessages, WaffleProblemMessages>(attribute, waffleCatalogue, describe);
}
