import { welshPercentagePoints } from '../core/i18n/shared-words-cy.js';
import type { ChangeMessages, ChangeProblemMessages } from './change-messages.js';

/**
 * Welsh (Cymraeg). Written by the developers and awaiting review by a Welsh-language officer: corrections welcome.
 * Welsh counts with the singular noun ("10 pwynt canran", "2 eitem"). The ends' names follow "o" and "i", which
 * would mutate a word ("o Gynt"); names are usually years, so they are left as written.
 */
export const changeWelsh: ChangeMessages & ChangeProblemMessages = {
  changeKind: (items, fromLabel, toLabel) => `Siart dymbel, ${items} eitem, o ${fromLabel} i ${toLabel}.`,
  changeHigherIsBetter: 'Uwch sy’n well.',
  changeLowerIsBetter: 'Is sy’n well.',
  changeRowDirection: (label, direction) => `${label} (${direction === 'up-is-good' ? 'uwch' : 'is'} sy’n well)`,
  changeWords: ({ direction, amount, points, from, to }) => {
    if (direction === 'same') return `dim newid, o ${from} i ${to}`;
    return `${direction === 'up' ? 'cynnydd' : 'gostyngiad'} o ${points ? welshPercentagePoints(amount) : amount}, o ${from} i ${to}`;
  },
  changeShort: (sign, { amount, points }) => `${sign}${amount}${points ? ' pwynt' : ''}`,
  changeNone: 'dim newid',
  changeUnclearShort: (sign, { amount }) => `dim newid clir\n(${sign}${amount} pwynt)`,
  changeUnclearWords: (sign, { amount, from, to }) => `dim newid clir, o ${from} i ${to} (${sign}${welshPercentagePoints(amount)}, o fewn y lwfans gwall)`,
  changeUnclearNote: '“Dim newid clir”: mae’r gwahaniaeth o fewn y lwfans gwall, felly gallai fod yn ganlyniad i bwy a holwyd (hyder 95%).',
  changeRangeKey: 'Ystod 95%',
  changeInvalidSampleSize: (value) =>
    `Nid yw “${value}” yn nifer cyfan o bobl, felly ni phrofir y newid yn erbyn y lwfans gwall. Ysgrifennwch faint o bobl a atebodd, fel 1,000 neu “tua 1,000”.`,
  changeMissing: ({ fromLabel, toLabel, from, to }) => {
    if (from === undefined && to === undefined) return 'dim data';
    return from === undefined ? `dim data ar gyfer ${fromLabel}; ${to} yn ${toLabel}` : `${from} yn ${fromLabel}; dim data ar gyfer ${toLabel}`;
  },
  changeBefore: 'Cynt',
  changeAfter: 'Wedyn',
  changePointsKey: 'pwynt: pwynt canran',
  changeKeyboardHint: 'Defnyddiwch y bysellau saeth i symud rhwng y rhesi a rhwng y ddau ffigur mewn rhes.',
  changeHowToRead:
    'Mae pob rhes yn dangos un ffigur ar ddau bwynt mewn amser. Y dot gwag yw’r ffigur cynharach a’r dot llawn yw’r un diweddarach. Y llinell rhyngddynt yw’r newid, ac mae’r rhif wrth ymyl y rhes yn dweud pa mor fawr ydyw. Pan fydd y siart yn dweud pa ffordd sy’n well, mae’r lliw yn dangos a yw’r newid yn well neu’n waeth.',
  changeTooFewSeries: (found) =>
    `mae angen dau werth ar bob rhes mewn siart newid, y ffigur cynharaf a’r un diweddarach (er enghraifft “Hyfforddiant ar dechnolegau newydd: 5 | 15”), ond mae gan y data hwn ${found} gwerth ar bob rhes.`,
  changeTooManySeries: (found, first, second) =>
    `mae gan y data ${found} gwerth ar bob rhes, ond mae siart newid yn dangos dau; dim ond ${first} a ${second} sydd wedi’u llunio. Tynnwch y colofnau eraill.`,
  changeDirectionUnknownRow: (label, labels) =>
    `nid oes rhes â’r label “${label}”, felly ni osodwyd pa ffordd sy’n dda ar ei chyfer. Copïwch y label yn union o’r data: ${labels.map((row) => `“${row}”`).join(', ')} (er enghraifft “${labels[0] ?? label}: down-is-good”).`,
};
