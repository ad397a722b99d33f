/**
 * The messages between the iframe embed page (dist/embed/index.html) and the host page that holds the iframe
 * (dist/embed/resize.js, or the host's own code). Versioned: a host must ignore a `version` it does not know.
 * See docs/embed.md.
 */

/** Sent by the embed page to its parent on load and whenever its height changes. */
export const HEIGHT_MESSAGE = 'public-trust-widgets:height';

/** Sent by a host page to an embed (resize.js does, when it loads after the iframes): "send your height again". */
export const REQUEST_HEIGHT_MESSAGE = 'public-trust-widgets:request-height';

/** Version of the message shapes below (and of the embed address format: `#v=1&…`). */
export const PROTOCOL_VERSION = 1;

/** Heights above this (in CSS pixels) are refused by resize.js: no message may make an iframe absurdly tall. */
export const MAX_HEIGHT = 100_000;

/** `{ type: 'public-trust-widgets:height', version: 1, id, height }`, posted with `parent.postMessage(message, '*')`. */
export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly version: typeof PROTOCOL_VERSION;
  /** The embed's `id` parameter, or null when the address has none. */
  readonly id: string | null;
  /** The height of the embed's content in CSS pixels, rounded up to a whole pixel. */
  readonly height: number;
}

/** `{ type: 'public-trust-widgets:request-height', version: 1 }`. */
export interface RequestHeightMessage {
  readonly type: typeof REQUEST_HEIGHT_MESSAGE;
  readonly version: typeof PROTOCOL_VERSION;
}

/** True for a well-formed height message of this version; anything else (other libraries' messages) is ignored. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  const message = data as Partial<HeightMessage> | null;
  return (
    !!message &&
    message.type === HEIGHT_MESSAGE &&
    message.version === PROTOCOL_VERSION &&
    typeof message.height === 'number' &&
    message.height >= 0 &&
    message.height <= MAX_HEIGHT
  );
}

/** True for a request for the height, of this version. */
export function isRequestHeightMessage(data: unknown): data is RequestHeightMessage {
  const message = data as Partial<RequestHeightMessage> | null;
  return !!message && message.type === REQUEST_HEIGHT_MESSAGE && message.version === PROTOCOL_VERSION;
}
