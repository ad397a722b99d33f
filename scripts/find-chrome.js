import { existsSync } from 'node:fs';

/**
 * The Chrome or Chromium to test in: CHROME_PATH if set, else the first one installed in a usual place.
 * Returns undefined to let chrome-launcher search on its own (developer laptops with Chrome in odd places).
 */
export function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const candidates = [
    // Debian's /usr/bin/chromium is a shell wrapper with noisy start-up checks; the binary behind it is quieter.
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ];
  return candidates.find((path) => existsSync(path));
}

/**
 * The flags every test Chromium starts with: headless on a machine without a GPU or sandbox, nothing fetched in the
 * background, and timers and rendering at full speed in headless tabs (a stalled requestAnimationFrame or
 * ResizeObserver fails layout tests).
 */
export const TEST_CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
