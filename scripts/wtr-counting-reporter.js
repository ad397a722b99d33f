import { mkdirSync, writeFileSync } from 'node:fs';

/**
 * Counts passed, failed and skipped tests over every session and writes them to .test-results/wtr.json, so that
 * scripts/test.mjs can print one plain summary line (wtr's own ends with a progress bar).
 * A test file that fails to load counts as one failure.
 */
export function countingReporter({ file = '.test-results/wtr.json' } = {}) {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
