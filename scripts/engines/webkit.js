import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { cropPng } from './png-crop.js';

/** Debian's webkit2gtk-driver: the driver and the GTK MiniBrowser it drives (WEBKIT_DRIVER, WEBKIT_BROWSER override). */
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const WEBKIT_BROWSER = process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** What WebKit needs that is missing, as Debian package names (empty when all is there). */
export function missingForWebKit() {
  const missing = [];
  if (!existsSync(WEBKIT_DRIVER) || !existsSync(WEBKIT_BROWSER)) missing.push('webkit2gtk-driver');
  if (!process.env.DISPLAY && !onPath('Xvfb')) missing.push('xvfb');
  if (!onPath('xsettingsd')) missing.push('xsettingsd');
  return missing;
}

function onPath(command) {
  return (process.env.PATH ?? '').split(':').some((folder) => folder && existsSync(join(folder, command)));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A TCP port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts what WebKitGTK needs and stops it again: WebKitGTK has no headless mode, so an Xvfb display (a free one,
 * chosen by Xvfb itself); xsettingsd on it, because WebKitGTK takes prefers-reduced-motion from GTK's
 * "enable animations" setting; and WebKitWebDriver on a free port. `--replace-on-new-session`: after a crashed
 * page the driver would otherwise refuse every new session ("Maximum number of active sessions").
 */
export class WebKitEnvironment {
  processes = [];
  folder = mkdtempSync(join(tmpdir(), 'wtr-webkit-'));
  settingsFile = join(this.folder, 'xsettingsd.conf');
  xsettingsd;

  async start() {
    const env = { ...process.env };
    if (!process.env.WEBKIT_USE_DISPLAY) {
      const xvfb = this.spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      });
      const display = await new Promise((resolve, reject) => {
        let text = '';
        xvfb.stdio[3].on('data', (chunk) => {
          text += chunk;
          if (text.includes('\n')) resolve(`:${text.trim()}`);
        });
        xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it chose a display`)));
      });
      env.DISPLAY = display;
    } else {
      env.DISPLAY = process.env.WEBKIT_USE_DISPLAY;
    }
    this.display = env.DISPLAY;
    this.writeSettings({ animations: true });
    this.xsettingsd = this.spawn('xsettingsd', ['-c', this.settingsFile], { env, stdio: 'ignore' });
    this.port = await freePort();
    this.spawn(WEBKIT_DRIVER, [`--port=${this.port}`, '--replace-on-new-session'], { env, stdio: 'ignore' });
    await this.waitForDriver();
    return this;
  }

  spawn(command, args, options) {
    const child = spawn(command, args, options);
    child.on('error', (error) => console.error(`[webkit] ${command}: ${error.message}`));
    this.processes.push(child);
    return child;
  }

  async waitForDriver() {
    for (let tries = 0; tries < 100; tries++) {
      try {
        const answer = await fetch(`http://127.0.0.1:${this.port}/status`);
        if (answer.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`WebKitWebDriver did not answer on port ${this.port}`);
  }

  writeSettings({ animations }) {
    writeFileSync(this.settingsFile, `Gtk/EnableAnimations ${animations ? 1 : 0}\n`);
  }

  /** prefers-reduced-motion, live: rewrite the setting and make xsettingsd re-read it. */
  setReducedMotion(reduce) {
    this.writeSettings({ animations: !reduce });
    this.xsettingsd?.kill('SIGHUP');
  }

  async stop() {
    for (const child of this.processes.reverse()) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
    this.processes = [];
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/**
 * Test-runner commands for WebDriver sessions, which wtr's own plugins do not cover:
 * - `emulate-media` ({ reducedMotion }) and `emulate-media-features` (prefers-reduced-motion) through GTK's setting;
 * - `emulate-media-features` with forced-colors: an error, since WebKit has no forced-colours mode (tests that need
 *   it are skipped in WebKit by name, see test/helpers/engine.ts);
 * - `robustness-screenshot` ({ clip }): WebKitGTK's element screenshots paint composited layers black under Xvfb,
 *   so take the viewport and crop it here.
 */
function webkitCommandsPlugin(environment, launcher) {
  return {
    name: 'webkit-commands',
    async executeCommand({ command, payload, session }) {
      // Another WebKit's session (scripts/engines/wtr-webkit.config.js starts two) is its own plugin's to answer.
      if (session.browser !== launcher()) return undefined;
      const driver = session.browser.driver;
      if (command === 'emulate-media' || command === 'emulate-media-features') {
        const features =
          command === 'emulate-media'
            ? payload?.reducedMotion
              ? [{ name: 'prefers-reduced-motion', value: payload.reducedMotion }]
              : []
            : (payload?.features ?? []);
        if (command === 'emulate-media' && (payload?.colorScheme || payload?.media)) throw new Error('WebKit here can only emulate prefers-reduced-motion');
        const unsupported = features.filter(({ name, value }) => name !== 'prefers-reduced-motion' && value);
        if (unsupported.length)
          throw new Error(`WebKit cannot emulate ${unsupported.map(({ name, value }) => `${name}: ${value}`).join(', ')} (WebKit has no forced-colours mode)`);
        const reduce = features.some(({ name, value }) => name === 'prefers-reduced-motion' && value === 'reduce');
        // An empty list resets; `emulate-media` without reducedMotion leaves it as it is.
        if (command === 'emulate-media' && !payload?.reducedMotion) return true;
        environment.setReducedMotion(reduce);
        const query = `(prefers-reduced-motion: ${reduce ? 'reduce' : 'no-preference'})`;
        for (let tries = 0; tries < 50; tries++) {
          if (await driver.execute(`return matchMedia(${JSON.stringify(query)}).matches`)) break;
          await sleep(50);
        }
        // WebKitGTK re-evaluates style-sheet @media rules on a viewport change, not on the setting alone.
        const { width, height } = await driver.getWindowSize();
        await driver.setWindowSize(width + 1, height);
        await driver.setWindowSize(width, height);
        return true;
      }
      if (command === 'robustness-screenshot') {
        const { clip } = payload;
        const scroll = await driver.execute('return [window.scrollX, window.scrollY, window.innerHeight]');
        let [scrollX, scrollY] = scroll;
        const moved = clip.y < scrollY || clip.y + clip.height > scrollY + scroll[2];
        if (moved) {
          await driver.execute(`window.scrollTo(${scrollX}, ${clip.y})`);
          [scrollX, scrollY] = await driver.execute('return [window.scrollX, window.scrollY]');
          // Two frames, so that what scrolled into view has been painted: taken at once, the screenshot could still
          // show the page as it was before the scroll (table-narrow's shades read 14 instead of over 20, 1 run in 2).
          await driver.executeAsync('const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));');
        }
        const shot = Buffer.from(await driver.takeScreenshot(), 'base64');
        if (moved) await driver.execute(`window.scrollTo(${scroll[0]}, ${scroll[1]})`);
        return cropPng(shot, { ...clip, x: clip.x - scrollX, y: clip.y - scrollY }).toString('base64');
      }
      return undefined;
    },
  };
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, with the display, settings daemon and driver started in
 * `initialize` and stopped in `stop`. The commands plugin is put first in the runner's plugins: wtr adds its own
 * emulate-media plugin before the config's, and that one throws for WebDriver sessions instead of passing.
 */
export function webkitLauncher() {
  const environment = new WebKitEnvironment();
  const commands = webkitCommandsPlugin(environment, () => launcher);
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: 0, // set in initialize, once the driver runs
    path: '/',
    logLevel: 'error',
    capabilities: {
      // No browserName: WebKitWebDriver answers browserName "MiniBrowser" with "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER, args: ['--automation'] },
    },
  });
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  launcher.initialize = async (config, ...rest) => {
    await environment.start();
    launcher.options.port = environment.port;
    await initialize(config, ...rest);
    launcher.name = 'WebKit';
    // In place: the runner's command handler holds this very array.
    const plugins = config.plugins ?? [];
    if (plugins.includes(commands)) plugins.splice(plugins.indexOf(commands), 1);
    plugins.unshift(commands);
  };
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      await environment.stop();
    }
  };
  launcher.environment = environment;
  return launcher;
}
