import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the host's light DOM so that a journalist's (or a CMS's) edits to the child `<table>` re-render the chart.
 */
export class ChildTableController implements ReactiveController {
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The first `<table>` that is a direct child of the host, if any. */
  get table(): HTMLTableElement | null {
    return this.host.querySelector(':scope > table');
  }

  hostConnected(): void {
    if (typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
