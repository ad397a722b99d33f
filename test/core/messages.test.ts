import { expect } from '@open-wc/testing';
import { englishDataSource, englishPercentagePoints } from '../../src/core/i18n/shared-words.js';
import { welshDataSource, welshPercentagePoints } from '../../src/core/i18n/shared-words-cy.js';
import { englishCount, englishPlural, joinList, upperFirst } from '../../src/core/i18n/grammar.js';
import { addMessages, loadMessages, messagesFor } from '../../src/core/i18n/messages.js';
import type { Problem } from '../../src/core/problems.js';
import { statProblem } from '../../src/stat/stat-messages.js';
import { waffleProblem } from '../../src/waffle/waffle-messages.js';

// addMessages writes into a registry that lives as long as the page (each test file gets its own page). These tests
// only add to made-up tags ("qaa"–"qtz" are reserved for local use), so real languages such as "fr" stay untouched.
// The library's Welsh loads only when asked for (a widget drawn in Welsh asks by itself; see lazy-words.test.ts), and
// so do the English explanations of problems (a widget with a problem to show asks for them); loadMessages gives both.
before(() => loadMessages('cy'));

/** A widget's problem explanation, as the widget shows it in `locale`: the explanations live with the problem words. */
const explained = (locale: string, problem: Problem) => problem.describe(messagesFor(locale));

describe('messagesFor', () => {
  it('gives English for en-GB', () => {
    const m = messagesFor('en-GB');
    expect(m.showTable).to.equal('Show data table');
    expect(m.ratio('2,582')).to.equal('1 in 2,582');
    expect(m.qualified('more than', '90%')).to.equal('more than 90%');
  });

  it('gives Welsh for "cy"', () => {
    const m = messagesFor('cy');
    expect(m.showTable).to.equal('Dangos y tabl data');
    expect(m.hideTable).to.equal('Cuddio’r tabl data');
    expect(m.noData).to.equal('dim data');
    expect(m.ratio('2,582')).to.equal('1 o bob 2,582');
  });

  it('falls back from "cy-GB" (in any case) to Welsh', () => {
    expect(messagesFor('cy-GB').showTable).to.equal('Dangos y tabl data');
    expect(messagesFor('CY-gb').ratio('57')).to.equal('1 o bob 57');
  });

  it('falls back to English for a language without a catalogue ("fr")', () => {
    const m = messagesFor('fr');
    expect(m.showTable).to.equal('Show data table');
    expect(m.ratio('2 582')).to.equal('1 in 2 582');
    expect(messagesFor('fr-FR').source).to.equal('Source:');
  });
});

describe('addMessages', () => {
  it('overrides only the entries given; the rest stay English', () => {
    addMessages('qaa', { showTable: 'Afficher le tableau' });
    const m = messagesFor('qaa');
    expect(m.showTable).to.equal('Afficher le tableau');
    expect(m.hideTable).to.equal('Hide data table');
    expect(m.ratio('2,582')).to.equal('1 in 2,582');
  });

  it('merges a second call for the same language with the first', () => {
    addMessages('qab', { showTable: 'Afficher le tableau' });
    addMessages('qab', { hideTable: 'Masquer le tableau' });
    const m = messagesFor('qab');
    expect([m.showTable, m.hideTable]).to.deep.equal(['Afficher le tableau', 'Masquer le tableau']);
  });

  it('lets a regional variant inherit from its base language', () => {
    addMessages('qac', { showTable: 'Base words' });
    expect(messagesFor('qac-CA').showTable).to.equal('Base words');
  });

  it('changes only the regional variant when given one', () => {
    addMessages('qad', { showTable: 'Base words' });
    addMessages('qad-GB', { showTable: 'Regional words' });
    expect(messagesFor('qad-GB').showTable).to.equal('Regional words');
    expect(messagesFor('qad').showTable).to.equal('Base words');
    expect(messagesFor('qad-US').showTable).to.equal('Base words');
  });

  it('matches the language tag regardless of case', () => {
    addMessages('QAE', { legend: 'Clé' });
    expect(messagesFor('qae').legend).to.equal('Clé');
  });

  it('overrides a built-in Welsh entry for a Welsh region without changing plain Welsh', () => {
    addMessages('cy-qm', { noData: 'dim ffigur' });
    expect(messagesFor('cy-QM').noData).to.equal('dim ffigur');
    expect(messagesFor('cy-QM').showTable).to.equal('Dangos y tabl data');
    expect(messagesFor('cy').noData).to.equal('dim data');
  });
});

describe('grammar shared by the catalogues', () => {
  it('joins a list with commas and the given word before the last item, with no serial comma', () => {
    expect(joinList([], 'and')).to.equal('');
    expect(joinList(['2022'], 'and')).to.equal('2022');
    expect(joinList(['2022', '2023'], 'and')).to.equal('2022 and 2023');
    expect(joinList(['2021', '2022', '2023'], 'and')).to.equal('2021, 2022 and 2023');
    expect(joinList(['da', 'gwael', 'gwael iawn'], 'neu')).to.equal('da, gwael neu gwael iawn');
  });

  it('writes the Welsh "a" (and) as "ac" before a vowel, w and y included, and leaves English alone', () => {
    expect(joinList(['Caerdydd', 'Abertawe'], 'a')).to.equal('Caerdydd ac Abertawe');
    expect(joinList(['Nyrsys', 'Meddygon', 'Ymwelwyr'], 'a')).to.equal('Nyrsys, Meddygon ac Ymwelwyr');
    expect(joinList(['Cleifion', 'wardiau'], 'a')).to.equal('Cleifion ac wardiau');
    expect(joinList(['Cleifion', 'Staff'], 'a')).to.equal('Cleifion a Staff');
    expect(joinList(['2021', '2023'], 'a')).to.equal('2021 a 2023');
    expect(joinList(['Wales', 'England'], 'and')).to.equal('Wales and England');
  });

  it('writes the same list in the shared catalogue and a widget catalogue', () => {
    const en = messagesFor('en-GB');
    const cy = messagesFor('cy');
    expect(en.withheldNote(['A', 'B', 'C'], '30')).to.equal('Not shown: fewer than 30 people answered for A, B and C, too few for a reliable figure.');
    expect(cy.withheldNote(['A', 'B', 'C'], '30')).to.equal('Heb eu dangos: atebodd llai na 30 o bobl ar gyfer A, B a C, rhy ychydig i roi ffigur dibynadwy.');
  });

  it('picks the English singular for exactly one and the plural otherwise', () => {
    expect([0, 1, 2, 0.5, 1.5, 10].map((n) => englishPlural(n, 'point', 'points'))).to.deep.equal(['points', 'point', 'points', 'points', 'points', 'points']);
    const counts = [0, -0, 1, -1, 1.0, 0.999, 1.001, 2, -2, 0.5, 1.5, 10, 21, 101, 1e6, NaN, Infinity, -Infinity];
    const intl = new Intl.PluralRules('en');
    expect(counts.map((n) => englishPlural(n, 'one', 'other'))).to.deep.equal(counts.map((n) => intl.select(n)));
    expect(englishCount(1, 'item', 'items')).to.equal('1 item');
    expect(englishCount(3, 'item', 'items')).to.equal('3 items');
  });

  it('agrees subject and verb in the shared English sentences', () => {
    const en = messagesFor('en-GB');
    expect(en.seriesMismatch('Wales', 1, 2)).to.equal(
      '“Wales” has 2 values, but there is 1 series. Give one value per series, separated by |, with a dash (–) where there is none.',
    );
    expect(en.seriesMismatch('Wales', 3, 1)).to.equal(
      '“Wales” has 1 value, but there are 3 series. Give one value per series, separated by |, with a dash (–) where there is none.',
    );
  });

  it('puts only the first letter in capitals, leaving the rest as written', () => {
    expect(upperFirst('')).to.equal('');
    expect(upperFirst('no data for 2022')).to.equal('No data for 2022');
    expect(upperFirst('net −8 percentage points')).to.equal('Net −8 percentage points');
    expect(upperFirst('iechyd NHS')).to.equal('Iechyd NHS');
  });
});

describe('phrases several widget catalogues share', () => {
  it('writes a change in percentage points, singular for exactly one in English and always singular in Welsh', () => {
    expect(englishPercentagePoints('1', 1)).to.equal('1 percentage point');
    expect(englishPercentagePoints('2.5', 2.5)).to.equal('2.5 percentage points');
    expect(englishPercentagePoints('0', 0)).to.equal('0 percentage points');
    expect(welshPercentagePoints('1')).to.equal('1 pwynt canran');
    expect(welshPercentagePoints('10')).to.equal('10 pwynt canran');
  });

  it('names each source in English and Welsh, and anything else as the child table', () => {
    expect(['.data', 'data', 'table', 'value'].map(englishDataSource)).to.deep.equal([
      'the .data property',
      'the data attribute',
      'the table inside the element',
      'the table inside the element',
    ]);
    expect(['.data', 'data', 'table', 'value'].map(welshDataSource)).to.deep.equal([
      'y briodwedd .data',
      'y briodwedd data',
      'y tabl yn yr elfen',
      'y tabl yn yr elfen',
    ]);
  });

  it('words both widgets’ warnings with the same names', () => {
    expect(
      explained(
        'en-GB',
        statProblem('previous', (m) => m.statIgnoredWithData('previous', '.data')),
      ),
    ).to.equal('ignored, because the figures come from the .data property. Remove previous, or put its figure in the .data property.');
    expect(
      explained(
        'en-GB',
        waffleProblem('value', (m) => m.waffleIgnoredWithData('value', '.data')),
      ),
    ).to.equal('ignored, because the categories come from the .data property. Remove value, or put its figure in the .data property.');
  });

  it('contracts the Welsh article after “o”: “o’r briodwedd data”, never “o y briodwedd data”', () => {
    expect(
      explained(
        'cy',
        statProblem('previous', (m) => m.statIgnoredWithData('previous', 'data')),
      ),
    ).to.equal('anwybyddwyd, oherwydd daw’r ffigurau o’r briodwedd data. Tynnwch previous, neu rhowch ei ffigur yn y briodwedd data.');
    expect(
      explained(
        'cy',
        waffleProblem('value', (m) => m.waffleIgnoredWithData('value', 'table')),
      ),
    ).to.equal('anwybyddwyd, oherwydd daw’r categorïau o’r tabl yn yr elfen. Tynnwch value, neu rhowch ei ffigur yn y tabl yn yr elfen.');
  });
});
