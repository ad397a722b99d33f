/**
 * scripts/test.mjs runs each engine's browser tests once and, after a browser crash, runs again only the files the
 * crash took down (scripts/engines/run-engine.js). These tests drive that logic with the real counting reporter
 * (scripts/wtr-counting-reporter.js) fed with sessions shaped as web-test-runner gives them, so a crash is retried
 * once and reported, and never hides a failing test or a file that crashes every time.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { readRun, runEngine } from '../../scripts/engines/run-engine.js';
import { countingReporter } from '../../scripts/wtr-counting-reporter.js';

const folder = mkdtempSync(join(tmpdir(), 'ptw-engine-retry-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const FILES = ['test/a.test.ts', 'test/b.test.ts', 'test/c.test.ts', 'test/d.test.ts'];
const CRASH = 'WebDriver: invalid session id (the page process crashed)';

/** A finished session for `file`, as web-test-runner reports it: `passed` passing tests, `failed` failing ones. */
function session(file, { passed = 2, failed = 0, crashed = false } = {}) {
  const tests = [...Array(passed)].map((_, i) => ({ name: `ok ${i}`, passed: true })).concat([...Array(failed)].map(() => ({ name: 'bad', passed: false })));
  return {
    testFile: resolve(file),
    passed: failed === 0 && !crashed,
    errors: crashed ? [{ message: CRASH }] : [],
    testResults: { tests, suites: [] },
    logs: [],
  };
}

/**
 * A fake run of wtr over the files it is asked for (all of FILES, or WTR_ONLY_FILES): `outcome(file, run)` gives
 * each file's session options, or 'runner stops' for the file during which the test runner dies without ending the
 * run (no results file, as seen in WebKit). `calls` collects the files asked for in each run.
 */
function fakeRunner(outcome, calls) {
  return (env) => {
    const plan = env.WTR_ONLY_FILES ? env.WTR_ONLY_FILES.split(',') : FILES;
    calls.push(plan);
    const results = join(folder, `wtr-${calls.length}-${Math.random().toString(36).slice(2)}.json`);
    const reporter = countingReporter({ file: results });
    reporter.start({ testFiles: plan.map((file) => resolve(file)) });
    const sessions = [];
    for (const file of plan) {
      const options = outcome(file, calls.length);
      if (options === 'runner stops') return { status: 1, part: readRun(results) };
      sessions.push(session(file, options));
      reporter.reportTestFileResults({ testFile: resolve(file), sessionsForTestFile: [sessions.at(-1)] });
    }
    reporter.stop({ sessions });
    return { status: sessions.every((s) => s.passed) ? 0 : 1, part: readRun(results) };
  };
}

const engine = { id: 'fake', name: 'WebKit' };
const quiet = (fn) => {
  const log = console.log;
  console.log = () => {};
  try {
    return fn();
  } finally {
    console.log = log;
  }
};

test('a clean run is counted once and nothing runs again', () => {
  const calls = [];
  const result = quiet(() => runEngine(engine, { wtr: fakeRunner(() => ({}), calls) }));
  assert.deepEqual(result.counts, { passed: 8, failed: 0, skipped: 0 });
  assert.equal(calls.length, 1);
});

test('a failing test is a failure and is not run again', () => {
  const calls = [];
  const result = quiet(() => runEngine(engine, { wtr: fakeRunner((file) => (file === 'test/b.test.ts' ? { failed: 1 } : {}), calls) }));
  assert.deepEqual(result.counts, { passed: 8, failed: 1, skipped: 0 });
  assert.equal(calls.length, 1);
});

test('a file whose browser crashed runs once more, alone, and its retry counts', () => {
  const calls = [];
  const outcome = (file, call) => (file === 'test/c.test.ts' && call === 1 ? { passed: 1, crashed: true } : {});
  const result = quiet(() => runEngine(engine, { wtr: fakeRunner(outcome, calls) }));
  assert.deepEqual(calls[1], ['test/c.test.ts']);
  assert.deepEqual(result.counts, { passed: 8, failed: 0, skipped: 0 }, 'the crashed run’s own partial counts are not added');
  assert.match(result.notes.join('\n'), /crashed in test\/c\.test\.ts \(WebDriver: invalid session id/);
});

test('when the test runner dies mid-run, the finished files count and only the rest run again', () => {
  const calls = [];
  const outcome = (file, call) => (file === 'test/c.test.ts' && call === 1 ? 'runner stops' : {});
  const result = quiet(() => runEngine(engine, { wtr: fakeRunner(outcome, calls) }));
  assert.deepEqual(calls[1], ['test/c.test.ts', 'test/d.test.ts']);
  assert.deepEqual(result.counts, { passed: 8, failed: 0, skipped: 0 });
  assert.match(result.notes.join('\n'), /stopped after 2 of 4 files .* ran the other 2 again/);
});

test('a file that crashes again on the retry counts as failed', () => {
  const calls = [];
  const outcome = (file) => (file === 'test/a.test.ts' ? { crashed: true } : {});
  const result = quiet(() => runEngine(engine, { wtr: fakeRunner(outcome, calls) }));
  assert.equal(calls.length, 2);
  assert.deepEqual(result.counts, { passed: 6, failed: 1, skipped: 0 });
});

test('a runner that dies on the retry too leaves its unfinished files failed', () => {
  const calls = [];
  const outcome = (file) => (file === 'test/d.test.ts' ? 'runner stops' : {});
  const result = quiet(() => runEngine(engine, { wtr: fakeRunner(outcome, calls) }));
  assert.deepEqual(calls[1], ['test/d.test.ts']);
  assert.deepEqual(result.counts, { passed: 6, failed: 1, skipped: 0 });
});

test('a run that never started is a failure, not an empty pass', () => {
  const result = quiet(() => runEngine(engine, { wtr: () => ({ status: 1, part: readRun(join(folder, 'never.json')) }) }));
  assert.deepEqual(result.counts, { passed: 0, failed: 1, skipped: 0 });
});
