import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from './scripts/wtr-counting-reporter.js';
import { TEST_CHROME_ARGS, findChrome } from './scripts/find-chrome.js';
import { mediaFeaturesPlugin } from './scripts/wtr-media-plugin.js';
import { ssrFixturesPlugin } from './scripts/wtr-ssr-plugin.js';
import { axTreePlugin } from './test/helpers/ax-tree-plugin.js';
import { robustnessGroups, robustnessPlugins } from './test/robustness/groups.js';
import { readFileSync } from 'node:fs';

/** The policy a strict news or NHS page may send; test/embed/csp.test.ts proves the widgets live with it. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";

const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** CSP reports posted by pages served with `?csp=strict` (see embedUnderStrictCsp), read by test/embed/embed-csp.test.ts. */
const cspReports = [];
let pageLoads = 0;

/**
 * Test-only server routes for test/embed/ (each one a plain Koa middleware):
 * - /dist/embed/index.html?csp=strict: the real embed page under STRICT_CSP, violations reported to /__csp-reports;
 * - /__csp-reports: POST stores a report, GET lists them (`?clear` empties the list);
 * - /__late/<ms>/<path>: <path>, answered after <ms> milliseconds (a script arriving late, for layout shift);
 * - /__version/<v>/<path>: a built file with the library's version string replaced by <v> (a second, different
 *   build of the library, for the double-load test);
 * - /__raw/dist/<path>: a built file exactly as on disk (the server otherwise passes JavaScript through esbuild);
 * - /__no-chunks/dist/<path>: dist/<path>, except that every file under a chunks/ folder answers 404 (a CDN missing
 *   the lazily loaded chunks; the built files import them by relative address, so they are asked for here too);
 * - /__chunks-once-missing/<page>/dist/<path>: dist/<path>, except that a file under a chunks/ folder answers 404 the
 *   first time <page> asks for it (a CDN in the middle of a deploy), and is served after;
 * - /test/fixtures/embed/cls.html?preload=none|typical|measured&bars=…: the layout-shift page, with or without
 *   preload.css and, for `measured`, each chart's --trust-preload-height (px) from the query.
 */
/** Chunks each /__chunks-once-missing/ page has asked for (and been refused) once. */
const chunksAskedFor = new Set();
const embedTestRoutes = [
  function embedUnderStrictCsp(context, next) {
    if (context.path.startsWith('/dist/embed/') && context.query.csp === 'strict') {
      context.set('Content-Security-Policy', `${STRICT_CSP}; report-uri /__csp-reports`);
    }
    return next();
  },
  async function collectCspReports(context, next) {
    if (context.path !== '/__csp-reports') return next();
    if (context.method === 'POST') {
      let body = '';
      for await (const chunk of context.req) body += chunk;
      try {
        const report = JSON.parse(body)['csp-report'] ?? {};
        cspReports.push(
          `${report['violated-directive'] ?? report['effective-directive']}: ${report['blocked-uri'] || report['script-sample'] || 'inline'} (${report['document-uri']})`,
        );
      } catch {
        cspReports.push(`unreadable report: ${body.slice(0, 200)}`);
      }
      context.status = 204;
      return undefined;
    }
    context.type = 'json';
    context.body = JSON.stringify(cspReports);
    if ('clear' in context.query) cspReports.length = 0;
    return undefined;
  },
  async function late(context, next) {
    const match = /^\/__late\/(\d+)(\/.*)$/.exec(context.path);
    if (!match) return next();
    await sleep(Number(match[1]));
    context.path = match[2];
    return next();
  },
  function otherVersion(context, next) {
    const match = /^\/__version\/(\d+\.\d+\.\d+)\/(dist\/[\w/.-]+\.js)$/.exec(context.path);
    if (!match) return next();
    const source = readFileSync(match[2], 'utf8');
    context.type = 'js';
    context.body = source.replaceAll(`"${VERSION}"`, `"${match[1]}"`).replaceAll(`'${VERSION}'`, `'${match[1]}'`);
    return undefined;
  },
  function raw(context, next) {
    const match = /^\/__raw\/(dist\/[\w/.-]+)$/.exec(context.path);
    if (!match || match[1].includes('..')) return next();
    context.type = 'text/plain';
    context.body = readFileSync(match[1]);
    return undefined;
  },
  function missingChunks(context, next) {
    const match = /^\/__no-chunks(\/dist\/.*)$/.exec(context.path);
    if (!match) return next();
    if (match[1].includes('/chunks/')) {
      context.status = 404;
      return undefined;
    }
    context.path = match[1];
    return next();
  },
  function chunksOnceMissing(context, next) {
    const match = /^\/__chunks-once-missing\/([\w-]+)(\/dist\/.*)$/.exec(context.path);
    if (!match) return next();
    const [, page, path] = match;
    if (path.includes('/chunks/') && !chunksAskedFor.has(`${page}${path}`)) {
      chunksAskedFor.add(`${page}${path}`);
      // The test server tells the browser to keep whatever a path with an extension answers, a 404 too (its
      // cacheMiddleware): this 404 goes out under a path without one, so the browser asks again next time.
      context.path = '/__chunk-refused';
      context.status = 404;
      return undefined;
    }
    context.path = path;
    return next();
  },
  function layoutShiftPage(context, next) {
    if (context.path !== '/test/fixtures/embed/cls.html') return next();
    const { preload = 'none', delay = '1000' } = context.query;
    const heights = Object.entries(context.query)
      .filter(([id, px]) => /^[a-z]+$/.test(id) && /^\d+(\.\d+)?$/.test(String(px)))
      .map(([id, px]) => `#${id} { --trust-preload-height: ${px}px; }`)
      .join('\n');
    const head = [
      preload === 'none' ? '' : '<link rel="stylesheet" href="/dist/cdn/preload.css" />',
      preload === 'measured' ? `<style>${heights}</style>` : '',
      // A new address each time: from the browser's cache the script would not be late at all.
      `<script type="module" src="/__late/${Number(delay)}/dist/cdn/public-trust-widgets.js?load=${++pageLoads}"></script>`,
    ].join('\n');
    context.type = 'html';
    context.body = readFileSync('test/fixtures/embed/cls.html', 'utf8').replace('<!-- PRELOAD -->', head);
    return undefined;
  },
];

/** Bodies served under /__source/<name> for the `src` tests, set by the tests themselves; and how often each was asked for. */
const sourceFixtures = new Map();
const sourceRequests = new Map();

/**
 * Test-only routes for `src` (test/core/src-*.test.ts); never the internet:
 * - POST /__source-fixtures with JSON {path, body, status = 200, type = 'text/csv', delay = 0}: what /__source/<path>
 *   answers from now on (its request count starts again at 0);
 * - GET /__source-fixtures?path=<path>: {"requests": n}, how many requests /__source/<path> has had;
 * - /__source/<path>: the body set for it, with its status and content type, after `delay` milliseconds (404 when unset).
 */
const sourceTestRoutes = [
  async function sourceFixtureControl(context, next) {
    if (context.path !== '/__source-fixtures') return next();
    if (context.method === 'POST') {
      let text = '';
      for await (const chunk of context.req) text += chunk;
      const fixture = JSON.parse(text);
      sourceFixtures.set(fixture.path, { status: 200, type: 'text/csv', delay: 0, ...fixture });
      sourceRequests.set(fixture.path, 0);
      context.status = 204;
      return undefined;
    }
    context.type = 'json';
    context.body = JSON.stringify({ requests: sourceRequests.get(String(context.query.path)) ?? 0 });
    return undefined;
  },
  async function sourceFixture(context, next) {
    if (!context.path.startsWith('/__source/')) return next();
    const path = context.path.slice('/__source/'.length);
    sourceRequests.set(path, (sourceRequests.get(path) ?? 0) + 1);
    const fixture = sourceFixtures.get(path);
    if (!fixture) {
      context.status = 404;
      return undefined;
    }
    if (fixture.delay) await sleep(fixture.delay);
    context.status = fixture.status;
    context.type = fixture.type;
    context.body = fixture.body;
    return undefined;
  },
];

/** A headless Chromium (Debian's, or CHROME_PATH) for the browser tests; each call is a browser of its own. */
export function chromium() {
  return chromeLauncher({
    launchOptions: { executablePath: findChrome(), headless: true, args: TEST_CHROME_ARGS },
  });
}

/** Browser tests: every test/**\/*.test.ts file, in headless Chromium (Debian's, or CHROME_PATH). */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  middleware: [
    function strictCspFixtures(context, next) {
      if (context.path.startsWith('/test/fixtures/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
    ...embedTestRoutes,
    ...sourceTestRoutes,
  ],
  // The tests use the sources directly; `tsconfig` makes esbuild use the project's legacy decorators.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    mediaFeaturesPlugin(),
    ssrFixturesPlugin(),
    // `ax-tree`: Chromium's accessibility tree for test/core/ax-tree.test.ts.
    axTreePlugin(),
    ...robustnessPlugins,
  ],
  // The robustness suite (issue 6): fuzzing with a fixed seed, 200 cases per widget, and the lifecycle/heap group
  // in its own Chromium with gc() exposed (see test/robustness/groups.js).
  groups: robustnessGroups,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countingReporter()],
  // One test page at a time: a second tab is a background tab, where requestAnimationFrame and ResizeObserver
  // stall even with the anti-throttling flags (TEST_CHROME_ARGS), and layout tests need both.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromium()],
};
