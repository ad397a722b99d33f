/**
 * A live chart's <svg> as self-contained markup: each element's computed paint and font written as literal attributes,
 * so the copy needs no classes, stylesheet or custom properties. getComputedStyle is exact for every theme, dark mode
 * and the author's custom properties, where the command line (src/export/mark-styles.ts) has to resolve classes itself.
 */
import { literalColour } from './literal-colour.js';

/** Attributes that only matter on a live page (keyboard, screen readers, CSS hooks): left out of an image. */
const PAGE_ONLY = /^(class|part|role|tabindex|focusable|style|id|transform-origin|aria-.*|data-.*)$/;
const TEXT = new Set(['text', 'tspan']);

/** Sets `fill` or `stroke` (and its opacity, where the colour has one) from a computed colour. */
function setPaint(element: Element, name: 'fill' | 'stroke', computed: string, opacity: string): void {
  const colour = literalColour(computed);
  if (!colour || colour.alpha === 0) {
    element.setAttribute(name, 'none');
    return;
  }
  element.setAttribute(name, colour.hex);
  const alpha = colour.alpha * Number(opacity || 1);
  if (alpha < 1) element.setAttribute(`${name}-opacity`, String(Math.round(alpha * 1000) / 1000));
}

/** `copy` given the literal paint and font `original` is drawn with; false when it is not drawn at all. */
function inlineStyle(original: Element, copy: Element, fontFamily: string): boolean {
  const style = getComputedStyle(original);
  // By name, not camelCase property: every engine has each of these names; not every engine has each property.
  const get = (name: string) => style.getPropertyValue(name);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
  for (const { name } of [...copy.attributes]) if (PAGE_ONLY.test(name)) copy.removeAttribute(name);
  if (get('opacity') !== '1') copy.setAttribute('opacity', get('opacity'));
  if (copy.localName === 'g' || copy.localName === 'svg' || copy.localName === 'a') return true;
  // A line has no inside: its computed fill (black by default) would only be noise.
  if (copy.localName !== 'line') setPaint(copy, 'fill', get('fill'), get('fill-opacity'));
  setPaint(copy, 'stroke', get('stroke'), get('stroke-opacity'));
  if (copy.getAttribute('stroke') !== 'none') {
    copy.setAttribute('stroke-width', String(parseFloat(get('stroke-width')) || 0));
    const dashes = get('stroke-dasharray').match(/[\d.]+/g);
    if (dashes) copy.setAttribute('stroke-dasharray', dashes.join(' '));
    const [cap, join] = [get('stroke-linecap'), get('stroke-linejoin')];
    if (cap && cap !== 'butt') copy.setAttribute('stroke-linecap', cap);
    if (join && join !== 'miter') copy.setAttribute('stroke-linejoin', join);
  }
  if (TEXT.has(copy.localName)) {
    copy.setAttribute('font-size', String(parseFloat(get('font-size'))));
    copy.setAttribute('font-weight', get('font-weight'));
    if (get('font-style') !== 'normal') copy.setAttribute('font-style', get('font-style'));
    if (get('font-family') !== fontFamily) copy.setAttribute('font-family', get('font-family'));
    copy.setAttribute('text-anchor', get('text-anchor') || 'start');
    const baseline = get('dominant-baseline');
    if (baseline && baseline !== 'auto') copy.setAttribute('dominant-baseline', baseline);
    if (get('paint-order').startsWith('stroke') && copy.getAttribute('stroke') !== 'none') copy.setAttribute('paint-order', 'stroke');
  }
  return true;
}

/**
 * A label's halo (a stroke in the background colour, drawn under the fill) as a copy of the text behind it, as
 * src/export/parts-from-ssr.ts writes it: PowerPoint and older tools ignore paint-order and would draw the halo over
 * the letters.
 */
function splitHalo(text: Element): void {
  if (text.getAttribute('paint-order') !== 'stroke') return;
  const halo = text.cloneNode(true) as Element;
  for (const element of [halo, ...halo.querySelectorAll('*')]) {
    element.removeAttribute('paint-order');
    const stroke = element.getAttribute('stroke');
    if (stroke) element.setAttribute('fill', stroke);
    const strokeOpacity = element.getAttribute('stroke-opacity');
    if (strokeOpacity) element.setAttribute('fill-opacity', strokeOpacity);
    else element.removeAttribute('fill-opacity');
  }
  for (const element of [text, ...text.querySelectorAll('*')]) {
    element.removeAttribute('paint-order');
    for (const name of ['stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin']) element.removeAttribute(name);
  }
  text.before(halo);
}

/** `svg` (drawn in the page) as standalone SVG markup with literal paint; `fontFamily` is the image's own font. */
export function inlineSvg(svg: SVGSVGElement, fontFamily: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const hidden = copies.filter((element, i) => !inlineStyle(originals[i]!, element, fontFamily));
  for (const element of hidden) element.remove();
  // The labelled rects over the marks (core/a11y/point-list.ts) paint nothing and are for screen readers on the page.
  copy.querySelector('.point-list')?.remove();
  for (const text of [...copy.querySelectorAll('text')]) splitHalo(text);
  // Lit's markers (comments) mean nothing outside the page.
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const comment of found) comment.parentNode?.removeChild(comment);
  return new XMLSerializer().serializeToString(copy);
}
