let canvas: CanvasRenderingContext2D | undefined;
const inkCache = new Map<string, { ascent: number; descent: number }>();

/** How far one character's ink reaches above and below the baseline (px), in the text's computed font. */
function inkOf(text: SVGTextContentElement, character: string): { ascent: number; descent: number } {
  const style = getComputedStyle(text);
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const key = `${font}|${character}`;
  let ink = inkCache.get(key);
  if (!ink) {
    canvas ??= document.createElement('canvas').getContext('2d')!;
    canvas.font = font;
    const metrics = canvas.measureText(character);
    ink = { ascent: metrics.actualBoundingBoxAscent, descent: metrics.actualBoundingBoxDescent };
    inkCache.set(key, ink);
  }
  return ink;
}

/**
 * The box the glyphs of an SVG <text> cover on screen, in client coordinates (like getBoundingClientRect()),
 * measured the same way in every engine: across, from each character's start to its end along the baseline (its
 * advance, what getComputedTextLength() adds up); up and down, as far as its ink reaches (canvas measureText()).
 *
 * Why not getBoundingClientRect(): for SVG text each engine returns a box of its own making, from the font's
 * ascent and descent rounded its own way, plus, in Firefox, the line gap and side bearings (about 22 px tall for
 * 14 px text where Chromium says 16), although the glyphs are placed identically. Tests of overlap and fit mean
 * the glyphs a reader sees, so measure those.
 */
export function textBox(text: Element): DOMRect {
  if (!(text instanceof SVGTextContentElement)) throw new Error(`textBox() measures SVG text, not <${text.localName}>`);
  const characters = text.getNumberOfChars();
  const matrix = text.getScreenCTM();
  if (characters === 0 || !matrix) return new DOMRect(0, 0, 0, 0);
  // The characters as SVG lays them out (white space collapsed), to look each one's ink up; should that not line up
  // with the addressable characters, every character gets the whole text's ink.
  const collapsed = (text.textContent ?? '').replace(/\s+/g, ' ').trim();
  const whole = inkOf(text, collapsed);
  const oneByOne = collapsed.length === characters;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < characters; i++) {
    const start = text.getStartPositionOfChar(i);
    const end = text.getEndPositionOfChar(i);
    const { ascent, descent } = oneByOne ? inkOf(text, collapsed[i]!) : whole;
    if (ascent + descent <= 0) continue; // a space: no ink
    // The four corners of the glyph's ink box, through the element's transform (rotated text stays right).
    for (const x of [start.x, end.x]) {
      for (const y of [start.y - ascent, start.y + descent]) {
        const point = new DOMPoint(x, y).matrixTransform(matrix);
        xs.push(point.x);
        ys.push(point.y);
      }
    }
  }
  if (xs.length === 0) return new DOMRect(0, 0, 0, 0);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return new DOMRect(left, top, Math.max(...xs) - left, Math.max(...ys) - top);
}
