import type { DataSourceName, SourceWords } from './shared-words.js';

/**
 * The Welsh of the phrases in shared-words.ts, for the widgets' Welsh catalogues. Loaded with the Welsh words only,
 * so it imports nothing at run time (see `registerWords` in messages.ts).
 */

/** Welsh names without their article: after "o" the article contracts ("o’r briodwedd"), elsewhere it is "y". */
const welshSources: SourceWords = { '.data': 'briodwedd .data', data: 'briodwedd data', table: 'tabl yn yr elfen' };

/** How a warning names the source that won, in Welsh with its article: "y briodwedd data", "y tabl yn yr elfen". */
export const welshDataSource = (source: string): string => `y ${welshSources[source as DataSourceName] ?? welshSources.table}`;

/** Welsh "from the source": "o’r briodwedd data", never "o y briodwedd data" (the article contracts after "o"). */
export const welshFromDataSource = (source: string): string => `o’r ${welshSources[source as DataSourceName] ?? welshSources.table}`;

/** A change between percentages in Welsh, which counts with the singular noun: "10 pwynt canran". */
export const welshPercentagePoints = (value: string): string => `${value} pwynt canran`;
