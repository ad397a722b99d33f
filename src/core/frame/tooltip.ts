import { html, nothing, type TemplateResult } from 'lit';
import type { PointBox } from '../chart-context.js';
import type { PointDetail } from '../events.js';
import type { TextLine } from '../layout/geometry.js';
import type { TextStyle } from '../layout/measure-text.js';

/** `element.style = text` sets its cssText (PutForwards=cssText): the CSSOM, which a strict Content-Security-Policy allows. */
const cssText = (text: string) => text as unknown as CSSStyleDeclaration;

/**
 * The box a point's tooltip must clear: its mark's, stretched up and down over its row label (lines as every widget
 * draws them). A tooltip above the mark alone sits on the label where the label is above the bars (narrow charts)
 * or taller than them; above or below this box it clears both, and stays over its mark.
 */
export function withLabel(mark: PointBox, label: readonly TextLine[], style: TextStyle): PointBox {
  if (!label.length) return mark;
  // From the tallest letters of the first line to the descenders of the last.
  const top = Math.min(mark.y, label[0]!.y - style.size);
  const bottom = Math.max(mark.y + mark.height, label[label.length - 1]!.y + style.size * 0.3);
  return { x: mark.x, y: top, width: mark.width, height: bottom - top };
}

/**
 * The selected point's label, series and value as shown (with its margin of error or range), at `place` (CSS from
 * tooltipPlace, which loads with the code that selects a point). Hidden from screen readers: the live region already
 * says the same words, with the point's position.
 */
export function renderTooltip(point: PointDetail, place: string): TemplateResult {
  return html`<div class="tooltip" aria-hidden="true" .style=${cssText(place)}>
    <b>${point.label}</b>${point.series ? html`, ${point.series}` : nothing}<br />${point.text}
  </div>`;
}
