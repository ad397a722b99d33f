import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from './scripts/wtr-counting-reporter.js';
import { findChrome } from './scripts/find-chrome.js';

/** Browser tests: every test/**\/*.test.ts file, in headless Chromium (Debian's, or CHROME_PATH). */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // The tests use the sources directly; `tsconfig` makes esbuild use the project's legacy decorators.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countingReporter()],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
};
