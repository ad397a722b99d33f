import { mkdirSync, writeFileSync } from 'node:fs';

/** Prefix of the browser log line test/helpers/engine.ts writes when it skips a test in one engine. */
export const ENGINE_SKIP_MARK = '[engine-skip]';

/**
 * What a test file's session dies of when the browser itself goes (a crashed page process, a lost driver session),
 * as opposed to a test failing or timing out: only these files are run again (scripts/test.mjs).
 */
const BROWSER_CRASH =
  /browser (?:has )?disconnected|browser crashed|page crashed|target (?:page, context or browser has been )?closed|session closed|invalid session id|no such window|WebProcess crashed|connection closed/i;

/**
 * Counts passed, failed and skipped tests over every session and writes them to `file` (.test-results/wtr.json),
 * so that scripts/test.mjs can print one plain summary line (wtr's own ends with a progress bar). Also written:
 * - `engineSkips`: tests skipped in this engine on purpose, with the reason (test/helpers/engine.ts logs them);
 * - `crashed`: files whose browser crashed, with their counts, which are NOT in the totals: test.mjs runs them again.
 * A test file that fails to load (for any other reason) counts as one failure.
 */
export function countingReporter({ file = '.test-results/wtr.json' } = {}) {
  return {
    stop({ sessions }) {
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
        const errors = (session.errors ?? []).map((error) => error?.message ?? String(error));
        if (!session.passed && errors.some((message) => BROWSER_CRASH.test(message))) {
          crashed.push({ file: session.testFile, errors, ...own });
          continue;
        }
        if (!session.passed && errors.length > 0) own.failed++;
        for (const key of Object.keys(counts)) counts[key] += own[key];
        for (const log of session.logs ?? []) {
          const text = log.map(String).join(' ');
          if (text.startsWith(ENGINE_SKIP_MARK)) engineSkips.push({ file: session.testFile, note: text.slice(ENGINE_SKIP_MARK.length).trim() });
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(file, JSON.stringify({ ...counts, engineSkips, crashed }, null, 1));
    },
  };
}
