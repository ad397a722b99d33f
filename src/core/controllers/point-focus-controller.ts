import type { ReactiveControllerHost } from 'lit';
import { takesKey, type PointWalk } from '../a11y/point-navigation.js';
import type { PointBox, SvgDrawing } from '../chart-context.js';
import { TrustPointFocusEvent } from '../events.js';
import type { Messages } from '../i18n/messages.js';
import type { PointInteraction } from './point-interaction.js';

/**
 * Keyboard, mouse and touch on a chart's marks. The chart is one focusable image; arrow keys, Home and End move a
 * focus ring between its points, and a pointer over a mark (or a tap) selects it. The code that answers the reader
 * (point-interaction.ts) is a chunk loaded when a pointer comes over the widget or on the reader's first focus or key
 * on the chart, so the first paint carries none of it: what arrives before it is answered, in order, once it is
 * here, and `pending` lets the host's `updateComplete` wait for that. Focus is kept across a reconnection, as the chart
 * is. Of the host's lifecycle it follows its updates (see blur) and its connection (the load a pointer starts, and the
 * page's Escape listener).
 */
export class PointFocusController {
  /** The code that answers the reader, once loaded. */
  private interaction: PointInteraction | undefined;
  /** The reader's actions that arrived while it loads, in order. */
  private waiting: ((interaction: PointInteraction) => void)[] = [];
  /** Its load and the answers to the actions that waited for it; undefined once they are done. */
  private loading: Promise<void> | undefined;
  /**
   * Whether its last load failed (a CDN missing the chunk, or the connection lost): keys are then left to the page
   * until the reader comes back to the chart (focus, or a pointer over it), which tries again (Firefox ESR answers a
   * second import of a module that failed with the same failure, without asking the server again).
   */
  private unavailable = false;
  /** Whether a failed load has been reported: once per chart, not on every try. */
  private warned = false;
  /** Whether the host is drawing: focus that leaves the chart meanwhile goes because the drawing removed the chart. */
  private hostDrawing = false;

  /**
   * @param messages The words the host shows now, for the announcement.
   * @param onMove Called whenever the reader moves, before the host updates: a reader's action, not new data.
   * @param walk How the arrow keys walk the host's points: along series, or by rows (see PointWalk).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly messages: () => Messages,
    private readonly onMove: () => void,
    private readonly walk: () => PointWalk = () => 'series',
  ) {
    host.addController(this);
  }

  /** Index (into the drawing's points) of the mark that has keyboard focus, if any. */
  get index(): number | null {
    return this.interaction?.index ?? null;
  }

  /** What the host's live region says: the focused mark's label, series, value and position; empty once focus leaves. */
  get announcement(): string {
    return this.interaction?.announcement ?? '';
  }

  /** The point whose tooltip shows: the one under the pointer, else the one with keyboard focus, if any. */
  get tip(): number | null {
    return this.interaction?.tip ?? null;
  }

  /** Where the tooltip of a mark in `box` goes, as CSS (a tooltip shows only once the code that places it is here). */
  tooltipPlace(box: PointBox, width: number, height: number): string {
    return this.interaction?.tooltipPlace(box, width, height) ?? '';
  }

  /** How the arrow keys walk the host's points: what the point list's names say their place by (pointWords). */
  get pointWalk(): PointWalk {
    return this.walk();
  }

  /** The keyboard help's title and lines while it is open, in the words the host shows now; else undefined. */
  helpLines(drawing: SvgDrawing): string[] | undefined {
    return this.interaction?.helpLines(drawing);
  }

  /**
   * The load the host's `updateComplete` waits for: only one that answers the reader's actions (with the update their
   * answers ask for), not a pointer passing over the widget.
   */
  get pending(): Promise<void> | undefined {
    return this.waiting.length ? this.loading : undefined;
  }

  focus(drawing: SvgDrawing): void {
    this.unavailable = false;
    this.answer((interaction) => interaction.focus(drawing));
  }

  blur(): void {
    const redraw = !this.hostDrawing;
    this.answer((interaction) => interaction.blur(redraw));
  }

  /**
   * A pointer coming over the widget (its heading, on the way to a mark) starts the load, so that the first tooltip
   * need not wait for it; a page that nobody points at fetches nothing.
   */
  hostConnected(): void {
    if (!this.interaction) this.host.addEventListener('pointerover', this.pointerOver);
    this.interaction?.listen(this.interaction.tip !== null);
  }

  hostDisconnected(): void {
    this.interaction?.listen(false);
  }

  hostUpdate(): void {
    this.hostDrawing = true;
  }

  hostUpdated(): void {
    this.hostDrawing = false;
    // Firefox and WebKit fire no blur at a focused chart that the drawing took off the page: its focus went with it.
    if (this.interaction?.hasFocus && !this.host.shadowRoot?.activeElement) this.interaction.blur(false);
  }

  keydown(event: KeyboardEvent, drawing: SvgDrawing): void {
    // Answered later, a key the chart takes must still be kept from the page now (an arrow would scroll it).
    if (!this.interaction && !this.unavailable && takesKey(event, drawing.points, this.walk())) event.preventDefault();
    this.answer((interaction) => interaction.keydown(event, drawing));
  }

  pointer(event: PointerEvent, drawing: SvgDrawing): void {
    // Read now: an event's currentTarget is gone once it has been dispatched.
    const chart = event.currentTarget as SVGGraphicsElement;
    this.answer((interaction) => interaction.pointer(event, chart, drawing));
  }

  leave(event: PointerEvent): void {
    // Before any action on the chart there is no tooltip to hide, and no code to load for it.
    if (this.interaction || this.loading) this.answer((interaction) => interaction.leave(event));
  }

  /** A pointer over a widget with a chart to point at (a stat has none) loads the code, or tries it again. */
  private readonly pointerOver = (): void => {
    if (!this.host.shadowRoot?.querySelector('svg[tabindex]')) return;
    this.unavailable = false;
    this.load();
  };

  /** Answers the reader now, or once the code arrives (loading it on the first action), after those before. */
  private answer(action: (interaction: PointInteraction) => void): void {
    if (this.interaction) return action(this.interaction);
    if (this.unavailable) return;
    this.waiting.push(action);
    this.load();
  }

  /** Loads the code that answers the reader, once; then answers what waited for it, in order. */
  private load(): void {
    if (this.interaction || this.unavailable) return;
    this.loading ??= import('./point-interaction.js')
      .then(
        ({ PointInteraction }) => {
          const interaction = new PointInteraction(this.host, this.messages, this.onMove, this.walk, (point) =>
            this.host.dispatchEvent(new TrustPointFocusEvent(point)),
          );
          this.interaction = interaction;
          this.host.removeEventListener('pointerover', this.pointerOver);
          for (const waited of this.waiting.splice(0)) {
            // One answer that fails must not cost the reader the others, nor the page its updateComplete.
            try {
              waited(interaction);
            } catch (error) {
              console.error(error);
            }
          }
          // Answered after the chart left the page: the page's Escape listener would hold it.
          if (!this.host.isConnected) interaction.listen(false);
        },
        (error: unknown) => {
          // The chart stays drawn and readable (its points are in the accessibility tree, its figures in the table).
          this.waiting = [];
          this.unavailable = true;
          if (!this.warned) console.warn(`<${this.host.localName}>: the code for the chart's keys and tooltips did not load`, error);
          this.warned = true;
        },
      )
      .finally(() => (this.loading = undefined));
  }
}
