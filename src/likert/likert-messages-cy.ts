import { welshPercentagePoints } from '../core/i18n/shared-words-cy.js';
import type { joinList, upperFirst } from '../core/i18n/grammar.js';
import type { LikertMessages, LikertProblemMessages } from './likert-messages.js';

/** What the Welsh shares with the English, handed over by likert-messages.ts (see `registerWords` in messages.ts). */
export interface LikertWelshGrammar {
  readonly joinList: typeof joinList;
  readonly upperFirst: typeof upperFirst;
  readonly shareList: LikertMessages['likertShares'];
}

/**
 * Welsh. Written by the developers and awaiting review by a Welsh-language officer. Welsh counts with the singular
 * noun ("2 grŵp", "5 ateb"); answers are quoted so that the mutation after "o" and "i" does not fall on data.
 */
export const likertWelsh = ({ joinList, shareList }: LikertWelshGrammar): Partial<LikertMessages & LikertProblemMessages> => {
  const cy: Partial<LikertMessages & LikertProblemMessages> = {
    likertSummary: ({ rows, answers, dontKnow, names, noData }) => {
      const scale = answers.length ? `${answers.length} ateb o “${answers[0]}” i “${answers[answers.length - 1]}”` : 'dim atebion ar y raddfa';
      const apart = dontKnow ? `, ac “${dontKnow}” ar wahân` : '';
      const parts = rows.map((row) =>
        row.missing
          ? `${row.label}: ${noData}.`
          : `${row.label}: ${cy.likertShares!(row, names)}${row.net ? ` (${cy.likertNetSpoken!(row.net.text, row.net.value)})` : ''}.`,
      );
      return `Siart bar dargyfeiriol, ${rows.length} grŵp, ${scale}${apart}. ${parts.join(' ')}`;
    },
    likertShares: shareList,
    likertCountOf: (count, total) => `${count} o ${total}`,
    likertAnyOf: (items) => joinList(items, 'neu'),
    likertNet: (value) => `Net ${value}`,
    likertNetSpoken: (value) => `sgôr net ${welshPercentagePoints(value)}`,
    likertKeyboardHint: 'Defnyddiwch y bysellau saeth i symud rhwng y rhesi a rhwng yr atebion mewn rhes.',
    likertHowToRead:
      'Mae pob bar yn un cwestiwn. Mae atebion un ffordd i’r dde o’r llinell ganol, ac atebion y ffordd arall i’r chwith. Po hiraf y rhan, y mwyaf o bobl a roddodd yr ateb hwnnw. Mae’r ateb canol yn croesi’r llinell ganol.',
    likertHowToReadDontKnow: 'Dangosir “Ddim yn gwybod” ar wahân, ar y dde.',
    likertSumOff: (label, sum) =>
      `mae’r atebion ar gyfer “${label}” yn dod i ${sum}, nid 100%. Dylai pob rhes ddod i 100% (mae 99% i 101% yn caniatáu ar gyfer talgrynnu): gwiriwch am ffigur coll neu wedi’i gamdeipio.`,
    likertNeutralNotFound: (value, middle) =>
      `nid oes ateb o’r enw “${value}”, felly ${middle ? `yr ateb canol, “${middle}”, yw’r un niwtral` : 'nid oes ateb niwtral ar y raddfa'}. Copïwch yr enw yn union o’r atebion.`,
    likertNeutralIsDontKnow: (value) =>
      `“${value}” yw’r ateb ddim yn gwybod, a ddangosir ar wahân, felly ni all fod yr un niwtral hefyd. Enwch ateb arall â neutral, neu tynnwch neutral.`,
    likertDontKnowNotFound: (value) => `nid oes ateb o’r enw “${value}”, felly mae pob ateb ar y raddfa. Copïwch yr enw yn union o’r atebion.`,
    likertTooMany: (count) =>
      `mae gan y raddfa ${count} ateb. Gall lliwiau wahaniaethu rhwng 3 ar y mwyaf ar bob ochr (7 i gyd), felly mae rhai lliwiau’n cael eu hailadrodd: cyfunwch atebion, neu enwch ateb ddim yn gwybod gyda dont-know.`,
    likertTooFew: (count) => `mae angen o leiaf 2 ateb ar raddfa bar dargyfeiriol, ond mae ${count}. Rhowch ei golofn ei hun i bob ateb.`,
    likertUnit: (value) =>
      `nid yw “${value}” yn addas i siart cytuno/anghytuno, sy’n dangos pob rhes fel cyfrannau o 100%. Defnyddiwch unit="percent" (y rhagosodiad) neu unit="count"; darllenwyd y gwerthoedd fel canrannau.`,
    likertSameHalves: (name) =>
      `byddai dau hanner y raddfa yn cael eu galw’n “${name}” yn y crynodeb, felly mae’n enwi pob ateb yn lle hynny. Gwiriwch positive="first" neu positive="last".`,
  };
  return cy;
};
