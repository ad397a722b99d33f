import type { ReactiveControllerHost } from 'lit';
import { nextPointInSeries, pointWords, type PointWalk } from '../a11y/point-navigation.js';
import type { PointBox, SvgDrawing } from '../chart-context.js';
import type { PointDetail } from '../events.js';
import { englishKeyHelp, keyList } from '../frame/key-list.js';
import { tooltipPlace } from '../frame/tooltip-place.js';
import type { Messages } from '../i18n/messages.js';

/*
 * What a reader's keys, mouse and touch on a chart do: a lazy chunk (chunks/point-interaction.js, built apart with its
 * own copies of what it imports, no Lit), loaded on the first focus, key or pointer on a chart (PointFocusController),
 * so that the first paint carries none of it.
 */

/**
 * Which point is selected, whether its tooltip shows, and the sentence a screen reader hears for it. Arrow keys, Home
 * and End move a focus ring between the chart's points, and a pointer over a mark (or a tap) selects it.
 */
export class PointInteraction {
  /** Index (into the drawing's points) of the mark that has keyboard focus, if any. */
  index: number | null = null;
  /** What the host's live region says: the focused mark's label, series, value and position; empty once focus leaves. */
  announcement = '';
  /** Whether the keyboard help (`?`) shows under the chart: until `?` again, Escape, or focus leaves the chart. */
  private helpOpen = false;
  /** Whether the chart has keyboard focus. */
  private focused = false;
  /** Whether the focused mark's tooltip shows (until Escape). */
  private focusTip = false;
  /** The mark under the pointer (or last tapped), whose tooltip shows; and one whose tooltip Escape hid. */
  private hovered: number | null = null;
  private dismissed: number | null = null;

  /**
   * @param messages The words the host shows now, for the announcement.
   * @param onMove Called whenever the reader moves, before the host updates: a reader's action, not new data.
   * @param walk How the arrow keys walk the host's points: along series, or by rows (see PointWalk).
   * @param focused Tells the page which point keyboard focus moved to (the host's `trust-point-focus`).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly messages: () => Messages,
    private readonly onMove: () => void,
    private readonly walk: () => PointWalk,
    private readonly moved: (point: PointDetail) => void,
  ) {}

  /** Whether the chart has keyboard focus, as its focus and blur events said. */
  get hasFocus(): boolean {
    return this.focused;
  }

  /** The point whose tooltip shows: the one under the pointer, else the one with keyboard focus, if any. */
  get tip(): number | null {
    return this.hovered ?? (this.focused && this.focusTip ? this.index : null);
  }

  /** Where the tooltip of a mark in `box` goes, in a chart `width` × `height` (see tooltipPlace). */
  tooltipPlace(box: PointBox, width: number, height: number): string {
    return tooltipPlace(box, width, height);
  }

  /**
   * Focus arriving on the chart lands on the mark that was clicked or tapped, else where the reader was, else on the
   * first mark; coming back, it says again where the reader is (the live region was emptied when focus left, so the
   * same words are heard again).
   */
  focus(drawing: SvgDrawing): void {
    this.focused = true;
    this.moveTo(this.hovered ?? this.index ?? 0, drawing);
  }

  /**
   * Leaving the chart hides its tooltip and empties the live region: the last point must not stay readable. Focus that
   * leaves while the host draws (`redraw` false) leaves with the chart, which that drawing took off the page (an error
   * drawn instead): it needs no drawing of its own, and asking for one from inside a drawing is Lit's change-in-update.
   */
  blur(redraw: boolean): void {
    if (redraw) this.onMove();
    this.focused = false;
    this.helpOpen = false;
    this.announcement = '';
    this.update(redraw);
  }

  /**
   * Arrow keys, Home, End, PageUp and PageDown move between marks (see `nextPointInSeries`); pressing past either end
   * says so. Escape hides the tooltip (and the keyboard help) and keeps focus where it is. `?` (Shift and / where an
   * engine reports it so) shows or hides the keyboard help, said once politely. Other keys are left to the page.
   */
  keydown(event: KeyboardEvent, drawing: SvgDrawing): void {
    if (event.key === '?' || (event.key === '/' && event.shiftKey)) return this.toggleHelp(event, drawing);
    if (event.key === 'Escape') {
      if (this.helpOpen) this.toggleHelp(event, drawing);
      return this.escape(event);
    }
    const next = nextPointInSeries(event.key, this.index, drawing.points, this.walk());
    if (next === null) return;
    event.preventDefault();
    const { firstPoint, lastPoint } = this.messages();
    const edge = next === this.index && /Arrow|Page/.test(event.key) ? (/Right|Down/.test(event.key) ? lastPoint : firstPoint) : '';
    this.moveTo(next, drawing, edge);
  }

  /**
   * A pointer over a mark of `chart` (or, on a line chart, nearest it along x), or a tap on one, shows that mark's
   * tooltip.
   */
  pointer(event: PointerEvent, chart: SVGGraphicsElement, drawing: SvgDrawing): void {
    // From the page to the SVG's own coordinates: its screen matrix holds the viewBox's scaling and centring (it
    // shrinks with max-width on a narrow screen, and engines size its box differently).
    const toSvg = chart.getScreenCTM()?.inverse();
    const { x, y } = toSvg ? new DOMPoint(event.clientX, event.clientY).matrixTransform(toSvg) : { x: -1, y: -1 };
    const boxes = drawing.boxes ?? [];
    const areas = drawing.hitAreas ?? boxes.map((box, index) => ({ ...box, index }));
    let index = areas.find((area) => x >= area.x && x <= area.x + area.width && y >= area.y && y <= area.y + area.height)?.index ?? null;
    if (index === null && drawing.nearestX && boxes.length) {
      // Nearest along x first; among points at the same x (several lines), nearest along y.
      const distance = ({ x: left, y: top, width, height }: PointBox) => Math.abs(left + width / 2 - x) * 1e4 + Math.abs(top + height / 2 - y);
      index = boxes.reduce((best, box, i) => (distance(box) < distance(boxes[best]!) ? i : best), 0);
    }
    if (index === this.dismissed) return;
    this.dismissed = null;
    if (index === null && event.pointerType === 'touch') return;
    if (index !== this.hovered) {
      this.onMove();
      this.hovered = index;
      this.update();
    }
  }

  /** The pointer left the chart and its tooltip (it may rest on the tooltip on the way out): hide that tooltip. */
  leave(event: PointerEvent): void {
    // A finger lifts off at once: a tapped point's tooltip stays until another tap or Escape.
    if (event.pointerType === 'touch' || this.hovered === null) return;
    this.onMove();
    this.hovered = this.dismissed = null;
    this.update();
  }

  /** Escape, on the chart or anywhere on the page, hides the tooltip without moving focus or the pointer (WCAG 1.4.13). */
  private readonly escape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.tip === null) return;
    this.onMove();
    this.dismissed = this.hovered;
    this.hovered = null;
    this.focusTip = false;
    this.update();
  };

  /** Opens or closes the keyboard help; opening says its keys in the live region, closing leaves it quiet. */
  private toggleHelp(event: KeyboardEvent, drawing: SvgDrawing): void {
    event.preventDefault();
    this.onMove();
    this.helpOpen = !this.helpOpen;
    const [title, ...keys] = this.helpLines(drawing) ?? [];
    this.announcement = title ? `${title}: ${keys.join('. ')}.` : '';
    this.host.requestUpdate();
  }

  /** The keyboard help's title and lines while it is open, in the words the host shows now; else undefined. */
  helpLines(drawing: SvgDrawing): string[] | undefined {
    if (!this.helpOpen) return undefined;
    return keyList(this.messages().keyHelp ?? englishKeyHelp, drawing.points, this.walk());
  }

  /** Draws again (unless told not to); while a tooltip shows, Escape anywhere on the page hides it. */
  private update(draw = true): void {
    this.listen(this.tip !== null);
    if (draw) this.host.requestUpdate();
  }

  /**
   * Listens for Escape on the page while `on` (a tooltip shows on a chart in the page); a chart taken off the page stops
   * listening, or the page would hold it, and comes back to its tooltip as it left it.
   */
  listen(on: boolean): void {
    if (on) document.addEventListener('keydown', this.escape);
    else document.removeEventListener('keydown', this.escape);
  }

  private moveTo(index: number, drawing: SvgDrawing, edge = ''): void {
    const point = drawing.points[index];
    if (!point) return;
    this.onMove();
    const words = pointWords(drawing.points, index, this.messages(), this.walk());
    this.index = index;
    // The keyboard takes over from the pointer: the tooltip follows focus.
    this.hovered = null;
    this.focusTip = true;
    this.announcement = edge ? `${edge} ${words}` : words;
    this.update();
    this.moved(point);
  }
}
