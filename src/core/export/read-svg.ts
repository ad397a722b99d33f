/**
 * Reads the SVG that src/export/figure-svg.ts writes into a plain tree, without DOMParser: under a strict
 * Content-Security-Policy with `require-trusted-types-for 'script'` (what news and NHS sites send) parseFromString
 * needs a Trusted Types policy, and the painter must work there. Our own output only: elements, quoted attributes,
 * text, comments, the five entities xml.ts writes and numeric references; no CDATA or doctypes.
 */

/** One element of the tree. */
export interface SvgNode {
  readonly tag: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** Elements and text, in order. */
  readonly children: readonly (SvgNode | string)[];
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `text` with its character references replaced. */
const unescape = (text: string): string =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : (NAMED[name] ?? whole),
  );

const TOKEN = /<\?[^]*?\?>|<!--[^]*?-->|<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The root element of `markup`; throws on markup it cannot read (a bug in the writer, never the reader's data). */
export function readSvg(markup: string): SvgNode {
  const root: { tag: string; attributes: Map<string, string>; children: (SvgNode | string)[] } = { tag: '#root', attributes: new Map(), children: [] };
  const open = [root];
  let end = 0;
  for (const match of markup.matchAll(TOKEN)) {
    const [token, closing, tag, attributes, selfClosing, text] = match;
    if (match.index !== end) throw new Error('Unreadable markup in the image');
    end += token.length;
    const parent = open[open.length - 1]!;
    if (text !== undefined) parent.children.push(unescape(text));
    else if (closing) {
      if (open.length < 2 || parent.tag !== closing) throw new Error(`Unexpected </${closing}> in the image`);
      open.pop();
    } else if (tag) {
      const node = { tag, attributes: new Map<string, string>(), children: [] as (SvgNode | string)[] };
      for (const [, name, double, single] of (attributes ?? '').matchAll(ATTRIBUTE)) node.attributes.set(name!, unescape(double ?? single ?? ''));
      parent.children.push(node);
      if (!selfClosing) open.push(node);
    } else if (!token.startsWith('<?') && !token.startsWith('<!--')) {
      throw new Error('Unreadable markup in the image');
    }
  }
  const element = root.children.find((child): child is SvgNode => typeof child !== 'string');
  if (open.length !== 1 || end !== markup.length || !element) throw new Error('The image is not a complete SVG document');
  return element;
}
