/**
 * One engine's browser tests for scripts/test.mjs: runs web-test-runner with scripts/engines/wtr-<engine>.config.js,
 * reads what the run left (scripts/wtr-counting-reporter.js), and runs again the files a browser crash took down.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { journalFor } from '../wtr-counting-reporter.js';

const zero = () => ({ passed: 0, failed: 0, skipped: 0 });
const add = (part, into) => {
  for (const key of ['passed', 'failed', 'skipped']) into[key] += part[key] ?? 0;
};
const seconds = (start) => Math.round((performance.now() - start) / 1000);
const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

/** One run of wtr in `engine`, with `env` added (WTR_ONLY_FILES to run some files): its exit status and what it left. */
function runWtr(engine, env) {
  const results = `.test-results/wtr-${engine.id}.json`;
  rmSync(results, { force: true });
  rmSync(journalFor(results), { force: true });
  rmSync(`.test-results/timings-${engine.id}.json`, { force: true });
  const { status } = spawnSync('npx', ['--no-install', 'wtr', '--config', `scripts/engines/wtr-${engine.id}.config.js`, '--static-logging'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return { status, part: readRun(results) };
}

/**
 * What one run of wtr left behind: its counts when the run ended, or, when the test runner stopped without ending
 * it, the counts of the files its journal says finished, with every other planned file as `unfinished`.
 * Undefined when the run left nothing at all (it never started).
 */
export function readRun(results) {
  if (existsSync(results)) return { ...JSON.parse(readFileSync(results, 'utf8')), ended: true, unfinished: [] };
  const journal = journalFor(results);
  const [head, ...done] = existsSync(journal)
    ? readFileSync(journal, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((entry) => JSON.parse(entry))
    : [];
  if (!head?.planned?.length) return undefined;
  const part = { ...zero(), engineSkips: [], crashed: [], ended: false, planned: head.planned.length };
  for (const entry of done) {
    add(entry, part);
    part.engineSkips.push(...entry.engineSkips);
    part.crashed.push(...entry.crashed);
  }
  const finished = new Set(done.map((entry) => entry.file));
  part.unfinished = head.planned.filter((file) => !finished.has(file));
  return part;
}

/** Where the engine's first run spent its time, from scripts/wtr-timing-reporter.js: one line, or undefined. */
function timeSpent(engine) {
  const file = `.test-results/timings-${engine.id}.json`;
  if (!existsSync(file)) return undefined;
  const { seconds, files } = JSON.parse(readFileSync(file, 'utf8'));
  const slowest = files.slice(0, 3).map((row) => `${row.file} ${Math.round(row.total / 1000)} s`);
  return `${engine.name}: pages opening ${seconds.open} s, files importing and testing ${seconds.run} s (tests alone ${seconds.tests} s), summed over ${seconds.files} files; slowest: ${slowest.join(', ')} (${file})`;
}

/**
 * One engine's browser tests. Files whose browser crashed, and files left unfinished when the test runner itself
 * stopped (as it does when WebKit's page process dies in Mesa's software renderer, about once in five runs), are run
 * once more in a fresh browser; the retry's results count. A file that crashes or is left unfinished again counts as
 * failed: a browser that dies on a file every time is a bug to see, not to hide.
 */
export function runEngine(engine, { wtr = (env) => runWtr(engine, env) } = {}) {
  const start = performance.now();
  const engineCounts = zero();
  const engineSkips = [];
  const notes = [];
  /** Adds a run's counts; says whether it failed without a failing test to show for it (a config or runner error). */
  const count = ({ status, part }) => {
    add(part, engineCounts);
    engineSkips.push(...part.engineSkips);
    if (status !== 0 && part.ended && part.failed === 0 && part.crashed.length === 0) add({ failed: 1 }, engineCounts);
  };

  console.log(`\n> browser tests in ${engine.name} (web-test-runner)`);
  const first = wtr({});
  if (!first.part) {
    add({ failed: 1 }, engineCounts);
    notes.push(`${engine.name}: the test runner stopped before any test file started; counted as 1 failed`);
    return { counts: engineCounts, engineSkips, notes, seconds: seconds(start) };
  }
  count(first);
  const time = timeSpent(engine);
  if (time) notes.push(time);
  const { crashed, unfinished } = first.part;
  for (const file of crashed) notes.push(`${engine.name}: the browser crashed in ${file.file} (${file.errors[0]?.split('\n')[0]}); ran it again`);
  if (!first.part.ended) {
    notes.push(
      `${engine.name}: the test runner stopped after ${first.part.planned - unfinished.length} of ${first.part.planned} files without ending the run (a browser crash?); ran the other ${unfinished.length} again`,
    );
  }
  const again = [...crashed.map((file) => file.file), ...unfinished];
  if (again.length === 0) return { counts: engineCounts, engineSkips, notes, seconds: seconds(start) };

  console.log(`\n> ${engine.name}: running ${again.length} file(s) once more, after a browser crash: ${again.join(', ')}`);
  const retry = wtr({ WTR_ONLY_FILES: again.join(',') });
  if (!retry.part) {
    add({ failed: again.length }, engineCounts);
    notes.push(`${engine.name}: the retry stopped before any test file started; its ${again.length} file(s) counted as failed`);
  } else {
    count(retry);
    const lost = retry.part.crashed.length + retry.part.unfinished.length;
    add({ failed: lost }, engineCounts);
    notes.push(
      `${engine.name}: on the retry, ${line(retry.part)}${lost ? `, and ${lost} file(s) crashed or were left unfinished again (counted as failed)` : ''}`,
    );
  }
  return { counts: engineCounts, engineSkips, notes, seconds: seconds(start) };
}
