#!/usr/bin/env node
/**
 * JSX typings from custom-elements.json, so that React 19 and Preact users get the trust-* tags checked:
 * - dist/jsx.d.ts, by custom-element-jsx-integration: one props type per widget with every attribute and its docs,
 *   `CustomElements` (tag → props, for any JSX library), and the names the package has promised since 0.1:
 *   `TrustBarsAttributes` … and `TrustIntrinsicElements`;
 * - dist/jsx-react.d.ts: adds the tags to React 19's `JSX.IntrinsicElements` (module augmentation of 'react');
 * - dist/jsx-preact.d.ts: the same for Preact.
 * React and Preact get each widget's props on their own HTML attributes, not the generator's generic `BaseProps`
 * (whose `dir` would refuse "auto" and whose `style` is not React's).
 * Use: `import type {} from 'public-trust-widgets/jsx-react';` once in the project (see docs/embed.md).
 * Run by scripts/build.mjs after `cem analyze`.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * What the generator reads of each widget: its attributes, typed for JSX in `jsxType`: booleans stay booleans; an
 * attribute with documented words offers them first, for completion, and still takes any other string (the widget
 * reports an unknown word, it never throws). Left out: properties without an attribute (`data` would clash with the
 * `data` attribute, and React 19 would set them as properties anyway) and events, which the generator types as
 * `CustomEvent<…>` while ours are Event subclasses (TrustRenderEvent …): a handler typed with ours would not fit.
 */
const widgets = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('trust-'))
    .map(({ name, tagName, summary, description, slots, cssParts, cssProperties, attributes = [] }) => ({
      kind: 'class',
      customElement: true,
      name,
      tagName,
      summary,
      description,
      slots,
      cssParts,
      cssProperties,
      attributes: attributes.map((attribute) => ({
        ...attribute,
        jsxType: {
          text: attribute.type?.text === 'boolean' ? 'boolean' : attribute.expandedType ? `${attribute.expandedType.text} | (string & {})` : 'string',
        },
      })),
    })),
);
generateJsxTypes(
  { schemaVersion: manifest.schemaVersion, modules: [{ kind: 'javascript-module', path: 'jsx', declarations: widgets }] },
  { outdir: 'dist', fileName: 'jsx.d.ts', typesSrc: 'jsxType', hideMethodDocs: true, hideLogs: true },
);

const header = (what) => `/**
 * ${what}
 * Generated from custom-elements.json by scripts/jsx-types.mjs (public-trust-widgets ${pkg.version}); do not edit.
 */
`;

appendFileSync(
  'dist/jsx.d.ts',
  `
${widgets.map((widget) => `/** The attributes of <${widget.tagName}>. */\nexport type ${widget.name}Attributes = ${widget.name}Props;`).join('\n')}
/** Tag name → attributes, for any JSX library's IntrinsicElements. */
export type TrustIntrinsicElements = CustomElements;
`,
);

const react = `${header("The trust-* elements in React 19's JSX: import type {} from 'public-trust-widgets/jsx-react';")}
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${widgets.map((widget) => `${widget.name}Props`).join(', ')} } from './jsx.js';

type TrustProps<Props> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Partial<Props>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${widgets.map((widget) => `      '${widget.tagName}': TrustProps<${widget.name}Props>;`).join('\n')}
    }
  }
}
`;

const preact = `${header("The trust-* elements in Preact's JSX: import type {} from 'public-trust-widgets/jsx-preact';")}
import type { ${widgets.map((widget) => `${widget.name}Props`).join(', ')} } from './jsx.js';

declare module 'preact' {
  namespace createElement.JSX {
    interface IntrinsicElements {
${widgets.map((widget) => `      '${widget.tagName}': HTMLAttributes<HTMLElement> & Partial<${widget.name}Props>;`).join('\n')}
    }
  }
}
`;

writeFileSync('dist/jsx-react.d.ts', react);
writeFileSync('dist/jsx-preact.d.ts', preact);
