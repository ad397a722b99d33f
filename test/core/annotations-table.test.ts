import { expect, fixture, html } from '@open-wc/testing';
import { renderDataTable } from '../../src/core/a11y/data-table.js';
import type { DataModel } from '../../src/core/data/model.js';
import { messagesFor } from '../../src/core/i18n/messages.js';

/** Invented figures, as in the demo's annotated trend. */
const model = {
  rows: [
    { label: '2016', values: [41], qualifiers: [undefined] },
    { label: '2017', values: [52], qualifiers: [undefined] },
  ],
  series: ['Worried'],
} as unknown as DataModel;

const table = (notes?: (row: DataModel['rows'][number]) => string | undefined) =>
  fixture<HTMLTableElement>(
    html`${renderDataTable({ model, seriesNames: ['Worried'], caption: 'Worry', format: (value) => `${value}%`, qualifier: undefined, messages: messagesFor('en-GB'), notes })}`,
  );
const cells = (el: HTMLTableElement) => [...el.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));

describe('annotations: notes in the data table', () => {
  it('adds a Notes column with each row’s note when the chart has notes', async () => {
    const el = await table((row) => (row.label === '2017' ? 'WannaCry attack, May 2017' : undefined));
    expect(cells(el)).to.deep.equal([
      ['Item', 'Worried', 'Notes'],
      ['2016', '41%', ''],
      ['2017', '52%', 'WannaCry attack, May 2017'],
    ]);
    expect(el.querySelector('thead th:last-child')!.getAttribute('scope')).to.equal('col');
  });

  it('has no Notes column without notes', async () => {
    expect(cells(await table())[0]).to.deep.equal(['Item', 'Worried']);
    expect(cells(await table(() => undefined))[0]).to.deep.equal(['Item', 'Worried']);
  });
});
