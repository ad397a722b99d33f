/**
 * `npm run build:demo` ships a gallery that registers every widget. (A `sideEffects` list naming only dist/ once
 * let Vite drop src/<widget>/define.ts, shipping a page of empty boxes without any error.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName?.startsWith('trust-')).map((d) => d.tagName));

test('the production demo build registers every widget', () => {
  const out = mkdtempSync(join(tmpdir(), 'demo-build-'));
  try {
    const result = spawnSync('npx', ['--no-install', 'vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    const scripts = readdirSync(join(out, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(out, 'assets', name), 'utf8'))
      .join('\n');
    for (const tag of tags) assert.match(scripts, new RegExp(`["'\`]${tag}["'\`]`), `${tag} is not registered by the demo build`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
