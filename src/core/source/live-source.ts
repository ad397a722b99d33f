import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SourceData } from '../data/resolve-data.js';
import type { SourceTiming } from '../data/source-options.js';
import type { SourceFailure } from '../events.js';
import type { Messages } from '../i18n/messages.js';
import type { Problem } from '../problems.js';
import { loadSource, sourceProblem, sourceWords, type SourceColumnAttributes, type SourceLoad, type SourceLoadProblem } from './source-load.js';

// For the widget's SourceController: a pre-rendered table with published intervals is said with these words.
export { sourceWords };

/** The attributes a widget reads its `src` with. */
export interface SourceAttributes extends SourceColumnAttributes {
  readonly src?: string | null | undefined;
  readonly timeout?: string | null | undefined;
  readonly refresh?: string | null | undefined;
}

export type SourceHost = ReactiveControllerHost & HTMLElement;

/**
 * What LiveSource needs from the page's script, handed over rather than imported: this module is a lazily loaded
 * chunk of the CDN build, and a chunk importing the script back could load a second copy of it (and of Lit).
 */
export interface LiveSourceTools {
  /** The widget's `src`, columns and `filter` as drawn: its own, or where it has none its dashboard's `src`. */
  readonly attributes: () => SourceAttributes;
  /** `timeout` and `refresh` as the widget reads them (readSourceTiming). */
  readonly timing: () => SourceTiming;
  /** The English words, for the console. */
  readonly english: () => Messages;
  readonly errorEvent: (failure: SourceFailure) => Event;
  readonly loadEvent: (src: string, url: string, rows: number, fetchedAt: number) => Event;
  /** Called when new figures from a refresh are to be announced. */
  readonly onUpdate: () => void;
}

/** "14:05": when the figures shown were fetched, in the reader's clock (24-hour, as in both English and Welsh). */
export const clockTime = (ms: number): string => {
  const at = new Date(ms);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
};

/**
 * Loads a widget's `src` and keeps what it gave, for the view to read (it never renders anything itself). On
 * connection, and whenever `src`, a column attribute, `filter` or `timeout` changes, it aborts the load under way and
 * starts another through the page's shared cache; it keeps the last good figures; with `refresh` it loads again
 * every N seconds, paused while the page is hidden; on disconnection it aborts and stops its timer. It and the code
 * that reads addresses and files (with d3-dsv) are imported (by SourceController) only when a widget has `src`.
 * Every failure becomes a Problem the widget shows; no promise of its own is ever left to reject.
 */
export class LiveSource implements ReactiveController {
  /** What `src` has given, for the view; undefined until a load has settled. */
  private settled: SourceData | undefined;
  /** The request (address, columns, filter, timeout) the figures answer, and the body they were read from. */
  private figuresKey = '';
  /** The request the load under way or last settled answers: a change starts a new load. */
  private requestKey = '';
  /** When the figures on screen were fetched (ms since the epoch). */
  private shownAt = 0;
  /** A refresh that failed while the last good figures stay on screen (the view shows a notice). */
  private failedRefresh: Problem | undefined;
  /** Set when a refresh brought new figures, until the widget's live region has said so. */
  private updatedAt: number | undefined;
  private loading: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshMs = 0;
  private lastSettled = 0;
  private connected = false;
  /** Resolved once the load that sets the figures (the first, or after a change of request) has settled. */
  private waiting: { readonly promise: Promise<void>; readonly resolve: () => void } | undefined;

  /** Add it to the host with `host.addController`: that connects it (and starts the first load) at once. */
  constructor(
    private readonly host: SourceHost,
    private readonly tools: LiveSourceTools,
  ) {}

  /**
   * Settles when the figures asked for (or the problem with them) are known; undefined when nothing is on its way.
   * Refreshes are not waited for: the figures on screen are already the ones asked for.
   */
  get pending(): Promise<void> | undefined {
    return this.waiting?.promise;
  }

  /** Whoever waits for the figures stops waiting: they arrived, or they are no longer wanted. */
  private release(): void {
    this.waiting?.resolve();
    this.waiting = undefined;
  }

  /** What the view reads: undefined without `src`; `loading` until the first load settles. */
  get data(): SourceData | undefined {
    if (!this.tools.attributes().src?.trim()) return undefined;
    return this.settled ?? { kind: 'loading' };
  }

  /** The notice shown while the last good figures stay on screen after a refresh failed. */
  get notice(): Problem | undefined {
    const failed = this.failedRefresh;
    if (!failed || this.settled?.kind !== 'records') return undefined;
    const time = clockTime(this.shownAt);
    return { attribute: failed.attribute, src: failed.src, describe: (m: Messages) => sourceWords(m).figuresNotUpdated(time) };
  }

  /** "Figures updated at 14:05" after a refresh brought new figures; empty otherwise. */
  announcement(messages: Messages): string {
    return this.updatedAt === undefined ? '' : sourceWords(messages).figuresUpdated(clockTime(this.updatedAt));
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    // Whatever was under way was aborted on leaving: load again (from the page's cache when it still holds the body).
    this.requestKey = '';
    this.sync();
  }

  hostDisconnected(): void {
    this.release();
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
    this.requestKey = '';
  }

  /** Called before each update: starts a load when the request has changed, and sets the refresh timer. */
  sync(): void {
    const src = this.tools.attributes().src?.trim();
    if (!src) {
      this.release();
      this.stop();
      this.requestKey = '';
      this.settled = undefined;
      this.failedRefresh = undefined;
      this.figuresKey = '';
      return;
    }
    if (!this.connected) return;
    const timing = this.tools.timing();
    const key = JSON.stringify([src, this.columns(), timing.timeoutMs]);
    if (key !== this.requestKey) {
      this.requestKey = key;
      this.refreshMs = timing.refreshMs;
      this.load(false);
    } else if (timing.refreshMs !== this.refreshMs) {
      this.refreshMs = timing.refreshMs;
      this.schedule();
    }
  }

  private columns(): SourceColumnAttributes {
    const { labelColumn, valueColumn, seriesColumns, fromColumn, toColumn, nColumn, directionColumn, lowerColumn, upperColumn, filter } =
      this.tools.attributes();
    return { labelColumn, valueColumn, seriesColumns, fromColumn, toColumn, nColumn, directionColumn, lowerColumn, upperColumn, filter };
  }

  private stop(): void {
    this.loading?.abort();
    this.loading = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private load(refresh: boolean): void {
    this.stop();
    if (!refresh && !this.waiting) {
      let resolve = (): void => undefined;
      const promise = new Promise<void>((done) => (resolve = done));
      this.waiting = { promise, resolve };
    }
    const abort = new AbortController();
    this.loading = abort;
    const src = this.tools.attributes().src?.trim() ?? '';
    const key = this.requestKey;
    const timing = this.tools.timing();
    const request = {
      src,
      base: document.baseURI,
      columns: this.columns(),
      timeoutMs: timing.timeoutMs,
      // A refresh asks for anything newer than the figures shown: a body another widget with the same address has
      // just fetched will do, so widgets sharing an address and a refresh fetch it once between them.
      notBefore: refresh ? this.shownAt + 1 : undefined,
      signal: abort.signal,
    };
    loadSource(request)
      .catch((error: unknown): SourceLoad => ({ ok: false, problem: { kind: 'network', detail: String(error), url: src } }))
      .then((result) => {
        if (this.loading !== abort || abort.signal.aborted) return;
        this.loading = undefined;
        try {
          this.settle(result, refresh, src, key);
        } finally {
          this.release();
        }
      })
      .catch((error: unknown) => console.warn(`<${this.host.localName}> src: ${String(error)}`));
  }

  private settle(result: SourceLoad, refresh: boolean, src: string, key: string): void {
    this.lastSettled = Date.now();
    const hadFigures = this.settled?.kind === 'records';
    if (result.ok) {
      const figuresKey = `${key}\n${result.body}`;
      const changed = figuresKey !== this.figuresKey;
      const wasFailing = this.failedRefresh !== undefined;
      this.failedRefresh = undefined;
      this.shownAt = result.fetchedAt;
      if (changed) {
        this.figuresKey = figuresKey;
        const { records, series, header, intervals, problems } = result;
        this.settled = {
          kind: 'records',
          records,
          series,
          header,
          ...(intervals ? { intervals, problems: problems?.map((found) => sourceProblem(found, src)), words: sourceWords } : {}),
        };
        if (refresh && hadFigures) {
          this.updatedAt = result.fetchedAt;
          this.tools.onUpdate();
        }
        this.host.requestUpdate();
        const loaded = this.tools.loadEvent(src, result.url, result.records.length, result.fetchedAt);
        // Once the new figures are drawn; an update that threw has been reported already.
        this.host.updateComplete.then(
          () => this.host.dispatchEvent(loaded),
          () => undefined,
        );
      } else if (wasFailing) this.host.requestUpdate();
    } else if (result.problem.kind !== 'aborted') {
      this.fail(result.problem, refresh && hadFigures, src);
    }
    this.schedule();
  }

  private fail(found: SourceLoadProblem, keepFigures: boolean, src: string): void {
    const problem = sourceProblem(found, src);
    if (!keepFigures) {
      this.settled = { kind: 'problem', problem };
      this.figuresKey = '';
      this.failedRefresh = undefined;
      // The widget shows the problem, warns in the console and fires trust-data-error (ProblemReporter).
      this.host.requestUpdate();
      return;
    }
    const english = this.tools.english();
    const message = problem.describe(english);
    // A source that stays down is named once in the console, not at every refresh (the notice stays on screen and
    // the page still hears of each failure through trust-data-error); a new reason is named again.
    if (this.failedRefresh?.describe(english) !== message) console.warn(`<${this.host.localName}> ${problem.attribute}: ${message}`);
    this.failedRefresh = problem;
    this.host.dispatchEvent(this.tools.errorEvent({ src, attribute: problem.attribute, message }));
    this.host.requestUpdate();
  }

  /** The next refresh, `refresh` seconds after the last load settled; none while the page is hidden. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.refreshMs || !this.connected || this.loading || document.visibilityState === 'hidden') return;
    const wait = Math.max(0, this.lastSettled + this.refreshMs - Date.now());
    this.timer = setTimeout(() => this.load(true), wait);
  }

  private readonly onVisibility = (): void => {
    // Hidden: no timer. Visible again: a refresh that fell due meanwhile happens now, otherwise when due.
    if (document.visibilityState === 'hidden') {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else this.schedule();
  };
}
