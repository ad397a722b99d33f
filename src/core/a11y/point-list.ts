import { svg, type SVGTemplateResult } from 'lit';
import type { SvgDrawing } from '../chart-context.js';
import type { Messages } from '../i18n/messages.js';
import { pointPlace } from './point-navigation.js';

/**
 * What a point is called, wherever a reader meets it: its label, series, value (with its margin of error when known)
 * and place ("2 of 4, series 1 of 2"), in the words the arrow keys announce.
 */
export function pointName({ points }: Pick<SvgDrawing, 'points'>, index: number, messages: Messages): string {
  const point = points[index]!;
  const place = pointPlace(points, index);
  return messages.pointAnnouncement({
    label: point.label,
    series: point.series || undefined,
    value: point.text,
    position: place.position,
    total: place.total,
    ...(place.seriesCount > 1 ? { seriesPosition: place.series, seriesCount: place.seriesCount } : {}),
  });
}

/**
 * The chart's points in the accessibility tree (issue 17 item 6): one invisible rectangle over each mark, a labelled
 * `graphics-symbol`, laid over the drawing (which stays aria-hidden). Browse mode and touch exploration reach every
 * point, one by one, where it is drawn; the Tab order does not grow (none is focusable). Built here from the points
 * and boxes each widget already hands the frame, so no widget's drawing knows about it.
 */
export function renderPointList(drawing: Pick<SvgDrawing, 'points' | 'boxes'>, messages: Messages): SVGTemplateResult {
  const { boxes = [] } = drawing;
  // Painted but see-through, not `fill="none"`: a touch screen reader finds a symbol under the finger by its painted
  // area. fill-opacity rather than fill="transparent", which SVG 1.1 renderers (an exported image) may paint black.
  // The class lets an image export leave the layer out.
  return svg`<g class="point-list">${boxes.map(
    (box, index) =>
      svg`<rect role="graphics-symbol" aria-label=${pointName(drawing, index, messages)} x=${box.x} y=${box.y} width=${box.width} height=${box.height} fill-opacity="0"></rect>`,
  )}</g>`;
}
