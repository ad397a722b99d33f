/**
 * Fetches `src` addresses for every widget on the page: one address used by several widgets is fetched once (the
 * cache is keyed by the absolute address), a fetch is aborted once every widget waiting for it has gone (left the
 * page or changed its `src`), each widget has its own time limit, and a body over MAX_SOURCE_BYTES is refused
 * before it is read whole. Credentials (cookies) are sent to the page's own origin only, never cross-origin.
 * Nothing here parses or shows the body: see source-format.ts.
 */

/** A body from an address, as the server sent it. */
export interface FetchedSource {
  readonly url: string;
  readonly body: string;
  readonly contentType: string | null;
  /** When the body arrived (ms since the epoch): a refresh asks for nothing older than its interval. */
  readonly fetchedAt: number;
}

/** Why an address gave no body, for the widget to word (see the `source*` messages). */
export type FetchProblem =
  | { readonly kind: 'network'; readonly detail: string }
  | { readonly kind: 'status'; readonly status: number; readonly statusText: string }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'aborted' };

export type FetchOutcome = { readonly ok: true; readonly source: FetchedSource } | { readonly ok: false; readonly problem: FetchProblem };

/** 5 MB: a survey table is kilobytes; more is a wrong address (a whole data dump, a video) to refuse, not to parse. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export interface LoadOptions {
  /** The widget stops waiting after this many milliseconds (its `timeout` attribute, in seconds × 1000). */
  readonly timeoutMs: number;
  /** A body fetched at or after this time (ms since the epoch) may be reused; older ones are fetched again. */
  readonly notBefore?: number;
  /** Aborted when the widget leaves the page or its `src` changes. */
  readonly signal?: AbortSignal;
  /** Whether the address is on the page's own origin (credentials are sent to it only). */
  readonly sameOrigin: boolean;
}

interface InFlight {
  readonly controller: AbortController;
  readonly outcome: Promise<FetchOutcome>;
  waiting: number;
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export class SourceCache {
  private readonly inFlight = new Map<string, InFlight>();
  private readonly done = new Map<string, FetchedSource>();

  /** `fetchImpl` is the page's `fetch` (a parameter so that tests can count and delay requests). */
  constructor(private readonly fetchImpl: Fetch = (input, init) => fetch(input, init)) {}

  /** The body of `url` for one widget: shared with every other widget asking for the same address meanwhile. */
  load(url: string, options: LoadOptions): Promise<FetchOutcome> {
    const cached = this.done.get(url);
    if (cached && cached.fetchedAt >= (options.notBefore ?? 0)) return Promise.resolve({ ok: true, source: cached });
    if (options.signal?.aborted) return Promise.resolve({ ok: false, problem: { kind: 'aborted' } });
    const shared = this.inFlight.get(url) ?? this.start(url, options.sameOrigin);
    shared.waiting++;
    return new Promise<FetchOutcome>((resolve) => {
      let settled = false;
      const finish = (outcome: FetchOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        // The last widget to stop waiting takes the request down with it; the others keep theirs.
        if (--shared.waiting === 0 && !outcome.ok && this.inFlight.get(url) === shared) {
          this.inFlight.delete(url);
          shared.controller.abort();
        }
        resolve(outcome);
      };
      const onAbort = () => finish({ ok: false, problem: { kind: 'aborted' } });
      const timer = setTimeout(() => finish({ ok: false, problem: { kind: 'timeout', seconds: options.timeoutMs / 1000 } }), options.timeoutMs);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      void shared.outcome.then(finish);
    });
  }

  /** Forgets every body (a test's clean slate); fetches under way go on for whoever waits for them. */
  clear(): void {
    this.done.clear();
  }

  private start(url: string, sameOrigin: boolean): InFlight {
    const controller = new AbortController();
    const outcome = this.request(url, sameOrigin, controller.signal).then((result) => {
      if (this.inFlight.get(url) === entry) this.inFlight.delete(url);
      if (result.ok) this.done.set(url, result.source);
      return result;
    });
    const entry: InFlight = { controller, outcome, waiting: 0 };
    this.inFlight.set(url, entry);
    return entry;
  }

  private async request(url: string, sameOrigin: boolean, signal: AbortSignal): Promise<FetchOutcome> {
    try {
      const response = await this.fetchImpl(url, {
        signal,
        credentials: sameOrigin ? 'same-origin' : 'omit',
        // A published sheet changes without its address changing: ask the server, not a stale HTTP cache.
        cache: 'no-cache',
        headers: { Accept: 'text/csv, text/tab-separated-values, application/json;q=0.9, text/plain;q=0.8, */*;q=0.1' },
      });
      if (!response.ok) return { ok: false, problem: { kind: 'status', status: response.status, statusText: response.statusText } };
      const declared = Number(response.headers.get('content-length'));
      if (declared > MAX_SOURCE_BYTES) return { ok: false, problem: { kind: 'too-large', bytes: declared, limit: MAX_SOURCE_BYTES } };
      const body = await readLimited(response);
      if (typeof body !== 'string') return { ok: false, problem: body };
      return { ok: true, source: { url, body, contentType: response.headers.get('content-type'), fetchedAt: Date.now() } };
    } catch (error) {
      if (signal.aborted) return { ok: false, problem: { kind: 'aborted' } };
      return { ok: false, problem: { kind: 'network', detail: error instanceof Error ? error.message : String(error) } };
    }
  }
}

/** The body as text, stopping as soon as it passes MAX_SOURCE_BYTES (a server may send no or a wrong length). */
async function readLimited(response: Response): Promise<string | FetchProblem> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_SOURCE_BYTES) {
      // Nothing waits for the cancellation: a stream that fails to cancel must not reach the page as a rejection.
      reader.cancel().catch(() => undefined);
      return { kind: 'too-large', bytes, limit: MAX_SOURCE_BYTES };
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The page's one cache: every widget shares it, so an address is fetched once however many charts use it. */
export const pageSources = new SourceCache();
