import { expect } from '@open-wc/testing';
import { addMessages, messagesFor } from '../../src/core/i18n/messages.js';

// addMessages writes into a registry that lives as long as the page (each test file gets its own page). These tests
// only add to made-up tags ("qaa"–"qtz" are reserved for local use), so real languages such as "fr" stay untouched.
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
