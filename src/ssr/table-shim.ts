import { html as parse5Html, type DefaultTreeAdapterTypes } from 'parse5';

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Element = DefaultTreeAdapterTypes.Element;

/** parse5's own constant: its nodes' namespaceURI is typed with it. */
const HTML_NS = parse5Html.NS.HTML;

/** The parts of a table element that parseTable (src/core/data/parse-table.ts) and the frame read. */
interface ElementLike {
  readonly tagName: string;
  readonly textContent: string;
  readonly parentElement: ElementLike | null;
}
interface RowLike extends ElementLike {
  cells: CellLike[];
}
interface CellLike extends ElementLike {
  /** A cell's attribute (a table written from `src` puts published intervals on its value cells). */
  getAttribute(name: string): string | null;
}
interface TableLike extends ElementLike {
  rows: RowLike[];
  caption: ElementLike | null;
  /** Whether the table has the attribute (a table written from `src` is marked `data-from-src`). */
  hasAttribute(name: string): boolean;
}

const isElement = (node: P5Node): node is P5Element => 'tagName' in node && 'childNodes' in node;
const isHtml = (node: P5Node, ...names: string[]): node is P5Element => isElement(node) && node.namespaceURI === HTML_NS && names.includes(node.tagName);
const children = (node: P5Element, ...names: string[]): P5Element[] => node.childNodes.filter((child): child is P5Element => isHtml(child, ...names));

/** Text of every descendant text node in tree order, as the DOM's `textContent` (a template's contents excluded). */
export function textContent(node: P5Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!isElement(node)) return '';
  let text = '';
  for (const child of node.childNodes) text += textContent(child);
  return text;
}

/**
 * A parse5 `<table>` dressed as the DOM's HTMLTableElement, as far as the widgets read it: `rows` (thead rows first,
 * then body rows and the table's own rows, tfoot rows last, as the DOM orders them), each row's `cells` (its td and
 * th children), `caption` (the first caption child), upper-case `tagName`, `textContent` and `parentElement` (the
 * table's: the widget `host`, whose attributes it reads).
 * On the server the widgets read their data through it with the very code the browser runs.
 */
export function tableFromParse5(table: P5Element, host?: P5Element): HTMLTableElement {
  const like = <T extends ElementLike>(element: P5Element, parentElement: ElementLike | null, extra: Omit<T, keyof ElementLike>): T => {
    let text: string | undefined;
    return {
      tagName: element.tagName.toUpperCase(),
      get textContent() {
        return (text ??= textContent(element));
      },
      parentElement,
      ...extra,
    } as T;
  };
  const attribute = (element: P5Element) => (name: string) => element.attrs.find((a) => a.name === name.toLowerCase() && !a.prefix)?.value ?? null;
  // The widget itself, as far as parseTable asks it for its attributes (`direction-column` names a column to set aside).
  const parent = host ? like<CellLike>(host, null, { getAttribute: attribute(host) }) : null;
  const shim = like<TableLike>(table, parent, {
    rows: [],
    caption: null,
    hasAttribute: (name: string) => table.attrs.some((a) => a.name === name.toLowerCase() && !a.prefix),
  });
  const row = (tr: P5Element, section: ElementLike): RowLike => {
    const wrapped = like<RowLike>(tr, section, { cells: [] });
    wrapped.cells = children(tr, 'td', 'th').map((cell) => like<CellLike>(cell, wrapped, { getAttribute: attribute(cell) }));
    return wrapped;
  };
  const caption = children(table, 'caption')[0];
  shim.caption = caption ? like<ElementLike>(caption, shim, {}) : null;
  const head: RowLike[] = [];
  const body: RowLike[] = [];
  const foot: RowLike[] = [];
  for (const child of table.childNodes) {
    if (isHtml(child, 'tr')) body.push(row(child, shim));
    else if (isHtml(child, 'thead', 'tbody', 'tfoot')) {
      const section = like<ElementLike>(child, shim, {});
      const target = child.tagName === 'thead' ? head : child.tagName === 'tfoot' ? foot : body;
      for (const tr of children(child, 'tr')) target.push(row(tr, section));
    }
  }
  shim.rows = [...head, ...body, ...foot];
  return shim as unknown as HTMLTableElement;
}

/** The element's first child `<table>` (the browser's `:scope > table`), or null. */
export function childTable(element: P5Element): HTMLTableElement | null {
  const table = children(element, 'table')[0];
  return table ? tableFromParse5(table, element) : null;
}
