#!/usr/bin/env node
/**
 * `npm test`: builds what the tests need, runs the browser tests (web-test-runner in headless Chromium) and the
 * Node tests (node --test), then prints one plain line counting all of them. Exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const run = (command, args, options = {}) => spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
const counts = { passed: 0, failed: 0, skipped: 0 };
const add = (part) => {
  for (const key of Object.keys(counts)) counts[key] += part[key] ?? 0;
};

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

console.log('\n> build (tsc, rollup, custom-elements.json)');
const build = run('node', ['scripts/build.mjs']);
if (build.status !== 0) add({ failed: 1 });

console.log('\n> browser tests (web-test-runner, headless Chromium)');
const wtr = run('npx', ['--no-install', 'wtr', '--static-logging']);
if (existsSync('.test-results/wtr.json')) {
  const part = JSON.parse(readFileSync('.test-results/wtr.json', 'utf8'));
  add(part);
  if (wtr.status !== 0 && part.failed === 0) add({ failed: 1 });
} else {
  add({ failed: 1 });
}

console.log('\n> node tests (node --test)');
const nodeTests = readdirSync('test/node').filter((name) => name.endsWith('.test.mjs')).map((name) => `test/node/${name}`);
const node = run('node', ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=.test-results/node.tap', ...nodeTests]);
if (existsSync('.test-results/node.tap')) {
  const tap = readFileSync('.test-results/node.tap', 'utf8');
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  add({ passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') });
  if (node.status !== 0 && count('fail') === 0) add({ failed: 1 });
} else {
  add({ failed: 1 });
}

console.log(`\nwtr: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 ? 1 : 0);
