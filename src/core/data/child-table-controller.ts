import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isUnknownAttribute } from '../attributes.js';
import { SERVER_CONTEXT, type ServerContext } from '../ssr/hydration.js';

const ownTable = (host: Element): HTMLTableElement | null => (typeof host.querySelector === 'function' ? host.querySelector(':scope > table') : null);

/** An element's child table as the widget reads it: on the server, the one the pre-renderer hands over. */
export const childTableOf = (host: Element & { [SERVER_CONTEXT]?: ServerContext }): HTMLTableElement | null => {
  const server = host[SERVER_CONTEXT];
  return server ? server.table : ownTable(host);
};

/**
 * Watches the host's light DOM so that a journalist's (or a CMS's) edits to the child `<table>` re-render the chart.
 * It also watches the host for attributes it does not know (a misspelt `heading-levle`): adding or removing one
 * changes the warnings shown, and the element is not told of such attributes otherwise.
 */
export class ChildTableController implements ReactiveController {
  /** Moves on with every change to the light DOM (and on every reconnection): the data read from it may be stale. */
  version = 0;
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The first `<table>` that is a direct child of the host, if any. Under Lit's own server rendering the host has
   * no light DOM to query: none (the pre-renderer hands its table over in the server context instead).
   */
  get table(): HTMLTableElement | null {
    return ownTable(this.host);
  }

  hostConnected(): void {
    // Edits made while disconnected were not observed: read the table again, and draw it again if drawn before.
    this.version++;
    if ((this.host as { hasUpdated?: boolean }).hasUpdated) this.host.requestUpdate();
    if (typeof MutationObserver === 'undefined') return;
    // Observed attributes already update the element (and a reflected one must not start another update); global
    // ones (`style`, `class`, `aria-*`, which a page may change every frame) are never reported.
    const observed = new Set((this.host.constructor as { observedAttributes?: string[] }).observedAttributes ?? []);
    this.observer = new MutationObserver((records) => {
      const content = records.some((record) => record.type !== 'attributes');
      const unknown = records.some(
        (record) => record.type === 'attributes' && record.target === this.host && isUnknownAttribute(record.attributeName ?? '', observed),
      );
      // `direction-column` changes which column of the table holds figures (parseTable reads it from the host).
      if (content || records.some((record) => record.target === this.host && record.attributeName === 'direction-column')) this.version++;
      if (content || unknown) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
