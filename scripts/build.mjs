#!/usr/bin/env node
/**
 * `npm run build`: dist/ (unbundled ESM + .d.ts from tsc, lit and d3 left as imports), dist/cdn/ (one
 * self-contained minified module registering every widget, from rollup) and custom-elements.json.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const step = (label, command, args) => {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} (${Math.round(performance.now() - started)} ms)`);
};

rmSync('dist', { recursive: true, force: true });
step('tsc → dist/', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json']);
step('rollup → dist/cdn/', 'npx', ['--no-install', 'rollup', '-c', 'rollup.config.js', '--silent']);
step('custom-elements.json', 'npx', ['--no-install', 'cem', 'analyze', '--quiet']);
