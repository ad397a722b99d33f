/**
 * The builder's whole state, and the two ways it comes back: from the builder's own address (so a chart can be
 * reopened and edited next week) and from an embed code pasted back in ("Open in builder").
 */
import { tsvFormatRows } from 'd3-dsv';
import { SERIES_SEPARATOR } from '../core/data/parse-data-attribute.js';
import { SSR_LANG_ATTRIBUTE, SSR_WIDTH_ATTRIBUTE } from '../core/ssr/hydration.js';
import { WIDGET_TAGS, type WidgetTag } from '../widgets.js';
import { CUSTOM_PROPERTY_NAME, readStyleColours } from './colours.js';

export const UI_LANGUAGES = ['en', 'cy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface BuilderState {
  /** The data as pasted (TSV or CSV text). */
  readonly pasted: string;
  /** The widget chosen; undefined while the suggestion stands. */
  readonly tag?: WidgetTag;
  /** Attribute values as written in the form, by HTML name; a boolean that is on is `true`. */
  readonly attributes: Readonly<Record<string, string | boolean>>;
  /** The language of the builder's own words. */
  readonly ui: UiLanguage;
  /** Where the built library lives (the folder holding cdn/ and embed/), when not the builder's own. */
  readonly library?: string;
  /** Colours chosen, by custom property (`--trust-series-1` → `#005eb8`); none: the theme's. */
  readonly colours?: Readonly<Record<string, string>>;
}

export const EMPTY_STATE: BuilderState = { pasted: '', attributes: {}, ui: 'en' };

/** Parameters of the builder's address that are not attributes. */
const OWN = ['v', 'ui', 'tag', 'paste', 'library'] as const;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
/** What a pre-render (the static HTML, public-trust-widgets/ssr) adds to the start tag: its layout, not the chart's. */
const PRERENDER_ATTRIBUTES: readonly string[] = [SSR_WIDTH_ATTRIBUTE, SSR_LANG_ATTRIBUTE];
const FORMAT_VERSION = '1';

const isTag = (text: string | null | undefined): text is WidgetTag => WIDGET_TAGS.some((tag) => tag === text);

/**
 * The state as an address fragment (form-encoded, like the embed address): `v`, `ui`, `tag`, `paste`, `library`,
 * then each attribute that has a value (`show-uncertainty=` for a boolean that is on), then each colour chosen
 * (`--trust-series-1=#005eb8`: a custom property's name cannot be an attribute's).
 */
export function stateToFragment(state: BuilderState): string {
  const parameters = new URLSearchParams({ v: FORMAT_VERSION });
  if (state.ui !== 'en') parameters.set('ui', state.ui);
  if (state.tag) parameters.set('tag', state.tag);
  if (state.pasted.trim()) parameters.set('paste', state.pasted);
  if (state.library) parameters.set('library', state.library);
  for (const [name, value] of Object.entries(state.attributes)) {
    if (value === true) parameters.set(name, '');
    else if (typeof value === 'string' && value.trim()) parameters.set(name, value);
  }
  for (const [name, value] of Object.entries(state.colours ?? {})) if (value.trim()) parameters.set(name, value.trim());
  return `#${parameters}`;
}

/**
 * The state from an address fragment. `booleans` names the attributes that are on/off (from the manifest): those
 * are `true` when present. Unknown or malformed names are dropped, never turned into anything.
 */
export function stateFromFragment(fragment: string, booleans: ReadonlySet<string> = new Set()): BuilderState {
  const parameters = new URLSearchParams(fragment.replace(/^#/, ''));
  const ui = UI_LANGUAGES.find((language) => language === parameters.get('ui')) ?? 'en';
  const tag = parameters.get('tag');
  const library = parameters.get('library');
  const attributes: Record<string, string | boolean> = {};
  const colours: Record<string, string> = {};
  for (const [name, value] of parameters) {
    // Kept as written (the form says when one is not a colour); only hex colours ever reach a chart.
    if (CUSTOM_PROPERTY_NAME.test(name)) colours[name] = value;
    if ((OWN as readonly string[]).includes(name) || !ATTRIBUTE_NAME.test(name)) continue;
    attributes[name] = booleans.has(name) ? value.trim().toLowerCase() !== 'false' : value;
  }
  return {
    pasted: parameters.get('paste') ?? '',
    ...(isTag(tag) ? { tag } : {}),
    attributes,
    ui,
    ...(library ? { library } : {}),
    ...(Object.keys(colours).length ? { colours } : {}),
  };
}

/** What an embed code says: the widget, its attributes, its colours (from `style`) and its data as TSV. */
export interface EmbedCodeReading {
  readonly tag: WidgetTag;
  readonly attributes: Record<string, string | boolean>;
  readonly pasted: string;
  readonly colours: Record<string, string>;
}

/**
 * Reads an embed code pasted back in: a script embed (the widget element, with a child table or a `data`
 * attribute) or an iframe embed (its address). Parsed inert by DOMParser: nothing in it runs or loads.
 * `booleans` names on/off attributes. Undefined when the code holds no chart of the library.
 */
export function readEmbedCode(code: string, booleans: ReadonlySet<string> = new Set()): EmbedCodeReading | undefined {
  const document = new DOMParser().parseFromString(code, 'text/html');
  const element = document.querySelector(WIDGET_TAGS.join(','));
  if (element && isTag(element.localName)) {
    const attributes: Record<string, string | boolean> = {};
    for (const name of element.getAttributeNames()) {
      if (['data', 'series', 'style'].includes(name) || PRERENDER_ATTRIBUTES.includes(name) || !ATTRIBUTE_NAME.test(name)) continue;
      attributes[name] = booleans.has(name) ? element.getAttribute(name)?.trim().toLowerCase() !== 'false' : (element.getAttribute(name) ?? '');
    }
    const table = element.querySelector('table');
    const data = element.getAttribute('data');
    const pasted = data ? dataToTsv(data, element.getAttribute('series') ?? '') : table ? tableToTsv(table) : '';
    return { tag: element.localName, attributes, pasted, colours: readStyleColours(element.getAttribute('style')) };
  }
  const address = document.querySelector('iframe')?.getAttribute('src') ?? (/^\s*\S+#\S*tag=trust-/.test(code) ? code.trim() : undefined);
  const fragment = address?.split('#')[1];
  if (!fragment) return undefined;
  const parameters = new URLSearchParams(fragment);
  const tag = parameters.get('tag');
  if (!isTag(tag)) return undefined;
  const attributes: Record<string, string | boolean> = {};
  for (const [name, value] of parameters) {
    if (['v', 'tag', 'id', 'data', 'series'].includes(name) || !ATTRIBUTE_NAME.test(name)) continue;
    attributes[name] = booleans.has(name) ? value.trim().toLowerCase() !== 'false' : value;
  }
  const data = parameters.get('data');
  // The embed page sets no custom properties (see the iframe embed's note): its address holds no colours.
  return { tag, attributes, pasted: data ? dataToTsv(data, parameters.get('series') ?? '') : '', colours: {} };
}

/** A JSON value as a cell: text and numbers as written, nothing for null, anything else as JSON. */
const cellOf = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);

const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A child table as TSV: its rows, header first, as the cells' text. */
export function tableToTsv(table: HTMLTableElement): string {
  return tsvFormatRows(Array.from(table.rows).map((row) => Array.from(row.cells).map(cellText)));
}

/**
 * The `data` attribute (compact or JSON rows) as TSV with a header row, `series` naming the columns. Values stay as
 * written ("57%", "more than 40"), so the builder reads them again exactly as the widget did.
 */
export function dataToTsv(data: string, series: string): string {
  const names = series ? series.split(SERIES_SEPARATOR).map((name) => name.trim()) : [];
  const trimmed = data.trim();
  let rows: string[][];
  let columns: string[];
  if (trimmed.startsWith('[')) {
    let records: unknown;
    try {
      records = JSON.parse(trimmed);
    } catch {
      return '';
    }
    if (!Array.isArray(records)) return '';
    columns = [];
    const cells: Map<string, string>[] = [];
    const labels: string[] = [];
    for (const record of records) {
      if (!record || typeof record !== 'object') continue;
      const entries = new Map<string, string>();
      const add = (name: string, value: unknown) => {
        if (!columns.includes(name)) columns.push(name);
        entries.set(name, cellOf(value));
      };
      for (const [key, value] of Object.entries(record as Record<string, unknown>)) {
        if (key === 'label' || key === 'qualifier' || key === 'qualifiers') continue;
        if (key === 'value') add('', value);
        else if (key === 'values' && value && typeof value === 'object') for (const [name, inner] of Object.entries(value)) add(name, inner);
        else add(key, value);
      }
      labels.push(cellOf((record as Record<string, unknown>)['label']));
      cells.push(entries);
    }
    rows = labels.map((label, i) => [label, ...columns.map((name) => cells[i]!.get(name) ?? '')]);
  } else {
    rows = trimmed
      .split(/[;\n]/)
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const colon = entry.lastIndexOf(':');
        return [
          entry.slice(0, Math.max(colon, 0)).trim(),
          ...entry
            .slice(colon + 1)
            .split(SERIES_SEPARATOR)
            .map((v) => v.trim()),
        ];
      });
    columns = Array.from({ length: Math.max(0, ...rows.map((row) => row.length - 1)) }, () => '');
  }
  const header = ['', ...columns.map((name, i) => names[i] ?? name)];
  return tsvFormatRows([header, ...rows]);
}
