import { englishPlural } from './grammar.js';

/**
 * Phrases that several widgets' catalogues use in English, so that every widget says them the same way. A widget's
 * sentences stay in its own catalogue; only the shared pieces are here. The Welsh ones are in shared-words-cy.ts,
 * loaded with the Welsh words only.
 */

/** Where a widget's figures came from when not from its own attributes (the view picks one, in this order). */
export type DataSourceName = '.data' | 'data' | 'table';

export type SourceWords = Readonly<Record<DataSourceName, string>>;

const englishSources: SourceWords = { '.data': 'the .data property', data: 'the data attribute', table: 'the table inside the element' };

/**
 * How a warning names the source that won over a widget's own attribute ("ignored, because the figures come from the
 * data attribute"). Any other origin is a child table: the view tries it last.
 */
export const englishDataSource = (source: string): string => englishSources[source as DataSourceName] ?? englishSources.table;

/**
 * A change between percentages, in words: "1 percentage point", "2.5 percentage points". `value` is the amount as
 * shown; `amount` is the number, which picks singular or plural (pass it rounded as shown).
 */
export const englishPercentagePoints = (value: string, amount: number): string => `${value} ${englishPlural(amount, 'percentage point', 'percentage points')}`;
