import { englishCount, joinList } from '../core/i18n/grammar.js';
import { localise, type WidgetCatalogue } from '../core/i18n/messages.js';

/** A value as the reader sees it, already formatted for the locale ("57%", "more than 90%"). */
type Shown = string;

export interface BarsSummaryFacts {
  readonly items: number;
  readonly series: readonly string[];
  /** One entry per series, in series order. */
  readonly extremes: readonly { series: string; highest: { label: string; value: Shown }; lowest: { label: string; value: Shown } }[];
  /** `series` names the series counted when there are several (the last one, usually the latest wave). */
  readonly target?: { value: Shown; label: string; meeting: number; total: number; series?: string };
}

/** `<trust-bars>`'s own sentences, kept beside it so that the other widgets' files do not carry them. */
export interface BarsMessages {
  barsSummary: (facts: BarsSummaryFacts) => string;
}

const en: BarsMessages = {
  barsSummary: ({ items, series, extremes, target }) => {
    const kind =
      series.length > 1
        ? `Grouped bar chart, ${englishCount(items, 'item', 'items')}, ${series.length} series (${joinList(series, 'and')}).`
        : `Bar chart, ${englishCount(items, 'item', 'items')}.`;
    const parts = extremes.map(({ series: name, highest, lowest }) => {
      const prefix = series.length > 1 ? `${name}: ` : '';
      if (!highest.label) return prefix ? `${prefix}no data.` : 'No data.';
      return items > 1 && highest.label !== lowest.label
        ? `${prefix}Highest: ${highest.label}, ${highest.value}. Lowest: ${lowest.label}, ${lowest.value}.`
        : `${prefix}${highest.label}, ${highest.value}.`;
    });
    const goal = target
      ? ` ${target.label}: ${target.value}. ${target.series ? `In ${target.series}, ` : ''}${target.meeting} of ${target.total} meet it.`
      : '';
    return `${kind} ${parts.join(' ')}${goal}`;
  },
};

/** `<trust-bars>`'s sentences. Pages can override them with `addMessages(locale, { barsSummary: … })`. */
export const barsCatalogue: WidgetCatalogue<BarsMessages> = { en };

// Its Welsh is in the shared Welsh words (core/i18n/cy.ts), loaded with them on Welsh pages: a chunk of its own
// would cost every bars file the code to load it.

/** The widget's sentences for a locale, with the fallbacks and page overrides of `localise`. */
export const barsMessages = (locale: string): BarsMessages => localise(locale, barsCatalogue);
