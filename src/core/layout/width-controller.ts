import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box width of its host and asks for an update only when the width changes.
 *
 * It observes a zero-height probe inside the shadow root rather than the host: the host's height changes with every
 * render, and a render started from a ResizeObserver callback that resizes an observed element makes the browser
 * report "ResizeObserver loop completed with undelivered notifications" to the page's error handlers.
 */
export class WidthController implements ReactiveController {
  /** Content-box width in CSS pixels, or undefined before the first measurement (and always on the server). */
  width: number | undefined;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly probeSelector: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.setWidth(entry.contentRect.width);
    });
    this.observeProbe();
  }

  hostUpdated(): void {
    this.observeProbe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  /** Reads the width synchronously, so the very first render already has the right size and nothing jumps. */
  measureNow(): number | undefined {
    if (this.width === undefined && this.host.isConnected && typeof getComputedStyle === 'function') {
      const style = getComputedStyle(this.host);
      const width = this.host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (width > 0) this.width = Math.round(width);
    }
    return this.width;
  }

  private observeProbe(): void {
    const probe = this.host.shadowRoot?.querySelector(this.probeSelector) ?? undefined;
    if (!this.observer || !probe || probe === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(probe);
    this.observed = probe;
  }

  private setWidth(width: number): void {
    const rounded = Math.round(width);
    if (rounded === this.width || rounded <= 0) return;
    this.width = rounded;
    this.host.requestUpdate();
  }
}
