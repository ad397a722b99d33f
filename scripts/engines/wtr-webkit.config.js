import { engineConfig } from './engine-config.js';
import { missingForWebKit, webkitLauncher } from './webkit.js';

// Said before any test starts, so that `npm run test:webkit` on a machine without WebKitGTK names what to install.
const missing = missingForWebKit();
if (missing.length) throw new Error(`WebKit cannot run here: on Debian, apt-get install ${missing.join(' ')}.`);

/**
 * The browser tests in WebKitGTK (MiniBrowser) under its own Xvfb display, which the launcher starts and stops:
 * `npx wtr --config scripts/engines/wtr-webkit.config.js` (or npm run test:webkit).
 */
// Chromium fuzzes each widget with 200 cases (DEFAULT_FUZZ_RUNS); WebKit with the same seed's first 100, unless
// FUZZ_RUNS says otherwise. The cases check our parsing and drawing, which differ little between engines (the payload
// and huge cases, where engines do differ, all still run), and npm test must stay under 20 minutes on 2 cores.
process.env.FUZZ_RUNS ??= '100';

export default engineConfig('webkit', [webkitLauncher()]);
