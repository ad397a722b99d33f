/**
 * The dashboard-only CDN file is built with the English of the frame alone (en-frame.ts; rollup.config.js,
 * frameEnglishOnly): the words only a chart says are not in it. Its code must then read none of them, or a reader
 * would get "undefined" where a word belongs. Property names survive minifying, so a word read is a name in the file.
 * Runs after `npm run build`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { en } from '../../dist/core/i18n/en.js';
import { frameEnglish } from '../../dist/core/i18n/en-frame.js';

const chartOnly = Object.keys(en).filter((key) => !(key in frameEnglish));
const named = (file) => {
  const code = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  return chartOnly.filter((key) => new RegExp(`\\b${key}\\b`).test(code));
};

test('the words only a chart says are named in the all-in-one file, which draws charts', () => {
  assert.ok(chartOnly.length > 0);
  assert.deepEqual(named('dist/cdn/public-trust-widgets.js'), chartOnly);
});

test('dist/cdn/trust-dashboard.js names none of the words only a chart says (it is built without them)', () => {
  assert.deepEqual(named('dist/cdn/trust-dashboard.js'), [], 'the dashboard reads these words: move them to en-frame.ts');
});
