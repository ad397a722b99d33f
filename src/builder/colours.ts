/**
 * Colours: the builder's colour fields, made from the CSS custom properties each widget lists in the Custom Elements
 * Manifest (`cssProperties`, from the `@cssprop` JSDoc). No hand-kept list: a new `@cssprop` colour appears by itself.
 * Also how chosen colours are written (a `style` attribute, or a stylesheet rule) and read back. Pure.
 */
import type { ManifestCssProperty } from './manifest-form.js';
import { themeColourDefaults } from './theme-colours.js';

/** One colour field: a public custom property of the widget. */
export interface ColourProperty {
  /** The property, `--trust-series-1`. */
  readonly name: string;
  /** The JSDoc description, as plain text, without its "(likewise …)" aside or final full stop: the field's label. */
  readonly description: string;
  /** For a property named in another's "likewise --a-2 … --a-6": that other property (`--trust-series-1`). */
  readonly likewiseOf?: string;
}

/** The colours chosen, by property name, as written (`#005eb8`). */
export type ChosenColours = Readonly<Record<string, string>>;

/** A custom property name the builder writes or reads: `--` then lower-case words (never a `;` or `:`). */
export const CUSTOM_PROPERTY_NAME = /^--[a-z][a-z0-9-]*$/;
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** "(likewise --trust-series-2 … --trust-series-6)": the numbered properties one description stands for. */
const LIKEWISE = /\s*\(likewise (--[a-z0-9-]*?)(\d+) (?:…|\.\.\.) \1(\d+)[^)]*\)/i;

/** `#005eb8` or `#05b`: the colours the builder takes (a colour picker gives these; nothing else can reach a style). */
export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value.trim());
}

/**
 * A value the builder writes for a colour: a hex colour, or `transparent` (a background that lets the page show
 * through, as the JSDoc of `--trust-background` suggests). Neither can hold a `;` or a `url(`.
 */
export function isColourValue(value: string): boolean {
  return isHexColour(value) || /^transparent$/i.test(value.trim());
}

/** `#05b` → `#0055bb`, lower case: the form a colour picker takes. */
export function longHex(value: string): string {
  const hex = value.trim().toLowerCase();
  return hex.length === 4 ? `#${[...hex.slice(1)].map((digit) => digit + digit).join('')}` : hex;
}

const plain = (text: string) =>
  text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether a property is a colour: the theme gives it a colour, or its name or description says so (a widget's own,
 * such as the likert's `--trust-scale-text-1`). Sizes, fonts, gaps and radii are not.
 */
function isColour(property: ManifestCssProperty, themed: ReadonlySet<string>): boolean {
  return themed.has(property.name) || /colou?r/i.test(property.name) || /colou?r/i.test(property.description ?? '');
}

/** The colour fields for `tag`, in the manifest's order, each "likewise" property right after the one it follows. */
export function colourProperties(cssProperties: readonly ManifestCssProperty[]): ColourProperty[] {
  const themed = new Set(themeColourDefaults().keys());
  const fields: ColourProperty[] = [];
  for (const property of cssProperties) {
    if (!CUSTOM_PROPERTY_NAME.test(property.name) || !isColour(property, themed)) continue;
    const description = plain(property.description ?? '');
    const likewise = LIKEWISE.exec(description);
    fields.push({ name: property.name, description: description.replace(LIKEWISE, '').replace(/\.$/, '') });
    if (!likewise) continue;
    const [, stem, from, to] = likewise as unknown as [string, string, string, string];
    for (let n = Number(from); n <= Number(to); n++) {
      const name = `${stem}${n}`;
      if (name !== property.name && !fields.some((field) => field.name === name)) fields.push({ name, description: '', likewiseOf: property.name });
    }
  }
  // A property listed twice (a widget's own and an inherited one) is offered once.
  return fields.filter((field, i) => fields.findIndex((other) => other.name === field.name) === i);
}

/** The chosen colours worth writing: valid hex values of the properties offered, in the fields' order. */
export function writtenColours(colours: ChosenColours, offered: readonly ColourProperty[]): [string, string][] {
  return offered.flatMap(({ name }): [string, string][] => {
    const value = colours[name];
    return typeof value === 'string' && isColourValue(value) ? [[name, value.trim().toLowerCase()]] : [];
  });
}

/** The colours as a `style` attribute's value: `--trust-series-1: #005eb8; --trust-background: #fff`. */
export function styleText(colours: readonly [string, string][]): string {
  return colours.map(([name, value]) => `${name}: ${value}`).join('; ');
}

/** The same colours as a stylesheet rule, for pages whose Content-Security-Policy refuses `style` attributes. */
export function cssRule(tag: string, colours: readonly [string, string][]): string {
  if (!colours.length) return '';
  return [`${tag} {`, ...colours.map(([name, value]) => `  ${name}: ${value};`), '}'].join('\n');
}

/** The custom properties in a `style` attribute (an embed code pasted back): colour values only, anything else dropped. */
export function readStyleColours(style: string | null): Record<string, string> {
  const colours: Record<string, string> = {};
  for (const declaration of (style ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (CUSTOM_PROPERTY_NAME.test(name) && isColourValue(value)) colours[name] = value.toLowerCase();
  }
  return colours;
}
