/**
 * What <trust-trend> needs only when a chart has notes, reference lines, shaded ranges or `labels="all"`: loaded on
 * first need as a chunk of its own (see core/annotations/load.ts). Pure code only: no Lit, no templates.
 */
export { matchNotes, rowFinder } from '../core/annotations/match-notes.js';
export { parseRanges, parseReferences } from '../core/annotations/parse-annotations.js';
export { readNotes } from '../core/annotations/table-notes.js';
export { pointLabels } from './point-labels.js';
export { trendAnnotations } from './trend-annotations.js';
