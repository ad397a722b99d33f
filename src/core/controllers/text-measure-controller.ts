import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createTextMeasurer, forgetMeasuredText, type TextMeasurer, type TextSpacing } from '../layout/measure-text.js';

/**
 * Measures text in the host's own font and text spacing, for layouts that wrap labels. Web fonts change text widths:
 * when they are still loading as the host connects, it forgets its measurer and has the host draw again once they
 * have loaded. So does a reader's style sheet that changes the text spacing (WCAG 1.4.12) after the chart is drawn:
 * a few hidden letters in the frame's width probe change size with it, and the host draws again when its font or
 * spacing is no longer the one measured.
 */
export class TextMeasureController implements ReactiveController {
  private cache: { key: string; measure: TextMeasurer } | undefined;
  private observer: ResizeObserver | undefined;
  private probe: Element | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof document !== 'undefined' && document.fonts?.status === 'loading') {
      void document.fonts.ready.then(() => {
        forgetMeasuredText();
        this.cache = undefined;
        this.host.requestUpdate();
      });
    }
    if (typeof ResizeObserver === 'undefined') return;
    // Drawn again in the next frame, not within this delivery of sizes (see WidthController on ResizeObserver loops).
    this.observer = new ResizeObserver(() => {
      if (this.cache && this.cache.key !== this.read().key) requestAnimationFrame(() => this.host.requestUpdate());
    });
  }

  /** Puts the letters in the frame's zero-height width probe (a new one after some redraws), and watches them. */
  hostUpdated(): void {
    const holder = this.host.shadowRoot?.querySelector('.width-probe');
    if (!this.observer || !holder || holder.firstChild) return;
    const probe = holder.appendChild(document.createElement('span'));
    probe.setAttribute('aria-hidden', 'true');
    probe.textContent = 'a a';
    if (this.probe) this.observer.unobserve(this.probe);
    this.observer.observe((this.probe = probe));
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.probe = undefined;
  }

  /** A measurer for the host's font and text spacing as they are now (kept while they stay the same). */
  measurer(): TextMeasurer {
    const { key, font, spacing } = this.read();
    if (this.cache?.key !== key) this.cache = { key, measure: createTextMeasurer(font, spacing) };
    return this.cache.measure;
  }

  /** The host's font family and text spacing (computed in px, or 'normal': 0), which the chart's text inherits. */
  private read(): { key: string; font: string; spacing: TextSpacing } {
    const style = typeof getComputedStyle === 'function' && this.host.isConnected ? getComputedStyle(this.host) : undefined;
    const font = style?.fontFamily ?? 'sans-serif';
    const spacing = { letter: parseFloat(style?.letterSpacing ?? '') || 0, word: parseFloat(style?.wordSpacing ?? '') || 0 };
    return { key: `${font}|${spacing.letter}|${spacing.word}`, font, spacing };
  }
}
