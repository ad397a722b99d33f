/**
 * The widgets' stylesheets, as far as they paint SVG marks, written out as rules an exporter can apply without a CSS
 * engine: each rule's selector (compound class selectors and the descendant combinator only) and the presentation
 * attributes it gives. A value `$token` is a theme colour (./palette.ts); `@name` reads a custom property set by an
 * ancestor's rule (`@mark` in trust-change: the row's tone). Copied from the *-styles.ts files beside each widget,
 * in their order; test/node/export-images.test.mjs fails if a widget draws a class these rules do not know.
 */
import type { Palette, Token } from './palette.js';

/** Presentation attributes an exported mark may get, plus `display` (`none` leaves the element out) and `@…` custom properties. */
export type MarkProperties = Readonly<Record<string, string>>;

export interface MarkRule {
  readonly selector: string;
  readonly properties: MarkProperties;
}

const rule = (selector: string, properties: MarkProperties): MarkRule => ({ selector, properties });
const HALO = { 'paint-order': 'stroke', stroke: '$background', 'stroke-width': '3', 'stroke-linejoin': 'round' };

/** frame-styles.ts: text colour, series fills, the muted mark; the focus ring shows only on keyboard focus. */
const FRAME: MarkRule[] = [
  rule('text', { fill: '$text' }),
  ...[1, 2, 3, 4, 5, 6].map((n) => rule(`.series-${n}`, { fill: `$series-${n}` })),
  rule('.mark.muted', { fill: '$muted-mark' }),
  rule('.focus-ring', { display: 'none' }),
  // The invisible labelled rects over the marks are for screen readers (core/a11y/point-list.ts), not pictures.
  rule('.point-list', { display: 'none' }),
];

/** axis-styles.ts. */
const TICK = rule('.tick', { 'font-size': '12', fill: '$muted-text' });
const GRID = rule('.grid', { stroke: '$grid', 'stroke-width': '1' });
const ZERO = rule('.zero', { stroke: '$axis', 'stroke-width': '1.5' });

/** core/annotations/annotation-styles.ts: notes, reference lines and shaded ranges (trend, bars, change). */
const ANNOTATIONS: MarkRule[] = [
  rule('.range', { fill: '$muted-mark', 'fill-opacity': '0.14', stroke: '$muted-mark', 'stroke-width': '1', 'stroke-dasharray': '2 3' }),
  rule('.range-label', { 'font-size': '12', ...HALO, fill: '$muted-text' }),
  rule('.reference-label', { 'font-size': '12', fill: '$text', ...HALO }),
  rule('.note text', { 'font-size': '12', fill: '$text', ...HALO }),
  rule('.reference', { stroke: '$target', 'stroke-width': '1.5', 'stroke-dasharray': '6 3' }),
  rule('.note-leader', { stroke: '$muted-text', 'stroke-width': '1' }),
  rule('.note-marker circle', { fill: '$text' }),
  rule('.note-marker text', { 'font-size': '12', 'font-weight': '700', fill: '$background' }),
];

/** Each widget's own rules (after FRAME, as its stylesheet comes after the shared one). */
const WIDGET_RULES: Readonly<Record<string, readonly MarkRule[]>> = {
  'trust-bars': [
    rule('.bar-label', { 'font-size': '14' }),
    rule('.value', { 'font-size': '14', 'font-weight': '700', ...HALO }),
    rule('.value.missing', { 'font-weight': '400', 'font-style': 'italic', fill: '$muted-text' }),
    TICK,
    GRID,
    ZERO,
    rule('.target-line', { stroke: '$target', 'stroke-width': '2', 'stroke-dasharray': '6 3' }),
    rule('.target-label', { 'font-size': '12', 'font-weight': '700', fill: '$target' }),
    rule('.error-bar line', { 'stroke-linecap': 'round' }),
    rule('.error-bar .halo', { stroke: '$background', 'stroke-width': '5' }),
    rule('.error-bar .whisker', { stroke: '$text', 'stroke-width': '2' }),
    rule('.mark.highlight', { stroke: '$text', 'stroke-width': '1.5' }),
    ...ANNOTATIONS,
  ],
  'trust-stat': [
    rule('.range-label', { 'font-size': '14', fill: '$text' }),
    rule('.range-tick', { 'font-size': '12', fill: '$muted-text' }),
    rule('.range-axis', { stroke: '$axis', 'stroke-width': '1' }),
    rule('.band', { 'stroke-width': '1.5', 'fill-opacity': '0.2' }),
    rule('.range-current .band', { fill: '$series-1', stroke: '$series-1' }),
    rule('.range-current .range-point', { fill: '$series-1' }),
    rule('.range-previous .band', { fill: '$muted-mark', stroke: '$muted-mark' }),
    rule('.range-previous .range-point', { fill: '$muted-mark' }),
  ],
  'trust-waffle': [
    rule('.key-label', { 'font-size': '14' }),
    rule('.rest', { fill: '$background', stroke: '$muted-mark', 'stroke-width': '1.5' }),
    rule('path.rest', { 'stroke-width': '1.25', 'vector-effect': 'non-scaling-stroke' }),
  ],
  'trust-change': [
    rule('.tone-neutral', { '@mark': '$series-1', '@change': '$text' }),
    rule('.tone-good', { '@mark': '$positive', '@change': '$positive' }),
    rule('.tone-bad', { '@mark': '$negative', '@change': '$negative' }),
    rule('.tone-unclear', { '@mark': '$muted-mark', '@change': '$muted-text' }),
    rule('.key-marker', { '@mark': '$text' }),
    rule('.whisker line', { stroke: '@mark', 'stroke-width': '1.5', 'stroke-linecap': 'round' }),
    rule('.dot-from', { fill: '$background', stroke: '@mark', 'stroke-width': '2' }),
    rule('.dot-to', { fill: '@mark' }),
    rule('.connector line', { stroke: '@mark', 'stroke-width': '2' }),
    rule('.connector polygon', { fill: '@mark' }),
    rule('.track', { stroke: '$grid', 'stroke-width': '1' }),
    GRID,
    ZERO,
    rule('.row-label', { 'font-size': '14' }),
    rule('.key-text', { 'font-size': '14' }),
    rule('.value', { 'font-size': '14', ...HALO }),
    rule('.missing', { 'font-size': '14', ...HALO }),
    rule('.missing', { 'font-style': 'italic', fill: '$muted-text' }),
    rule('.change', { 'font-size': '14', 'font-weight': '700', fill: '@change' }),
    TICK,
    ...ANNOTATIONS,
  ],
  'trust-likert': [
    // The hatching patterns are for forced colours only (likert-styles.ts); a picture has its colours.
    rule('.hatch', { display: 'none' }),
    ...['1', '12', '2', '3', '4', '45', '5'].map((n) => rule(`.scale-${n}`, { fill: `$scale-${n}` })),
    rule('.segment', { stroke: '$background', 'stroke-width': '2' }),
    rule('.dont-know', { fill: 'none', stroke: '$muted-mark', 'stroke-width': '2' }),
    rule('.segment-value', { 'font-size': '12', 'font-weight': '700' }),
    rule('.segment-value.on-scale-1', { fill: '$scale-text-1' }),
    rule('.segment-value.on-scale-12', { fill: '$scale-text-1' }),
    rule('.segment-value.on-scale-2', { fill: '$scale-text-2' }),
    rule('.segment-value.on-scale-3', { fill: '$scale-text-3' }),
    rule('.segment-value.on-scale-4', { fill: '$scale-text-4' }),
    rule('.segment-value.on-scale-45', { fill: '$scale-text-5' }),
    rule('.segment-value.on-scale-5', { fill: '$scale-text-5' }),
    rule('.row-label', { 'font-size': '14' }),
    rule('.dont-know-value', { 'font-size': '12', 'font-weight': '700' }),
    rule('.net', { 'font-size': '14', 'font-weight': '700' }),
    rule('.half-label', { 'font-size': '12', 'font-weight': '700', fill: '$muted-text' }),
    rule('.dont-know-header', { 'font-size': '12', fill: '$muted-text' }),
    rule('.tick', { 'font-size': '12', fill: '$muted-text' }),
    rule('.missing', { 'font-size': '14', 'font-style': 'italic', fill: '$muted-text' }),
    rule('.zero', { stroke: '$text', 'stroke-width': '1.5' }),
  ],
  'trust-trend': [
    ...[1, 2, 3, 4, 5, 6].map((n) => rule(`.stroke-${n}`, { stroke: `$series-${n}` })),
    ...[1, 2, 3, 4, 5, 6].map((n) => rule(`.fill-${n}`, { fill: `$series-${n}` })),
    rule('.band', { 'fill-opacity': '0.18', 'stroke-width': '1', 'stroke-dasharray': '4 3' }),
    rule('.line', { fill: 'none', 'stroke-width': '2.5', 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }),
    rule('.point', { stroke: '$background', 'stroke-width': '1.5' }),
    GRID,
    rule('.baseline', { stroke: '$axis', 'stroke-width': '1.5' }),
    rule('.zero', { stroke: '$axis', 'stroke-width': '1.5' }),
    rule('.wave-tick', { stroke: '$axis', 'stroke-width': '1.5' }),
    rule('.axis-break', { fill: 'none', stroke: '$axis', 'stroke-width': '1.5' }),
    rule('.axis-break-gap', { fill: '$background' }),
    TICK,
    rule('.end-value', { 'font-size': '14', 'font-weight': '700' }),
    rule('.end-name', { 'font-size': '13' }),
    rule('.key-name', { 'font-size': '13' }),
    rule('.end-value', HALO),
    rule('.end-name', HALO),
    rule('.point-value', { 'font-size': '12', 'font-weight': '700', ...HALO }),
    rule('.missing-wave', { 'font-size': '12', 'font-style': 'italic', fill: '$muted-text' }),
    rule('.end-value.missing', { 'font-weight': '400', 'font-style': 'italic', fill: '$muted-text' }),
    rule('.leader', { stroke: '$muted-text', 'stroke-width': '1' }),
    rule('.swatch-line', { 'stroke-width': '2.5' }),
    // Drawn only in forced colours (Windows high contrast): left out of an image, as from the page.
    rule('.hatch', { display: 'none' }),
    ...ANNOTATIONS,
  ],
};

/**
 * Classes that paint nothing in an image: hooks for animation (grow, animate, draw-in, row-bar), keyboard focus and
 * grouping (row, key, series, up, down, …), or forced colours only (alternate). Listed so that a class a widget starts
 * drawing later, with a colour of its own, is noticed by the test instead of coming out black.
 */
export const UNPAINTED_CLASSES: ReadonlySet<string> = new Set([
  'mark',
  'grow',
  // Groups of notes, lines and ranges (core/annotations): their children have the rules.
  'annotations',
  'annotation-ranges',
  'note',
  'note-marker',
  'animate',
  'draw-in',
  'row-bar',
  'row',
  'key',
  'key-item',
  'key-from',
  'key-to',
  'key-note',
  'key-range',
  'value-from',
  'value-to',
  'whisker-from',
  'whisker-to',
  'up',
  'down',
  'connector',
  'whisker',
  'error-bar',
  'series',
  'bands',
  'end-label',
  'alternate',
  'cell',
  // trust-waffle's group of cells (the other widgets' .grid lines have their rule).
  'grid',
  'key-swatch',
  'range',
  'range-point',
  'range-current',
  'range-previous',
  'point',
  'wave',
  'focus-ring',
  'outer',
  'inner',
  'arrow',
]);

/** The rules that apply to a widget's marks: the shared frame's, then its own. */
export function markRules(tag: string): readonly MarkRule[] {
  return [...FRAME, ...(WIDGET_RULES[tag] ?? [])];
}

/** Every class a widget's rules name (for the test that no drawn class goes unstyled). */
export function styledClasses(tag: string): Set<string> {
  const names = new Set<string>();
  for (const { selector } of markRules(tag)) for (const match of selector.matchAll(/\.([\w-]+)/g)) names.add(match[1]!);
  return names;
}

/** The element an exporter is styling, as much as a selector needs: its tag, classes and parent. */
export interface StyledElement {
  readonly tag: string;
  readonly classes: ReadonlySet<string>;
  readonly parent: StyledElement | undefined;
}

interface Compound {
  readonly tag: string | undefined;
  readonly classes: readonly string[];
}

const parsedSelectors = new Map<string, Compound[]>();

function parseSelector(selector: string): Compound[] {
  let parsed = parsedSelectors.get(selector);
  if (!parsed) {
    parsed = selector
      .trim()
      .split(/\s+/)
      .map((part) => {
        const [tag, ...classes] = part.split('.');
        return { tag: tag || undefined, classes };
      });
    parsedSelectors.set(selector, parsed);
  }
  return parsed;
}

const matchesCompound = (element: StyledElement, compound: Compound): boolean =>
  (!compound.tag || compound.tag === element.tag) && compound.classes.every((name) => element.classes.has(name));

/** CSS matching for compound selectors joined by descendant combinators, right to left. */
function matches(element: StyledElement, selector: string): boolean {
  const compounds = parseSelector(selector);
  if (!matchesCompound(element, compounds[compounds.length - 1]!)) return false;
  let ancestor = element.parent;
  for (let i = compounds.length - 2; i >= 0; i--) {
    while (ancestor && !matchesCompound(ancestor, compounds[i]!)) ancestor = ancestor.parent;
    if (!ancestor) return false;
    ancestor = ancestor.parent;
  }
  return true;
}

/** (classes, tags): enough of CSS specificity for these selectors. */
function specificity(selector: string): number {
  return parseSelector(selector).reduce((sum, compound) => sum + compound.classes.length * 100 + (compound.tag ? 1 : 0), 0);
}

/**
 * The literal presentation attributes `rules` give `element` (custom properties resolved against `inherited`, the
 * ancestors' ones), in cascade order: more specific rules win, then later ones. Returns the attributes and the custom
 * properties the element hands down.
 */
export function resolveMarkStyle(
  element: StyledElement,
  rules: readonly MarkRule[],
  palette: Palette,
  inherited: ReadonlyMap<string, string>,
): { attributes: Map<string, string>; custom: Map<string, string> } {
  const matching = rules
    .map((candidate, order) => ({ candidate, order }))
    .filter(({ candidate }) => matches(element, candidate.selector))
    .sort((a, b) => specificity(a.candidate.selector) - specificity(b.candidate.selector) || a.order - b.order);
  const custom = new Map(inherited);
  const declared = new Map<string, string>();
  for (const { candidate } of matching) {
    for (const [name, value] of Object.entries(candidate.properties)) {
      if (name.startsWith('@')) custom.set(name.slice(1), value);
      else declared.set(name, value);
    }
  }
  const literal = (value: string): string | undefined => {
    if (value.startsWith('$')) return palette[value.slice(1) as Token];
    if (value.startsWith('@')) {
      const named = custom.get(value.slice(1));
      return named === undefined ? undefined : literal(named);
    }
    return value;
  };
  const attributes = new Map<string, string>();
  for (const [name, value] of declared) {
    const resolved = literal(value);
    if (resolved !== undefined) attributes.set(name, resolved);
  }
  return { attributes, custom };
}
