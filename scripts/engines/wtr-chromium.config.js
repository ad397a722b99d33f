import base, { chromium } from '../../web-test-runner.config.js';
import { engineConfig } from './engine-config.js';

// The seed's first 120 random cases per widget (DEFAULT_FUZZ_RUNS is 200; npm run fuzz runs 10,000), so that npm test
// stays under 20 minutes on 2 cores: it reached 21 with 200 here when the accessibility and annotation tests came in.
// Firefox and WebKit run the first 30; the payload and huge cases run in full everywhere.
process.env.FUZZ_RUNS ??= '120';

/**
 * The browser tests in headless Chromium, with the robustness-heap group: what `npx wtr` runs, as npm test runs it.
 * Two Chromiums, each with a share of the files and one page at a time (each page is the only tab of its browser, so
 * never a background tab); the heap group's own Chromium starts when one of them is done, so two pages run at once,
 * as before, when the heap group ran beside the one Chromium (three at once on 2 cores made slow tests flaky, 1511c1a).
 */
export default engineConfig('chromium', base.browsers, { heap: true, concurrency: base.concurrency, moreBrowsers: [chromium()] });
