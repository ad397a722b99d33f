import { engineConfig } from './engine-config.js';
import { webkitLauncher } from './webkit.js';

/**
 * The browser tests in WebKitGTK (MiniBrowser) under its own Xvfb display, which the launcher starts and stops:
 * `npx wtr --config scripts/engines/wtr-webkit.config.js` (or npm run test:webkit).
 */
export default engineConfig('webkit', [webkitLauncher()]);
