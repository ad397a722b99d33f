#!/usr/bin/env node
/**
 * JSX typings from custom-elements.json, so that React 19 and Preact users get the trust-* tags checked:
 * - dist/jsx.d.ts: one interface of attributes per widget (optional strings; booleans for boolean attributes) and
 *   `TrustIntrinsicElements`, the tag → attributes map, for any JSX library;
 * - dist/jsx-react.d.ts: adds the tags to React 19's `JSX.IntrinsicElements` (module augmentation of 'react');
 * - dist/jsx-preact.d.ts: the same for Preact.
 * Use: `import type {} from 'public-trust-widgets/jsx-react';` once in the project (see docs/embed.md).
 * Run by scripts/build.mjs after `cem analyze`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { choicesOf, widgetsOf } from './vscode-data.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const widgets = widgetsOf(manifest);

const typeName = (tag) => `${tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}Attributes`;
const comment = (text, indent) => {
  const lines = (text ?? '').replace(/\*\//g, '* /').split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.length ? `${indent}/** ${lines.join(`\n${indent} * `)} */\n` : '';
};
const header = (what) => `/**
 * ${what}
 * Generated from custom-elements.json by scripts/jsx-types.mjs (public-trust-widgets ${pkg.version}); do not edit.
 */
`;

const attributesOf = (widget) =>
  (widget.attributes ?? [])
    .map((attribute) => {
      const boolean = attribute.type?.text === 'boolean';
      const choices = boolean ? [] : choicesOf(attribute.description);
      // Known words first, for completion; any other string stays allowed (the widget reports it, it never throws).
      const type = boolean ? 'boolean' : choices.length ? `${choices.map((c) => `'${c}'`).join(' | ')} | (string & {})` : 'string';
      return `${comment(attribute.description, '  ')}  '${attribute.name}'?: ${type};`;
    })
    .join('\n');

const jsx = `${header('Attributes of the public-trust-widgets custom elements, for JSX. Every attribute is optional.')}
${widgets.map((widget) => `${comment(widget.summary ?? widget.description, '')}export interface ${typeName(widget.tagName)} {\n${attributesOf(widget)}\n}\n`).join('\n')}
/** Tag name → attributes, for any JSX library's IntrinsicElements. */
export interface TrustIntrinsicElements {
${widgets.map((widget) => `  '${widget.tagName}': ${typeName(widget.tagName)};`).join('\n')}
}
`;

const react = `${header("The trust-* elements in React 19's JSX: import type {} from 'public-trust-widgets/jsx-react';")}
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TrustIntrinsicElements } from './jsx.js';

type TrustProps<Tag extends keyof TrustIntrinsicElements> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & TrustIntrinsicElements[Tag];

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${widgets.map((widget) => `      '${widget.tagName}': TrustProps<'${widget.tagName}'>;`).join('\n')}
    }
  }
}
`;

const preact = `${header("The trust-* elements in Preact's JSX: import type {} from 'public-trust-widgets/jsx-preact';")}
import type { TrustIntrinsicElements } from './jsx.js';

declare module 'preact' {
  namespace createElement.JSX {
    interface IntrinsicElements {
${widgets.map((widget) => `      '${widget.tagName}': HTMLAttributes<HTMLElement> & TrustIntrinsicElements['${widget.tagName}'];`).join('\n')}
    }
  }
}
`;

mkdirSync('dist', { recursive: true });
writeFileSync('dist/jsx.d.ts', jsx);
writeFileSync('dist/jsx-react.d.ts', react);
writeFileSync('dist/jsx-preact.d.ts', preact);
