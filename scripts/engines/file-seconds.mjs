#!/usr/bin/env node
/**
 * Writes scripts/engines/file-seconds.json, the seconds each test file took per engine, from the per-file times a
 * run left in .test-results/timings-<engine>.json (npm test, or npm run test:<engine>, writes them):
 *   node scripts/engines/file-seconds.mjs webkit firefox
 * engineConfig shares the files out to an engine's browsers by these times (balancedShares). Engines not named keep
 * their figures. Refresh after adding or speeding up a slow test file; a new file counts as the median until then.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const target = new URL('./file-seconds.json', import.meta.url);
const all = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : {};
for (const engine of process.argv.slice(2)) {
  const { files } = JSON.parse(readFileSync(`.test-results/timings-${engine}.json`, 'utf8'));
  all[engine] = Object.fromEntries(files.map((row) => [row.file, Math.round(row.total / 100) / 10]).sort(([a], [b]) => (a < b ? -1 : 1)));
}
writeFileSync(target, `${JSON.stringify(all, null, 2)}\n`);
