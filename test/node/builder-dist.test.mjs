/**
 * The chart builder ships as a static page (issue 14): dist/builder/index.html with builder.css and builder.js, which
 * work from any web server or a local file (no modules, no chunks, no inline code for a strict Content-Security-Policy),
 * with the form's manifest inside. Run after the build (npm test builds first).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'parse5';

const dir = new URL('../../dist/builder/', import.meta.url);
const read = (name) => readFileSync(new URL(name, dir), 'utf8');

test('dist/builder/index.html loads its own stylesheet and classic script, and nothing else', () => {
  const html = read('index.html');
  assert.doesNotMatch(html, /\{\{version\}\}/, 'the version is filled in');
  const elements = [];
  const walk = (node) => {
    if (node.tagName) elements.push(node);
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parse(html));
  const scripts = elements.filter((element) => element.tagName === 'script');
  assert.deepEqual(
    scripts.map((script) => Object.fromEntries(script.attrs.map(({ name, value }) => [name, value]))),
    [{ src: './builder.js', defer: '' }],
    'one classic, deferred script: a module would not load from a local file',
  );
  assert.equal(scripts[0].childNodes.length, 0, 'no inline script');
  const links = elements.filter((element) => element.tagName === 'link').map((link) => link.attrs.find((a) => a.name === 'href')?.value);
  assert.deepEqual(links, ['./builder.css']);
  assert.equal(elements.filter((element) => element.tagName === 'style' || element.attrs.some((a) => a.name === 'style')).length, 0, 'no inline style');
  for (const file of ['builder.js', 'builder.css']) assert.ok(existsSync(new URL(file, dir)), `dist/builder/${file}`);
});

test('builder.js is one file: no module syntax, no chunk to load, the manifest of every widget inside', () => {
  const script = read('builder.js');
  assert.doesNotMatch(script, /\bimport\s*\(|^\s*import\s|^\s*export\s/m, 'no import() or import/export statements');
  for (const tag of ['trust-bars', 'trust-stat', 'trust-waffle', 'trust-change', 'trust-likert', 'trust-trend', 'trust-chart-builder']) {
    assert.ok(script.includes(`"${tag}"`) || script.includes(`'${tag}'`), `${tag} is inside`);
  }
  // The form's manifest, cut to what it reads: attribute descriptions from the widgets' JSDoc are there.
  assert.ok(script.includes('The finding, in a sentence'), 'the heading attribute’s description');
  // The colour fields come from the manifest's CSS properties (cssProperties, from @cssprop): kept in the cut manifest.
  assert.ok(script.includes('First series colour'), 'the --trust-series-1 description, for the Colours section');
  // The Welsh words are inlined, not loaded from a chunk beside it.
  assert.ok(script.includes('Dangos y tabl data'), 'Welsh words inside');
  // Output (3), the static HTML: the declarative shadow root it writes, and the builder's words for it in Welsh.
  assert.ok(script.includes('shadowrootmode'), 'the static HTML output');
  assert.ok(script.includes('Copïo’r HTML statig'), 'its copy button in Welsh');
});
