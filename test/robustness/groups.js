import { chromeLauncher } from '@web/test-runner-chrome';
import { TEST_CHROME_ARGS, findChrome } from '../../scripts/find-chrome.js';
import { retainingPaths } from '../../scripts/heap/retaining-paths.js';

/**
 * Test-runner groups of the robustness suite (issue 6). web-test-runner.config.js adds them with
 * `groups: robustnessGroups`; test/robustness/wtr-robustness.config.js adds them on its own for `npm run fuzz`.
 *
 * - `robustness`: property-based fuzzing of every widget (`fuzz-*.robustness.ts`) and the hostile `<base href>`
 *   page. Files end in `.robustness.ts`, not `.test.ts`, so the default group does not run them a second time
 *   without the settings below.
 * - `robustness-heap`: 1,000 create/attach/update/remove cycles per widget, counting observers, timers, listeners
 *   and fetches, and heap use after `gc()`; Chromium is started with `--expose-gc` and precise memory figures.
 *
 * FUZZ_SEED (default DEFAULT_FUZZ_SEED) and FUZZ_RUNS (default 200 per widget) reach the page through
 * `window.__ROBUSTNESS__`, written into each group's test page.
 */
export const DEFAULT_FUZZ_SEED = 20261122;
export const DEFAULT_FUZZ_RUNS = 200;

function integerFromEnv(name, fallback, min) {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`${name}="${text}" must be a whole number of at least ${min}.`);
  }
  return value;
}

/** The seed and run count for this run of the test runner (FUZZ_SEED, FUZZ_RUNS). */
export function fuzzSettings() {
  return {
    seed: integerFromEnv('FUZZ_SEED', DEFAULT_FUZZ_SEED, -(2 ** 31)),
    runs: integerFromEnv('FUZZ_RUNS', DEFAULT_FUZZ_RUNS, 1),
  };
}

/** The group's test page: wtr's default page, plus the fuzz settings read in Node. */
function robustnessHtml(testFrameworkImport) {
  const settings = JSON.stringify(fuzzSettings());
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><script>window.__ROBUSTNESS__ = ${settings};</script></head>
<body><script type="module" src="${testFrameworkImport}"></script></body></html>`;
}

/**
 * The flags of every test Chromium (TEST_CHROME_ARGS), plus a callable gc() and unrounded performance.memory; one
 * page at a time whatever the main config's concurrency, so that no other page shares the renderer whose heap is
 * measured.
 */
const heapChrome = chromeLauncher({
  concurrency: 1,
  launchOptions: {
    executablePath: findChrome(),
    headless: true,
    args: [...TEST_CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  },
});

/**
 * A test-runner command `robustness-screenshot`: a PNG (base64) of part of the page, through puppeteer. The
 * `<base href>` test compares widgets pixel for pixel with and without the base, so a `url(#…)` reference that
 * stopped resolving (a hatched band drawn empty) shows as a difference. Payload: `{ clip: { x, y, width, height } }`.
 */
export function screenshotPlugin() {
  return {
    name: 'robustness-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'robustness-screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      return page.screenshot({ clip: payload.clip, encoding: 'base64', captureBeyondViewport: true });
    },
  };
}

/**
 * A test-runner command `robustness-heap-retainers`: takes a heap snapshot of the page through the DevTools protocol
 * and answers the retaining path of every object marked with `payload.markerProperty` (see
 * scripts/heap/retaining-paths.js). The lifecycle tests call it only when a removed widget survived, so that the
 * failure names what holds it. DevTools takes the snapshot from a task of its own, without the stack.
 */
export function heapRetainersPlugin() {
  return {
    name: 'robustness-heap-retainers',
    async executeCommand({ command, payload, session }) {
      if (command !== 'robustness-heap-retainers') return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      const chunks = [];
      cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
      try {
        await cdp.send('HeapProfiler.enable');
        await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, exposeInternals: true });
        await cdp.send('HeapProfiler.disable');
      } finally {
        await cdp.detach();
      }
      return retainingPaths(JSON.parse(chunks.join('')), payload);
    },
  };
}

/** Plugins the robustness groups need, for the main config's `plugins`. */
export const robustnessPlugins = [screenshotPlugin(), heapRetainersPlugin()];

export const robustnessGroups = [
  { name: 'robustness', files: 'test/robustness/**/*.robustness.ts', testRunnerHtml: robustnessHtml },
  { name: 'robustness-heap', files: 'test/robustness/**/*.heap.ts', testRunnerHtml: robustnessHtml, browsers: [heapChrome] },
];
