import type { ReactiveControllerHost } from 'lit';
import { nextPointIndex } from '../a11y/point-navigation.js';
import { TrustPointFocusEvent, type PointDetail } from '../events.js';
import type { Messages } from '../i18n/messages.js';

/**
 * Keyboard navigation between a chart's marks. The chart is one focusable image; arrow keys, Home and End move a
 * focus ring between its points. This holds which point has focus and the sentence a screen reader hears for it,
 * and fires `trust-point-focus` from the host. It needs none of the host's lifecycle (focus is kept across a
 * reconnection, as the chart is), so it only asks the host to update.
 */
export class PointFocusController {
  /** Index (into the drawing's points) of the mark that has keyboard focus, if any. */
  index: number | null = null;
  /** What the host's live region says: the focused mark's label, series, value and position. */
  announcement = '';

  /**
   * @param messages The words the host shows now, for the announcement.
   * @param onMove Called whenever the reader moves focus, before the host updates: a reader's action, not new data.
   */
  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly messages: () => Messages,
    private readonly onMove: () => void,
  ) {}

  /** Focus arriving on the chart lands on the first mark, unless one has it already. */
  focus(points: readonly PointDetail[]): void {
    if (this.index === null && points.length) this.moveTo(0, points);
  }

  /** Arrow keys, Home and End move between marks; other keys are left to the page. */
  keydown(event: KeyboardEvent, points: readonly PointDetail[]): void {
    const next = nextPointIndex(event.key, this.index, points.length);
    if (next === null) return;
    event.preventDefault();
    this.moveTo(next, points);
  }

  private moveTo(index: number, points: readonly PointDetail[]): void {
    const point = points[index];
    if (!point) return;
    this.onMove();
    const announcement = this.messages().pointAnnouncement({
      label: point.label,
      series: point.series || undefined,
      value: point.text,
      position: index + 1,
      total: points.length,
    });
    // Like a reactive property: the host draws again only when something it shows has changed.
    if (index !== this.index || announcement !== this.announcement) {
      this.index = index;
      this.announcement = announcement;
      this.host.requestUpdate();
    }
    this.host.dispatchEvent(new TrustPointFocusEvent(point));
  }
}
