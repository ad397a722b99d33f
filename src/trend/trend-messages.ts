import { joinList, upperFirst } from '../core/i18n/grammar.js';
import { englishPercentagePoints } from '../core/i18n/shared-words.js';
import { registerProblemWords, registerWords, type WidgetCatalogue } from '../core/i18n/messages.js';

/** A value as the reader sees it, already formatted ("15%", "more than 90%"). */
type Shown = string;

/** What the summary says about one series, from its first to its last value. */
export interface TrendSeriesFacts {
  /** Series name; empty for a single unnamed series. */
  readonly name: string;
  /**
   * `up`, `down` or `same` from the first to the last value; `unclear` when both have sample sizes and the change is
   * within the margin of error (two-proportion z test, 95%); `one` with a single value; `none` with none.
   */
  readonly direction: 'up' | 'down' | 'unclear' | 'same' | 'one' | 'none';
  /** The first and last values as read out, with their 95% interval when known ("15% ± 2.2"). */
  readonly first?: { readonly wave: string; readonly value: Shown };
  readonly last?: { readonly wave: string; readonly value: Shown };
  /** Size of the change ("10 percentage points", "3", "£5m"); absent when a value is only approximate ("more than 90%"). */
  readonly change?: string;
  /** Name the waves ("in 2022"): false when the series before already named the same two waves. */
  readonly namesWaves: boolean;
  /** Waves with no figure for this series, between or around its values. */
  readonly missing: readonly string[];
  /** Waves whose figure was withheld because fewer than 30 people answered (`allow-small-samples` shows them). */
  readonly withheld: readonly string[];
}

export interface TrendSummaryFacts {
  readonly waves: number;
  readonly firstWave: string;
  readonly lastWave: string;
  readonly series: number;
  readonly perSeries: readonly TrendSeriesFacts[];
}

/** Sentences only <trust-trend> writes. */
export interface TrendMessages {
  trendSummary: (facts: TrendSummaryFacts) => string;
  /** A change in percentage points: `value` is formatted, `amount` is the number (for plurals). */
  percentagePoints: (value: string, amount: number) => string;
  /** The note under a chart whose vertical axis does not start at zero. */
  axisStartsAt: (value: Shown) => string;
  /** Read after the chart's name: what the arrow keys move between. */
  trendKeyboardHint: string;
  /** The note under a chart with `show-uncertainty`, saying what the bands around the lines are. */
  bandNote: string;
  /** "How to read this chart" with uncertainty bands, in plain words (reading age about 9). */
  trendHowToRead: string;
}

/**
 * `<trust-trend>`'s explanations of problems with its own attributes and data. In English they load only when it has a
 * problem to show (trend-problems.ts); the Welsh come with the rest of its Welsh.
 */
export interface TrendProblemMessages {
  mixedWaves: (date: string, name: string) => string;
  notADate: (label: string) => string;
  yMinAboveData: (min: Shown, smallest: Shown) => string;
  yMaxNotAboveMin: (max: Shown, min: Shown) => string;
  /** `y-min` would cut off the low end of a margin of error drawn by `show-uncertainty`. */
  yMinAboveBand: (min: Shown, lowest: Shown) => string;
  /** `y-max` would cut off the high end of a margin of error drawn by `show-uncertainty`. */
  yMaxBelowBand: (max: Shown, highest: Shown) => string;
}

/**
 * Finishes one series' part of the summary, the same way in every language: the series' name (or a capital letter),
 * what it did, then each hole ("no data for 2021") after a semicolon, and a full stop. A series with no figure at all
 * says only why: "no data", or which waves had too few answers.
 */
function seriesSentence(s: TrendSeriesFacts, text: string, holes: readonly string[]): string {
  const said = holes.filter(Boolean);
  const what = s.direction === 'none' && s.withheld.length ? said.join('; ') : text;
  const gaps = s.direction === 'none' ? '' : said.map((hole) => `; ${hole}`).join('');
  return s.name ? `${s.name}: ${what}${gaps}.` : `${upperFirst(what)}${gaps}.`;
}

const en: TrendMessages = {
  trendSummary: ({ waves, firstWave, lastWave, series, perSeries }) => {
    const span = waves === 1 ? `1 wave (${firstWave})` : `${waves} waves from ${firstWave} to ${lastWave}`;
    const kind = `Line chart, ${span}${series > 1 ? `, ${series} series` : ''}.`;
    const parts = perSeries.map((s) => {
      const at = (wave: string | undefined) => (s.namesWaves && wave ? ` in ${wave}` : '');
      let text: string;
      switch (s.direction) {
        case 'none':
          text = 'no data';
          break;
        case 'one':
          text = `${s.last!.value}${at(s.last!.wave)}${waves > 1 ? ', the only wave with data' : ''}`;
          break;
        case 'same':
          text = `unchanged at ${s.last!.value}${s.namesWaves ? ` from ${s.first!.wave} to ${s.last!.wave}` : ''}`;
          break;
        case 'unclear':
          text = `no clear change (within the margin of error) from ${s.first!.value}${at(s.first!.wave)} to ${s.last!.value}${at(s.last!.wave)}`;
          break;
        default: {
          const verb = s.direction === 'up' ? 'rose' : 'fell';
          const change = s.change ? ` (${s.direction === 'up' ? 'up' : 'down'} ${s.change})` : '';
          text = `${verb} from ${s.first!.value}${at(s.first!.wave)} to ${s.last!.value}${at(s.last!.wave)}${change}`;
        }
      }
      return seriesSentence(s, text, [
        s.missing.length ? `no data for ${joinList(s.missing, 'and')}` : '',
        s.withheld.length ? `too few answers in ${joinList(s.withheld, 'and')}` : '',
      ]);
    });
    return [kind, ...parts].join(' ');
  },
  percentagePoints: englishPercentagePoints,
  axisStartsAt: (value) => `The vertical axis starts at ${value}, not zero.`,
  trendKeyboardHint: 'Use the arrow keys to move between points.',
  bandNote: 'The bands around the lines show each figure’s 95% margin of error.',
  trendHowToRead:
    'Each line shows how a figure changed over time. The shaded band around a line is its margin of error: the true figure is very likely inside it. Where two bands overlap, the difference between them may be down to chance.',
};

/** <trust-trend>'s own sentences; pages can override any of them with `addMessages(locale, { … })`. */
export const trendMessages: WidgetCatalogue<TrendMessages> = { en };

/** `<trust-trend>`'s Welsh (trend-messages-cy.ts), loaded only when a widget is drawn in Welsh. */
export const trendWelshWords = (welsh: typeof import('./trend-messages-cy.js')): TrendMessages & TrendProblemMessages =>
  welsh.trendWelsh({ joinList, seriesSentence });
registerWords('cy', 'trust-trend', () => import('./trend-messages-cy.js').then(trendWelshWords));

/** `<trust-trend>`'s English explanations of problems (trend-problems.ts), loaded only when it has a problem to show. */
export const trendProblemWords = (english: typeof import('./trend-problems.js')): TrendProblemMessages => english.trendProblems;
registerProblemWords('trust-trend', () => import('./trend-problems.js').then(trendProblemWords));
