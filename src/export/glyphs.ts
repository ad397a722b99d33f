/**
 * Characters the widgets write that the bundled Noto Sans has no glyph for, and the nearest it has: without them the
 * PNG shows an empty box ("← Agree" above likert's halves). The SVG gets the same text, so both images read alike.
 */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  '←': '‹',
  '→': '›',
  '≥': '>=',
  '≤': '<=',
};
const MISSING = new RegExp(`[${Object.keys(SUBSTITUTES).join('')}]`, 'g');

/** `text` with each character the image font lacks replaced by its nearest substitute. */
export const imageText = (text: string): string => text.replace(MISSING, (character) => SUBSTITUTES[character]!);
