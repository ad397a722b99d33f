import { engineConfig } from './engine-config.js';
import { missingForWebKit, webkitLauncher } from './webkit.js';

// Said before any test starts, so that `npm run test:webkit` on a machine without WebKitGTK names what to install.
const missing = missingForWebKit();
if (missing.length) throw new Error(`WebKit cannot run here: on Debian, apt-get install ${missing.join(' ')}.`);

/**
 * The browser tests in WebKitGTK (MiniBrowser) under its own Xvfb display, which the launcher starts and stops:
 * `npx wtr --config scripts/engines/wtr-webkit.config.js` (or npm run test:webkit).
 */
export default engineConfig('webkit', [webkitLauncher()]);
