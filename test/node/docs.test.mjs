/**
 * The docs state generated facts (sizes, attribute and part tables, preload heights) exactly as `npm run docs` writes
 * them, so no two pages can disagree. Checked against the files the generator reads (size-budget.json,
 * custom-elements.json from the build, src/embed/preload.css), never against a fresh measurement of dist/: the
 * sizes only move when someone runs `npm run docs`, and the size budget test is what measures the build.
 * DOCS_MANIFEST=<file> checks against another manifest (for example a copy, without building).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { docFiles, loadFacts, regionsIn, renderRegion } from '../../scripts/docs-facts.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => readFileSync(new URL(file, new URL('../../', import.meta.url)), 'utf8');
const facts = loadFacts(root);
const tags = facts.manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => declaration.tagName)).filter(Boolean);

/** The first line where two texts part, to show what changed. */
function firstDifference(actual, expected) {
  const a = actual.split('\n');
  const b = expected.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return `first difference at line ${at + 1} of the passage:\n  in the file:  ${a[at] ?? '(nothing)'}\n  npm run docs: ${b[at] ?? '(nothing)'}`;
}

for (const file of docFiles(root)) {
  const regions = regionsIn(read(file));
  if (regions.length === 0) continue;
  test(`${file}: every generated passage is what npm run docs writes`, () => {
    for (const region of regions) {
      const expected = renderRegion(region.name, facts);
      assert.ok(
        region.text === expected,
        `${file}: the generated passage "${region.name}" differs from its source; it is not edited by hand. Change the source it ` +
          `names (size-budget.json, the JSDoc in src/, src/embed/preload.css), then run npm run docs.\n${firstDifference(region.text, expected)}`,
      );
    }
  });
}

test('every page that states a generated fact has its passage', () => {
  const names = (file) => regionsIn(read(file)).map((region) => region.name);
  const expected = {
    'README.md': ['sizes'],
    'docs/embed.md': ['cdn-sizes', 'resize-size', 'preload-heights'],
    'docs/pre-render.md': ['inline-css-size'],
    'docs/shared-attributes.md': ['attributes:shared'],
    'docs/theming.md': ['parts:shared', 'parts:widgets'],
    ...Object.fromEntries(tags.map((tag) => [`docs/${tag}.md`, [`attributes:${tag}`]])),
  };
  assert.ok(tags.length >= 6, `custom-elements.json names ${tags.length} widgets`);
  for (const [file, wanted] of Object.entries(expected)) {
    for (const name of wanted) {
      assert.ok(names(file).includes(name), `${file} has lost its generated passage "${name}": put back the markers and run npm run docs`);
    }
  }
});

test('size-budget.json has a measured size for every budgeted file', () => {
  for (const file of Object.keys(facts.budgets)) {
    assert.ok(facts.measured?.sizes?.[file]?.brotli > 0, `${file} has a budget but no measured size: build, then run npm run docs`);
  }
  assert.match(facts.measured.on, /^\d{4}-\d{2}-\d{2}$/);
});

test('theming.md names every CSS custom property of the widgets', () => {
  const theming = read('docs/theming.md');
  const properties = facts.manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => declaration.cssProperties ?? [])
    .map((property) => property.name);
  assert.ok(properties.length > 0);
  for (const name of new Set(properties)) {
    assert.ok(theming.includes(`\`${name}`), `docs/theming.md does not name ${name} (from custom-elements.json)`);
  }
});

/** The cells of a Markdown table row (a `\|` inside a cell does not end it). */
const cellsOf = (line) =>
  line
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.trim());

/**
 * Each `--trust-*` property's default in light and dark (`light-dark(a, b)`, or one value for both) and with
 * theme="nhs". A token the NHS theme sets reads it through an inherited private property first
 * (`var(--trust-series-1, var(--_trust-theme-series-1, light-dark(…)))`), which the NHS theme's rule sets.
 */
function themeDefaults() {
  const tokens = read('src/core/theme/tokens.ts');
  const nhsRule = tokens.slice(tokens.indexOf(":host([theme='nhs' i])"));
  const nhsValues = Object.fromEntries(
    [...nhsRule.slice(0, nhsRule.indexOf('}')).matchAll(/--_trust-theme-([\w-]+): ([^;]+);/g)].map((m) => [m[1], m[2].trim()]),
  );
  const defaults = {};
  const block = tokens.slice(tokens.indexOf(':host {'), tokens.indexOf('@supports'));
  for (const m of block.matchAll(/var\((--trust-[\w-]+), (.+)\);$/gm)) {
    let rest = m[2];
    const themed = /^var\(--_trust-theme-([\w-]+), (.+)\)$/.exec(rest);
    if (themed) rest = themed[2];
    const pair = /^light-dark\(([^,]+), ([^)]+)\)$/.exec(rest);
    const light = (pair ? pair[1] : rest).trim();
    const dark = (pair ? pair[2] : rest).trim();
    defaults[m[1]] = { light, dark, nhs: themed ? (nhsValues[themed[1]] ?? light) : light };
  }
  return defaults;
}

test("theming.md's table of CSS custom properties gives the defaults in src/core/theme/tokens.ts", () => {
  const defaults = themeDefaults();
  assert.ok(Object.keys(defaults).length >= 20, 'no --trust-* defaults found in tokens.ts');
  const rows = read('docs/theming.md')
    .split('\n')
    .filter((line) => line.startsWith('| `--trust-'))
    .map((line) => cellsOf(line));
  const documented = new Map(rows.map(([name, , light, dark, nhs]) => [name.replace(/`/g, ''), { light, dark, nhs }]));
  const same = (cell, value) => cell.replace(/`/g, '').toLowerCase() === value.toLowerCase();
  for (const [name, value] of Object.entries(defaults)) {
    const row = documented.get(name);
    assert.ok(row, `docs/theming.md has no row for ${name}`);
    assert.ok(same(row.light, value.light), `${name}: theming.md says ${row.light} in light, tokens.ts ${value.light}`);
    const dark = row.dark === 'same' ? value.light === value.dark : same(row.dark, value.dark);
    assert.ok(dark, `${name}: theming.md says ${row.dark} in dark, tokens.ts ${value.dark}`);
    const nhs = row.nhs === 'as light' || row.nhs === 'same' ? value.nhs === value.light : same(row.nhs, value.nhs);
    assert.ok(nhs, `${name}: theming.md says ${row.nhs} with theme="nhs", tokens.ts ${value.nhs}`);
  }
});

test('the README keeps its two-command quick start', () => {
  const readme = read('README.md');
  assert.match(readme, /^npm install && npm start\b/m);
  assert.match(readme, /^npm install && npm test\b/m);
});

test('the docs hold no notes meant for the maintainers', () => {
  for (const file of docFiles(root)) {
    assert.doesNotMatch(read(file), /\b(TODO|FIXME|XXX)\b|for the lead|Proposed README text/i, `${file} holds a note for maintainers`);
  }
});
