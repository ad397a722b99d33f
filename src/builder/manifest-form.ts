/**
 * Describe it: the builder's form for one widget, made from the Custom Elements Manifest (custom-elements.json, which
 * `npm run analyze` writes from the widgets' JSDoc). There is no hand-kept list of attributes: an attribute added
 * to a widget's JSDoc appears here, with its description as the hint. Pure: the manifest comes in as an object.
 */

/** The parts of a Custom Elements Manifest this reads (schema 2.x). */
export interface ManifestAttribute {
  readonly name: string;
  readonly description?: string;
  readonly type?: { readonly text: string };
  /** The analyzer's resolved type, for aliases: `'light' | 'dark' | 'auto' | 'nhs'`. */
  readonly expandedType?: { readonly text: string };
  readonly default?: string;
  /** Set on attributes every widget shares (from TrustElement); absent on the widget's own. */
  readonly inheritedFrom?: { readonly name: string };
}
/** A CSS custom property the widget reads (from `@cssprop` JSDoc): the builder's colour fields come from these. */
export interface ManifestCssProperty {
  readonly name: string;
  readonly description?: string;
}
export interface Manifest {
  readonly modules: readonly {
    readonly declarations?: readonly {
      readonly tagName?: string;
      readonly attributes?: readonly ManifestAttribute[];
      readonly cssProperties?: readonly ManifestCssProperty[];
    }[];
  }[];
}

/** The form's sections, in order: what the chart says, where the figures come from, the widget's own, the rest. */
export const FIELD_GROUPS = ['describe', 'survey', 'widget', 'display'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export interface FormField {
  /** The attribute's HTML name. */
  readonly name: string;
  /** The JSDoc description, as plain text (Markdown backticks removed). */
  readonly hint: string;
  readonly input: 'checkbox' | 'select' | 'text';
  /** For a select: the values the manifest lists. */
  readonly options?: readonly string[];
  readonly group: FieldGroup;
}

/**
 * Where the shared attributes go, first to last: the chart's words, then the survey facts. Only the order is
 * kept here; a shared attribute named in neither goes to `display`, and a widget's own attribute to `widget`.
 */
const DESCRIBE_ORDER = ['heading', 'subheading', 'source', 'source-url', 'note'];
const SURVEY_ORDER = [
  'question',
  'population',
  'base',
  'sample-size',
  'fieldwork',
  'method',
  'commissioned-by',
  'show-uncertainty',
  'min-sample-size',
  'allow-small-samples',
];

/**
 * Attributes the builder does not offer: the data (the builder writes the pasted table), the `src` file's options
 * (live files are not built here yet) and a dashboard's `span`. `series` is the table's header row.
 */
function suppliedByBuilder(name: string): boolean {
  return ['data', 'src', 'series', 'filter', 'timeout', 'refresh', 'span'].includes(name) || /-columns?$/.test(name);
}

/** The union of string literals a type is (`'a' | 'b' | undefined` → a, b), or undefined for any other type. */
export function literalOptions(typeText: string | undefined): string[] | undefined {
  if (!typeText) return undefined;
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (!parts.length || !parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** The declaration of `tag` in the manifest. */
function declarationOf(manifest: Manifest, tag: string) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  return undefined;
}

const attributesOf = (manifest: Manifest, tag: string): readonly ManifestAttribute[] => declarationOf(manifest, tag)?.attributes ?? [];

/** The CSS custom properties the manifest lists for `tag` (its own and those every widget shares). */
export const cssPropertiesOf = (manifest: Manifest, tag: string): readonly ManifestCssProperty[] => declarationOf(manifest, tag)?.cssProperties ?? [];

const rank = (name: string, order: readonly string[]) => (order.includes(name) ? order.indexOf(name) : order.length);

/** The fields of the form for `tag`, grouped and ordered: FIELD_GROUPS order, then as listed above or in the manifest. */
export function formFields(manifest: Manifest, tag: string): FormField[] {
  const fields = attributesOf(manifest, tag)
    .filter((attribute) => !suppliedByBuilder(attribute.name))
    .map((attribute): FormField => {
      const group: FieldGroup = DESCRIBE_ORDER.includes(attribute.name)
        ? 'describe'
        : SURVEY_ORDER.includes(attribute.name)
          ? 'survey'
          : attribute.inheritedFrom
            ? 'display'
            : 'widget';
      const hint = (attribute.description ?? '')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
      const options = literalOptions(attribute.expandedType?.text) ?? literalOptions(attribute.type?.text);
      if (attribute.type?.text === 'boolean') return { name: attribute.name, hint, input: 'checkbox', group };
      return options ? { name: attribute.name, hint, input: 'select', options, group } : { name: attribute.name, hint, input: 'text', group };
    });
  const position = (field: FormField) =>
    FIELD_GROUPS.indexOf(field.group) * 1000 +
    (field.group === 'describe' ? rank(field.name, DESCRIBE_ORDER) : field.group === 'survey' ? rank(field.name, SURVEY_ORDER) : 0);
  // Array.prototype.sort is stable: within `widget` and `display`, the manifest's order stands.
  return fields.sort((a, b) => position(a) - position(b));
}

/** Every attribute the manifest lists for `tag`, with which are boolean: for reading an embed code back. */
export function attributeNames(manifest: Manifest, tag: string): { known: Set<string>; booleans: Set<string> } {
  const attributes = attributesOf(manifest, tag);
  return {
    known: new Set(attributes.map((a) => a.name)),
    booleans: new Set(attributes.filter((a) => a.type?.text === 'boolean').map((a) => a.name)),
  };
}

/**
 * The manifest cut to what the builder reads: each custom element's tag, attributes and CSS custom properties. The full manifest is near
 * 1 MB (members, events, CSS parts of every class); a build step passes the builder this (about 90 KB) instead.
 */
export function builderManifest(manifest: Manifest): Manifest {
  return {
    modules: manifest.modules
      .map((module) => ({
        declarations: (module.declarations ?? [])
          .filter((declaration) => declaration.tagName)
          .map(({ tagName, attributes = [], cssProperties = [] }) => ({
            tagName,
            cssProperties: cssProperties.map(({ name, description }) => ({ name, ...(description !== undefined ? { description } : {}) })),
            attributes: attributes.map(({ name, description, type, expandedType, default: defaultValue, inheritedFrom }) => ({
              name,
              ...(description !== undefined ? { description } : {}),
              ...(type ? { type } : {}),
              ...(expandedType ? { expandedType } : {}),
              ...(defaultValue !== undefined ? { default: defaultValue } : {}),
              ...(inheritedFrom ? { inheritedFrom: { name: inheritedFrom.name } } : {}),
            })),
          })),
      }))
      .filter((module) => module.declarations.length > 0),
  };
}
