import { engineConfig } from './engine-config.js';
import { findFirefox, firefoxLauncher } from './firefox.js';

// Said before any test starts, so that `npm run test:firefox` on a machine without Firefox names what to install.
if (!findFirefox()) throw new Error('Firefox is not installed: on Debian, apt-get install firefox-esr, or set FIREFOX_PATH to its binary.');

/** The browser tests in headless Firefox ESR: `npx wtr --config scripts/engines/wtr-firefox.config.js` (or npm run test:firefox). */
// Chromium fuzzes each widget with 200 cases (DEFAULT_FUZZ_RUNS); Firefox with the same seed's first 100, unless
// FUZZ_RUNS says otherwise. The cases check our parsing and drawing, which differ little between engines (the payload
// and huge cases, where engines do differ, all still run), and npm test must stay under 20 minutes on 2 cores.
process.env.FUZZ_RUNS ??= '100';

export default engineConfig('firefox', [firefoxLauncher()]);
