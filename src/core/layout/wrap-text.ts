import type { TextMeasurer, TextStyle } from './measure-text.js';

/** Labels longer than this many lines are cut with an ellipsis; the full text stays in the table and summary. */
export const MAX_LINES = 4;

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces where possible and inside a word only when the word
 * alone is too wide (long URLs, German compounds).
 */
export function wrapText(text: string, maxWidth: number, measure: TextMeasurer, style: TextStyle, maxLines = MAX_LINES): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  const fits = (candidate: string) => measure(candidate, style) <= maxWidth;
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    let rest = word;
    while (!fits(rest) && rest.length > 1) {
      let cut = Math.max(1, Math.floor((rest.length * maxWidth) / Math.max(measure(rest, style), 1)));
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
      if (lines.length > maxLines) break;
    }
    current = rest;
    if (lines.length > maxLines) break;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (last.length > 1 && !fits(last)) last = `${last.slice(0, -2)}…`;
  kept[maxLines - 1] = last;
  return kept;
}
