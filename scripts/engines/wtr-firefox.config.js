import { engineConfig } from './engine-config.js';
import { findFirefox, firefoxLauncher } from './firefox.js';

// Said before any test starts, so that `npm run test:firefox` on a machine without Firefox names what to install.
if (!findFirefox()) throw new Error('Firefox is not installed: on Debian, apt-get install firefox-esr, or set FIREFOX_PATH to its binary.');

/** The browser tests in headless Firefox ESR: `npx wtr --config scripts/engines/wtr-firefox.config.js` (or npm run test:firefox). */
// Chromium fuzzes each widget with the seed's first 120 random cases; Firefox with its first 30, unless FUZZ_RUNS says
// otherwise (npm run fuzz runs 10,000). The random cases check our parsing and drawing, which differ little between
// engines; the payload and huge cases, where engines do differ, all still run. npm test must stay under 20 minutes
// on 2 cores: it reached 21 at 100 cases here when the accessibility and annotation tests came in.
process.env.FUZZ_RUNS ??= '30';

// Two Firefoxes, each with half the files and one page at a time (a second tab would be a background tab, and media
// features are preferences of the whole browser): on this 2-core machine under load, 26 files took 99 s instead of 117.
export default engineConfig('firefox', [firefoxLauncher()], { moreBrowsers: [firefoxLauncher()] });
