import type { WidgetCatalogue } from '../core/i18n/messages.js';

/** A value as the reader sees it, already formatted ("15%", "more than 90%"). */
type Shown = string;

/** What the summary says about one series, from its first to its last value. */
export interface TrendSeriesFacts {
  /** Series name; empty for a single unnamed series. */
  readonly name: string;
  /** `up`, `down` or `same` from the first to the last value; `one` with a single value; `none` with none. */
  readonly direction: 'up' | 'down' | 'same' | 'one' | 'none';
  readonly first?: { readonly wave: string; readonly value: Shown };
  readonly last?: { readonly wave: string; readonly value: Shown };
  /** Size of the change ("10 percentage points", "3", "£5m"); absent when a value is only approximate ("more than 90%"). */
  readonly change?: string;
  /** Name the waves ("in 2022"): false when the series before already named the same two waves. */
  readonly namesWaves: boolean;
  /** Waves with no figure for this series, between or around its values. */
  readonly missing: readonly string[];
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
  mixedWaves: (date: string, name: string) => string;
  notADate: (label: string) => string;
  yMinAboveData: (min: Shown, smallest: Shown) => string;
  yMaxNotAboveMin: (max: Shown, min: Shown) => string;
}

const capitalise = (text: string): string => (text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text);

const listWith =
  (and: string) =>
  (items: readonly string[]): string =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

const enList = listWith('and');
const cyList = listWith('a');

const en: TrendMessages = {
  trendSummary: ({ waves, firstWave, lastWave, series, perSeries }) => {
    const span = waves === 1 ? `1 wave (${firstWave})` : `${waves} waves from ${firstWave} to ${lastWave}`;
    const kind = `Line chart, ${span}${series > 1 ? `, ${series} series` : ''}.`;
    const parts = perSeries.map((s) => {
      const prefix = s.name ? `${s.name}: ` : '';
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
        default: {
          const verb = s.direction === 'up' ? 'rose' : 'fell';
          const change = s.change ? ` (${s.direction === 'up' ? 'up' : 'down'} ${s.change})` : '';
          text = `${verb} from ${s.first!.value}${at(s.first!.wave)} to ${s.last!.value}${at(s.last!.wave)}${change}`;
        }
      }
      const gaps = s.missing.length && s.direction !== 'none' ? `; no data for ${enList(s.missing)}` : '';
      return prefix ? `${prefix}${text}${gaps}.` : `${capitalise(text)}${gaps}.`;
    });
    return [kind, ...parts].join(' ');
  },
  percentagePoints: (value, amount) => `${value} percentage ${amount === 1 ? 'point' : 'points'}`,
  axisStartsAt: (value) => `The vertical axis starts at ${value}, not zero.`,
  trendKeyboardHint: 'Use the arrow keys to move between points.',
  mixedWaves: (date, name) => `the waves mix dates (“${date}”) and names (“${name}”), so they are spaced evenly in the order written.`,
  notADate: (label) => `“${label}” is not a date such as 2024, 2024-03 or 2024-03-15, so the waves are spaced evenly in the order written.`,
  yMinAboveData: (min, smallest) => `the axis minimum ${min} is above the smallest value ${smallest}; the axis was extended to fit.`,
  yMaxNotAboveMin: (max, min) => `the axis maximum ${max} is not above the axis minimum ${min}; it was ignored.`,
};

/**
 * Welsh (Cymraeg). "Cylch" (round) for a survey wave; nouns stay singular after numerals ("3 cylch", "10 pwynt
 * canran"). Written by the developers and awaiting review by a Welsh-language officer: corrections are welcome.
 */
const cy: TrendMessages = {
  trendSummary: ({ waves, firstWave, lastWave, series, perSeries }) => {
    const span = waves === 1 ? `1 cylch (${firstWave})` : `${waves} cylch o ${firstWave} i ${lastWave}`;
    const kind = `Siart llinell, ${span}${series > 1 ? `, ${series} cyfres` : ''}.`;
    const parts = perSeries.map((s) => {
      const prefix = s.name ? `${s.name}: ` : '';
      const at = (wave: string | undefined) => (s.namesWaves && wave ? ` yn ${wave}` : '');
      let text: string;
      switch (s.direction) {
        case 'none':
          text = 'dim data';
          break;
        case 'one':
          text = `${s.last!.value}${at(s.last!.wave)}${waves > 1 ? ', yr unig gylch â data' : ''}`;
          break;
        case 'same':
          text = `heb newid ar ${s.last!.value}${s.namesWaves ? ` o ${s.first!.wave} i ${s.last!.wave}` : ''}`;
          break;
        default: {
          const verb = s.direction === 'up' ? 'cododd' : 'gostyngodd';
          const change = s.change ? ` (${s.direction === 'up' ? 'i fyny' : 'i lawr'} ${s.change})` : '';
          text = `${verb} o ${s.first!.value}${at(s.first!.wave)} i ${s.last!.value}${at(s.last!.wave)}${change}`;
        }
      }
      const gaps = s.missing.length && s.direction !== 'none' ? `; dim data ar gyfer ${cyList(s.missing)}` : '';
      return prefix ? `${prefix}${text}${gaps}.` : `${capitalise(text)}${gaps}.`;
    });
    return [kind, ...parts].join(' ');
  },
  percentagePoints: (value) => `${value} pwynt canran`,
  axisStartsAt: (value) => `Mae’r echelin fertigol yn dechrau ar ${value}, nid ar sero.`,
  trendKeyboardHint: 'Defnyddiwch y bysellau saeth i symud rhwng y pwyntiau.',
  mixedWaves: (date, name) => `mae’r cylchoedd yn cymysgu dyddiadau (“${date}”) ac enwau (“${name}”), felly maen nhw wedi’u gosod yn gyfartal yn y drefn a ysgrifennwyd.`,
  notADate: (label) => `nid yw “${label}” yn ddyddiad fel 2024, 2024-03 neu 2024-03-15, felly mae’r cylchoedd wedi’u gosod yn gyfartal yn y drefn a ysgrifennwyd.`,
  yMinAboveData: (min, smallest) => `mae isafswm yr echelin ${min} yn uwch na’r gwerth lleiaf ${smallest}; estynnwyd yr echelin i’w gynnwys.`,
  yMaxNotAboveMin: (max, min) => `nid yw uchafswm yr echelin ${max} yn uwch na’i isafswm ${min}; cafodd ei anwybyddu.`,
};

/** <trust-trend>'s own sentences; pages can override any of them with `addMessages(locale, { … })`. */
export const trendMessages: WidgetCatalogue<TrendMessages> = { en, cy };
