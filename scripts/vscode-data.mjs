#!/usr/bin/env node
/**
 * dist/vscode.html-custom-data.json from custom-elements.json: VS Code's HTML custom data (format 1.1), so that
 * editors complete the trust-* tags and their attributes, with descriptions and, for attributes that take one of a
 * few words (theme, unit, sort …), those words. Point VS Code at it in .vscode/settings.json:
 *
 *   { "html.customData": ["./node_modules/public-trust-widgets/dist/vscode.html-custom-data.json"] }
 *
 * Run by scripts/build.mjs after `cem analyze`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The words an attribute takes, when its description lists them ("`light`, `dark`, `auto` … or `nhs`"). */
export function choicesOf(description = '') {
  // A list of words in backticks, each maybe followed by a note in brackets, ending "or `word`".
  const word = '`[a-z][a-z-]*`(?:\\s*\\([^()]*\\))?';
  const list = new RegExp(`${word}(?:,\\s*${word})*,?\\s+or\\s+${word}`).exec(description);
  return list ? [...list[0].matchAll(/`([a-z][a-z-]*)`/g)].map((match) => match[1]) : [];
}

/** Every trust-* element in the manifest, with its attributes. */
export function widgetsOf(customElements) {
  return customElements.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })))
    .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('trust-'))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const markdown = (value) => ({ kind: 'markdown', value: value.replace(/\s*\n\s*/g, ' ').trim() });

/** The custom data for every widget of a manifest. */
export function customData(manifest, version) {
  return {
    version: 1.1,
    tags: widgetsOf(manifest).map((widget) => ({
      name: widget.tagName,
      description: markdown(`${widget.description ?? widget.summary ?? ''}\n\npublic-trust-widgets ${version}: see docs/${widget.tagName}.md and docs/shared-attributes.md.`),
      attributes: (widget.attributes ?? []).map((attribute) => {
        const boolean = attribute.type?.text === 'boolean';
        const choices = boolean ? [] : choicesOf(attribute.description);
        return {
          name: attribute.name,
          description: markdown(attribute.description ?? ''),
          ...(boolean ? { valueSet: 'v' } : {}),
          ...(choices.length ? { values: choices.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

// Run as a script (not when jsx-types.mjs imports the helpers above).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(customData(manifest, pkg.version), null, 2)}\n`);
}
