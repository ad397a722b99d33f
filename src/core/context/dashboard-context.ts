import { createContext } from '@lit/context';

/**
 * What a `<trust-dashboard>` hands down to the widgets inside it: the attributes they share, as the dashboard has
 * them (unset ones absent), and the heading level its children's headings default to.
 *
 * The theme is not here: a dashboard's theme reaches its children through CSS inheritance (see theme/tokens.ts), as
 * the page's `color-scheme` does, so it needs no script and holds in a pre-rendered page before hydration.
 */
export interface DashboardShared {
  readonly locale?: string;
  readonly src?: string;
  readonly timeout?: string;
  readonly refresh?: string;
  readonly source?: string;
  readonly sourceUrl?: string;
  readonly population?: string;
  readonly sampleSize?: string;
  readonly designEffect?: string;
  readonly fieldwork?: string;
  readonly method?: string;
  readonly question?: string;
  readonly commissionedBy?: string;
  /** One level below the dashboard's own heading: a dashboard's `<h2>` makes its charts' headings `<h3>`. */
  readonly childHeadingLevel: string;
}

export type InheritedName = Exclude<keyof DashboardShared, 'childHeadingLevel'>;

/** The attributes a widget takes from its dashboard when it does not set them itself, by property name. */
export const INHERITED: readonly InheritedName[] = [
  'locale',
  'src',
  'timeout',
  'refresh',
  'source',
  'sourceUrl',
  'population',
  'sampleSize',
  'designEffect',
  'fieldwork',
  'method',
  'question',
  'commissionedBy',
];

/**
 * The context key. `Symbol.for`, not a plain symbol: a widget and a dashboard from two copies of the library on one
 * page (an embed loaded twice) still find each other.
 */
export const dashboardContext = createContext<DashboardShared | undefined>(Symbol.for('public-trust-widgets/dashboard'));

/** A widget sets an attribute when it has one (even empty: `source=""` opts out of the dashboard's source). */
const isSet = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * The attributes a widget draws with: its own where it sets them, else its dashboard's. Without a dashboard the
 * widget itself, untouched.
 */
export function withInherited<T extends object>(own: T, shared: DashboardShared | undefined): T {
  if (!shared) return own;
  const taken = new Map<PropertyKey, string>();
  for (const name of INHERITED) {
    const value = shared[name];
    if (value !== undefined && !isSet((own as Record<string, unknown>)[name])) taken.set(name, value);
  }
  if (!taken.size) return own;
  return new Proxy(own, { get: (target, key) => (taken.has(key) ? taken.get(key) : Reflect.get(target, key)) });
}

/** Whether the widget takes `name` from its dashboard (it has none of its own, and the dashboard has one). */
export function inherits(own: object, shared: DashboardShared | undefined, name: InheritedName): boolean {
  return !!shared && shared[name] !== undefined && !isSet((own as Record<string, unknown>)[name]);
}

/**
 * The attributes (as written, `source-url`) a widget takes from its dashboard. The dashboard names a mistake in one
 * of them once; the widgets that take it do not name it again. Not `src`: what goes wrong with a file (a refresh
 * that failed, a filter that keeps no row) is each chart's own, and only the chart can say it.
 */
export function takenAttributes(own: object, shared: DashboardShared | undefined): Set<string> {
  const names = INHERITED.filter((name) => name !== 'src' && inherits(own, shared, name));
  return new Set(names.map((name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)));
}
