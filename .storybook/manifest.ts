/**
 * Storybook reads custom-elements.json as it is; this module prepares a copy so the docs pages show what a
 * journalist or developer can actually use. The file on disk is not changed.
 */

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  [key: string]: unknown;
}

interface NamedItem {
  name?: string;
  description?: string;
  [key: string]: unknown;
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  members?: Member[];
  attributes?: NamedItem[];
  events?: NamedItem[];
  slots?: NamedItem[];
  cssParts?: NamedItem[];
  [key: string]: unknown;
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
  [key: string]: unknown;
}

/** `TrustBars` → `trust-bars`. */
const tagFromClassName = (name: string): string => name.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase();

export function forStorybook(input: unknown): Manifest {
  const manifest = structuredClone(input) as Manifest;
  const declarations = (manifest.modules ?? []).flatMap((module) => module.declarations ?? []);
  const tagged = new Set(declarations.map((declaration) => declaration.tagName).filter(Boolean));

  for (const declaration of declarations) {
    if (declaration.kind !== 'class') continue;

    // Widgets register through defineElement('trust-bars', TrustBars), which the analyzer cannot follow, so the
    // manifest has no tag name and Storybook finds no docs for <trust-bars>. Until the classes carry
    // `@tagname trust-bars` in their JSDoc, derive the tag from the class name of every TrustElement subclass.
    if (!declaration.tagName && declaration.superclass?.name === 'TrustElement') {
      const tag = tagFromClassName(declaration.name);
      if (!tagged.has(tag)) {
        declaration.tagName = tag;
        declaration.customElement = true;
      }
    }

    // Public instance fields only. A field that mirrors an attribute is already listed under "attributes"; the
    // one property without an attribute (the `data` objects) is named `.data`, as in Lit bindings, so that it
    // does not collide with the `data` attribute.
    declaration.members = (declaration.members ?? [])
      .filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.attribute)
      .map((member) => ({ ...member, name: `.${member.name}` }));

    // The analyzer also guesses events from `dispatchEvent(new TrustPointFocusEvent(point))` calls, giving an
    // event named "point" and one with no name; keep the events documented with @fires.
    declaration.events = (declaration.events ?? []).filter((event) => event.name && event.description);

    // Storybook keys every row by name, so a part called `heading` would replace the `heading` attribute's row
    // (and its control). Name parts the way CSS selects them.
    declaration.cssParts = (declaration.cssParts ?? []).map((part) => ({ ...part, name: `::part(${part.name})` }));

    // Shared attributes (heading, source, data…) first, then the widget's own, as the docs explain them.
    const attributes = declaration.attributes ?? [];
    declaration.attributes = [...attributes.filter((a) => a['inheritedFrom']), ...attributes.filter((a) => !a['inheritedFrom'])];

    // The default slot has an empty name, which Storybook drops.
    declaration.slots = (declaration.slots ?? []).map((slot) => (slot.name ? slot : { ...slot, name: '(default)' }));
  }
  return manifest;
}
