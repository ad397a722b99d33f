/**
 * A test-runner command `emulate-media-features` that sets any CSS media feature through the Chrome DevTools
 * Protocol, including `forced-colors` (Windows high contrast), which @web/test-runner-commands only offers for
 * Playwright. Payload: `{ features: [{ name: 'forced-colors', value: 'active' }] }`; an empty list resets.
 */
export function mediaFeaturesPlugin() {
  // Emulation lasts only as long as the DevTools session that set it, so keep one session per page.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      return true;
    },
  };
}
