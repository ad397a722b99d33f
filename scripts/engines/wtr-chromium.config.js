import base from '../../web-test-runner.config.js';
import { engineConfig } from './engine-config.js';

// The seed's first 120 random cases per widget (DEFAULT_FUZZ_RUNS is 200; npm run fuzz runs 10,000), so that npm test
// stays under 20 minutes on 2 cores: it reached 21 with 200 here when the accessibility and annotation tests came in.
// Firefox and WebKit run the first 30; the payload and huge cases run in full everywhere.
process.env.FUZZ_RUNS ??= '120';

/** The browser tests in headless Chromium, with the robustness-heap group: what `npx wtr` runs, as npm test runs it. */
export default engineConfig('chromium', base.browsers, { heap: true, concurrency: base.concurrency });
