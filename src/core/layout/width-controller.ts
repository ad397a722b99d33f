import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box width of its host and asks for an update only when the width changes.
 *
 * It observes a zero-height probe inside the shadow root rather than the host: the host's height changes with every
 * render. Even so, a redraw can move the probe within the same ResizeObserver delivery (the taller chart brings up
 * the page's scrollbar, or the redraw swaps the probe for a new one), and the browser reports any change it cannot
 * deliver in that pass as "ResizeObserver loop completed with undelivered notifications" to the page's error
 * handlers. So after each width change, and for every new probe, observing resumes in the next animation frame:
 * the redraw itself still happens at once (before the frame is painted), and a width the redraw moved is picked up
 * one frame later.
 */
export class WidthController implements ReactiveController {
  /** Content-box width in CSS pixels, or undefined before the first measurement (and always on the server). */
  width: number | undefined;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;
  private resumeFrame: number | undefined;

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
    this.observeNextFrame();
  }

  hostUpdated(): void {
    const probe = this.probe();
    if (probe && probe !== this.observed) this.observeNextFrame();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    if (this.resumeFrame !== undefined) cancelAnimationFrame(this.resumeFrame);
    this.resumeFrame = undefined;
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

  private probe(): Element | undefined {
    return this.host.shadowRoot?.querySelector(this.probeSelector) ?? undefined;
  }

  /** Observes the current probe in the next frame: its first report comes in that same frame, as it would now. */
  private observeNextFrame(): void {
    if (!this.observer || this.resumeFrame !== undefined) return;
    this.resumeFrame = requestAnimationFrame(() => {
      this.resumeFrame = undefined;
      const probe = this.probe();
      if (!this.observer || !probe || probe === this.observed) return;
      if (this.observed) this.observer.unobserve(this.observed);
      this.observer.observe(probe);
      this.observed = probe;
    });
  }

  private setWidth(width: number): void {
    const rounded = Math.round(width);
    if (rounded === this.width || rounded <= 0) return;
    this.width = rounded;
    if (this.observed) this.observer?.unobserve(this.observed);
    this.observed = undefined;
    this.host.requestUpdate();
    this.observeNextFrame();
  }
}
