import base from '../../web-test-runner.config.js';
import { engineConfig } from './engine-config.js';

/** The browser tests in headless Chromium, with the robustness-heap group: what `npx wtr` runs, as npm test runs it. */
export default engineConfig('chromium', base.browsers, { heap: true });
