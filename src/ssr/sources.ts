/// <reference types="node" />
/**
 * Live data at build time: before pre-rendering, each widget's `src` is read (fetched from the web, or read from a
 * file beside the page) with the same format detection, parsing, columns and filter as in the browser, and its figures
 * are written into the widget as a child `<table>`. The static HTML then carries the figures: no-JS readers get the
 * table, the pre-render draws the chart from it, and in the browser the widget draws that same table until its own
 * load of `src` arrives (so hydration repeats the server's render exactly), then refreshes as `refresh` says.
 *
 * A `<trust-dashboard>`'s `src` is read for each widget inside it that takes it (one with no `src` and no data of its
 * own: no `data`, no table of the author's, no attributes such as `value`), with that widget's own columns and filter.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse, html as parse5Html, type DefaultTreeAdapterTypes } from 'parse5';
import { messagesFor } from '../core/i18n/messages.js';
import type { Problem } from '../core/problems.js';
import { resolveSourceAddress } from '../core/source/source-address.js';
import { MAX_SOURCE_BYTES } from '../core/source/source-cache.js';
import { parseFilter } from '../core/source/source-columns.js';
import { detectFormat, readSource } from '../core/source/source-format.js';
import { recordsFrom, type SourceColumnAttributes, type SourceLoadProblem } from '../core/source/source-load.js';
import { sourceProblem } from '../core/source/source-problems.js';
import { LitElementRenderer } from '@lit-labs/ssr';
import type { TrustElement } from '../core/trust-element.js';
import { nearestDashboard } from './dashboard.js';
import type { RenderProblem } from './index.js';
import { widgetClasses } from './styles.js';
import { applyEdits, type TextEdit } from './text-edits.js';

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Element = DefaultTreeAdapterTypes.Element;

// Marks a table written from `src`, so that reading the sources again replaces it with fresh figures (and the
// browser knows it for a stand-in, not the widget's own data).
import { FROM_SRC_ATTRIBUTE, PUBLISHED_LOWER_ATTRIBUTE, PUBLISHED_UPPER_ATTRIBUTE } from '../core/data/from-src.js';
import type { PublishedInterval } from '../core/data/model.js';
export { FROM_SRC_ATTRIBUTE };

export interface SourceOptions {
  /** The page's address: without `pageFile`, a relative `src` is fetched from the web against it. */
  readonly baseUrl?: string | undefined;
  /** The page's file: a relative `src` is read from disk, relative to this file's folder. */
  readonly pageFile?: string | undefined;
  /** Milliseconds to wait for each address. Default 10,000. */
  readonly timeoutMs?: number | undefined;
  /** Receives each `src` that could not be read (in English, as the browser's console would say it). */
  readonly onProblem?: ((problem: RenderProblem) => void) | undefined;
}

/**
 * Returns `html` with the figures of every widget's `src` written into it as a child `<table>` (marked
 * `data-from-src`), and of every dashboard's `src` into each widget that takes it. A widget with a table of the
 * author's own keeps it; one whose `src` cannot be read is left as it was, and reported. Every address is read once,
 * however many widgets use it. Never rejects for a bad `src`.
 */
export async function inlineSources(html: string, options: SourceOptions = {}): Promise<string> {
  const classes = widgetClasses();
  const document = parse(html, { sourceCodeLocationInfo: true });
  const readers: { readonly widget: P5Element; readonly src: string }[] = [];
  const visit = (node: P5Node): void => {
    if (!('tagName' in node)) return;
    if (node.namespaceURI === parse5Html.NS.HTML && classes.has(node.tagName)) {
      const src = attribute(node, 'src')?.trim() || dashboardSource(node);
      if (src) readers.push({ widget: node, src });
    }
    for (const child of node.childNodes) visit(child);
  };
  for (const child of document.childNodes) visit(child);

  const bodies = new Map<string, Promise<Body | SourceLoadProblem>>();
  const edits: TextEdit[] = [];
  for (const { widget, src } of readers) {
    const tables = widget.childNodes.filter((child): child is P5Element => 'tagName' in child && child.tagName === 'table');
    const ours = tables.find((table) => table.attrs.some((a) => a.name === FROM_SRC_ATTRIBUTE));
    if (tables.length && !ours) continue;
    const where = locate(src, options);
    const got = 'problem' in where ? where.problem : await (bodies.get(where.key) ?? remember(bodies, where.key, read(where, options)));
    const columns = columnAttributes(widget);
    const filter = parseFilter(columns.filter);
    const chosen: ReturnType<typeof recordsFrom> | undefined =
      'kind' in got || filter.invalid.length
        ? undefined
        : recordsFrom(readSource(got.body, detectFormat(got.contentType, got.address, got.body)), columns, filter.conditions);
    if (!chosen?.ok) {
      const found: SourceLoadProblem = 'kind' in got ? got : chosen ? { ...chosen.problem, url: where.key } : { kind: 'invalid-filter', parts: filter.invalid };
      report(widget, 'error', sourceProblem(found, src), options);
      continue;
    }
    // Published intervals dropped (an end that is not a number, a value outside its interval …): said now, at build
    // time, as the browser will say them once it loads the file (the chart is drawn without those intervals).
    for (const found of chosen.problems ?? []) report(widget, 'warning', sourceProblem(found, src), options);
    const table = tableMarkup(chosen.header, chosen.records, chosen.series, chosen.intervals);
    const place = ours?.sourceCodeLocation ?? undefined;
    const startTag = widget.sourceCodeLocation?.startTag;
    if (place) edits.push({ start: place.startOffset, end: place.endOffset, text: table });
    else if (startTag) edits.push({ start: startTag.endOffset, end: startTag.endOffset, text: table });
  }
  return applyEdits(html, edits);
}

/** A problem with a widget's `src`, to `onProblem`, in English, at the widget's start tag. */
function report(widget: P5Element, kind: RenderProblem['kind'], problem: Problem, { onProblem }: SourceOptions): void {
  const start = widget.sourceCodeLocation?.startTag;
  onProblem?.({
    tag: widget.tagName,
    line: start?.startLine ?? 0,
    column: start?.startCol ?? 0,
    kind,
    message: `${problem.attribute}: ${problem.describe(messagesFor('en-GB'))}`,
  });
}

interface Body {
  readonly body: string;
  readonly contentType: string | null;
  /** Where it came from, for its extension (format detection). */
  readonly address: string;
}

type Location = { readonly key: string; readonly url?: string; readonly file?: string } | { readonly key: string; readonly problem: SourceLoadProblem };

/**
 * Where `src` is read from: an absolute address from the web; a relative one from disk when the page is a file (the
 * site need not be online yet): `data/figures.csv` beside the page, `/data/figures.csv` under the working folder (run
 * the CLI from the site's root); otherwise from the web against `baseUrl`, or else from the working folder.
 */
function locate(src: string, { baseUrl, pageFile }: SourceOptions): Location {
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(src) || src.startsWith('//');
  if (absolute || (baseUrl && !pageFile)) {
    const address = resolveSourceAddress(src, baseUrl ?? 'https://invalid.example/');
    return address.ok ? { key: address.url, url: address.url } : { key: src, problem: { kind: 'unsafe', given: src } };
  }
  const relative = decodeURIComponent(src.replace(/[?#].*$/, ''));
  const fromRoot = relative.startsWith('/');
  const path = resolve(pageFile && !fromRoot ? dirname(pageFile) : process.cwd(), fromRoot ? `.${relative}` : relative);
  return { key: path, file: path };
}

async function read(where: { key: string; url?: string; file?: string }, { timeoutMs = 10_000 }: SourceOptions): Promise<Body | SourceLoadProblem> {
  const url = where.key;
  if (where.file) {
    try {
      const body = await readFile(where.file, 'utf8');
      if (Buffer.byteLength(body) > MAX_SOURCE_BYTES) return { kind: 'too-large', bytes: Buffer.byteLength(body), limit: MAX_SOURCE_BYTES, url };
      return { body, contentType: null, address: new URL(`file://${where.file}`).href };
    } catch (error) {
      return { kind: 'network', detail: (error as Error).message, url };
    }
  }
  try {
    const response = await fetch(where.url!, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return { kind: 'status', status: response.status, statusText: response.statusText, url };
    const body = await response.text();
    if (Buffer.byteLength(body) > MAX_SOURCE_BYTES) return { kind: 'too-large', bytes: Buffer.byteLength(body), limit: MAX_SOURCE_BYTES, url };
    return { body, contentType: response.headers.get('content-type'), address: url };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return { kind: 'timeout', seconds: timeoutMs / 1000, url };
    return { kind: 'network', detail: (error as Error).message, url };
  }
}

function remember<T>(map: Map<string, Promise<T>>, key: string, value: Promise<T>): Promise<T> {
  map.set(key, value);
  return value;
}

const attribute = (element: P5Element, name: string): string | undefined => element.attrs.find((a) => a.name === name && !a.prefix)?.value;

/**
 * The `src` of the dashboard around a widget, when the widget takes it as the browser decides (TrustElement): it has
 * no `src` attribute at all (even an empty one is its own) and no data of its own — no `data`, and nothing from
 * attributes such as trust-stat's `value`, asked of the widget class itself. (A table of the author's is checked by
 * the caller.)
 */
function dashboardSource(widget: P5Element): string | undefined {
  if (attribute(widget, 'src') !== undefined || attribute(widget, 'data')?.trim()) return undefined;
  const dashboard = nearestDashboard(widget);
  const src = dashboard && attribute(dashboard, 'src')?.trim();
  if (!src) return undefined;
  const renderer = new LitElementRenderer(widget.tagName);
  for (const { name, value, prefix } of widget.attrs) if (!prefix) renderer.setAttribute(name, value);
  const element = renderer.element as unknown as { dataFromOwnAttributes: TrustElement['dataFromOwnAttributes'] };
  return element.dataFromOwnAttributes({ locale: 'en-GB', unit: undefined }) === undefined ? src : undefined;
}

function columnAttributes(element: P5Element): SourceColumnAttributes {
  return {
    labelColumn: attribute(element, 'label-column'),
    valueColumn: attribute(element, 'value-column'),
    seriesColumns: attribute(element, 'series-columns'),
    fromColumn: attribute(element, 'from-column'),
    toColumn: attribute(element, 'to-column'),
    nColumn: attribute(element, 'n-column'),
    directionColumn: attribute(element, 'direction-column'),
    lowerColumn: attribute(element, 'lower-column'),
    upperColumn: attribute(element, 'upper-column'),
    filter: attribute(element, 'filter'),
  };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cellText = (cell: unknown): string =>
  cell === null || cell === undefined ? '' : typeof cell === 'object' ? JSON.stringify(cell) : String(cell as string | number | boolean);

/**
 * The chosen figures as the table an author would write: the file's column names as headers (a sample size column
 * headed `n`, which the table reader recognises), one row per record, the label in a row header. A value with a
 * published interval (checked by chooseColumns) carries its ends on its cell, `data-lower` / `data-upper`, which the
 * widgets read from a table marked `data-from-src` only (an author's table never has published intervals).
 */
function tableMarkup(
  header: readonly string[],
  records: readonly Record<string, unknown>[],
  series: readonly string[],
  intervals: readonly (PublishedInterval | undefined)[][] | undefined,
): string {
  const [label = '', ...rest] = header;
  const hasN = records.some((record) => 'n' in record);
  // Each row's direction under the header the table reader recognises, whatever the file called it.
  const extra = [...(hasN ? ['n'] : []), ...(records.some((record) => 'direction' in record) ? ['direction'] : [])];
  const names = hasN ? rest.slice(0, -1) : rest;
  const keys = series.length === 1 && series[0] === 'value' ? ['value'] : series;
  const head = [label, ...names, ...extra].map((name) => `<th>${escapeText(name)}</th>`).join('');
  const rows = records
    .map((record, r) => {
      const ends = (i: number) => {
        const interval = intervals?.[r]?.[i];
        return interval ? ` ${PUBLISHED_LOWER_ATTRIBUTE}="${interval[0]}" ${PUBLISHED_UPPER_ATTRIBUTE}="${interval[1]}"` : '';
      };
      const cells = [...keys, ...extra].map((key, i) => `<td${ends(i)}>${escapeText(cellText(record[key]))}</td>`).join('');
      return `<tr><th scope="row">${escapeText(cellText(record['label']))}</th>${cells}</tr>`;
    })
    .join('');
  return `<table ${FROM_SRC_ATTRIBUTE}><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}
