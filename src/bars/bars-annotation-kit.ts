/**
 * What <trust-bars> needs only when a chart has notes or reference lines: loaded on first need as a chunk of its own (see
 * core/annotations/load.ts). Pure code only: no Lit, no templates.
 */
export { matchNotes, rowFinder } from '../core/annotations/match-notes.js';
export { readNotes } from '../core/annotations/table-notes.js';
export { readValueMarks, valueMarksSaid, withValueMarks } from '../core/annotations/value-axis.js';
export { barNotes, barsValueAxis, movedDown } from './bars-annotations.js';
