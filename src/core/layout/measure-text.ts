export interface TextStyle {
  readonly size: number;
  readonly weight?: number;
}

/** Width of `text` in CSS pixels when drawn in the given style. */
export type TextMeasurer = (text: string, style: TextStyle) => number;

/**
 * Widths already measured, per font and string, shared by every widget on the page: a page of charts measures the
 * same labels, values and ticks again and again, and each measurement sets a canvas font and shapes the text.
 */
const measured = new Map<string, Map<string, number>>();
/** One canvas for the page (a canvas and its context per widget cost time and memory for nothing). */
let sharedContext: CanvasRenderingContext2D | null | undefined;
/** The font the shared context is set to: setting `font` parses it again even when it is the same. */
let contextFont = '';

/** The reader's text spacing, in px (WCAG 1.4.12): added after every character, and to every space. */
export interface TextSpacing {
  readonly letter: number;
  readonly word: number;
}

/**
 * Measures with a canvas in the browser. On the server (pre-render), or where canvas is unavailable, it estimates
 * generously (0.6 em a character) so that wrapped labels never overflow; the browser re-lays out on hydration.
 * Canvas measures without CSS letter and word spacing, so the reader's `spacing` is added to each width.
 */
export function createTextMeasurer(fontFamily: string, spacing?: TextSpacing): TextMeasurer {
  sharedContext ??= canvasContext();
  const context = sharedContext;
  // The usual 'normal' spacing (0, 0) adds nothing: not worth splitting and searching every text for it.
  const spaced = spacing && (spacing.letter || spacing.word) ? spacing : undefined;
  return (text, { size, weight = 400 }) => {
    const font = `${weight} ${size}px ${fontFamily}`;
    let widths = measured.get(font);
    if (!widths) measured.set(font, (widths = new Map<string, number>()));
    let width = widths.get(text);
    if (width === undefined) {
      if (context) {
        if (contextFont !== font) context.font = contextFont = font;
        width = context.measureText(text).width;
      } else {
        width = text.length * size * 0.6;
      }
      if (widths.size > 2000) widths.clear();
      widths.set(text, width);
    }
    return spaced ? width + spaced.letter * [...text].length + spaced.word * (text.match(/[ \u00a0]/g)?.length ?? 0) : width;
  };
}

/** Forgets every width measured: after web fonts load, the same text in the same font has another width. */
export function forgetMeasuredText(): void {
  measured.clear();
  contextFont = '';
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
