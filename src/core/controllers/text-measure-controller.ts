import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createTextMeasurer, forgetMeasuredText, type TextMeasurer, type TextSpacing } from '../layout/measure-text.js';

/**
 * Measures text in the host's own font and text spacing, for layouts that wrap labels, and says how much larger than
 * the default 16 px the reader's text is (WCAG 1.4.4). Web fonts change text widths: when they are still loading as
 * the host connects, it forgets its measurer and has the host draw again once they have loaded. So does a reader who
 * changes the text spacing (WCAG 1.4.12) or the text size (zoom text only) after the chart is drawn: a few hidden
 * letters in the frame's width probe, sized in rem, change size with either, and the host draws again when its font,
 * spacing or text size is no longer the one measured.
 */
export class TextMeasureController implements ReactiveController {
  private cache: { key: string; measure: TextMeasurer; scale: number } | undefined;
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
    return this.current().measure;
  }

  /**
   * How many times larger than the default 16 px the reader's text is: the root font size ÷ 16 (a larger default
   * size in the browser, or a page's `html { font-size: 125% }`), never below 1. The chart is laid out that many
   * times narrower and drawn that many times larger (see TrustElement), so its text grows with the page's.
   */
  scale(): number {
    return this.current().scale;
  }

  private current(): { key: string; measure: TextMeasurer; scale: number } {
    const { key, font, spacing, scale } = this.read();
    if (this.cache?.key !== key) {
      const measure = createTextMeasurer(font, spacing);
      // Text drawn `scale` times larger is measured at the size it is drawn, in the layout's units: glyphs do not grow
      // in proportion (hinting), and the spacing read in px is already the drawn text's.
      this.cache = { key, measure: scale === 1 ? measure : (text, style) => measure(text, { ...style, size: style.size * scale }) / scale, scale };
    }
    return this.cache;
  }

  /** The host's font family and text spacing (computed in px, or 'normal': 0), which the chart's text inherits. */
  private read(): { key: string; font: string; spacing: TextSpacing; scale: number } {
    const style = typeof getComputedStyle === 'function' && this.host.isConnected ? getComputedStyle(this.host) : undefined;
    const font = style?.fontFamily ?? 'sans-serif';
    const spacing = { letter: parseFloat(style?.letterSpacing ?? '') || 0, word: parseFloat(style?.wordSpacing ?? '') || 0 };
    const scale = style ? Math.max(1, parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1) : 1;
    return { key: `${font}|${spacing.letter}|${spacing.word}|${scale}`, font, spacing, scale };
  }
}
