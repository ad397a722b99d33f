/**
 * A computed colour as `#rrggbb` and an opacity. Browsers give computed colours as rgb(), rgba() or, for color-mix()
 * (likert's in-between answers), color(srgb …): an SVG for PowerPoint, Inkscape and resvg needs plain hex. The colour
 * is painted on a 1×1 canvas and read back, which every engine does alike for sRGB colours.
 */

export interface LiteralColour {
  readonly hex: string;
  /** 0 (transparent) to 1 (opaque). */
  readonly alpha: number;
}

let pixel: CanvasRenderingContext2D | null | undefined;
const known = new Map<string, LiteralColour>();

/** `css` (any computed colour) as hex and alpha; `undefined` for `none` or what is not a colour. */
export function literalColour(css: string): LiteralColour | undefined {
  const given = css.trim();
  if (!given || given === 'none' || given.startsWith('url(')) return undefined;
  const hex = /^#[\da-f]{6}$/i.exec(given)?.[0];
  if (hex) return { hex: hex.toLowerCase(), alpha: 1 };
  let found = known.get(given);
  if (found) return found;
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!pixel) return undefined;
  pixel.clearRect(0, 0, 1, 1);
  // Set twice: a colour the canvas cannot read leaves fillStyle as it was, so only a real colour passes both.
  pixel.fillStyle = '#000000';
  pixel.fillStyle = given;
  const black = pixel.fillStyle;
  pixel.fillStyle = '#ffffff';
  pixel.fillStyle = given;
  if (black !== pixel.fillStyle) return undefined;
  pixel.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = pixel.getImageData(0, 0, 1, 1).data;
  found = { hex: `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`, alpha: Math.round((a / 255) * 1000) / 1000 };
  if (known.size > 500) known.clear();
  known.set(given, found);
  return found;
}
