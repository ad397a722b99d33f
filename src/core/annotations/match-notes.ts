import { problem, type Problem } from '../problems.js';
import type { NoteSpec } from './annotation-spec.js';

/** A note matched to the data: the row it belongs to and, when one series was named, that series. */
export interface MatchedNote {
  readonly row: number;
  readonly series?: number;
  readonly text: string;
  /** Where it belongs, as the reader sees it ("2017", "2017, Staff"). */
  readonly place: string;
}

/** Finds a row by its label as written or as shown ("2024-03" or "Mar 2024"), ignoring case and outer spaces. */
export function rowFinder(written: readonly string[], shown: readonly string[]): (text: string) => number | undefined {
  const key = (text: string) => text.trim().toLowerCase();
  const rows = new Map<string, number>();
  const add = (label: string, row: number) => rows.has(key(label)) || rows.set(key(label), row);
  // The first row of a label wins; labels as written before labels as shown.
  written.forEach(add);
  shown.forEach(add);
  return (text) => rows.get(key(text));
}

/** A few labels to copy, for a problem's fix: the first and the last, quoted. */
const examples = (labels: readonly string[]) => [...new Set([labels[0], labels[labels.length - 1]])].map((label) => `“${label}”`).join(' or ');

/**
 * Matches `notes` to rows and series; notes on a label or series that the data does not have are reported (naming
 * labels that would do) and left out, naming `attribute` (where they were written). Notes keep the order written,
 * which numbers them.
 */
export function matchNotes(
  specs: readonly NoteSpec[],
  findRow: (text: string) => number | undefined,
  shown: readonly string[],
  seriesNames: readonly string[],
  problems: Problem[],
  attribute = 'notes',
): MatchedNote[] {
  return specs.flatMap((spec) => {
    const row = findRow(spec.at);
    if (row === undefined) {
      problems.push(problem(attribute, (m) => m.noteNotFound(spec.at, examples(shown))));
      return [];
    }
    if (spec.series === undefined) return [{ row, text: spec.text, place: shown[row]! }];
    const series = seriesNames.findIndex((name) => name.trim().toLowerCase() === spec.series!.toLowerCase());
    if (series < 0) {
      problems.push(problem(attribute, (m) => m.noteSeriesNotFound(spec.series!, examples(seriesNames))));
      return [];
    }
    // With one series, naming it adds nothing to where the note belongs.
    return [{ row, series, text: spec.text, place: seriesNames.length > 1 ? `${shown[row]!}, ${seriesNames[series]!}` : shown[row]! }];
  });
}
