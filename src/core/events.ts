/** The datum behind a mark, as readers see it. */
export interface PointDetail {
  readonly index: number;
  readonly label: string;
  /** Series name; empty for a single unnamed series. */
  readonly series: string;
  readonly value: number | null;
  /** The value as shown and read out ("57%", "more than 90%"). */
  readonly text: string;
}

/** Fired when keyboard focus moves to a mark (bar, cell, point). Bubbles and crosses shadow roots. */
export class TrustPointFocusEvent extends Event {
  static readonly eventName = 'trust-point-focus';
  constructor(readonly point: PointDetail) {
    super(TrustPointFocusEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired after every render, with the problems shown (0 when the chart drew cleanly). */
export class TrustRenderEvent extends Event {
  static readonly eventName = 'trust-render';
  constructor(
    readonly errors: number,
    readonly warnings: number,
  ) {
    super(TrustRenderEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the data cannot be shown; `messages` are the texts the widget displays. */
export class TrustDataErrorEvent extends Event {
  static readonly eventName = 'trust-data-error';
  constructor(readonly messages: readonly string[]) {
    super(TrustDataErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'trust-point-focus': TrustPointFocusEvent;
    'trust-render': TrustRenderEvent;
    'trust-data-error': TrustDataErrorEvent;
  }
}
