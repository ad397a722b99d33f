import { executeServerCommand } from '@web/test-runner-commands';

/** A node of the accessibility tree as test/helpers/ax-tree-plugin.js hands it over (ignored nodes left out). */
export interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly description: string;
  readonly focusable: boolean;
  readonly children: readonly AxNode[];
}

/**
 * The page's accessibility tree as Chromium gives it to screen readers (Chrome DevTools Protocol), or null in a
 * browser without the protocol (Firefox, WebKit). Text runs (InlineTextBox) are left out: they repeat their parent.
 */
export async function axTree(): Promise<AxNode | null> {
  const roots = await executeServerCommand<readonly AxNode[] | null, undefined>('ax-tree');
  if (!roots?.[0]) return null;
  const prune = (node: AxNode): AxNode => ({ ...node, children: node.children.filter((child) => child.role !== 'InlineTextBox').map(prune) });
  return prune(roots[0]);
}

/** Every node of `root`'s subtree, `root` first, in document order. */
export function axNodes(root: AxNode): AxNode[] {
  return [root, ...root.children.flatMap(axNodes)];
}

const words = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * A small accessible-name computation for the DOM, for engines whose tree the tests cannot read: `aria-labelledby`
 * (hidden targets count, as in the spec), else `aria-label`, else the text of elements named by their content
 * (headings, buttons, links, summaries). Enough for the widgets' markup; not the whole accname algorithm.
 */
export function accessibleName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = element.getAttribute('aria-labelledby');
  if (ids)
    return ids
      .split(/\s+/)
      .map((id) => words(root.getElementById(id)))
      .join(' ')
      .trim();
  const label = element.getAttribute('aria-label')?.trim();
  if (label) return label;
  return /^(h[1-6]|button|a|summary)$/.test(element.localName) ? words(element) : '';
}

/** Whether `element` is hidden from the accessibility tree: inside an aria-hidden or `hidden` ancestor (in its root). */
export function hiddenFromTree(element: Element): boolean {
  return !!element.closest('[aria-hidden="true"], [hidden]');
}

/**
 * The elements of a widget's shadow root (and its slotted content) that Tab stops on: focusable with tabindex ≥ 0,
 * not disabled, and drawn (a `hidden` or display:none element is never a stop).
 */
export function tabStops(root: ShadowRoot): Element[] {
  const candidates = [
    ...root.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]'),
    ...[...root.querySelectorAll('slot')].flatMap((slot) => slot.assignedElements({ flatten: true }).flatMap((el) => [el, ...el.querySelectorAll('*')])),
  ];
  return candidates.filter((element) => {
    if ((element as HTMLElement).tabIndex < 0 || element.matches(':disabled')) return false;
    // A summary is a stop only as its details' first summary; any other element needs a box to be reached.
    if (element.localName === 'summary' && element.parentElement?.localName !== 'details') return false;
    return element.getClientRects().length > 0;
  });
}
