import { expect } from '@open-wc/testing';
import type { DataRow } from '../../src/core/data/model.js';
import { messagesFor } from '../../src/core/i18n/messages.js';
import { shownValue } from '../../src/core/i18n/shown-value.js';
// Welsh words are loaded on demand in a page; these tests word things in Welsh without drawing a widget.
import '../../src/ssr/words.js';

// A formatter that shows what it was given, so each test sees the value and the qualifier that reached it.
const format = (value: number, qualifier?: string): string => `${qualifier ? `${qualifier} ` : ''}${value}%`;

const row: DataRow = {
  label: 'Wales',
  values: [57, null, null, 91],
  qualifiers: [undefined, undefined, undefined, 'more than'],
  withheld: [false, true, false, false],
};

describe('shownValue', () => {
  it('formats a value with the qualifier written beside it', () => {
    expect(shownValue(row, 0, format, messagesFor('en-GB'))).to.equal('57%');
    expect(shownValue(row, 3, format, messagesFor('en-GB'))).to.equal('more than 91%');
  });

  it('uses the chart-wide qualifier only where the value has none of its own', () => {
    expect(shownValue(row, 0, format, messagesFor('en-GB'), 'about')).to.equal('about 57%');
    expect(shownValue(row, 3, format, messagesFor('en-GB'), 'about')).to.equal('more than 91%');
  });

  it('says why a value is missing, in the reader’s language', () => {
    expect(shownValue(row, 1, format, messagesFor('en-GB'))).to.equal('too few answers');
    expect(shownValue(row, 2, format, messagesFor('en-GB'))).to.equal('no data');
    expect(shownValue(row, 1, format, messagesFor('cy'))).to.equal('rhy ychydig o atebion');
    expect(shownValue(row, 2, format, messagesFor('cy'))).to.equal('dim data');
  });

  it('treats a series past the end of the row, and a row without withheld flags, as no data', () => {
    expect(shownValue(row, 7, format, messagesFor('en-GB'))).to.equal('no data');
    expect(shownValue({ label: 'England', values: [null], qualifiers: [undefined] }, 0, format, messagesFor('en-GB'))).to.equal('no data');
  });
});
