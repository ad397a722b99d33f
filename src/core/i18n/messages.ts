import { en } from './en.js';
import { englishCount, englishPlural, joinList } from './grammar.js';
import { problem, type Problem } from '../problems.js';
import type { SourceMessages } from '../source/source-words.js';

/** A value as the reader sees it, already formatted for the locale ("57%", "more than 90%"). */
type Shown = string;

/**
 * The sentences a widget shows its readers, built into every file in English (en.ts). See `Messages`.
 */
/** The keyboard help's words (see ReaderMessages.keyHelp). */
export interface KeyHelpWords {
  title: string;
  arrows: string;
  alongSeries: string;
  betweenSeries: string;
  withinRow: string;
  betweenRows: string;
  homeEnd: string;
  /** Home and End on a chart walked by rows of several parts: the row's first or last part. */
  homeEndRow: string;
  pagesSeries: string;
  pagesRows: string;
  escape: string;
  question: string;
}

export interface ReaderMessages extends Partial<SourceMessages> {
  /** The locale these words were picked for, so a widget can pick its own catalogue to match. */
  readonly locale: string;
  // Figure frame and controls
  source: string;
  showTable: string;
  hideTable: string;
  // The Download menu under the chart (issue 15)
  download: string;
  /** The menu's items, by what they give. */
  exportItems: Readonly<Record<'png' | 'card' | 'svg' | 'csv' | 'embed', string>>;
  /** Shown while the file is being made. */
  preparing: string;
  /** Said politely once the file is downloaded ("Downloaded heading.png"). */
  downloaded: (file: string) => string;
  embedCopied: string;
  /** Beside the embed code, selected in a box, where the browser refused to copy it. */
  copyByHand: string;
  exportFailed: string;
  defaultCaption: string;
  labelColumn: string;
  valueColumn: string;
  noData: string;
  legend: string;
  target: string;
  ratio: (value: Shown) => string;
  qualified: (qualifier: string, value: Shown) => string;
  keyboardHint: string;
  /**
   * Where a point is, read after it: along its series and, with several series, which series ("2 of 4, series 1 of
   * 2"); on a chart walked by rows (likert, change), its place within the row, then which row ("2 of 5, row 1 of 2"),
   * or only the row when each row is one mark ("Row 2 of 5").
   */
  pointAnnouncement: (point: {
    label: string;
    series?: string;
    value: Shown;
    position: number;
    total: number;
    seriesPosition?: number;
    seriesCount?: number;
    row?: number;
    rowCount?: number;
  }) => string;
  /** Said before the point when a key would move past the first or the last point of a series. */
  firstPoint: string;
  lastPoint: string;
  /** The visible one-line key guide under a chart that has keyboard focus. */
  keysShown: string;
  /** The one-line disclosure above a chart readers find hard (src/core/frame/how-to-read.ts). */
  howToReadTitle: string;
  /**
   * The keyboard help `?` opens: its title, and one line per key that works. The English lines load with the help
   * (src/core/frame/key-list.ts), so only other languages give them here.
   */
  keyHelp?: KeyHelpWords;
  // Survey disclosure and uncertainty (numbers arrive formatted for the locale)
  aboutThisData: string;
  aboutQuestion: string;
  aboutPopulation: string;
  aboutBase: string;
  aboutSampleSize: string;
  aboutFieldwork: string;
  aboutMethod: string;
  aboutCommissionedBy: string;
  aboutUncertainty: string;
  sampleSizeValue: (n: Shown) => string;
  /** Month names, January first, for browsers whose date data lacks this language (optional). */
  monthNames?: readonly string[];
  /** How the intervals are computed, in one or two sentences (shown under "About this data"). */
  marginRule: string;
  /** Beside the margin rule and in the table's caption, when a sample size was written "about 11,000". */
  approximateMargins: string;
  /** Sample sizes that differ by row or series, smallest and largest ("1,012 to 2,040 people"). */
  sampleSizeRange: (low: Shown, high: Shown) => string;
  /** `design-effect`, and the effective sample size when the chart has one sample size. */
  designEffectRule: (designEffect: Shown, effectiveSize: Shown | undefined) => string;
  marginSummary: (largest: Shown) => string;
  intervalNormal: (value: Shown, margin: Shown) => string;
  intervalRange: (value: Shown, low: Shown, high: Shown) => string;
  rangeColumn: (series: string) => string;
  smallSampleCaution: (items: readonly string[], below: Shown) => string;
  withheldNote: (items: readonly string[], below: Shown) => string;
  sampleOf: (label: string, n: Shown) => string;
  /** A value withheld because too few people gave it. */
  withheld: string;
  // Annotations: `notes`, `reference` and `highlight` (issue 16)
  /** The name of the list of notes under a chart whose notes are numbered markers. */
  notesLabel: string;
  /** A point's value as read out and shown in its tooltip, with the note that belongs to it. */
  pointNote: (value: Shown, note: string) => string;
  /** The notes in the summary, each "place: words". */
  notesSummary: (notes: readonly string[]) => string;
  /** A reference line in the summary: its words (may be empty) and its value. */
  referenceSummary: (label: string, value: Shown) => string;
  /** A shaded range in the summary: its ends and its words (may be empty). */
  rangeSummary: (from: string, to: string, label: string) => string;
  // Problems: the headings of the boxes; the explanations are ProblemMessages
  errorHeading: string;
  warningHeading: string;
  // Live data (`src`). The English of its problems and refreshes (SourceMessages) loads with the code that reads `src`.
  /** Shown, with role="status", while the figures from `src` are on their way. */
  loadingFigures: string;
  sourceNetwork: (url: string) => string;
}

/**
 * The sentences that explain a problem to the page's author (what is wrong with an attribute or the data, and how
 * to fix it). In English they load only when a widget has a problem to show (en-problems.ts): most pages never do.
 */
export interface ProblemMessages {
  invalidSampleSizeAttribute: (value: string) => string;
  /** Shorthand read as a number of people ("11k" as "11,000"), for the author to check. */
  sampleSizeReadAs: (text: string, people: Shown) => string;
  invalidDesignEffect: (value: string) => string;
  uncertaintyNeedsSampleSize: string;
  uncertaintyNeedsPercent: string;
  problemIn: (attribute: string, message: string) => string;
  emptyData: string;
  notANumber: (text: string, label: string) => string;
  percentTooHigh: (label: string, value: Shown) => string;
  negativePercent: (label: string, value: Shown) => string;
  negativeNotAllowed: (label: string, value: Shown, unit: string) => string;
  /** A value so large (beyond ±10^300) that no axis can be drawn for it: surely a mistyped figure. */
  tooLargeToDraw: (label: string, value: string) => string;
  fieldworkReversed: (given: string, corrected: string) => string;
  fieldworkNotADate: (given: string) => string;
  tooManyRows: (count: string, max: string) => string;
  invalidJson: (detail: string) => string;
  jsonShape: (detail: string) => string;
  compactSyntax: (part: string) => string;
  seriesMismatch: (label: string, expected: number, found: number) => string;
  missingLabel: (row: number) => string;
  invalidSampleSize: (text: string, label: string) => string;
  tableWithoutRows: string;
  notOneOf: (value: string, allowed: readonly string[], fallback: string) => string;
  /** What an unknown theme falls back to (the `fallback` of notOneOf). */
  pageColours: string;
  unknownUnit: (value: string, allowed: readonly string[]) => string;
  invalidLocale: (value: string, fallback: string) => string;
  invalidCurrency: (value: string) => string;
  invalidFormat: (value: string) => string;
  notANumberAttribute: (value: string) => string;
  tooLargeAttribute: (value: string) => string;
  unsafeUrl: (value: string) => string;
  unknownAttribute: (name: string) => string;
  highlightNotFound: (value: string) => string;
  /** An entry of `notes`, `reference` or `highlight` without its colon; `example` shows the form. */
  annotationNoColon: (entry: string, example: string) => string;
  annotationEmpty: (place: string) => string;
  annotationMarkup: (place: string) => string;
  /** A note on a label that is not in the data; `known` lists a few that are. */
  noteNotFound: (place: string, known: string) => string;
  noteSeriesNotFound: (series: string, known: string) => string;
  referenceNotANumber: (text: string) => string;
  /** A reference line outside the drawn axis: the fix names the axis attribute (`y-max`, `max`). */
  referenceOffAxis: (value: Shown, low: Shown, high: Shown, fix: string) => string;
  rangeNotFound: (text: string) => string;
  /** The code that draws `notes`, `reference` or `highlight` (or trend's `labels="all"`) failed to load. */
  annotationsNotLoaded: (attribute: string) => string;
  /** A note in the child table's foot (`<td data-note>`) that says neither in `data-note` nor in its row where it goes. */
  footNoteNowhere: (words: string) => string;
  /** Notes both in `notes` and in the child table's foot: the attribute's are drawn. */
  notesTwice: (count: number) => string;
  /** A cell of `direction-column` that is not a direction: its row takes the chart's `direction`. */
  directionCellUnreadable: (text: string, label: string) => string;
  /** A cell of `direction-column` that disagrees with the row's own `direction` ("Burnout: down-is-good"), which wins. */
  directionCellOverridden: (text: string, label: string) => string;
  /** A direction column in the data of a chart that has no direction (only <trust-change> reads one): set aside. */
  directionColumnIgnored: (column: string) => string;
  maxBelowData: (max: Shown, largest: Shown) => string;
  refreshTooShort: (given: string, least: string) => string;
  unexpected: (detail: string) => string;
}

/**
 * Every sentence a widget generates. One catalogue per language; a page can add or override entries with
 * `addMessages()`. Functions, not templates, so that each language orders its own words.
 */
export interface Messages extends ReaderMessages, ProblemMessages {}

type Added = Partial<Messages> & Record<string, unknown>;

/**
 * Words by language: English built in, other languages as the library loads them (see `registerWords`), each
 * overlaid by whatever pages add with `addMessages`.
 */
const catalogues = new Map<string, Added>([['en', { ...en }]]);

/**
 * Adds or overrides sentences for a language (`'fr'`) or a regional variant (`'en-US'`). Missing entries fall back
 * to the base language and then to English, so a partial catalogue is fine. Keys of a widget's own catalogue
 * (see `localise`) can be given here too. The page's words win over the library's own, whether the library loads
 * them before or after this call.
 */
export function addMessages(locale: string, messages: Added): void {
  const key = locale.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...messages });
  for (const listener of listeners) listener();
}

const listeners = new Set<() => void>();

/** Calls `listener` whenever a catalogue changes; returns the function that stops it. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads one part of the library's words for a language: the shared words, or one widget's, named by its tag. */
export type WordsLoader = () => Promise<object>;

/** The part every widget needs: the shared catalogue (cy.ts). Each widget's own part is named by its tag. */
export const SHARED_PART = 'shared';

/** The library's words for languages other than English, by base language, then by part ("shared", "trust-stat" …). */
const lazyWords = new Map<string, Map<string, WordsLoader>>();
/** Each part's load under way or done (`language/part`); a failed load counts as done: the widget draws in English. */
const loads = new Map<string, Promise<void>>();
const loadedParts = new Set<string>();

/** The library's own words, under the page's: a page's `addMessages` for the same language keeps winning. */
function addBuiltIn(language: string, words: object): void {
  catalogues.set(language, { ...(words as Added), ...catalogues.get(language) });
}

/**
 * Registers where the library's words for a language live, to be loaded only when a widget is drawn in that
 * language (`scheduleUpdate` in TrustElement waits for them). The loader imports a plain data module that imports
 * nothing the page's script already holds: in a CDN build it is a chunk of its own, and a chunk that imported the
 * script back could load a second copy of it (and of Lit) wherever the script's address differs from the one it was
 * loaded from (a redirect, a query string). Helpers the English words share reach it as arguments instead.
 */
export function registerWords(language: string, part: string, load: WordsLoader): void {
  const parts = lazyWords.get(language) ?? new Map<string, WordsLoader>();
  parts.set(part, load);
  lazyWords.set(language, parts);
}

/**
 * Gives a registered part's words at once, with no loading: the pre-renderer imports every language statically,
 * because a server renders synchronously.
 */
export function provideWords(language: string, part: string, words: object): void {
  const key = `${language}/${part}`;
  if (loadedParts.has(key)) return;
  loadedParts.add(key);
  loads.set(key, Promise.resolve());
  addBuiltIn(language, words);
}

function load(language: string, part: string, loader: WordsLoader): Promise<void> {
  const key = `${language}/${part}`;
  let loading = loads.get(key);
  if (!loading) {
    loading = loader().then(
      (words) => {
        if (!loadedParts.has(key)) addBuiltIn(language, words);
      },
      // English loads only the explanations of problems: its reader's words are built in.
      (error: unknown) =>
        console.warn(
          `public-trust-widgets: the words for locale "${language}" (${part}) did not load${language === 'en' ? ': problems are named, not explained' : ', so they are shown in English'}.`,
          error,
        ),
    );
    loading = loading.finally(() => loadedParts.add(key));
    loads.set(key, loading);
  }
  return loading;
}

/**
 * The tags a widget's class is registered under, its own and its ancestors' (a page may extend `<trust-stat>` under
 * a name of its own). Empty where the browser cannot name a class's tag.
 */
function tagsOf(widget: CustomElementConstructor): string[] {
  const tags: string[] = [];
  for (let type: unknown = widget; typeof type === 'function'; type = Object.getPrototypeOf(type)) {
    const tag = globalThis.customElements?.getName?.(type as CustomElementConstructor);
    if (tag) tags.push(tag);
  }
  return tags;
}

/**
 * The loads under way for the parts of a language a widget needs that are not loaded yet. Given a widget's class, only
 * the shared part and that widget's own (the part named by its tag), unless the class is not one of the library's
 * tags: then every part.
 */
function partsPending(language: string, parts: ReadonlyMap<string, WordsLoader> | undefined, widget?: CustomElementConstructor): Promise<void>[] {
  const tags = widget ? tagsOf(widget) : [];
  const ours = tags.some((tag) => tag.startsWith('trust-'));
  const pending: Promise<void>[] = [];
  for (const [part, loader] of parts ?? []) {
    const needed = !ours || part === SHARED_PART || tags.includes(part);
    if (needed && !loadedParts.has(`${language}/${part}`)) pending.push(load(language, part, loader));
  }
  return pending;
}

const allOf = (pending: Promise<void>[]): Promise<void> | undefined => (pending.length ? Promise.all(pending).then(() => undefined) : undefined);

/**
 * The library's words each locale needs that are not loaded yet, loading them; undefined when there are none (English,
 * or words already here), so that a widget drawn in English never waits. Given a widget's class, only the shared words
 * and that widget's own. The promise never rejects: words that fail to load leave English, with a warning in the console.
 */
export function wordsPending(locales: readonly string[], widget?: CustomElementConstructor): Promise<void> | undefined {
  const languages = new Set(locales.map((locale) => locale.toLowerCase().split('-')[0] ?? ''));
  return allOf([...languages].flatMap((language) => partsPending(language, lazyWords.get(language), widget)));
}

/**
 * The English explanations of problems, by part (the shared ones, and each widget's own named by its tag). They go
 * into the English catalogue once loaded, so every language falls back to them as to any English word.
 */
const problemWords = new Map<string, WordsLoader>();

/** Registers where a part of the English explanations of problems lives, to be loaded when a problem is shown. */
export function registerProblemWords(part: string, load: WordsLoader): void {
  problemWords.set(part, load);
}

/**
 * The English explanations of problems a widget needs that are not loaded yet, loading them; undefined when they are
 * all here. A widget with a problem to show waits for them whatever its language: the console always explains in
 * English, and a catalogue that lacks a sentence falls back to the English one. Never rejects.
 */
export function problemWordsPending(widget?: CustomElementConstructor): Promise<void> | undefined {
  return allOf(partsPending('en', problemWords, widget));
}

/**
 * Loads the library's own words for a locale (Welsh loads only when needed), and the English explanations of
 * problems; resolves once `messagesFor` gives them all. Widgets wait for their words by themselves: this is for code
 * that calls `messagesFor` directly.
 */
export function loadMessages(locale: string): Promise<void> {
  return allOf([wordsPending([locale]), problemWordsPending()].filter((loading) => loading !== undefined)) ?? Promise.resolve();
}

/** The shared English explanations of problems (en-problems.ts), given the grammar they share with the reader's words. */
export const sharedProblemWords = (english: typeof import('./en-problems.js')): ProblemMessages => english.englishProblems({ englishCount, englishPlural });
registerProblemWords(SHARED_PART, () => import('./en-problems.js').then(sharedProblemWords));

/** The shared Welsh (cy.ts), given the grammar it shares with the English. Each widget registers its own Welsh. */
export const sharedWelshWords = (welsh: typeof import('./cy.js')): Messages => welsh.welsh({ joinList });
registerWords('cy', SHARED_PART, () => import('./cy.js').then(sharedWelshWords));

/** The catalogue for a BCP 47 locale: English, overlaid by the base language, overlaid by the exact tag. */
export function messagesFor(locale: string): Messages {
  const tag = locale.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  // Typed as every sentence: the explanations of problems are here once loaded, and nothing shows a problem before.
  return {
    ...(en as Messages),
    ...catalogues.get('en'),
    ...(base !== 'en' ? catalogues.get(base) : undefined),
    ...(tag !== base ? catalogues.get(tag) : undefined),
    locale,
  };
}

/**
 * A widget's own sentences, by language: English is required, others optional. Kept beside the widget
 * (`src/stat/stat-messages.ts`) so the shared catalogue does not grow with every widget; the library's other
 * languages live in files of their own beside it (`stat-messages-cy.ts`), loaded by `registerWords`.
 */
export type WidgetCatalogue<T extends object> = { readonly en: T } & { readonly [locale: string]: Partial<T> | undefined };

/**
 * Picks a widget's sentences for a locale, with the same fallbacks as `messagesFor` (exact tag, base language,
 * English) and with anything a page added through `addMessages` winning over the widget's own defaults.
 */
export function localise<T extends object>(locale: string, catalogue: WidgetCatalogue<T>): T {
  const tag = locale.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  const pick = (key: string): Partial<T> => {
    const added = catalogues.get(key);
    if (!added) return {};
    const own: Partial<T> = {};
    for (const name of Object.keys(catalogue.en) as (keyof T & string)[]) {
      if (Object.prototype.hasOwnProperty.call(added, name)) own[name] = added[name] as T[typeof name];
    }
    return own;
  };
  return {
    ...catalogue.en,
    ...pick('en'),
    ...(base !== 'en' ? { ...catalogue[base], ...pick(base) } : {}),
    ...(tag !== base ? { ...catalogue[tag], ...pick(tag) } : {}),
  };
}

/**
 * A problem with a widget's own attribute, worded in whatever language the problem is described in (the reader's on
 * the page, English in the console) from the widget's words: those it shows readers (`catalogue`), and its
 * explanations of problems (`P`), which load into the shared catalogues like any other word (registerProblemWords).
 */
export function widgetProblem<T extends object, P extends object>(
  attribute: string,
  catalogue: WidgetCatalogue<T>,
  describe: (messages: T & P) => string,
): Problem {
  return problem(attribute, (shared) => describe({ ...(shared as unknown as P), ...localise(shared.locale, catalogue) }));
}
