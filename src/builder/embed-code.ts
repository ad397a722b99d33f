/**
 * Out: the code an editor copies. Pure text: every value from the form or the pasted cells goes through
 * escapeHtml, so hostile text ("<script>", a quote that ends an attribute) stays text in the embed.
 */
import { embedAddress } from '../embed/embed-address.js';
import { iframeTitle } from '../embed/iframe-code.js';
import { SERIES_SEPARATOR } from '../core/data/parse-data-attribute.js';
import type { WidgetTag } from '../widgets.js';
import { styleText } from './colours.js';
import type { PastedTable } from './paste.js';

/** The widget's attributes as the form holds them: text, or on/off for a boolean. Empty text is left out. */
export type WidgetAttributeValues = Readonly<Record<string, string | boolean>>;

/** Where the built library lives: the folder holding cdn/ and embed/ (`https://cdn…/public-trust-widgets/dist/`). */
export interface LibraryLocation {
  readonly base: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML text and for a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** The attributes worth writing, in the form's order: non-empty text, and booleans that are on. */
function writtenAttributes(attributes: WidgetAttributeValues): [string, string | true][] {
  return Object.entries(attributes).flatMap(([name, value]): [string, string | true][] => {
    if (value === true) return [[name, true]];
    if (typeof value === 'string' && value.trim() !== '') return [[name, value.trim()]];
    return [];
  });
}

const base = (library: LibraryLocation) => (library.base.endsWith('/') ? library.base : `${library.base}/`);

/** The pasted table as the HTML table the widgets read (a header row of `<th>`, then a row per label). */
export function tableHtml(table: PastedTable, indent = '  '): string {
  const cells = (row: readonly string[], tag: 'th' | 'td') => row.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('');
  const body = table.rows.map((row) => `${indent}${indent}<tr>${cells(row, 'td')}</tr>`);
  return [
    `${indent}<table>`,
    `${indent}${indent}<thead><tr>${cells(table.header, 'th')}</tr></thead>`,
    `${indent}${indent}<tbody>`,
    ...body.map((row) => `${indent}${row}`),
    `${indent}${indent}</tbody>`,
    `${indent}</table>`,
  ].join('\n');
}

/** The element's opening tag with its attributes, then its colours as `style`, one per line when there are several. */
function openingTag(tag: WidgetTag, attributes: WidgetAttributeValues, colours: readonly [string, string][]): string {
  const written = writtenAttributes(attributes).map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(value)}"`));
  if (colours.length) written.push(`style="${escapeHtml(styleText(colours))}"`);
  if (written.length <= 1) return `<${tag}${written.map((a) => ` ${a}`).join('')}>`;
  return `<${tag}\n${written.map((a) => `  ${a}`).join('\n')}>`;
}

/**
 * (1) The script embed: the library's CDN file, and the widget with the data inline as a child `<table>`, which
 * readers without JavaScript see as it is. With a `src` attribute and no table, the widget fetches its figures.
 * `colours` (custom property, hex value) go in the element's `style` attribute.
 */
export function scriptEmbed(
  tag: WidgetTag,
  attributes: WidgetAttributeValues,
  table: PastedTable | undefined,
  library: LibraryLocation,
  colours: readonly [string, string][] = [],
): string {
  return [
    `<!-- public-trust-widgets: the script once per page, then the chart -->`,
    `<script type="module" src="${escapeHtml(`${base(library)}cdn/public-trust-widgets.js`)}"></script>`,
    openingTag(tag, attributes, colours),
    ...(table ? [tableHtml(table)] : []),
    `</${tag}>`,
  ].join('\n');
}

/**
 * The data as the `data` attribute (an iframe embed cannot hold a table): the compact form when every cell allows it
 * (`Worried: 57% | 60%`, with the series named in `series`), otherwise JSON rows, which also carry `n` columns.
 */
export function dataAttribute(table: PastedTable): { data: string; series?: string } {
  const series = table.valueColumns.map((i) => table.header[i] ?? '');
  const labelled = table.rows.filter((row) => (row[0] ?? '') !== '');
  const hasSizes = table.header.length - 1 > table.valueColumns.length;
  const compactSafe =
    !hasSizes &&
    labelled.every((row) => !/[;\n]/.test(row[0]!) && table.valueColumns.every((i) => !/[;:|\n]/.test(row[i] ?? ''))) &&
    series.every((name) => !name.includes(SERIES_SEPARATOR));
  if (compactSafe) {
    const data = labelled.map((row) => `${row[0]}: ${table.valueColumns.map((i) => row[i] ?? '').join(` ${SERIES_SEPARATOR} `)}`).join('; ');
    return series.some(Boolean) ? { data, series: series.join(` ${SERIES_SEPARATOR} `) } : { data };
  }
  const sizeColumns = table.header.map((_, i) => i).filter((i) => i > 0 && !table.valueColumns.includes(i));
  const rows = labelled.map((row) => {
    const values: Record<string, string> = {};
    for (const i of table.valueColumns) values[series[table.valueColumns.indexOf(i)] || `${i}`] = row[i] ?? '';
    const record: Record<string, unknown> = { label: row[0], values };
    for (const i of sizeColumns) record[table.header[i]!] = row[i] ?? '';
    return record;
  });
  return { data: JSON.stringify(rows) };
}

/**
 * (2) The iframe embed, for pages that allow no scripts: an address written by embedAddress (so a `&` or `#` in a
 * heading is encoded), a title naming the chart, and resize.js to fit the iframe to it. With a `src` attribute the
 * address carries that instead of the figures (`data` would win over `src`, and the chart would not be live).
 */
export function iframeEmbed(tag: WidgetTag, attributes: WidgetAttributeValues, table: PastedTable | undefined, library: LibraryLocation): string {
  const written = Object.fromEntries(writtenAttributes(attributes));
  const figures = table && written['src'] === undefined ? dataAttribute(table) : {};
  const address = embedAddress(`${base(library)}embed/index.html`, tag, { ...written, ...figures });
  const heading = typeof written['heading'] === 'string' ? written['heading'] : '';
  return [
    `<iframe`,
    `  src="${escapeHtml(address)}"`,
    `  title="${escapeHtml(iframeTitle(false, heading, typeof written['lang'] === 'string' ? written['lang'] : ''))}"`,
    `  width="100%" height="480" frameborder="0" loading="lazy"></iframe>`,
    `<!-- once per page: fits every embed to its chart -->`,
    `<script src="${escapeHtml(`${base(library)}embed/resize.js`)}" async></script>`,
  ].join('\n');
}
