import { html, nothing, type TemplateResult } from 'lit';
import type { PointBox } from '../chart-context.js';
import type { PointDetail } from '../events.js';
import type { TextLine } from '../layout/geometry.js';
import type { TextStyle } from '../layout/measure-text.js';

/** `element.style = text` sets its cssText (PutForwards=cssText): the CSSOM, which a strict Content-Security-Policy allows. */
const cssText = (text: string) => text as unknown as CSSStyleDeclaration;

/** Room a tooltip of two short lines needs above or below its mark, with the gap between them. */
const ROOM = 60;
const GAP = 8;

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
 * The selected point's label, series and value as shown (with its margin of error or range), beside its mark and never
 * on it: above it where there is room, else below, else beside. It is shifted sideways in proportion to where the mark
 * is across the chart (not at all at the left edge, by its whole width at the right), so it never leaves the chart.
 * Hidden from screen readers: the live region already says the same words, with the point's position.
 */
export function renderTooltip(point: PointDetail, box: PointBox, width: number, height: number): TemplateResult {
  const centre = box.x + box.width / 2;
  const across = Math.round(Math.min(Math.max(centre / width, 0), 1) * 100);
  const place =
    box.y >= ROOM
      ? `left:${centre}px;top:${box.y - GAP}px;transform:translate(-${across}%,-100%)`
      : height - box.y - box.height >= ROOM
        ? `left:${centre}px;top:${box.y + box.height + GAP}px;transform:translateX(-${across}%)`
        : centre < width / 2
          ? `left:${box.x + box.width + GAP}px;top:${box.y + box.height / 2}px;transform:translateY(-50%)`
          : `left:${box.x - GAP}px;top:${box.y + box.height / 2}px;transform:translate(-100%,-50%)`;
  return html`<div class="tooltip" aria-hidden="true" .style=${cssText(place)}>
    <b>${point.label}</b>${point.series ? html`, ${point.series}` : nothing}<br />${point.text}
  </div>`;
}
