/**
 * Size budget (issue 6): each CDN file stays within its brotli budget in size-budget.json (measured size + 5%).
 * Enforced by size, never by time. Runs after `npm run build` (scripts/test.mjs builds first). A file counts with
 * everything it imports statically (nothing: the test below checks it); the chunks it imports lazily (the Welsh words,
 * dist/cdn/chunks/) load only on the pages that need them, and are listed beside it, not counted.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { fileGraph, measureFile, measureFiles } from '../../scripts/sizes.mjs';

const root = new URL('../../', import.meta.url);
const budgets = JSON.parse(readFileSync(new URL('size-budget.json', root), 'utf8'));
const { WIDGET_TAGS, DASHBOARD_TAG } = await import('../../dist/widgets.js');

test('every CDN script has a budget: the all-in-one file, one per widget and the dashboard’s', () => {
  for (const file of ['dist/cdn/public-trust-widgets.js', ...[...WIDGET_TAGS, DASHBOARD_TAG].map((tag) => `dist/cdn/${tag}.js`)]) {
    assert.ok(Number.isInteger(budgets[file]), `${file} has no budget in size-budget.json`);
  }
});

const rootDir = fileURLToPath(root);

for (const [file, budget] of Object.entries(budgets)) {
  if (file.startsWith('$')) continue;
  test(`${file} imports nothing statically, and its lazy chunks only chunks`, () => {
    const { own, lazy } = fileGraph(file, rootDir);
    assert.deepEqual(own, [file], `${file} imports other files statically: a page would load them every time`);
    for (const chunk of lazy) assert.match(chunk, /^dist\/cdn\/chunks\/[\w-]+\.js$/, `${file} loads ${chunk}, not a chunk of dist/cdn/chunks/`);
  });

  test(`${file} is within its size budget (${budget} bytes brotli)`, () => {
    const { own, lazy } = fileGraph(file, rootDir);
    const { min, brotli } = measureFiles(own.map((path) => fileURLToPath(new URL(path, root))));
    const later = lazy.map((chunk) => `${chunk.slice(chunk.lastIndexOf('/') + 1)} ${measureFile(fileURLToPath(new URL(chunk, root))).brotli} B`);
    console.log(`size: ${file} ${min} B min, ${brotli} B brotli (budget ${budget})${later.length ? `; only when needed: ${later.join(', ')}` : ''}`);
    assert.ok(
      brotli <= budget,
      `${file} is ${brotli} bytes brotli, over its budget of ${budget}: make it smaller, or raise the budget in size-budget.json with a reason`,
    );
  });
}
