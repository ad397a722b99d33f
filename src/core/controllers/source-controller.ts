import type { SourceData } from '../data/resolve-data.js';
import { readSourceTiming } from '../data/source-options.js';
import { TrustDataErrorEvent, TrustDataLoadEvent } from '../events.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import type { Problem } from '../problems.js';
import type { LiveSource, SourceAttributes, SourceHost } from '../source/live-source.js';
import type { SourceMessages } from '../source/source-words.js';

/**
 * A widget's link to its `src`. The work (loading through the page's shared cache, keeping the last good figures,
 * refreshing, pausing while the page is hidden, aborting on change and disconnection) is LiveSource's, in a module
 * imported the first time a connected widget has `src`: charts without `src` never download it, nor d3-dsv. This
 * hands LiveSource what it needs from the page's script, and gives the view what `src` has given so far.
 */
export class SourceController {
  private live: LiveSource | undefined;
  /** The words of the code that reads `src`, once it has arrived (for a pre-rendered table with published intervals). */
  words: ((m: Messages) => SourceMessages) | undefined;
  private importing: Promise<void> | undefined;
  /** The code that reads `src` did not arrive (offline, a blocked address): the widget says the figures did not. */
  private unavailable: Problem | undefined;

  /**
   * @param attributes The widget's `src`, columns, `filter`, `timeout` and `refresh` as drawn (a dashboard's `src`
   *   and timing where the widget has none).
   * @param onUpdate Called when new figures from a refresh are to be announced.
   */
  constructor(
    private readonly host: SourceHost,
    private readonly attributes: () => SourceAttributes,
    private readonly onUpdate: () => void,
  ) {}

  /** What the view reads: undefined without `src`; `loading` until the first load settles. */
  get data(): SourceData | undefined {
    const src = this.attributes().src?.trim();
    if (!src) return undefined;
    if (this.unavailable) return { kind: 'problem', problem: this.unavailable };
    return this.live?.data ?? { kind: 'loading' };
  }

  /** The notice shown while the last good figures stay on screen after a refresh failed. */
  get notice(): Problem | undefined {
    return this.live?.notice;
  }

  /** "Figures updated at 14:05" after a refresh brought new figures; empty otherwise. */
  announcement(messages: Messages): string {
    return this.live?.announcement(messages) ?? '';
  }

  /**
   * Called before each update: a change of `src`, a column, `filter`, `timeout` or `refresh` takes effect.
   * `wanted` is false while `.data` or `data` wins over `src`: then nothing is downloaded for it.
   */
  sync(wanted: boolean): void {
    if (this.live) this.live.sync();
    else if (wanted && this.attributes().src?.trim() && this.host.isConnected && !this.importing) this.importing = this.start();
  }

  /**
   * Settles when the figures `src` was asked for (or the problem with them) are known; undefined when nothing is on
   * its way (no `src`, `.data` or `data` winning, on the server, or once they are drawn).
   */
  get pending(): Promise<unknown> | undefined {
    if (this.live) return this.live.pending;
    return this.unavailable ? undefined : this.importing;
  }

  private start(): Promise<void> {
    const { host, attributes } = this;
    return (
      import('../source/live-source.js')
        .then(({ LiveSource, sourceWords }) => {
          this.words = sourceWords;
          this.live = new LiveSource(host, {
            attributes,
            timing: () => {
              const { timeout, refresh } = attributes();
              return readSourceTiming(timeout, refresh, []);
            },
            english: () => messagesFor('en-GB'),
            errorEvent: (failure) => new TrustDataErrorEvent([], failure),
            loadEvent: (src, url, rows, fetchedAt) => new TrustDataLoadEvent(src, url, rows, fetchedAt),
            onUpdate: this.onUpdate,
          });
          // Connects it when the host is on the page, which starts the first load; otherwise on connection.
          host.addController(this.live);
        })
        // The code did not arrive (offline, a blocked address) or did not start: the page gets a problem, never a rejection.
        .catch((error: unknown) => {
          const src = attributes().src?.trim() ?? '';
          this.unavailable = { attribute: 'src', src, describe: (m) => m.sourceNetwork(src) };
          console.warn(`<${host.localName}> src: the code that reads src did not load.`, error);
          host.requestUpdate();
        })
    );
  }
}
