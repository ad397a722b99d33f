/**
 * The code a site pastes to show an embed page: an iframe of its address, titled for screen readers, and resize.js
 * to fit the iframe to the chart (as docs/embed.md shows). What "Copy embed code" gives on the embed page itself,
 * where the element and the page's own script would be no use to another site.
 */
import { escapeXml } from '../export/xml.js';

/** What the iframe code is made of. */
export interface IframeCodeOptions {
  /** The embed page's full address, fragment included: the chart it shows. */
  readonly address: string;
  /** Whether the page shows a dashboard (its title then says "Dashboard") or one chart. */
  readonly dashboard: boolean;
  /** The chart's or dashboard's heading, for the iframe's title; empty for none. */
  readonly heading: string;
  /** The chart's language (its `lang`), for the title's words: "Siart" on a Welsh chart. */
  readonly lang?: string;
  /** The iframe's height in CSS pixels before resize.js fits it: the page's height as the reader sees it. */
  readonly height: number;
  /** The address of resize.js (beside the embed page). */
  readonly resizeScript: string;
}

/**
 * The iframe's title, which a screen reader says on the host page before entering the frame: what it holds and its
 * heading, in the chart's language ("Chart: …", or "Siart: …" for a Welsh chart).
 */
export function iframeTitle(dashboard: boolean, heading: string, lang = ''): string {
  const welsh = /^cy\b/i.test(lang.trim());
  const kind = dashboard ? (welsh ? 'Dangosfwrdd' : 'Dashboard') : welsh ? 'Siart' : 'Chart';
  return heading.trim() ? `${kind}: ${heading.trim()}` : kind;
}

/** The iframe code, every value escaped (a quote or `<` in a heading stays text). */
export function iframeCode({ address, dashboard, heading, lang, height, resizeScript }: IframeCodeOptions): string {
  const title = iframeTitle(dashboard, heading, lang);
  return [
    '<iframe',
    `  src="${escapeXml(address)}"`,
    `  title="${escapeXml(title)}"`,
    `  width="100%" height="${Math.max(150, Math.ceil(height))}" frameborder="0" loading="lazy"></iframe>`,
    '<!-- once per page: fits every embed to its chart -->',
    `<script src="${escapeXml(resizeScript)}" async></script>`,
    '',
  ].join('\n');
}
