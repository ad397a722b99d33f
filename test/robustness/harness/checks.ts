import { UNEXPLAINED } from '../../../src/core/problems.js';
import { INJECTED } from './hostile.js';

/**
 * What every robustness case checks: the widget ended in a chart or in its own error message, nothing was thrown
 * into the page, nothing from the data became markup, and no built-in prototype changed.
 */

/** Every element the widgets draw. Anything else in a shadow root came from somewhere it should not have. */
export const ALLOWED_TAGS = new Set([
  // HTML frame, data table, disclosure, messages
  'div',
  'figure',
  'figcaption',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'span',
  'ul',
  'li',
  'code',
  'slot',
  'button',
  'a',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  // SVG charts
  'svg',
  'g',
  'text',
  'tspan',
  'line',
  'rect',
  'path',
  'circle',
  'polygon',
  'defs',
  'pattern',
]);

/** Never in a widget's shadow root, whatever the input (checked by name as well, in case ALLOWED_TAGS grows). */
const FORBIDDEN_TAGS = new Set([
  'script',
  'img',
  'image',
  'iframe',
  'frame',
  'foreignobject',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'use',
  'animate',
  'set',
  'handler',
]);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background']);
const GEOMETRY_ATTRIBUTES = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'points', 'transform', 'viewbox', 'dx', 'dy']);

/** Browsers ignore ASCII whitespace and control characters around and inside a URL scheme ("java\tscript:"). */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what browsers strip from a scheme
const schemeOf = (value: string): string => value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();

/** Every problem with the markup inside `root` (and any shadow root below it), as readable lines. */
export function markupProblems(root: ShadowRoot): string[] {
  const found: string[] = [];
  const visit = (scope: ParentNode) => {
    for (const element of Array.from(scope.querySelectorAll('*'))) {
      const tag = element.localName.toLowerCase();
      if (FORBIDDEN_TAGS.has(tag) || !ALLOWED_TAGS.has(tag)) found.push(`unexpected <${element.localName}> element`);
      for (const { name, value } of Array.from(element.attributes)) {
        const lower = name.toLowerCase();
        if (lower.startsWith('on')) found.push(`<${tag}> has an event-handler attribute ${name}="${value.slice(0, 60)}"`);
        if (lower === INJECTED) found.push(`<${tag}> carries the payload's ${INJECTED} marker`);
        if (URL_ATTRIBUTES.has(lower) && /^(javascript|data|vbscript):/.test(schemeOf(value))) found.push(`<${tag}> ${name}="${value.slice(0, 60)}"`);
        if (lower === 'style' && /url\(|expression\(|javascript:/i.test(value)) found.push(`<${tag}> style="${value.slice(0, 60)}"`);
        if (GEOMETRY_ATTRIBUTES.has(lower) && /NaN|Infinity|undefined/.test(value)) found.push(`<${tag}> ${name}="${value.slice(0, 60)}": not a number`);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return [...new Set(found)];
}

/** The message the base class shows when a widget threw while drawing: caught, but a bug all the same. */
export const UNEXPECTED = 'something went wrong while drawing';

/** How the case ended: a chart (an SVG, or the stat's figure), the widget's own error message, or neither. */
export function outcomeOf(el: HTMLElement): { kind: 'chart' | 'error'; errors: string[] } | { kind: 'broken'; reason: string } {
  const root = el.shadowRoot;
  if (!root) return { kind: 'broken', reason: 'no shadow root' };
  const error = root.querySelector('[part="error"]');
  const chart = el.localName === 'trust-stat' ? root.querySelector('[part="chart"] [part="value"]') : root.querySelector('[part="chart"] > svg');
  if (error && chart) return { kind: 'broken', reason: 'both a chart and an error message' };
  if (!error && !chart) return { kind: 'broken', reason: 'neither a chart nor an error message' };
  if (chart) return { kind: 'chart', errors: [] };
  const errors = Array.from(error!.querySelectorAll('li'), (li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
  if (!errors.length || errors.some((text) => !text)) return { kind: 'broken', reason: `an error box without a message: ${JSON.stringify(errors)}` };
  const unexpected = errors.find((text) => text.includes(UNEXPECTED));
  if (unexpected) return { kind: 'broken', reason: `the widget threw while drawing, shown as: ${unexpected.slice(0, 300)}` };
  // The explanations of problems load when one is shown: a box drawn before they arrived would say this instead.
  const unexplained = errors.find((text) => text.includes(UNEXPLAINED));
  if (unexplained) return { kind: 'broken', reason: `an error shown without its explanation: ${unexplained.slice(0, 300)}` };
  return { kind: 'error', errors };
}

type Snapshot = Map<object, Map<PropertyKey, PropertyDescriptor>>;

/** Built-in prototypes (and the global object) whose own properties must never change. */
const WATCHED: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Element.prototype', Element.prototype],
  ['HTMLElement.prototype', HTMLElement.prototype],
  ['EventTarget.prototype', EventTarget.prototype],
];

export function snapshotPrototypes(): Snapshot {
  return new Map(WATCHED.map(([, target]) => [target, new Map(Reflect.ownKeys(target).map((key) => [key, Object.getOwnPropertyDescriptor(target, key)!]))]));
}

/** What differs from `before`: added, removed or replaced properties of a watched prototype. */
export function prototypeChanges(before: Snapshot): string[] {
  const changes: string[] = [];
  for (const [name, target] of WATCHED) {
    const old = before.get(target)!;
    const keys = Reflect.ownKeys(target);
    for (const key of keys) {
      const now = Object.getOwnPropertyDescriptor(target, key)!;
      const was = old.get(key);
      if (!was) changes.push(`${name}.${String(key)} was added`);
      else if (was.value !== now.value || was.get !== now.get || was.set !== now.set) changes.push(`${name}.${String(key)} was replaced`);
    }
    for (const key of old.keys()) if (!keys.includes(key as string | symbol)) changes.push(`${name}.${String(key)} was removed`);
  }
  if (Object.getPrototypeOf(Object.prototype) !== null) changes.push('Object.prototype got a prototype');
  // A pollution payload's own marker, looked up the way a victim would.
  if (({} as Record<string, unknown>)['polluted'] !== undefined) changes.push('({}).polluted is defined');
  return changes;
}

/**
 * Records, while a case runs, everything that must not happen: uncaught errors and rejections, dialogs opened by
 * a payload, `window.__pwned` set by one, and console errors. Console warnings (the widgets' own problem reports)
 * are counted and kept out of the test log.
 */
export class Trap {
  readonly failures: string[] = [];
  warnings = 0;
  private readonly saved = {
    onerror: window.onerror,
    alert: window.alert,
    confirm: window.confirm,
    prompt: window.prompt,
    print: window.print,
    warn: console.warn,
    error: console.error,
  };
  private readonly onError = (event: ErrorEvent) => {
    this.failures.push(`uncaught error: ${event.message || String(event.error)}`);
  };
  private readonly onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason instanceof Error ? `${event.reason.name}: ${event.reason.message}` : String(event.reason);
    this.failures.push(`unhandled rejection: ${reason.slice(0, 300)}`);
    event.preventDefault();
  };

  constructor() {
    // Mocha's own window.onerror would fail the test at once, without the case that caused it: report it here.
    window.onerror = null;
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    const dialog =
      (name: string) =>
      (...args: unknown[]) => {
        this.failures.push(`a payload ran: ${name}(${args.map(String).join(', ').slice(0, 60)})`);
        return null;
      };
    window.alert = dialog('alert') as typeof window.alert;
    window.confirm = dialog('confirm') as unknown as typeof window.confirm;
    window.prompt = dialog('prompt') as typeof window.prompt;
    window.print = dialog('print') as typeof window.print;
    console.warn = () => {
      this.warnings++;
    };
    console.error = (...args: unknown[]) => {
      this.failures.push(`console.error: ${args.map(String).join(' ').slice(0, 300)}`);
    };
  }

  release(): string[] {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    Object.assign(window, {
      onerror: this.saved.onerror,
      alert: this.saved.alert,
      confirm: this.saved.confirm,
      prompt: this.saved.prompt,
      print: this.saved.print,
    });
    console.warn = this.saved.warn;
    console.error = this.saved.error;
    const pwned = (window as { __pwned?: unknown }).__pwned;
    if (pwned !== undefined) {
      this.failures.push(`a payload ran: window.__pwned = ${typeof pwned === 'object' && pwned !== null ? JSON.stringify(pwned) : String(pwned as string)}`);
      delete (window as { __pwned?: unknown }).__pwned;
    }
    return this.failures;
  }
}

/** One task after the next frame: ResizeObserver callbacks of that frame have run, and the update they asked for. */
export async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await el.updateComplete;
}
