import { welshPercentagePoints } from '../core/i18n/shared-words-cy.js';
import type { joinList } from '../core/i18n/grammar.js';
import type { TrendMessages, TrendProblemMessages, TrendSeriesFacts } from './trend-messages.js';

/** What the Welsh shares with the English, handed over by trend-messages.ts (see `registerWords` in messages.ts). */
export interface TrendWelshGrammar {
  readonly joinList: typeof joinList;
  readonly seriesSentence: (s: TrendSeriesFacts, text: string, holes: readonly string[]) => string;
}

/**
 * Welsh (Cymraeg). "Cylch" (round) for a survey wave; nouns stay singular after numerals ("3 cylch", "10 pwynt
 * canran"). Written by the developers and awaiting review by a Welsh-language officer: corrections are welcome.
 */
export const trendWelsh = ({ joinList, seriesSentence }: TrendWelshGrammar): TrendMessages & TrendProblemMessages => {
  const cy: TrendMessages & TrendProblemMessages = {
    trendSummary: ({ waves, firstWave, lastWave, series, perSeries }) => {
      const span = waves === 1 ? `1 cylch (${firstWave})` : `${waves} cylch o ${firstWave} i ${lastWave}`;
      const kind = `Siart llinell, ${span}${series > 1 ? `, ${series} cyfres` : ''}.`;
      const parts = perSeries.map((s) => {
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
          case 'unclear':
            text = `dim newid clir (o fewn y lwfans gwallau) o ${s.first!.value}${at(s.first!.wave)} i ${s.last!.value}${at(s.last!.wave)}`;
            break;
          default: {
            const verb = s.direction === 'up' ? 'cododd' : 'gostyngodd';
            const change = s.change ? ` (${s.direction === 'up' ? 'i fyny' : 'i lawr'} ${s.change})` : '';
            text = `${verb} o ${s.first!.value}${at(s.first!.wave)} i ${s.last!.value}${at(s.last!.wave)}${change}`;
          }
        }
        return seriesSentence(s, text, [
          s.missing.length ? `dim data ar gyfer ${joinList(s.missing, 'a')}` : '',
          s.withheld.length ? `rhy ychydig o atebion yn ${joinList(s.withheld, 'a')}` : '',
        ]);
      });
      return [kind, ...parts].join(' ');
    },
    percentagePoints: welshPercentagePoints,
    axisStartsAt: (value) => `Mae’r echelin fertigol yn dechrau ar ${value}, nid ar sero.`,
    trendKeyboardHint: 'Defnyddiwch y bysellau saeth i symud rhwng y pwyntiau.',
    bandNote: 'Mae’r bandiau o amgylch y llinellau yn dangos lwfans gwallau 95% pob ffigur.',
    trendHowToRead:
      'Mae pob llinell yn dangos sut y newidiodd ffigur dros amser. Y band lliw o amgylch llinell yw ei lwfans gwallau: mae’r gwir ffigur bron yn sicr y tu mewn iddo. Lle mae dau fand yn gorgyffwrdd, gallai’r gwahaniaeth rhyngddynt fod yn ddim ond siawns.',
    mixedWaves: (date, name) =>
      `mae’r cylchoedd yn cymysgu dyddiadau (“${date}”) ac enwau (“${name}”), felly maen nhw wedi’u gosod yn gyfartal yn y drefn a ysgrifennwyd. Ysgrifennwch bob cylch fel dyddiad (2023, 2024-03) neu bob un fel enw.`,
    notADate: (label) =>
      `nid yw “${label}” yn ddyddiad fel 2024, 2024-03 neu 2024-03-15, felly mae’r cylchoedd wedi’u gosod yn gyfartal yn y drefn a ysgrifennwyd.`,
    yMinAboveData: (min, smallest) =>
      `mae isafswm yr echelin ${min} yn uwch na’r gwerth lleiaf ${smallest}; estynnwyd yr echelin i’w gynnwys. Gosodwch y-min i ${smallest} neu lai, neu tynnwch ef.`,
    yMaxNotAboveMin: (max, min) => `nid yw uchafswm yr echelin ${max} yn uwch na’i isafswm ${min}; cafodd ei anwybyddu. Gosodwch y-max yn uwch na y-min.`,
    yMinAboveBand: (min, lowest) =>
      `byddai isafswm yr echelin ${min} yn torri lwfans gwallau sy’n cyrraedd i lawr i ${lowest}; estynnwyd yr echelin i’w gynnwys. Gosodwch y-min i ${lowest} neu lai, neu tynnwch ef.`,
    yMaxBelowBand: (max, highest) =>
      `byddai uchafswm yr echelin ${max} yn torri lwfans gwallau sy’n cyrraedd i fyny i ${highest}; estynnwyd yr echelin i’w gynnwys. Gosodwch y-max i ${highest} neu fwy, neu tynnwch ef.`,
  };
  return cy;
};
