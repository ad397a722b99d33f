import { svg, type SVGTemplateResult } from 'lit';
import type { SvgDrawing } from '../chart-context.js';
import type { Messages } from '../i18n/messages.js';
import { pointWords, type PointWalk } from './point-navigation.js';

/**
 * The chart's points in the accessibility tree (issue 17 item 6): one invisible rectangle over each mark, a labelled
 * `graphics-symbol`, laid over the drawing (which stays aria-hidden). Browse mode and touch exploration reach every
 * point, one by one, where it is drawn; the Tab order does not grow (none is focusable). Built here from the points
 * and boxes each widget already hands the frame, so no widget's drawing knows about it. Each is named in the words
 * the arrow keys announce (pointWords), its place counted as the keys walk (by rows on likert and change).
 */
export function renderPointList(drawing: Pick<SvgDrawing, 'points' | 'boxes'>, messages: Messages, walk: PointWalk): SVGTemplateResult {
  const { boxes = [] } = drawing;
  // Painted but see-through, not `fill="none"`: a touch screen reader finds a symbol under the finger by its painted
  // area. fill-opacity rather than fill="transparent", which SVG 1.1 renderers (an exported image) may paint black.
  // The class lets an image export leave the layer out.
  return svg`<g class="point-list">${boxes.map(
    (box, index) =>
      svg`<rect role="graphics-symbol" aria-label=${pointWords(drawing.points, index, messages, walk)} x=${box.x} y=${box.y} width=${box.width} height=${box.height} fill-opacity="0"></rect>`,
  )}</g>`;
}
