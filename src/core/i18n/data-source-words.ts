/** Where a widget's figures came from when not from its own attributes (the view picks one, in this order). */
export type DataSourceName = '.data' | 'data' | 'table';

type SourceWords = Readonly<Record<DataSourceName, string>>;

const english: SourceWords = { '.data': 'the .data property', data: 'the data attribute', table: 'the table inside the element' };
const welsh: SourceWords = { '.data': 'y briodwedd .data', data: 'y briodwedd data', table: 'y tabl yn yr elfen' };

/**
 * How a warning names the source that won over a widget's own attribute ("ignored, because the figures come from the
 * data attribute"). Any other origin is a child table: the view tries it last.
 */
export const englishDataSource = (source: string): string => english[source as DataSourceName] ?? english.table;

/** The same in Welsh, with its article: "y briodwedd data", "y tabl yn yr elfen". */
export const welshDataSource = (source: string): string => welsh[source as DataSourceName] ?? welsh.table;
