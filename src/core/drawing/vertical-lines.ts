import { nothing, svg } from 'lit';
import type { Span } from '../layout/geometry.js';

/**
 * A vertical line at `x` through each span of the plot (one span, or one per row when rows stack on phones), for
 * gridlines, the zero line and a target line. `part` names it for page styles where readers may restyle it.
 */
export function verticalLines(className: string, x: number, spans: readonly Span[], part?: string) {
  return spans.map((span) => svg`<line part=${part ?? nothing} class=${className} x1=${x} x2=${x} y1=${span.top} y2=${span.bottom}></line>`);
}
