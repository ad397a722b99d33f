/**
 * Counts what a page can leave behind: observers still observing, timers and animation frames still pending,
 * listeners still on window, document or other non-element targets, and fetches still running. Import this module
 * before the widgets (the lifecycle tests import the widgets dynamically, afterwards), so every observer and timer
 * they make goes through the wrappers.
 *
 * Each live resource keeps the stack that made it, so a leak names the code responsible.
 */

export interface Live {
  readonly kind: string;
  readonly stack: string;
}

const live = new Map<unknown, Live>();
const made = { resizeObservers: 0, mutationObservers: 0, timers: 0, listeners: 0, fetches: 0 };

const stack = (): string => {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  const text = (new Error().stack ?? '')
    .split('\n')
    .slice(3)
    .filter((line) => !line.includes('/instrument.'))
    .join('\n');
  Error.stackTraceLimit = limit;
  return text;
};

/** Resources alive now, grouped by kind, with the stacks of those that came from the library's own code. */
export function liveResources(): { counts: Record<string, number>; fromSource: Live[] } {
  const counts: Record<string, number> = {};
  const fromSource: Live[] = [];
  for (const resource of live.values()) {
    counts[resource.kind] = (counts[resource.kind] ?? 0) + 1;
    if (/\/src\//.test(resource.stack)) fromSource.push(resource);
  }
  return { counts, fromSource };
}

export const created = (): Readonly<typeof made> => ({ ...made });

// --- Observers: live while they observe at least one target -----------------------------------------------------

function trackObserver<T extends { new (...args: never[]): object }>(Base: T, kind: string, counter: 'resizeObservers' | 'mutationObservers'): T {
  const targets = new WeakMap<object, Set<unknown>>();
  const Counting = class extends (Base as unknown as { new (callback: unknown): { observe(target: unknown, options?: unknown): void; disconnect(): void } }) {
    constructor(callback: unknown) {
      super(callback);
      made[counter]++;
      targets.set(this, new Set());
    }
    override observe(target: unknown, options?: unknown): void {
      super.observe(target, options);
      targets.get(this)!.add(target);
      if (!live.has(this)) live.set(this, { kind, stack: stack() });
    }
    unobserve(target: unknown): void {
      (Base.prototype as unknown as { unobserve(target: unknown): void }).unobserve.call(this, target);
      const set = targets.get(this)!;
      set.delete(target);
      if (!set.size) live.delete(this);
    }
    override disconnect(): void {
      super.disconnect();
      targets.get(this)!.clear();
      live.delete(this);
    }
  };
  Object.defineProperty(Counting, 'name', { value: Base.name });
  return Counting as unknown as T;
}

window.ResizeObserver = trackObserver(window.ResizeObserver, 'ResizeObserver', 'resizeObservers');
window.MutationObserver = trackObserver(window.MutationObserver, 'MutationObserver', 'mutationObservers');

// --- Timers and frames: live until they fire or are cleared --------------------------------------------------------

type Callback = (...args: unknown[]) => void;
const timerKey = (kind: string, id: number) => `${kind}:${id}`;

function trackTimer(
  set: 'setTimeout' | 'setInterval' | 'requestAnimationFrame' | 'requestIdleCallback',
  clear: 'clearTimeout' | 'clearInterval' | 'cancelAnimationFrame' | 'cancelIdleCallback',
  repeats = false,
): void {
  const win = window as unknown as Record<string, (...args: unknown[]) => number>;
  const original = win[set]!.bind(window);
  const originalClear = win[clear]!.bind(window);
  const kind = set === 'setInterval' ? 'interval' : set === 'setTimeout' ? 'timeout' : set === 'requestAnimationFrame' ? 'animation frame' : 'idle callback';
  const shared = set === 'setTimeout' || set === 'setInterval' ? 'timer' : kind;
  win[set] = (handler: unknown, ...rest: unknown[]) => {
    let id = 0;
    const wrapped =
      typeof handler === 'function'
        ? (...args: unknown[]) => {
            if (!repeats) live.delete(timerKey(shared, id));
            (handler as Callback)(...args);
          }
        : handler;
    id = original(wrapped, ...rest);
    made.timers++;
    live.set(timerKey(shared, id), { kind, stack: stack() });
    return id;
  };
  win[clear] = (id: unknown) => {
    live.delete(timerKey(shared, id as number));
    originalClear(id);
    return 0;
  };
}

trackTimer('setTimeout', 'clearTimeout');
trackTimer('setInterval', 'clearInterval', true);
trackTimer('requestAnimationFrame', 'cancelAnimationFrame');
if ('requestIdleCallback' in window) trackTimer('requestIdleCallback', 'cancelIdleCallback');

// --- Listeners on window, document and other long-lived targets (not on elements, which go with the widget) --------

const listeners = new Map<string, { target: EventTarget; type: string; listener: unknown; capture: boolean }>();
let listenerId = 0;
const capture = (options: unknown): boolean => (typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | undefined)?.capture);
const watched = (target: EventTarget): boolean => target === document || !(target instanceof Node);
const findListener = (target: EventTarget, type: string, listener: unknown, useCapture: boolean) =>
  [...listeners.entries()].find(([, l]) => l.target === target && l.type === type && l.listener === listener && l.capture === useCapture)?.[0];

const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  add.call(this, type, listener, options);
  if (!listener || !watched(this)) return;
  const useCapture = capture(options);
  if (findListener(this, type, listener, useCapture)) return;
  const key = `listener:${++listenerId}`;
  made.listeners++;
  listeners.set(key, { target: this, type, listener, capture: useCapture });
  live.set(key, { kind: `listener (${type})`, stack: stack() });
  const forget = () => {
    listeners.delete(key);
    live.delete(key);
  };
  if (typeof options === 'object' && options?.signal) options.signal.addEventListener('abort', forget, { once: true });
  if (typeof options === 'object' && options?.once) {
    // A once listener goes when it fires: watch for the event with a listener of our own.
    add.call(this, type, () => queueMicrotask(forget), { once: true, capture: useCapture });
  }
};
EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  remove.call(this, type, listener, options);
  if (!listener || !watched(this)) return;
  const key = findListener(this, type, listener, capture(options));
  if (key) {
    listeners.delete(key);
    live.delete(key);
  }
};

// --- Fetches: running until they settle ---------------------------------------------------------------------------

const originalFetch = window.fetch.bind(window);
window.fetch = (...args: Parameters<typeof fetch>) => {
  made.fetches++;
  const key = `fetch:${made.fetches}`;
  live.set(key, { kind: 'fetch', stack: stack() });
  return originalFetch(...args).finally(() => {
    live.delete(key);
  });
};
