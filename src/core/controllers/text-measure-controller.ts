import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createTextMeasurer, forgetMeasuredText, type TextMeasurer } from '../layout/measure-text.js';

/**
 * Measures text in the host's own font, for layouts that wrap labels. Web fonts change text widths: when they are
 * still loading as the host connects, it forgets its measurer and has the host draw again once they have loaded.
 */
export class TextMeasureController implements ReactiveController {
  private cache: { font: string; measure: TextMeasurer } | undefined;

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
  }

  /** A measurer for the host's font as it is now (one per font, kept while the font stays the same). */
  measurer(): TextMeasurer {
    const font = typeof getComputedStyle === 'function' && this.host.isConnected ? getComputedStyle(this.host).fontFamily : 'sans-serif';
    if (this.cache?.font !== font) this.cache = { font, measure: createTextMeasurer(font) };
    return this.cache.measure;
  }
}
