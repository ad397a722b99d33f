import { englishPlural } from './grammar.js';

/**
 * Phrases that several widgets' catalogues use, in English and Welsh, so that every widget says them the same way.
 * A widget's sentences stay in its own catalogue; only the shared pieces are here.
 */

/** Where a widget's figures came from when not from its own attributes (the view picks one, in this order). */
export type DataSourceName = '.data' | 'data' | 'table';

type SourceWords = Readonly<Record<DataSourceName, string>>;

const englishSources: SourceWords = { '.data': 'the .data property', data: 'the data attribute', table: 'the table inside the element' };
/** Welsh names without their article: after "o" the article contracts ("o’r briodwedd"), elsewhere it is "y". */
const welshSources: SourceWords = { '.data': 'briodwedd .data', data: 'briodwedd data', table: 'tabl yn yr elfen' };

/**
 * How a warning names the source that won over a widget's own attribute ("ignored, because the figures come from the
 * data attribute"). Any other origin is a child table: the view tries it last.
 */
export const englishDataSource = (source: string): string => englishSources[source as DataSourceName] ?? englishSources.table;

/** The same in Welsh, with its article: "y briodwedd data", "y tabl yn yr elfen". */
export const welshDataSource = (source: string): string => `y ${welshSources[source as DataSourceName] ?? welshSources.table}`;

/** Welsh "from the source": "o’r briodwedd data", never "o y briodwedd data" (the article contracts after "o"). */
export const welshFromDataSource = (source: string): string => `o’r ${welshSources[source as DataSourceName] ?? welshSources.table}`;

/**
 * A change between percentages, in words: "1 percentage point", "2.5 percentage points". `value` is the amount as
 * shown; `amount` is the number, which picks singular or plural (pass it rounded as shown).
 */
export const englishPercentagePoints = (value: string, amount: number): string => `${value} ${englishPlural(amount, 'percentage point', 'percentage points')}`;

/** The same in Welsh, which counts with the singular noun: "10 pwynt canran". */
export const welshPercentagePoints = (value: string): string => `${value} pwynt canran`;
