import { problem, type Problem } from '../problems.js';

/**
 * The code a widget needs only for what an author asked it to say besides its figures (`notes`, `reference`,
 * `highlight`, trend's `labels="all"`): parsing, matching and placing them. Most charts have none, so each widget's
 * part loads on first need, from a chunk of its own (rollup.config.js); the `svg` templates stay in the widget, so the
 * chunk holds no Lit. A widget that needs it waits for it before its first render (TrustElement.scheduleUpdate), so no
 * frame is drawn without its notes.
 */
export class LazyAnnotations<Kit> {
  private loaded?: Kit;
  private loading?: Promise<void>;
  private failed = false;

  /**
   * @param needs - The attribute of an element that asks for this code (the first, if several), or undefined when none does.
   * @param load - Imports the code (a dynamic `import()`, so that bundles split it off).
   */
  constructor(
    readonly needs: (element: HTMLElement) => string | undefined,
    private readonly load: () => Promise<Kit>,
  ) {}

  /** The code, when it is here; undefined before it loads, or if it failed to. */
  get kit(): Kit | undefined {
    return this.loaded;
  }

  /** Gives the code at once, with no loading: the pre-renderer imports it statically, as a server renders synchronously. */
  provide(kit: Kit): void {
    this.loaded = kit;
  }

  /** Loads the code if it is not here; never rejects: a failed load leaves the chart without its notes, said in the console. */
  pending(): Promise<void> | undefined {
    if (this.loaded || this.failed) return undefined;
    this.loading ??= this.load().then(
      (kit) => {
        this.loaded = kit;
      },
      (error: unknown) => {
        this.failed = true;
        console.warn('public-trust-widgets: the code that draws notes, reference lines and shaded ranges could not be loaded.', error);
      },
    );
    return this.loading;
  }

  /**
   * The code for an element's draw. When the element asks for it but it is not here (its load failed), a warning
   * naming the attribute goes to `problems`: the chart is drawn without what that attribute asked for.
   */
  for(element: HTMLElement, problems: Problem[]): Kit | undefined {
    if (this.loaded) return this.loaded;
    const attribute = this.needs(element);
    if (attribute) problems.push(problem(attribute, (m) => m.annotationsNotLoaded(attribute)));
    return undefined;
  }
}

/** Each widget class's lazy annotation code (registered by the widget's module). */
const registry = new Map<unknown, LazyAnnotations<unknown>>();

/** Registers the annotation code a widget class (and its subclasses) loads when an element asks for it. */
export function registerAnnotations(widget: CustomElementConstructor, lazy: LazyAnnotations<unknown>): void {
  registry.set(widget, lazy);
}

/** Gives a widget's annotation code at once (the pre-renderer, which imports it statically). */
export function provideAnnotations<Kit>(widget: CustomElementConstructor, kit: Kit): void {
  registry.get(widget)?.provide(kit);
}

/**
 * The load under way of the annotation code an element asks for and that is not loaded yet; undefined when it asks
 * for none or the code is here, so that a chart without notes never waits. Never rejects.
 */
export function annotationsPending(element: HTMLElement): Promise<void> | undefined {
  for (let type: unknown = element.constructor; typeof type === 'function'; type = Object.getPrototypeOf(type)) {
    const lazy = registry.get(type);
    if (lazy) return lazy.needs(element) ? lazy.pending() : undefined;
  }
  return undefined;
}

/** The first of `attributes` an element has a value for (its property, as set from the attribute or by script). */
export const firstWritten =
  (...attributes: readonly string[]) =>
  (element: HTMLElement): string | undefined =>
    attributes.find((attribute) => {
      const value = (element as unknown as Record<string, unknown>)[attribute];
      return typeof value === 'string' && value.trim() !== '';
    });

/**
 * `notes`, or notes in the foot of the element's child table (`<td data-note>`, see table-notes.ts): either needs the
 * code. Answers `notes` for both, the attribute that problems and the failed-load warning name. Asked in the browser
 * only (the pre-renderer is given the code up front), where the light DOM can be queried.
 */
export const notesWritten = (element: HTMLElement): string | undefined =>
  firstWritten('notes')(element) ?? (element.querySelector?.(':scope > table > tfoot [data-note]') ? 'notes' : undefined);
