import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from './scripts/wtr-counting-reporter.js';
import { findChrome } from './scripts/find-chrome.js';
import { mediaFeaturesPlugin } from './scripts/wtr-media-plugin.js';

/** The policy a strict news or NHS page may send; test/embed/csp.test.ts proves the widgets live with it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";

/** Browser tests: every test/**\/*.test.ts file, in headless Chromium (Debian's, or CHROME_PATH). */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  middleware: [
    function strictCspFixtures(context, next) {
      if (context.path.startsWith('/test/fixtures/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  // The tests use the sources directly; `tsconfig` makes esbuild use the project's legacy decorators.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), mediaFeaturesPlugin()],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countingReporter()],
  // One test page at a time: a second tab is a background tab, where requestAnimationFrame and ResizeObserver
  // stall even with the anti-throttling flags below, and layout tests need both.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          // Keep timers and rendering running at full speed in headless tabs.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
