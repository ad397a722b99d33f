import { expect } from '@open-wc/testing';
import { matchNotes, rowFinder } from '../../src/core/annotations/match-notes.js';
import { parseNotes, parseRanges, parseReferences } from '../../src/core/annotations/parse-annotations.js';
import { loadMessages, messagesFor } from '../../src/core/i18n/messages.js';
import type { Problem } from '../../src/core/problems.js';

/** Each problem as the author reads it in English: "attribute: explanation". */
const said = (problems: Problem[]) => problems.map((p) => `${p.attribute}: ${p.describe(messagesFor('en-GB'))}`);

describe('annotations: reading notes, reference lines and highlighted ranges from attributes', () => {
  before(() => loadMessages('cy'));

  it('reads notes on a label and on one series, in the order written', () => {
    const problems: Problem[] = [];
    expect(parseNotes('notes', '2017: WannaCry attack, May 2017; 2020 | Staff: Survey moved online;', problems)).to.deep.equal([
      { at: '2017', text: 'WannaCry attack, May 2017' },
      { at: '2020', series: 'Staff', text: 'Survey moved online' },
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('keeps colons inside the words, and reads nothing from an empty attribute', () => {
    const problems: Problem[] = [];
    expect(parseNotes('notes', '2017: Attack at 09:30: systems down', problems)).to.deep.equal([{ at: '2017', text: 'Attack at 09:30: systems down' }]);
    expect(parseNotes('notes', '  ', problems)).to.deep.equal([]);
    expect(parseNotes('notes', undefined, problems)).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
  });

  it('reports an entry without a colon and an empty note, naming the attribute and the fix', () => {
    const problems: Problem[] = [];
    expect(parseNotes('notes', '2017 WannaCry; 2018: ; : words', problems)).to.deep.equal([]);
    expect(said(problems)).to.deep.equal([
      'notes: “2017 WannaCry” has no colon, so it is not shown. Write where it goes, a colon, then the words: “2017: WannaCry attack, May 2017”.',
      'notes: the entry “2018” has no words, so it is not shown. Write the words after the colon, or remove the entry.',
      'notes: the entry “words” has no words, so it is not shown. Write the words after the colon, or remove the entry.',
    ]);
  });

  it('shows markup in a note as plain text without its tags, and says so', () => {
    const problems: Problem[] = [];
    expect(parseNotes('notes', '2017: <b>WannaCry</b> <img src=x onerror=alert(1)>attack', problems)).to.deep.equal([{ at: '2017', text: 'WannaCry attack' }]);
    expect(said(problems)).to.deep.equal(['notes: the words for “2017” contain tags; they are shown as plain text, without the tags. Write the words only.']);
    // Not markup: a comparison written with "<" stays as written.
    expect(parseNotes('notes', '2017: < 5% answered', [])).to.deep.equal([{ at: '2017', text: '< 5% answered' }]);
  });

  it('explains problems in Welsh too', () => {
    const problems: Problem[] = [];
    parseNotes('notes', '2017 WannaCry', problems);
    expect(problems[0]!.describe(messagesFor('cy'))).to.match(/^nid oes colon yn “2017 WannaCry”/);
  });

  it('reads reference lines with or without words, in the page’s locale', () => {
    const problems: Problem[] = [];
    expect(parseReferences('reference', '50: Half of respondents; 95%: Target; 12.5', 'en-GB', problems)).to.deep.equal([
      { value: 50, text: 'Half of respondents' },
      { value: 95, text: 'Target' },
      { value: 12.5, text: '' },
    ]);
    expect(parseReferences('reference', '12,5: Ziel', 'de-DE', problems)).to.deep.equal([{ value: 12.5, text: 'Ziel' }]);
    expect(problems).to.deep.equal([]);
  });

  it('reports a reference line that is not a number', () => {
    const problems: Problem[] = [];
    expect(parseReferences('reference', 'half: Half of respondents', 'en-GB', problems)).to.deep.equal([]);
    expect(said(problems)).to.deep.equal([
      'reference: “half” is not a number, so no line is drawn. Write the value, a colon, then the words: “50: Half of respondents”.',
    ]);
  });

  it('reads ranges joined by an en dash, "to" or a hyphen, and a single place; hyphens inside dates stay', () => {
    const known = new Set(['2019', '2020', '2021', '2020-03', '2021-06']);
    const problems: Problem[] = [];
    expect(parseRanges('highlight', '2020–2021: Pandemic; 2019 to 2020: Before; 2020-2021: Hyphen; 2021: One', (t) => known.has(t), problems)).to.deep.equal([
      { from: '2020', to: '2021', text: 'Pandemic' },
      { from: '2019', to: '2020', text: 'Before' },
      { from: '2020', to: '2021', text: 'Hyphen' },
      { from: '2021', to: '2021', text: 'One' },
    ]);
    expect(parseRanges('highlight', '2020-03-2021-06: Lockdowns', (t) => known.has(t), problems)).to.deep.equal([
      { from: '2020-03', to: '2021-06', text: 'Lockdowns' },
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('reports a range whose ends are not in the data', () => {
    const problems: Problem[] = [];
    expect(parseRanges('highlight', '2015–2016: Before', () => false, problems)).to.deep.equal([]);
    expect(said(problems)).to.deep.equal([
      'highlight: “2015–2016” is not a label or a range of labels in the data, so nothing is shaded. Write two labels joined by a dash, such as “2020–2021: Pandemic”.',
    ]);
  });

  it('matches notes to rows by the label as written or as shown, and to a series by name, ignoring case', () => {
    const findRow = rowFinder(['2024-03', '2024-06', '2024-03'], ['Mar 2024', 'Jun 2024', 'Mar 2024 (2)']);
    expect([findRow('2024-03'), findRow(' jun 2024 '), findRow('2025')]).to.deep.equal([0, 1, undefined]);
    const problems: Problem[] = [];
    const specs = [
      { at: 'mar 2024', text: 'Fieldwork online' },
      { at: '2024-06', series: 'staff', text: 'New question' },
    ];
    expect(matchNotes(specs, findRow, ['Mar 2024', 'Jun 2024'], ['Public', 'Staff'], problems)).to.deep.equal([
      { row: 0, text: 'Fieldwork online', place: 'Mar 2024' },
      { row: 1, series: 1, text: 'New question', place: 'Jun 2024, Staff' },
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('reports a note on a series the chart does not have, naming those it has', () => {
    const problems: Problem[] = [];
    expect(matchNotes([{ at: '2024', series: 'Nurses', text: 'x' }], rowFinder(['2024'], []), ['2024'], ['Public', 'Staff'], problems)).to.deep.equal([]);
    expect(said(problems)).to.deep.equal([
      'notes: “Nurses” is not a series of this chart, so its note is not shown. Name one of “Public” or “Staff” after the |.',
    ]);
  });
});
