import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** Prefix of the browser log line test/helpers/engine.ts writes when it skips a test in one engine. */
export const ENGINE_SKIP_MARK = '[engine-skip]';

/**
 * What a test file's session dies of when the browser itself goes (a crashed page process, a lost or killed driver),
 * as opposed to a test failing or timing out: only these files are run again (scripts/test.mjs).
 */
const BROWSER_CRASH =
  /browser (?:has )?disconnected|browser crashed|page crashed|target (?:page, context or browser has been )?closed|session closed|invalid session id|no such window|WebProcess crashed|connection closed|ECONNREFUSED|ECONNRESET/i;

/** A test file as the configs name them (`test/…`), whatever form the runner gives it in. */
const asProjectPath = (testFile) => relative(process.cwd(), testFile).split('\\').join('/');

/**
 * Passed, failed and skipped tests over `sessions`, the tests skipped on purpose in this engine (with their reason),
 * and the files whose browser crashed, whose counts are NOT in the totals (scripts/test.mjs runs them again).
 * A session that fails to load for any other reason counts as one failure.
 */
export function countSessions(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const engineSkips = [];
  const crashed = [];
  for (const session of sessions) {
    const own = { passed: 0, failed: 0, skipped: 0 };
    const walk = (suite) => {
      for (const test of suite?.tests ?? []) {
        if (test.skipped) own.skipped++;
        else if (test.passed) own.passed++;
        else own.failed++;
      }
      for (const child of suite?.suites ?? []) walk(child);
    };
    walk(session.testResults);
    const file = asProjectPath(session.testFile);
    const errors = (session.errors ?? []).map((error) => error?.message ?? String(error));
    if (!session.passed && errors.some((message) => BROWSER_CRASH.test(message))) {
      crashed.push({ file, errors, ...own });
      continue;
    }
    if (!session.passed && errors.length > 0) own.failed++;
    for (const key of Object.keys(counts)) counts[key] += own[key];
    for (const log of session.logs ?? []) {
      const text = log.map(String).join(' ');
      if (text.startsWith(ENGINE_SKIP_MARK)) engineSkips.push({ file, note: text.slice(ENGINE_SKIP_MARK.length).trim() });
    }
  }
  return { ...counts, engineSkips, crashed };
}

/**
 * Writes the run's counts to `file` (.test-results/wtr-<engine>.json) when the run ends, so that scripts/test.mjs can
 * print one plain summary line (wtr's own ends with a progress bar).
 *
 * Also keeps a journal beside it (`<file>.files.ndjson`): first the files the run will test, then one line per file
 * as soon as that file is done. When a browser dies so hard that the test runner stops without ending the run (seen
 * in WebKit: the page process crashes and the driver session goes with it), the journal still says which files
 * finished and how, and scripts/test.mjs runs only the rest again.
 */
export function countingReporter({ file = '.test-results/wtr.json' } = {}) {
  const journal = journalFor(file);
  return {
    start({ testFiles }) {
      mkdirSync(dirname(journal), { recursive: true });
      writeFileSync(journal, JSON.stringify({ planned: testFiles.map(asProjectPath) }) + '\n');
    },
    reportTestFileResults({ sessionsForTestFile, testFile }) {
      appendFileSync(journal, JSON.stringify({ file: asProjectPath(testFile), ...countSessions(sessionsForTestFile) }) + '\n');
    },
    stop({ sessions }) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(countSessions(sessions), null, 1));
    },
  };
}

/** Where countingReporter({ file }) keeps its per-file journal. */
export const journalFor = (file) => file.replace(/\.json$/, '') + '.files.ndjson';
