import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TrustDataErrorEvent, TrustRenderEvent } from '../events.js';
import { messagesFor } from '../i18n/messages.js';
import type { Problem } from '../problems.js';
import type { View } from '../view.js';

/** Where a problem is put in words for developers: in English, naming the attribute to fix. */
const inEnglish = (p: Problem): string => `${p.attribute}: ${p.describe(messagesFor('en-GB'))}`;

/**
 * Tells the page's developers what each render showed: every problem once in the console (in English), then
 * `trust-data-error` when the error texts change and `trust-render` after every render of a new chart. On the server
 * the same texts go to the pre-renderer's `report` instead, as nothing is rendered into a page there.
 */
export class ProblemReporter implements ReactiveController {
  private readonly warned = new Set<string>();
  private lastErrorKey = '';
  /** The warning texts last drawn: warnings drawn again are not news. */
  private lastWarningKey = '';
  /** The view of the update under way, reported once it is on the page; undefined when that update is quiet. */
  private pending: View | undefined;
  /** Whether a render has been reported: problems in the first are content read with the page, later ones are news. */
  private reported = false;
  /**
   * What the widget's polite live region says about problems: the errors' (else the new warnings') heading and texts
   * when they appeared after the widget was first drawn (new data, a refresh, a changed attribute), else ''. Errors
   * are kept while the same errors stay, so they are said once; warnings until the reader moves in the chart, whose
   * points the region then says.
   */
  announcement = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The view the update under way will show. `quiet` updates report nothing: the reader moving focus or opening
   * the table is not a new chart, nor is the hydrating render that repeats the server's.
   */
  willShow(view: View, { quiet, server }: { quiet: boolean; server: ((errors: readonly string[], warnings: readonly string[]) => void) | undefined }): void {
    if (server) server(view.errors.map(inEnglish), view.warnings.map(inEnglish));
    this.pending = quiet ? undefined : view;
    const { messages } = view;
    // Keyed as hostUpdated keys them; said joined by spaces.
    const errors = view.errors.map((p) => p.describe(messages)).join('\n');
    const warnings = view.warnings.map((p) => p.describe(messages)).join('\n');
    // The reader's own move: the region says the point from now on (an error leaves no points to move between).
    if (quiet) {
      if (!errors) this.announcement = '';
      return;
    }
    // The same problems drawn again keep their words: the region does not change, so nothing is said twice.
    const newErrors = errors !== this.lastErrorKey;
    const newWarnings = warnings !== this.lastWarningKey;
    // Only warnings that were not there before are news: one removed, or fixed, leaves the others unsaid.
    const before = new Set(this.lastWarningKey.split('\n'));
    const added = warnings ? warnings.split('\n').filter((text) => !before.has(text)) : [];
    this.lastWarningKey = warnings;
    if (!newErrors && !newWarnings) return;
    const said = (heading: string, texts: string) => `${heading}: ${texts.replace(/\n/g, ' ')}`;
    if (!this.reported) this.announcement = '';
    else if (errors) this.announcement = newErrors ? said(messages.errorHeading, errors) : this.announcement;
    else this.announcement = added.length ? said(messages.warningHeading, added.join(' ')) : '';
  }

  hostUpdated(): void {
    const view = this.pending;
    this.pending = undefined;
    if (!view) return;
    for (const p of [...view.errors, ...view.warnings]) {
      const text = `<${this.host.localName}> ${inEnglish(p)}`;
      if (!this.warned.has(text)) {
        this.warned.add(text);
        console.warn(text);
      }
    }
    const errorTexts = view.errors.map((p) => p.describe(view.messages));
    const errorKey = errorTexts.join('\n');
    if (errorTexts.length && errorKey !== this.lastErrorKey) {
      const fromSource = view.errors.find((p) => p.src !== undefined);
      const source = fromSource && { src: fromSource.src!, attribute: fromSource.attribute, message: fromSource.describe(messagesFor('en-GB')) };
      this.host.dispatchEvent(new TrustDataErrorEvent(errorTexts, source));
    }
    this.lastErrorKey = errorKey;
    this.reported = true;
    this.host.dispatchEvent(new TrustRenderEvent(view.errors.length, view.warnings.length));
  }
}
