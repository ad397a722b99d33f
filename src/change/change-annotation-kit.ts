/**
 * What <trust-change> needs only when a chart has reference lines or shaded ranges: loaded on first need as a chunk
 * of its own (see core/annotations/load.ts). Pure code only: no Lit, no templates.
 */
export { readValueMarks, valueMarksSaid, withValueMarks } from '../core/annotations/value-axis.js';
