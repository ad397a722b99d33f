import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';

/** Debian's firefox-esr, or FIREFOX_PATH. Undefined when neither is there (scripts/test.mjs then says what to install). */
export function findFirefox() {
  const candidates = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path) => existsSync(path));
}

/**
 * Media features as live Firefox preferences. Firefox has no DevTools protocol and WebDriver BiDi has no command
 * for prefers-reduced-motion or forced-colors, but Firefox follows these preferences at once: forced colours is
 * Firefox's real high-contrast mode ("use system colours"), not an emulation.
 */
const PREFERENCES = {
  'prefers-reduced-motion': { pref: 'ui.prefersReducedMotion', values: { reduce: 1, 'no-preference': 0 } },
  'forced-colors': { pref: 'browser.display.document_color_use', values: { active: 2, none: 1 } },
  'prefers-color-scheme': { pref: 'layout.css.prefers-color-scheme.content-override', values: { dark: 0, light: 1 } },
};

/** Runs `expression` in Firefox's privileged browser window (needs --remote-allow-system-access). */
async function evaluateInChrome(browser, expression) {
  const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context;
  const answer = await browser.connection.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
  if (answer.result.type !== 'success') throw new Error(`Firefox preference change failed: ${JSON.stringify(answer.result)}`);
}

/**
 * Sets `features` ([{ name, value }]) and resets every other emulated one, then waits until the page's matchMedia
 * agrees, so the test's next line already sees the change.
 */
async function setMediaFeatures(page, features) {
  const wanted = new Map(features.map(({ name, value }) => [name, value]));
  const lines = [];
  for (const [name, { pref, values }] of Object.entries(PREFERENCES)) {
    const value = wanted.get(name);
    if (value === undefined || value === '') lines.push(`Services.prefs.clearUserPref(${JSON.stringify(pref)});`);
    else if (value in values) lines.push(`Services.prefs.setIntPref(${JSON.stringify(pref)}, ${values[value]});`);
    else throw new Error(`Firefox cannot emulate ${name}: ${value}`);
  }
  for (const name of wanted.keys()) {
    if (!(name in PREFERENCES)) throw new Error(`Firefox cannot emulate the media feature ${name}`);
  }
  await evaluateInChrome(page.browser(), lines.join('\n'));
  const queries = [...wanted].filter(([, value]) => value).map(([name, value]) => `(${name}: ${value})`);
  if (queries.length > 0) {
    await page.waitForFunction((list) => list.every((query) => matchMedia(query).matches), { timeout: 5000 }, queries);
  }
}

/**
 * Routes both ways the tests set media features through the preferences: wtr's `emulateMedia` (which calls
 * page.emulateMediaFeatures) and scripts/wtr-media-plugin.js (which sends Emulation.setEmulatedMedia to a CDP session).
 */
function patchPage(page) {
  page.emulateMediaFeatures = (features = []) => setMediaFeatures(page, features);
  page.createCDPSession = async () => ({
    send: async (method, params) => {
      if (method !== 'Emulation.setEmulatedMedia') throw new Error(`Firefox has no DevTools protocol (${method})`);
      return setMediaFeatures(page, params?.features ?? []);
    },
  });
  return page;
}

/** Headless Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver needed). */
export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      args: ['--remote-allow-system-access'],
      // Like Chromium's anti-throttling flags: timers run at full speed in the test tab.
      extraPrefsFirefox: { 'dom.min_background_timeout_value': 0, 'dom.timeout.enable_budget_timer_throttling': false },
    },
    createPage: async ({ context }) => patchPage(await context.newPage()),
  });
}
