import { html, nothing, type TemplateResult } from 'lit';
import type { NoteGeometry } from '../annotations/annotation-geometry.js';

/**
 * The notes a narrow chart draws as numbered markers, listed under it with the same numbers ("1. 2017: WannaCry
 * attack, May 2017"). An ordered list, so that screen readers say how many there are and which is which.
 */
export function renderNoteList(notes: readonly NoteGeometry[], label: string): TemplateResult | typeof nothing {
  return notes.length
    ? html`<ol part="notes" class="note-list" aria-label=${label}>
        ${notes.map((note) => html`<li value=${note.number}>${note.place}: ${note.text}</li>`)}
      </ol>`
    : nothing;
}
