/** A change to a page's HTML by character offsets: `start`–`end` replaced by `text` (equal offsets insert). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * `html` with `edits` applied; every other byte is copied as it was, so a diff of the output shows only what the
 * pre-renderer added. The edits must not overlap; they may come in any order.
 */
export function applyEdits(html: string, edits: readonly TextEdit[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    pieces.push(html.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(html.slice(at));
  return pieces.join('');
}
