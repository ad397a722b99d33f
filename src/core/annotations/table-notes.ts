import { problem, type Problem } from '../problems.js';
import type { NoteSpec } from './annotation-spec.js';
import { parseNote, parseNotes } from './parse-annotations.js';

/** What problems with notes written in the child table's foot name: the attribute that marks a note's cell. */
export const FOOT_NOTE = 'data-note';

const text = (cell: Element): string => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Notes written in the foot of the child `<table>`, so that a page read without the script shows them as the table's
 * footnotes, and the pre-renderer (which hands the widget the same table) draws the same notes:
 *
 *     <tfoot><tr><th scope="row">2017</th><td data-note>WannaCry attack, May 2017</td></tr></tfoot>
 *
 * A cell marked `data-note` holds the words; where they go is the attribute's value (`data-note="2017 | Staff"`), or
 * else the row's first cell. Checked as `notes` is: no place or no words, or tags typed as text, are reported.
 */
export function footNotes(table: HTMLTableElement | null | undefined, problems: Problem[]): NoteSpec[] {
  if (!table) return [];
  return Array.from(table.rows)
    .filter((row) => row.parentElement?.tagName === 'TFOOT')
    .flatMap((row) => {
      const cells = Array.from(row.cells);
      return cells.flatMap((cell, i) => {
        const named = cell.getAttribute(FOOT_NOTE);
        if (named === null) return [];
        const place = named.trim() || (i > 0 ? text(cells[0]!) : '');
        const words = text(cell);
        if (!place) {
          problems.push(problem(FOOT_NOTE, (m) => m.footNoteNowhere(words.slice(0, 80))));
          return [];
        }
        return parseNote(FOOT_NOTE, place, words, problems);
      });
    });
}

/**
 * A chart's notes, from its `notes` attribute or its table's foot, with the name problems give where they were
 * written. Both given: the attribute's are drawn, and the author is told the table's are not.
 */
export function readNotes(attribute: string | undefined, table: HTMLTableElement | null | undefined, problems: Problem[]): { specs: NoteSpec[]; from: string } {
  const fromAttribute = parseNotes('notes', attribute, problems);
  const inFoot = footNotes(table, fromAttribute.length ? [] : problems);
  if (fromAttribute.length && inFoot.length) problems.push(problem('notes', (m) => m.notesTwice(inFoot.length)));
  return fromAttribute.length || !inFoot.length ? { specs: fromAttribute, from: 'notes' } : { specs: inFoot, from: FOOT_NOTE };
}
