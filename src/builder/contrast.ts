/**
 * WCAG 2.x contrast between two sRGB colours written as hex (`#005eb8`, `#fff`): relative luminance
 * (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance) and the ratio (L1 + 0.05) / (L2 + 0.05), lighter first.
 */
import { longHex } from './colours.js';

/** Marks (bars, lines, segments) need 3:1 against their background (WCAG 1.4.11), text 4.5:1 (WCAG 1.4.3). */
export const MARK_CONTRAST = 3;
export const TEXT_CONTRAST = 4.5;

/** Relative luminance of a hex colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const digits = longHex(hex).slice(1);
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(digits.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two hex colours, 1 to 21, in either order. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
