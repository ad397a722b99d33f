/**
 * Where a widget's `src` points, resolved against the page. Only web addresses are fetched: `http:`, `https:`
 * and addresses relative to the page; `javascript:`, `data:`, `file:` and the like are refused, so an attribute
 * written by someone else can never make the widget run or read something local.
 */
export type SourceAddress = { readonly ok: true; readonly url: string; readonly sameOrigin: boolean } | { readonly ok: false; readonly given: string };

export function resolveSourceAddress(given: string, base: string): SourceAddress {
  const text = given.trim();
  if (!text) return { ok: false, given };
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return { ok: false, given };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, given };
  // The fragment never reaches the server: two widgets naming `data.csv` and `data.csv#top` share one fetch.
  url.hash = '';
  let sameOrigin = false;
  try {
    sameOrigin = new URL(base).origin === url.origin;
  } catch {
    // An opaque base (about:blank, a sandboxed frame): nothing is the same origin.
  }
  return { ok: true, url: url.href, sameOrigin };
}
