/**
 * Data in, the other way: the address of a published CSV file (a Google Sheet's `…/pub?output=csv`), which the
 * widgets fetch themselves through their `src` attribute. Only http, https and addresses relative to the page that
 * shows the chart are taken: anything else (`javascript:`, `data:`, `file:`) is refused here, as the widgets refuse it.
 */

/** What the address field holds: nothing, an address the charts may fetch, or one they would refuse. */
export type CsvAddress = { readonly kind: 'none' } | { readonly kind: 'ok'; readonly address: string } | { readonly kind: 'refused' };

/** A scheme at the start (`https:`, `javascript:`); a relative address has none. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Reads the address field: trimmed, and checked by its scheme (relative addresses are kept as written). */
export function readCsvAddress(text: string | boolean | undefined): CsvAddress {
  const address = typeof text === 'string' ? text.trim() : '';
  if (!address) return { kind: 'none' };
  // Control characters and spaces never belong in an address; a browser would strip or encode them silently.
  if (/[\s\p{Cc}]/u.test(address)) return { kind: 'refused' };
  const scheme = SCHEME.exec(address)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { kind: 'refused' };
  try {
    new URL(address, 'https://example.invalid/');
  } catch {
    return { kind: 'refused' };
  }
  return { kind: 'ok', address };
}
