/**
 * The level of the page's last heading before `element` (1 for an `<h1>` …), in the same document or shadow root;
 * undefined when no heading comes before it. A chart's heading goes one level below it, so that it fits the page's
 * outline instead of jumping from an `<h1>` to an `<h3>` (axe's heading-order).
 */
export function precedingHeadingLevel(element: Element): number | undefined {
  let level: number | undefined;
  // Lit's own server rendering gives elements no document to search: there, no heading is known.
  const root = element.getRootNode?.() as ParentNode | undefined;
  for (const heading of root?.querySelectorAll?.('h1,h2,h3,h4,h5,h6') ?? []) {
    // Document order: stop at the first heading that does not come before the element.
    if (!(heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    level = +heading.localName[1]!;
  }
  return level;
}

/** The heading level one below the page's heading before the element, at most `highest`; undefined without one. */
export const levelBelow = (pageLevel: number | undefined, highest: number): string | undefined =>
  pageLevel ? String(Math.min(highest, pageLevel + 1)) : undefined;
