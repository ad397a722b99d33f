/**
 * Size budget (issue 6): each CDN file stays within its brotli budget in size-budget.json (measured size + 5%).
 * Enforced by size, never by time. Runs after `npm run build` (scripts/test.mjs builds first).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { brotliCompressSync, constants } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const budgets = JSON.parse(readFileSync(new URL('size-budget.json', root), 'utf8'));
const { WIDGET_TAGS } = await import('../../dist/widgets.js');

test('every CDN script has a budget: the all-in-one file and one per widget', () => {
  for (const file of ['dist/cdn/public-trust-widgets.js', ...WIDGET_TAGS.map((tag) => `dist/cdn/${tag}.js`)]) {
    assert.ok(Number.isInteger(budgets[file]), `${file} has no budget in size-budget.json`);
  }
});

for (const [file, budget] of Object.entries(budgets)) {
  if (file.startsWith('$')) continue;
  test(`${file} is within its size budget (${budget} bytes brotli)`, () => {
    const bytes = readFileSync(new URL(file, root));
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`size: ${file} ${bytes.length} B min, ${brotli} B brotli (budget ${budget})`);
    assert.ok(
      brotli <= budget,
      `${file} is ${brotli} bytes brotli, over its budget of ${budget}: make it smaller, or raise the budget in size-budget.json with a reason`,
    );
  });
}
