import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('the version the double-load warning names matches package.json', async () => {
  const { VERSION } = await import('../../dist/core/version.js');
  assert.equal(VERSION, pkg.version);
});

test('the built library imports in Node without a bundler or a browser (no window at module scope)', async () => {
  const library = await import('../../dist/index.js');
  assert.equal(typeof library.TrustBars, 'function');
  assert.equal(typeof library.barsLayout, 'function');
});
