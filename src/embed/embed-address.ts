/**
 * The embed address format, version 1: everything after `#` in `dist/embed/index.html#v=1&tag=trust-bars&…`.
 * The fragment is never sent to a server, so the data stays between the page and the reader's browser.
 *
 * - `v`: the format version, `1` (optional for now; a future format will require it);
 * - `tag`: the widget, one of EMBED_TAGS;
 * - `id`: optional, echoed in the height messages so that a host page can tell its embeds apart;
 * - every other parameter is an attribute of the widget, by its HTML name (`heading`, `source-url`, `data` …),
 *   plus `lang` and `dir`. Boolean attributes (`show-uncertainty`) are on when present, unless set to `false`.
 * - with `tag=trust-dashboard`, the other parameters are the dashboard's attributes, and each `child` parameter (given
 *   once per chart, in order, at most MAX_DASHBOARD_CHILDREN) is one chart inside it: its own form-encoded list,
 *   `tag=trust-bars&value-column=Public&heading=…`, checked by the same rules. The charts share the dashboard's `src`.
 *
 * Parameters are form-encoded (`URLSearchParams`): `+` is a space, a literal plus is `%2B`.
 * Nothing here touches the DOM: the page (embed-page.ts) builds the element from the result with createElement
 * and setAttribute only.
 */
import { safeHttpUrl } from '../core/attributes.js';
import * as sharedProblemsEn from '../core/i18n/en-problems.js';
import { messagesFor, provideWords, SHARED_PART, sharedProblemWords } from '../core/i18n/messages.js';
import type { Problem } from '../core/problems.js';
import { DASHBOARD_TAG, WIDGET_TAGS, type WidgetTag } from '../widgets.js';
import { PROTOCOL_VERSION } from './protocol.js';

/** What an embed may show: one of the library's charts, or a dashboard of them; nothing else. */
export const EMBED_TAGS = [...WIDGET_TAGS, DASHBOARD_TAG] as const;
export type EmbedTag = (typeof EMBED_TAGS)[number];

/** Most charts one dashboard embed may hold: more would not be read in an iframe (split the dashboard in two). */
export const MAX_DASHBOARD_CHILDREN = 12;
/** The parameter that holds one chart of a dashboard embed, given once per chart. */
export const CHILD_PARAMETER = 'child';

/** Largest total size of the parameters (names and values, after decoding), in characters: 32 KB. */
export const MAX_PARAMETERS_SIZE = 32 * 1024;

/** Parameters the embed page reads itself; they never become attributes. */
const RESERVED = new Set(['v', 'tag', 'id']);
/** Global attributes an embed may set besides the widget's own. */
const GLOBAL = new Set(['lang', 'dir']);
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** What the widget class says about its attributes. */
export interface WidgetAttributes {
  /** Every attribute the widget reads (its `observedAttributes`). */
  readonly known: ReadonlySet<string>;
  /** The boolean ones, on when present. */
  readonly booleans: ReadonlySet<string>;
}

/** One problem, worded for the person who wrote the embed address. */
export interface EmbedProblem {
  /** The parameter to fix (`tag`, `source-url`, or the whole address: `#`). */
  readonly parameter: string;
  readonly message: string;
}

/** One chart of a dashboard embed. */
export interface EmbedChild {
  readonly tag: WidgetTag;
  /** Attribute name and value, in the order given. */
  readonly attributes: readonly (readonly [string, string])[];
}

export type EmbedRequest =
  | {
      readonly ok: true;
      readonly tag: EmbedTag;
      readonly id: string | null;
      /** Attribute name and value, in the order given. */
      readonly attributes: readonly (readonly [string, string])[];
      /** A dashboard's charts, in the order given; none for a single chart. */
      readonly children: readonly EmbedChild[];
      /** Parameters left out (unknown names, unsafe links): shown above the chart, which is still drawn. */
      readonly warnings: readonly EmbedProblem[];
    }
  | {
      readonly ok: false;
      /** The `id` parameter, so that the error box can still report its height; null for an oversized address. */
      readonly id: string | null;
      readonly errors: readonly EmbedProblem[];
    };

// An address is read at once, its problems explained in English with the shared sentences, which a widget loads
// only when it has a problem to show: what reads addresses (the embed page, the builder) carries them.
provideWords('en', SHARED_PART, sharedProblemWords(sharedProblemsEn));

const kilobytes = (characters: number) => `${Math.ceil(characters / 1024)} KB`;
const fromProblem = (p: Problem): EmbedProblem => ({ parameter: p.attribute, message: p.describe(messagesFor('en-GB')) });

/**
 * Reads an embed address fragment (with or without the leading `#`). `attributesOf` gives the attributes of a
 * registered widget; the page passes the real classes, so a widget's new attribute works in embeds at once.
 */
export function readEmbedAddress(fragment: string, attributesOf: (tag: EmbedTag) => WidgetAttributes | undefined): EmbedRequest {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  // Refuse an absurd address before decoding it: percent-encoding at most triples the size.
  if (raw.length > MAX_PARAMETERS_SIZE * 3) {
    return {
      ok: false,
      id: null,
      errors: [
        {
          parameter: '#',
          message: `The embed address is ${kilobytes(raw.length)} long; its parameters may hold at most ${kilobytes(MAX_PARAMETERS_SIZE)}. Use fewer rows of data, or put the chart on the page with the script instead of an iframe.`,
        },
      ],
    };
  }
  const parameters = [...new URLSearchParams(raw)];
  const size = parameters.reduce((total, [name, value]) => total + name.length + value.length, 0);
  if (size > MAX_PARAMETERS_SIZE) {
    return {
      ok: false,
      id: null,
      errors: [
        {
          parameter: '#',
          message: `The embed parameters hold ${kilobytes(size)}; the limit is ${kilobytes(MAX_PARAMETERS_SIZE)}. Use fewer rows of data, or put the chart on the page with the script instead of an iframe.`,
        },
      ],
    };
  }

  const errors: EmbedProblem[] = [];
  const warnings: EmbedProblem[] = [];
  const seen = new Set<string>();
  for (const [name] of parameters) {
    if (seen.has(name) && name !== CHILD_PARAMETER)
      errors.push({ parameter: name, message: `“${name.slice(0, 40)}” is given more than once; give each parameter once.` });
    seen.add(name);
  }
  const get = (name: string) => parameters.find(([n]) => n === name)?.[1];

  const version = get('v');
  if (version !== undefined && version.trim() !== String(PROTOCOL_VERSION)) {
    errors.push({
      parameter: 'v',
      message: `This embed page reads format version ${PROTOCOL_VERSION}, not “${version.slice(0, 20)}”. Make the embed address again for this version of public-trust-widgets.`,
    });
  }
  const tagText = get('tag')?.trim().toLowerCase();
  const tag = EMBED_TAGS.find((t) => t === tagText);
  const widget = tag ? attributesOf(tag) : undefined;
  if (!tagText) errors.push({ parameter: 'tag', message: `Name the chart with tag=…: one of ${EMBED_TAGS.join(', ')}.` });
  else if (!tag || !widget)
    errors.push({ parameter: 'tag', message: `“${tagText.slice(0, 40)}” is not a chart of public-trust-widgets. Use one of ${EMBED_TAGS.join(', ')}.` });
  const childTexts = tag === DASHBOARD_TAG ? parameters.filter(([name]) => name === CHILD_PARAMETER).map(([, value]) => value) : [];
  if (childTexts.length > MAX_DASHBOARD_CHILDREN) {
    errors.push({
      parameter: CHILD_PARAMETER,
      message: `This dashboard has ${childTexts.length} charts; an embedded dashboard may hold at most ${MAX_DASHBOARD_CHILDREN}. Split it into two dashboards.`,
    });
  }
  if (errors.length || !tag || !widget) return { ok: false, id: get('id') ?? null, errors };

  const own = parameters.filter(([name]) => !RESERVED.has(name) && !(tag === DASHBOARD_TAG && name === CHILD_PARAMETER));
  const attributes = checkedAttributes(tag, widget, own, (problem) => warnings.push(problem));
  const children: EmbedChild[] = [];
  childTexts.forEach((text, index) => {
    const child = readChild(text, index + 1, attributesOf, (problem) => warnings.push(problem));
    if (child) children.push(child);
  });
  return { ok: true, tag, id: get('id') ?? null, attributes, children, warnings };
}

/** An element's attributes from the address, checked as the element checks them; what it cannot take, a warning. */
function checkedAttributes(
  tag: EmbedTag,
  widget: WidgetAttributes,
  parameters: readonly (readonly [string, string])[],
  warn: (problem: EmbedProblem) => void,
  where = '',
): [string, string][] {
  const attributes: [string, string][] = [];
  let previous: readonly [string, string] | undefined;
  for (const parameter of parameters) {
    const [name, value] = parameter;
    const before = previous;
    previous = parameter;
    if (!ATTRIBUTE_NAME.test(name) || !(widget.known.has(name) || GLOBAL.has(name))) {
      const shown = name.slice(0, 40);
      // A name no attribute could have (" NHS", "Wales (2023)") after a value: an "&" written into that value was read
      // as the start of a new parameter.
      const cutShort = before && /[^\w-]/.test(name) ? before : undefined;
      warn({
        parameter: `${where}${shown}`,
        message: cutShort
          ? `<${tag}> has no attribute “${shown}”: the “&” before it probably belongs inside the value of “${cutShort[0].slice(0, 40)}”. Write & as %26 inside a value (“${cutShort[1].slice(-20)}%26${shown}”); it was ignored.`
          : `<${tag}> has no attribute “${shown}”; it was ignored. Check its spelling.`,
      });
      continue;
    }
    if (name === 'source-url') {
      const problems: Problem[] = [];
      safeHttpUrl(name, value, problems);
      if (problems.length) {
        for (const problem of problems.map(fromProblem)) warn({ ...problem, parameter: `${where}${problem.parameter}` });
        continue;
      }
    }
    if (widget.booleans.has(name)) {
      if (value.trim().toLowerCase() !== 'false') attributes.push([name, '']);
      continue;
    }
    attributes.push([name, value]);
  }
  return attributes;
}

/**
 * One `child` of a dashboard embed (`number` counts from 1): a chart's tag and attributes, form-encoded. A child that
 * names no chart of the library is left out with a warning, as an unknown attribute is; the other charts are drawn.
 */
function readChild(
  text: string,
  number: number,
  attributesOf: (tag: EmbedTag) => WidgetAttributes | undefined,
  warn: (problem: EmbedProblem) => void,
): EmbedChild | undefined {
  const where = `${CHILD_PARAMETER} ${number}: `;
  const parameters = [...new URLSearchParams(text)];
  const tagText = parameters
    .find(([name]) => name === 'tag')?.[1]
    .trim()
    .toLowerCase();
  const tag = WIDGET_TAGS.find((t) => t === tagText);
  const widget = tag ? attributesOf(tag) : undefined;
  if (!tag || !widget) {
    const named = tagText ? `“${tagText.slice(0, 40)}” is not a chart of public-trust-widgets` : 'It names no chart (tag=…)';
    warn({ parameter: `${where}tag`, message: `${named}; this chart was left out. Use one of ${WIDGET_TAGS.join(', ')}.` });
    return undefined;
  }
  const seen = new Set<string>();
  const unique = parameters.filter(([name]) => {
    if (name === 'tag') return false;
    if (!seen.has(name)) return seen.add(name);
    warn({ parameter: `${where}${name.slice(0, 40)}`, message: `“${name.slice(0, 40)}” is given more than once for this chart; the first was used.` });
    return false;
  });
  return { tag, attributes: checkedAttributes(tag, widget, unique, warn, where) };
}

/**
 * Makes an embed address for a widget: `embedAddress('https://cdn/…/dist/embed/index.html', 'trust-bars',
 * { heading: 'Concern', data: 'Worried: 57' })`. Parameters are written in the order given, after `v` and `tag`.
 */
export function embedAddress(page: string, tag: EmbedTag, attributes: Record<string, string | boolean>, id?: string): string {
  return `${page.split('#')[0]}#${elementParameters(tag, attributes, id)}`;
}

/** `v` (but for a dashboard's chart), `tag`, `id` when given, then the attributes: `true` present and empty, `false` left out. */
function elementParameters(tag: EmbedTag, attributes: Record<string, string | boolean>, id?: string, versioned = true): URLSearchParams {
  const parameters = new URLSearchParams(versioned ? { v: String(PROTOCOL_VERSION), tag } : { tag });
  if (id !== undefined) parameters.set('id', id);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    parameters.set(name, value === true ? '' : value);
  }
  return parameters;
}

/**
 * Makes an embed address for a dashboard and its charts: `dashboardEmbedAddress(page, { heading: 'Worry', src:
 * 'https://…/figures.csv' }, [{ tag: 'trust-bars', attributes: { 'value-column': 'Public' } }])`. Each chart becomes
 * one `child` parameter, in the order given.
 */
export function dashboardEmbedAddress(
  page: string,
  attributes: Record<string, string | boolean>,
  children: readonly { readonly tag: WidgetTag; readonly attributes: Record<string, string | boolean> }[],
  id?: string,
): string {
  const parameters = elementParameters(DASHBOARD_TAG, attributes, id);
  for (const child of children) parameters.append(CHILD_PARAMETER, String(elementParameters(child.tag, child.attributes, undefined, false)));
  return `${page.split('#')[0]}#${parameters}`;
}
