import { svg } from 'lit';
import type { Span } from '../layout/geometry.js';

/**
 * One line of each kind, its class (and part) written in the template: as a binding it would be a part that Lit keeps
 * and sets for every line of every chart, though it never changes. `part` names target lines for page styles where
 * readers may restyle them.
 */
const LINES = {
  grid: (x: number, span: Span) => svg`<line class="grid" x1=${x} x2=${x} y1=${span.top} y2=${span.bottom}></line>`,
  zero: (x: number, span: Span) => svg`<line class="zero" x1=${x} x2=${x} y1=${span.top} y2=${span.bottom}></line>`,
  target: (x: number, span: Span) => svg`<line part="target" class="target-line" x1=${x} x2=${x} y1=${span.top} y2=${span.bottom}></line>`,
};

/**
 * A vertical line at `x` through each span of the plot (one span, or one per row when rows stack on phones), for
 * gridlines, the zero line and a target line. One span draws one line, not a list of one (which Lit keeps a part for).
 */
export function verticalLines(kind: keyof typeof LINES, x: number, spans: readonly Span[]) {
  const line = LINES[kind];
  return spans.length === 1 ? line(x, spans[0]!) : spans.map((span) => line(x, span));
}
