import { welshDataSource, welshFromDataSource, welshPercentagePoints } from '../core/i18n/shared-words-cy.js';
import type { ChangeTone, StatMessages, StatProblemMessages } from './stat-messages.js';

const welshVerdict: Readonly<Record<ChangeTone, string>> = { good: ', gwelliant', bad: ', newid er gwaeth', neutral: '' };

/**
 * Welsh (Cymraeg). Written by the developers and awaiting review by a Welsh-language officer. "ymhlith" (among)
 * introduces the population so that the author's own words need no mutation.
 */
export const statWelsh: Partial<StatMessages & StatProblemMessages> = {
  statNaturalFrequency: ({ relation, count, denominator, qualifier, population }) => {
    const core = `${count} o bob ${denominator}`;
    const among = (text: string) => (population ? `${text} ymhlith ${population}` : text);
    switch (relation) {
      case 'about':
        return among(`tua ${core}`);
      case 'exact':
        return among(core);
      case 'fewer-than':
        return among(`llai nag ${core}`);
      case 'more-than':
        return among(`mwy na ${core}`);
      case 'qualified':
        return among(`${qualifier} ${core}`);
    }
  },
  statRatio: ({ label, count, per, qualifier }) => `1${label ? ` ${label}` : ''} am bob ${qualifier ? `${qualifier} ` : ''}${count}${per ? ` ${per}` : ''}`,
  statChange: ({ direction, tone, amount, points, since }) => {
    const when = since ? ` ers ${since}` : '';
    if (direction === 'same') return `dim newid${when}`;
    // Welsh counts with the singular noun: "10 pwynt canran".
    const size = points !== undefined ? welshPercentagePoints(amount) : amount;
    return `${direction === 'up' ? 'wedi codi' : 'wedi gostwng'} ${size}${when}${welshVerdict[tone]}`;
  },
  statChangeFrom: ({ kind, direction, tone, previous, since }) => {
    const when = since ? ` (${since})` : '';
    if (direction === 'same') return since ? `dim newid ers ${since}` : 'dim newid';
    if (kind === 'ratio') return `roedd yn ${previous}${when}${welshVerdict[tone]}`;
    return `${direction === 'up' ? 'wedi codi o' : 'wedi gostwng o'} ${previous}${when}${welshVerdict[tone]}`;
  },
  statChangeUnclear: ({ direction, amount, since }) =>
    `dim newid clir${since ? ` ers ${since}` : ''} (${direction === 'up' ? 'wedi codi' : 'wedi gostwng'} ${welshPercentagePoints(amount)}, o fewn y lwfans gwall)`,
  statMargin: (interval, n) => `Lwfans gwall (95%): ${interval}, yn seiliedig ar ${n} o bobl`,
  statRangeItem: (name, interval) => `${name}: ${interval}`,
  statRangesLabel: (items) => `Ystodau 95%: ${items.join('; ')}`,
  statInvalidSampleSize: (value) =>
    `Nid yw “${value}” yn nifer cyfan o bobl, felly ni phrofir y newid yn erbyn y lwfans gwall. Ysgrifennwch faint o bobl a atebodd, fel 1,000 neu “tua 1,000”.`,
  statSampleSizeWithoutPrevious: 'anwybyddwyd, oherwydd nid oes ffigur blaenorol. Ychwanegwch previous, neu tynnwch previous-sample-size.',
  statPreviousColumn: 'Blaenorol',
  statLatestColumn: 'Diweddaraf',
  statValueNotANumber: (text) => `Nid yw “${text}” yn rhif. Ysgrifennwch y ffigur mewn digidau, er enghraifft value="57" neu value="over 1.7 million".`,
  statPreviousOver100: (text) =>
    `Mae “${text}” yn fwy na 100%, felly ni ddangosir newid. Mae canrannau rhwng 0 a 100: gwiriwch previous, neu gosodwch unit="count" neu unit="number".`,
  statPreviousNegative: (text, unit) =>
    `Mae “${text}” yn negyddol, ac ni all ${unit} fod yn negyddol, felly ni ddangosir newid. Gwiriwch previous, neu gosodwch unit="number" ar gyfer ffigurau a all fod yn llai na sero.`,
  statExtraRows: (rows) => `mae gan y data ${rows} rhes; dim ond y gyntaf y mae rhif pennawd yn ei dangos. Defnyddiwch <trust-bars> i ddangos sawl ffigur.`,
  statIgnoredWithData: (attribute, source) => {
    return `anwybyddwyd, oherwydd daw’r ffigurau ${welshFromDataSource(source)}. Tynnwch ${attribute}, neu rhowch ei ffigur yn ${welshDataSource(source)}.`;
  },
  statOnlyForUnit: (attribute, unit) => `Defnyddir “${attribute}” gyda unit="${unit}" yn unig; cafodd ei anwybyddu. Tynnwch ef, neu gosodwch unit="${unit}".`,
  statLatestMissing: 'mae’r ffigur diweddaraf ar goll (n/a), felly nid oes rhif i’w ddangos. Rhowch y ffigur diweddaraf.',
};
