export interface TextStyle {
  readonly size: number;
  readonly weight?: number;
}

/** Width of `text` in CSS pixels when drawn in the given style. */
export type TextMeasurer = (text: string, style: TextStyle) => number;

/**
 * Measures with a canvas in the browser. On the server (pre-render), or where canvas is unavailable, it estimates
 * generously (0.6 em a character) so that wrapped labels never overflow; the browser re-lays out on hydration.
 */
export function createTextMeasurer(fontFamily: string): TextMeasurer {
  const context = canvasContext();
  const cache = new Map<string, number>();
  return (text, { size, weight = 400 }) => {
    const key = `${size}|${weight}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) {
        context.font = `${weight} ${size}px ${fontFamily}`;
        width = context.measureText(text).width;
      } else {
        width = text.length * size * 0.6;
      }
      if (cache.size > 2000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}

/** A 2D canvas context, or null where there is none (Node, a DOM shim, a browser with canvas disabled). */
function canvasContext(): CanvasRenderingContext2D | null {
  if (typeof document === 'undefined' || typeof document.createElement !== 'function') return null;
  try {
    return document.createElement('canvas').getContext?.('2d') ?? null;
  } catch {
    return null;
  }
}

/** A fixed-width measurer: what the pure layout tests and the server use. */
export const estimateTextWidth: TextMeasurer = (text, { size }) => text.length * size * 0.6;

/** Width of the widest of `texts` in `style`; 0 when there are none. */
export function widestText(texts: readonly string[], measure: TextMeasurer, style: TextStyle): number {
  return Math.max(0, ...texts.map((text) => measure(text, style)));
}
