/**
 * The test server's `src` fixtures (sourceTestRoutes in web-test-runner.config.js): serve a body at /__source/<path>,
 * count its requests, and watch the abort signals of the page's fetches of them. Shared by every test of `src`.
 */

export interface SourceFixture {
  readonly body: string;
  readonly status?: number;
  readonly type?: string;
  /** Milliseconds the server waits before answering. */
  readonly delay?: number;
}

/** Serves `fixture` at /__source/<path> and returns that address. */
export async function serve(path: string, fixture: SourceFixture): Promise<string> {
  await fetch('/__source-fixtures', { method: 'POST', body: JSON.stringify({ path, ...fixture }) });
  return `/__source/${path}`;
}

/** How many requests /__source/<path> has had. */
export const requestsFor = async (path: string): Promise<number> =>
  ((await (await fetch(`/__source-fixtures?path=${encodeURIComponent(path)}`)).json()) as { requests: number }).requests;

let serial = 0;
/** A path no other test uses (the page's source cache keeps every body it fetched), under `prefix`. */
export const freshPath = (prefix: string, name = 'figures.csv'): string => `${prefix}${Date.now()}-${++serial}/${name}`;

/**
 * The abort signals of the page's fetches of /__source/ addresses, from each test's start: call once in a `describe`
 * (it installs its own beforeEach and afterEach around `window.fetch`).
 */
export function watchSourceSignals(): { url: string; signal: AbortSignal }[] {
  const signals: { url: string; signal: AbortSignal }[] = [];
  const realFetch = window.fetch;
  beforeEach(() => {
    signals.length = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (init?.signal && url.includes('/__source/')) signals.push({ url, signal: init.signal });
      return realFetch(input, init);
    };
  });
  afterEach(() => (window.fetch = realFetch));
  return signals;
}

/**
 * Timers of 30 seconds or more (the refresh timer) are held here and run by the test; shorter ones (the fetch's own
 * time limit) run as usual. Call in a beforeEach, and `restore()` in the afterEach.
 */
export function holdLongTimers() {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const held = new Map<number, { run: () => void; ms: number }>();
  let id = 1e9;
  window.setTimeout = ((run: () => void, ms?: number, ...rest: unknown[]) => {
    if ((ms ?? 0) < 30_000) return realSet(run, ms, ...rest);
    held.set(++id, { run, ms: ms ?? 0 });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((handle?: number) => {
    if (handle !== undefined && held.has(handle)) held.delete(handle);
    else realClear(handle);
  }) as typeof window.clearTimeout;
  return {
    held,
    seconds: () => [...held.values()].map(({ ms }) => Math.round(ms / 1000)).sort((a, b) => a - b),
    /** Runs every held timer once. */
    fire: () => {
      const due = [...held.values()];
      held.clear();
      due.forEach(({ run }) => run());
    },
    restore: () => {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}
