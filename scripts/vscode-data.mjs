#!/usr/bin/env node
/**
 * dist/vscode.html-custom-data.json from custom-elements.json, by custom-element-vs-code-integration: VS Code's HTML
 * custom data, so that editors complete the trust-* tags and their attributes, with descriptions and, for attributes
 * that take one of a few words (theme, unit, sort …), those words (the manifest's `expandedType`). Point VS Code at
 * it in .vscode/settings.json:
 *
 *   { "html.customData": ["./node_modules/public-trust-widgets/dist/vscode.html-custom-data.json"] }
 *
 * Run by scripts/build.mjs after `cem analyze`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const FILE = 'vscode.html-custom-data.json';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
// No method docs: the widgets' documented methods are protected (for subclasses), and the section came out empty.
generateVsCodeCustomElementData(manifest, {
  outdir: 'dist',
  htmlFileName: FILE,
  cssFileName: null,
  typesSrc: 'expandedType',
  hideMethodDocs: true,
  hideLogs: true,
});

// Two things the generator leaves out: boolean attributes take no value (VS Code's value set "v" completes them
// without `=""`), and an attribute without words has no `values` at all rather than an empty list.
const booleans = new Set(
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) =>
      (declaration.attributes ?? []).filter((attribute) => attribute.type?.text === 'boolean').map((attribute) => `${declaration.tagName} ${attribute.name}`),
    ),
  ),
);
const data = JSON.parse(readFileSync(`dist/${FILE}`, 'utf8'));
// By tag name: cem analyze does not always list the modules in the same order, and the file should not churn.
data.tags.sort((a, b) => a.name.localeCompare(b.name));
for (const tag of data.tags) {
  for (const attribute of tag.attributes) {
    if (!attribute.values?.length) delete attribute.values;
    if (booleans.has(`${tag.name} ${attribute.name}`)) attribute.valueSet = 'v';
  }
}
writeFileSync(`dist/${FILE}`, `${JSON.stringify(data, null, 2)}\n`);
