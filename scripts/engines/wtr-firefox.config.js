import { engineConfig } from './engine-config.js';
import { findFirefox, firefoxLauncher } from './firefox.js';

// Said before any test starts, so that `npm run test:firefox` on a machine without Firefox names what to install.
if (!findFirefox()) throw new Error('Firefox is not installed: on Debian, apt-get install firefox-esr, or set FIREFOX_PATH to its binary.');

/** The browser tests in headless Firefox ESR: `npx wtr --config scripts/engines/wtr-firefox.config.js` (or npm run test:firefox). */
export default engineConfig('firefox', [firefoxLauncher()]);
