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
