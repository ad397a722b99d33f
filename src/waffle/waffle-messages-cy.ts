import { welshDataSource, welshFromDataSource } from '../core/i18n/shared-words-cy.js';
import type { joinList, upperFirst } from '../core/i18n/grammar.js';
import type { WaffleMessages, WaffleProblemMessages, WaffleShape } from './waffle-messages.js';

/** What the Welsh shares with the English, handed over by waffle-messages.ts (see `registerWords` in messages.ts). */
export interface WaffleWelshGrammar {
  readonly joinList: typeof joinList;
  readonly upperFirst: typeof upperFirst;
  readonly lowerFirst: (label: string) => string;
}

const SHAPE_NOUNS_CY: Record<WaffleShape, string> = { square: 'sgwâr', circle: 'cylch', person: 'ffigur' };

/**
 * Welsh (Cymraeg). Written by the developers and awaiting review by a Welsh-language officer. Welsh counts with the
 * singular noun ("108 sgwâr"); "ymhlith" (among) introduces the author's own word for the whole, so that it needs no
 * mutation.
 */
export const waffleWelsh = ({ joinList, upperFirst, lowerFirst }: WaffleWelshGrammar): Partial<WaffleMessages & WaffleProblemMessages> => {
  const cy: Partial<WaffleMessages & WaffleProblemMessages> = {
    waffleFrequency: ({ count, total, perHundred }) => (perHundred ? `${count} o bob ${total}` : `${count} allan o ${total}`),
    waffleCaption: ({ total, perHundred, population, categories }) =>
      `${population ? `Ymhlith ${population}, allan o` : 'Allan o'} ${perHundred ? 'bob ' : ''}${total}: ${joinList(
        categories.map(({ label, count }) => `${count} ${lowerFirst(label)}`),
        'a',
      )}.`,
    waffleSummary: ({ total, population, shape, categories }) => {
      const noun = SHAPE_NOUNS_CY[shape];
      const kind = population ? `Siart unedau, ${total} ${noun}, un am bob un ymhlith ${population}.` : `Siart unedau, ${total} ${noun}.`;
      return `${kind} ${categories.map(({ label, frequency }) => `${label}: ${frequency}.`).join(' ')}`;
    },
    waffleRestLabel: (population) => (population ? `${upperFirst(population)} eraill` : 'Eraill'),
    waffleDefaultLabel: 'Wedi’u cyfrif',
    waffleAbout: 'tua',
    waffleMargin: ({ margin, total, perHundred, upTo }) =>
      `Lwfans gwallau (95%): ${upTo ? 'hyd at ' : ''}± ${margin} ${perHundred ? 'o bob' : 'allan o'} ${total}.`,
    waffleTableColumn: ({ total, population }) => `Allan o ${total}${population ? ` (${population})` : ''}`,
    waffleKeyboardHint: 'Defnyddiwch y bysellau saeth i symud rhwng y grwpiau o siapiau.',
    waffleNotANumber: (attribute, text) => `Nid yw “${text}” yn rhif. Ysgrifennwch gyfrif mewn digidau, er enghraifft ${attribute}="24".`,
    waffleNotACount: (text, label) =>
      `${label ? `Mae “${label}” yn ${text}, ond mae` : `Nid yw “${text}” yn gyfrif. Mae`} siart unedau yn tynnu un siâp am bob peth a gyfrifir, felly mae angen rhif cyfan o 0 neu fwy, fel 24.`,
    waffleBadWhole: (text) =>
      `Nid yw “${text}” yn rhif cyfan o 1 neu fwy. of yw’r cyfan y mae’r siapiau’n ei gynrychioli, fel of="108" ar gyfer 108 o ymddiriedolaethau.`,
    waffleTooManyShapes: (text, max) =>
      `mae ${text} o siapiau yn ormod i’w cyfrif â’r llygad (mae siart unedau yn dangos ${max} ar y mwyaf). Rhowch y ffigur mewn brawddeg, neu fel canran gyda <trust-bars>.`,
    waffleOverWhole: ({ sum, whole, single, defaultWhole }) => {
      const what = single ? `mae ${sum} yn fwy na` : `mae’r cyfrifon yn dod i ${sum}, sy’n fwy na`;
      return defaultWhole
        ? `${what} 100, y cyfan pan nad yw of wedi’i osod. Gosodwch of i’r cyfan, er enghraifft of="${sum}".`
        : `${what}’r cyfan, of="${whole}". Gwiriwch y ffigurau, neu gosodwch of i’r cyfan y cawsant eu cyfrif ohono.`;
    },
    waffleMissing: (label) => `Nid oes ffigur gan “${label}”. Mae angen cyfrif ar bob categori mewn siart unedau: rhowch ei rif, neu tynnwch ef.`,
    waffleTooManyCategories: (count, max) =>
      `mae ${count} categori, ond dim ond ${max} y gall siart unedau eu cadw ar wahân. Cyfunwch y lleiaf, neu defnyddiwch <trust-bars>.`,
    waffleIgnoredWithData: (attribute, source) => {
      return `anwybyddwyd, oherwydd daw’r categorïau ${welshFromDataSource(source)}. Tynnwch ${attribute}, neu rhowch ei ffigur yn ${welshDataSource(source)}.`;
    },
    waffleUnitNotCount: (unit) =>
      `mae siart unedau yn cyfrif pethau cyfan, felly nid yw unit="${unit}" yn addas; dangosir y ffigurau fel cyfrifon. Defnyddiwch unit="count" (y rhagosodiad) neu unit="percent".`,
    wafflePercentWhole: (whole) => `gyda unit="percent" y cyfan yw 100, felly anwybyddwyd of="${whole}". Ar gyfer cyfrifon allan o ${whole}, tynnwch unit.`,
    waffleFirstSeriesOnly: (count, first) =>
      `mae gan y data ${count} cyfres, ond dim ond y gyntaf (“${first}”) y mae siart unedau yn ei dangos. Defnyddiwch <trust-bars> i’w cymharu.`,
  };
  return cy;
};
