import type { ChangeMessages } from './change-messages.js';

export interface ChangeSummaryInput {
  /** Each row's label and its change in words ("up 10 percentage points, from 5% to 15%"), in the order drawn. */
  readonly rows: readonly { readonly label: string; readonly words: string }[];
  readonly fromLabel: string;
  readonly toLabel: string;
  /** "Higher is better." when the author said which way is good. */
  readonly directionNote?: string | undefined;
  readonly words: ChangeMessages;
}

/**
 * The sentence screen readers hear: the kind of chart, how many items, the two time points, then every row's
 * change in words. Changes in percentages are in percentage points, never relative percentages.
 */
export function changeSummary({ rows, fromLabel, toLabel, directionNote, words }: ChangeSummaryInput): string {
  const parts = [words.changeKind(rows.length, fromLabel, toLabel)];
  if (directionNote) parts.push(directionNote);
  for (const row of rows) parts.push(`${row.label}: ${row.words}.`);
  return parts.join(' ');
}
