import { engineConfig } from './engine-config.js';
import { firefoxLauncher } from './firefox.js';

/** The browser tests in headless Firefox ESR: `npx wtr --config scripts/engines/wtr-firefox.config.js` (or npm run test:firefox). */
export default engineConfig('firefox', [firefoxLauncher()]);
