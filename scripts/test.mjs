#!/usr/bin/env node
/**
 * `npm test`: builds what the tests need, lints, runs the Node tests (node --test), then the browser tests
 * (web-test-runner) in Chromium, Firefox and WebKit, one engine after the other (the machine has 2 cores), and prints
 * one line per engine and one closing line counting everything: `wtr: N passed, N failed, N skipped` (CI reads it).
 * Exits non-zero if anything failed.
 *
 * - An engine that is not installed is reported with the Debian package to install; with CI=true that is a
 *   failure, never a silent skip. One engine on its own: npm run test:chromium | test:firefox | test:webkit.
 * - Tests skipped on purpose in one engine (test/helpers/engine.ts) are listed by name with their reason.
 * - A test file whose browser crashed (not a failing test: the page process or the driver session died), or that was
 *   left unfinished because the test runner stopped with it, is run once more in a fresh browser; the retry's result
 *   counts, and the crash is reported either way.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { findChrome } from './find-chrome.js';
import { findFirefox } from './engines/firefox.js';
import { missingForWebKit } from './engines/webkit.js';
import { runEngine } from './engines/run-engine.js';

const CI = !!process.env.CI && process.env.CI !== 'false';
const run = (command, args, options = {}) => spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
const zero = () => ({ passed: 0, failed: 0, skipped: 0 });
const counts = zero();
const add = (part, into = counts) => {
  for (const key of Object.keys(counts)) into[key] += part[key] ?? 0;
};
const seconds = (start) => Math.round((performance.now() - start) / 1000);
const summary = [];
const notes = [];

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });
const started = performance.now();

console.log('\n> build (tsc, rollup, custom-elements.json)');
const build = run('node', ['scripts/build.mjs']);
if (build.status !== 0) add({ failed: 1 });
summary.push(`Build: ${build.status === 0 ? 'passed' : 'FAILED'}`);

// Prettier's check, ESLint and lit-analyzer: one check in the closing count, and a failure fails the run. It runs
// beside the Node tests (two cores, and npm test must stay under 20 minutes); its output is printed after theirs.
const lintOutput = [];
const lintDone = new Promise((resolve) => {
  const child = spawn('node', ['scripts/lint.mjs'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => lintOutput.push(chunk));
  child.stderr.on('data', (chunk) => lintOutput.push(chunk));
  child.on('error', (error) => {
    lintOutput.push(Buffer.from(`${error.message}\n`));
    resolve(1);
  });
  child.on('close', (code) => resolve(code ?? 1));
});

console.log('\n> node tests (node --test), with the lint beside them');
const nodeCounts = zero();
const nodeTests = readdirSync('test/node')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `test/node/${name}`);
const node = run('node', [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  '--test-reporter-destination=.test-results/node.tap',
  ...nodeTests,
]);
if (existsSync('.test-results/node.tap')) {
  const tap = readFileSync('.test-results/node.tap', 'utf8');
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  add({ passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') }, nodeCounts);
  if (node.status !== 0 && count('fail') === 0) add({ failed: 1 }, nodeCounts);
} else {
  add({ failed: 1 }, nodeCounts);
}
add(nodeCounts);

console.log('\n> lint (node scripts/lint.mjs)');
const lintStatus = await lintDone;
process.stdout.write(Buffer.concat(lintOutput));
add(lintStatus === 0 ? { passed: 1 } : { failed: 1 });
summary.push(`Lint: ${lintStatus === 0 ? 'passed' : 'FAILED'}`);
summary.push(`Node: ${line(nodeCounts)}`);

const ENGINES = [
  {
    id: 'chromium',
    name: 'Chromium',
    // findChrome() may return undefined and let chrome-launcher search; only say so.
    missing: () => [],
    hint: 'Debian: apt-get install chromium, or set CHROME_PATH',
  },
  {
    id: 'firefox',
    name: 'Firefox',
    missing: () => (findFirefox() ? [] : ['firefox-esr']),
    hint: 'Debian: apt-get install firefox-esr, or set FIREFOX_PATH',
  },
  {
    id: 'webkit',
    name: 'WebKit',
    missing: missingForWebKit,
    hint: 'Debian: apt-get install webkit2gtk-driver xvfb xsettingsd',
  },
];
if (!findChrome())
  console.log('\nNo Chrome or Chromium in the usual places: on Debian, apt-get install chromium, or set CHROME_PATH (the test runner will still search).');

const engineSkips = [];
for (const engine of ENGINES) {
  const missing = engine.missing();
  if (missing.length > 0) {
    const message = `${engine.name} is not installed (missing: ${missing.join(', ')}; ${engine.hint}). To test one engine: npm run test:chromium, npm run test:firefox or npm run test:webkit.`;
    console.log(`\n> browser tests in ${engine.name}: NOT RUN. ${message}`);
    if (CI) {
      add({ failed: 1 });
      summary.push(`${engine.name}: not run, ${missing.join(', ')} missing (a failure: CI=true needs all three engines)`);
    } else {
      summary.push(`${engine.name}: NOT RUN, ${missing.join(', ')} missing (${engine.hint})`);
      notes.push(`${engine.name} was not tested on this machine.`);
    }
    continue;
  }
  const result = runEngine(engine);
  notes.push(...result.notes);
  add(result.counts);
  summary.push(`${engine.name}: ${line(result.counts)}`);
  notes.push(`${engine.name}: ${result.seconds} s`);
  engineSkips.push(...result.engineSkips.map((skip) => `${skip.note} (${skip.file})`));
}

function line({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

console.log('\n' + '-'.repeat(72));
if (engineSkips.length > 0) {
  console.log(`Skipped on purpose in one engine (${engineSkips.length}):`);
  for (const skip of engineSkips) console.log(`  ${skip}`);
}
for (const note of notes) console.log(note);
console.log(`Total time: ${seconds(started)} s`);
for (const entry of summary) console.log(entry);
const byEngine = ENGINES.map((engine) => [engine.name, engineSkips.filter((skip) => skip.startsWith(`${engine.name}:`)).length]).filter(([, n]) => n > 0);
console.log(
  `Engine skips: ${engineSkips.length}${byEngine.length ? ` (${byEngine.map(([name, n]) => `${name} ${n}`).join(', ')})` : ''}, each named above with its reason; they are in the skipped count below.`,
);
console.log(`\nwtr: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 ? 1 : 0);
