import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

const asProjectPath = (testFile) => relative(process.cwd(), testFile).split('\\').join('/');
const round = (ms) => Math.round(ms);

/** Every test under `suite` with the duration mocha measured for it (hooks and imports not included). */
function testDurations(suite, prefix = '') {
  const name = (title) => (prefix ? `${prefix} > ${title}` : title);
  return [
    ...(suite?.tests ?? []).map((test) => ({ name: name(test.name), ms: test.duration ?? 0 })),
    ...(suite?.suites ?? []).flatMap((child) => testDurations(child, child.name ? name(child.name) : prefix)),
  ];
}

/**
 * Where a browser run's seconds go, per test file, in `file` (.test-results/timings-<engine>.json), slowest first:
 * - `open`: the page opened and wtr's test framework loaded (the fixed cost every file pays);
 * - `run`: the test file imported (esbuild transforms, cached after the first file) and its tests and hooks run;
 * - `close`: the page closed;
 * - `tests`: the sum of the durations mocha reports for the tests themselves (the rest of `run` is imports and hooks),
 *   and `slowest`, the three slowest tests.
 * It listens to the session manager's status changes: a few timestamps per file, cheap enough to keep on.
 */
export function timingReporter({ file = '.test-results/timings.json' } = {}) {
  const marks = new Map();
  let startTime = 0;
  return {
    start({ sessions, startTime: runStart }) {
      startTime = runStart ?? Date.now();
      sessions.on('session-status-updated', (session) => {
        const times = marks.get(session.id) ?? {};
        times[session.status] ??= performance.now();
        marks.set(session.id, times);
      });
    },
    stop({ sessions }) {
      const rows = [...sessions].map((session) => {
        const t = marks.get(session.id) ?? {};
        const durations = testDurations(session.testResults).sort((a, b) => b.ms - a.ms);
        return {
          file: asProjectPath(session.testFile),
          group: session.group?.name,
          total: round((t.FINISHED ?? 0) - (t.INITIALIZING ?? 0)),
          open: round((t.TEST_STARTED ?? 0) - (t.INITIALIZING ?? 0)),
          run: round((t.TEST_FINISHED ?? t.FINISHED ?? 0) - (t.TEST_STARTED ?? 0)),
          close: round((t.FINISHED ?? 0) - (t.TEST_FINISHED ?? t.FINISHED ?? 0)),
          tests: round(durations.reduce((sum, test) => sum + test.ms, 0)),
          count: durations.length,
          slowest: durations.slice(0, 3).map((test) => `${round(test.ms)} ms ${test.name}`),
        };
      });
      rows.sort((a, b) => b.total - a.total);
      const sum = (key) => Math.round(rows.reduce((s, row) => s + row[key], 0) / 1000);
      const summary = {
        files: rows.length,
        wall: Math.round((Date.now() - startTime) / 1000),
        total: sum('total'),
        open: sum('open'),
        run: sum('run'),
        close: sum('close'),
        tests: sum('tests'),
      };
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ seconds: summary, files: rows }, null, 1));
    },
  };
}
