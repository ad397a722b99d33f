/** The browser engines the suite runs in (scripts/test.mjs). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine of this page, from its user agent (Chromium's says "Chrome/", WebKitGTK's only "AppleWebKit/"). */
export const engine: Engine = / Firefox\//.test(navigator.userAgent) ? 'firefox' : /(Chrome|Chromium)\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

const ENGINE_NAMES: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/**
 * Skips the current test (or, from a `before` hook, every test of the suite) when it runs in one of `engines`,
 * for a feature that engine does not have. The skip is never silent: it is logged with the test's name and
 * `reason`, and scripts/wtr-counting-reporter.js collects it for npm test's closing note. Use a `function`, not an
 * arrow, for the test so that `this` is mocha's context:
 *
 *   it('keeps its colours in forced-colours mode', async function () {
 *     skipIn(this, 'webkit', 'WebKit has no forced-colours mode');
 *     …
 *   });
 */
export function skipIn(context: Mocha.Context, engines: Engine | readonly Engine[], reason: string): void {
  if (![engines].flat().includes(engine)) return;
  const runnable: (Mocha.Runnable & { type?: string }) | undefined = context.currentTest ?? context.test;
  // From a before hook the runnable is the hook: name the suite instead.
  const title = runnable?.type === 'hook' ? `${runnable.parent?.fullTitle() ?? ''} (every test)` : (runnable?.fullTitle() ?? '');
  console.log(`[engine-skip] ${ENGINE_NAMES[engine]}: "${title}": ${reason}`);
  context.skip();
}

/** Why forced-colours tests do not run in WebKit (they run in Chromium, emulated, and in Firefox, for real). */
export const NO_FORCED_COLOURS = 'WebKit has no forced-colours mode';

/**
 * Why reduced-motion tests do not run in WebKit. A WebKit bug, reproduced on a 10-line page without the library:
 * when prefers-reduced-motion changes while a page is open, a constructed stylesheet adopted by a new shadow root
 * keeps its old @media result until the page reloads; the tests change the setting mid-page.
 */
export const REDUCED_MOTION_MID_PAGE =
  'WebKit keeps a stale prefers-reduced-motion result in adopted stylesheets when the setting changes mid-page (WebKit bug)';
