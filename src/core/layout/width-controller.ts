import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box width of its host and asks for an update only when the width changes. Height changes
 * that the host's own render causes are ignored, so a render can never feed back into another render.
 */
export class WidthController implements ReactiveController {
  /** Content-box width in CSS pixels, or undefined before the first measurement (and always on the server). */
  width: number | undefined;
  private observer: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.setWidth(entry.contentRect.width);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
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

  private setWidth(width: number): void {
    const rounded = Math.round(width);
    if (rounded === this.width || rounded <= 0) return;
    this.width = rounded;
    this.host.requestUpdate();
  }
}
