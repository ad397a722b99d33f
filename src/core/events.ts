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

/** What went wrong with a widget's `src`, for the page's developers (in English, whatever the reader's language). */
export interface SourceFailure {
  /** The `src` attribute as written. */
  readonly src: string;
  /** The attribute to fix: `src`, `filter`, or the column attribute naming a missing column. */
  readonly attribute: string;
  readonly message: string;
}

/**
 * Fired when the data cannot be shown; `messages` are the texts the widget displays. Also fired when a `refresh` of
 * `src` fails while the last good figures stay on screen (then `messages` is empty). For a problem with `src`,
 * `src`, `attribute` and `message` (in English) say what and where.
 */
export class TrustDataErrorEvent extends Event {
  static readonly eventName = 'trust-data-error';
  readonly src: string | undefined;
  readonly attribute: string | undefined;
  readonly message: string | undefined;
  constructor(
    readonly messages: readonly string[],
    source?: SourceFailure,
  ) {
    super(TrustDataErrorEvent.eventName, { bubbles: true, composed: true });
    this.src = source?.src;
    this.attribute = source?.attribute;
    this.message = source?.message;
  }
}

/**
 * Fired when figures from `src` are on screen: after the first load, and after each refresh that brought figures
 * different from those shown. `src` as written, `url` as fetched, `rows` read, `fetchedAt` (ms since the epoch).
 */
export class TrustDataLoadEvent extends Event {
  static readonly eventName = 'trust-data-load';
  constructor(
    readonly src: string,
    readonly url: string,
    readonly rows: number,
    readonly fetchedAt: number,
  ) {
    super(TrustDataLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/** What a `trust-export` is for: an image (`png`), a social media card (`card`), `svg`, `csv`, or the embed code. */
export type TrustExportKind = 'png' | 'card' | 'svg' | 'csv' | 'embed';

/**
 * Fired by the Download menu before a file is downloaded or the embed code copied (`kind`). `file` is what the reader
 * gets (for `embed`, a text/html File of the code): a site may log it, replace it, or cancel with preventDefault().
 */
export class TrustExportEvent extends Event {
  static readonly eventName = 'trust-export';
  constructor(
    readonly kind: TrustExportKind,
    public file: File,
  ) {
    super(TrustExportEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'trust-point-focus': TrustPointFocusEvent;
    'trust-render': TrustRenderEvent;
    'trust-data-error': TrustDataErrorEvent;
    'trust-data-load': TrustDataLoadEvent;
    'trust-export': TrustExportEvent;
  }
}
