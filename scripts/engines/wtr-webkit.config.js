import { engineConfig } from './engine-config.js';
import { missingForWebKit, webkitLauncher } from './webkit.js';

// Said before any test starts, so that `npm run test:webkit` on a machine without WebKitGTK names what to install.
const missing = missingForWebKit();
if (missing.length) throw new Error(`WebKit cannot run here: on Debian, apt-get install ${missing.join(' ')}.`);

/**
 * The browser tests in WebKitGTK (MiniBrowser) under its own Xvfb display, which the launcher starts and stops:
 * `npx wtr --config scripts/engines/wtr-webkit.config.js` (or npm run test:webkit).
 */
// Chromium fuzzes each widget with the seed's first 120 random cases; WebKit with its first 30, unless FUZZ_RUNS says
// otherwise (npm run fuzz runs 10,000). The random cases check our parsing and drawing, which differ little between
// engines; the payload and huge cases, where engines do differ, all still run. npm test must stay under 20 minutes
// on 2 cores: it reached 21 at 100 cases here when the accessibility and annotation tests came in.
process.env.FUZZ_RUNS ??= '30';

// Two WebKits, each with every other test file and its own display, settings daemon and driver (a driver keeps one
// session; reduced motion is a setting of the display): on this 2-core machine under load, 13 files took 68 s, not 96.
export default engineConfig('webkit', [webkitLauncher()], { moreBrowsers: [webkitLauncher()] });
