import { executeServerCommand } from '@web/test-runner-commands';
import type { TrustElement } from '../../src/core/trust-element.js';

/** The widget's shadow root, asserted present. */
export const shadow = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
};

/** Waits until the widget has rendered its current state. */
export const settled = async (el: TrustElement): Promise<void> => {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await el.updateComplete;
};

export const texts = (root: ParentNode, selector: string): string[] =>
  Array.from(root.querySelectorAll(selector), (node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Sets CSS media features such as forced-colors (see scripts/wtr-media-plugin.js); no argument resets them. */
export const emulateMediaFeatures = (features: { name: string; value: string }[] = []) => executeServerCommand('emulate-media-features', { features });

/** Collects console.warn calls while `run` executes. */
export async function captureWarnings(run: () => void | Promise<void>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Every pair of boxes in `boxes` that overlap by more than a pixel. */
export function overlaps(boxes: { name: string; rect: DOMRect }[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (x > 1 && y > 1) found.push(`${a.name} / ${b.name}`);
    }),
  );
  return found;
}

/**
 * The keydown listeners on `doc` added and not yet removed since the call, to check that a chart does not leave one
 * behind (it would hold the chart); `stop()` puts the document's own methods back.
 */
export function keydownListeners(doc: Document = document): { listening: Set<EventListenerOrEventListenerObject>; stop: () => void } {
  const listening = new Set<EventListenerOrEventListenerObject>();
  const { addEventListener, removeEventListener } = doc;
  doc.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    if (type === 'keydown') listening.add(listener);
    addEventListener.call(doc, type, listener, options);
  }) as typeof doc.addEventListener;
  doc.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) => {
    if (type === 'keydown') listening.delete(listener);
    removeEventListener.call(doc, type, listener, options);
  }) as typeof doc.removeEventListener;
  return {
    listening,
    stop: () => {
      doc.addEventListener = addEventListener;
      doc.removeEventListener = removeEventListener;
    },
  };
}

/**
 * The middle of a mark (an SVG shape in a chart) on the page, from its drawn geometry: not its box on screen, which
 * shrinks while a bar grows in (the animation runs where reduced motion is not asked for, as in Firefox here).
 */
export function markCentre(mark: Element): readonly [number, number] {
  const box = (mark as SVGGraphicsElement).getBBox();
  const { x, y } = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform((mark as SVGGraphicsElement).ownerSVGElement!.getScreenCTM()!);
  return [x, y];
}

/** A mouse moving to the middle of `mark` (an SVG shape in a chart), as the chart's own SVG receives it. */
export function pointAt(mark: SVGGraphicsElement, win: Window & typeof globalThis = window): void {
  const [x, y] = markCentre(mark);
  mark.ownerSVGElement!.dispatchEvent(new win.PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' }));
}
