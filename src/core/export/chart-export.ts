/**
 * The files the Download menu gives (issue 15): PNG, social card, SVG and CSV of a widget as it is drawn now. Loaded
 * on first use with `import()`, so none of this is in the main bundles.
 */
import type { TrustElement } from '../trust-element.js';

/** What the Download menu can ask for: a 2× PNG, a 1200×675 social card PNG, a self-contained SVG, the data as CSV. */
export type ExportKind = 'png' | 'card' | 'svg' | 'csv';

/** Builds the download for `kind` from the widget as it is drawn now. Rejects with an Error whose message says what went wrong. */
export function buildExport(widget: TrustElement, kind: ExportKind): Promise<File> {
  return Promise.reject(new Error(`Downloading a ${kind} file is not ready yet (<${widget.localName}>).`));
}
