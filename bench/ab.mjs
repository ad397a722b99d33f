#!/usr/bin/env node
/**
 * `node bench/ab.mjs <A> <B> [counts=1,20,100] [rounds=7]`: the bench's chart drawn by two versions of src/, each a
 * git revision (`HEAD~3`, `5397481`) or a folder holding a copy of src/; pages alternating A, B, A, B…, medians with
 * min–max of the time to the last chart painted, of the main thread's CPU time until then (`cpu`, counted from the
 * tab's start, so only the difference between A and B means anything; steadier than the time on a shared machine),
 * and of the resize (RESIZE=1). For trying a change before making it, or finding the commit that made a figure
 * worse. Each version is copied to bench/dist/ab/<a|b>/src, inside the project, where the TypeScript build finds
 * tsconfig.json (its legacy decorators).
 * Traffic goes to 127.0.0.1 only.
 */
/* global window, document, requestAnimationFrame -- page functions, run in Chromium */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [srcA, srcB] = process.argv.slice(2, 4);
const counts = (process.argv[4] ?? '1,20,100').split(',').map(Number);
const rounds = Number(process.argv[5] ?? 7);
const { default: puppeteer } = await import('puppeteer-core');
const { findChrome } = await import('../scripts/find-chrome.js');
const { rollup } = await import('rollup');
const { browserPlugins } = await import('../rollup.config.js');

const out = join(here, 'dist', 'ab');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, version] of [
  ['a', srcA],
  ['b', srcB],
]) {
  const copy = join(out, name);
  mkdirSync(copy, { recursive: true });
  if (existsSync(version)) cpSync(resolve(version), join(copy, 'src'), { recursive: true });
  else
    execFileSync('tar', ['-x', '-C', copy], {
      input: execFileSync('git', ['-C', join(here, '..'), 'archive', version, 'src'], { maxBuffer: 256 * 1024 * 1024 }),
    });
  const src = join(copy, 'src');
  const input = join(out, `entry-${name}.js`);
  writeFileSync(
    input,
    `import '${join(src, 'bars', 'define.ts')}';\nimport { drawOurs } from '${join(here, 'entries', 'draw-ours.js')}';\nimport { run } from '${join(here, 'entries', 'figures.js')}';\nrun(drawOurs);\n`,
  );
  const bundle = await rollup({ input, plugins: browserPlugins(), onwarn: () => {} });
  await bundle.write({ dir: out, entryFileNames: `${name}.js`, chunkFileNames: `chunks-${name}/[name]-[hash].js`, format: 'es' });
  await bundle.close();
}
const page = (lib, n) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<style>body{margin:0;font-family:Arial,sans-serif} .chart{width:720px;margin:0 0 16px}</style>
<script>window.t0 = performance.now();</script>
<script type="module" src="/ab/${lib}.js"></script></head><body>
${Array.from({ length: n }, () => '<div class="chart"></div>').join('\n')}
<p id="below">Text below the charts.</p></body></html>`;
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  if (url.pathname === '/page')
    return void response.writeHead(200, { 'content-type': 'text/html' }).end(page(url.searchParams.get('lib'), Number(url.searchParams.get('n'))));
  if (url.pathname.startsWith('/ab/'))
    return void response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(readFileSync(join(out, url.pathname.slice(4))));
  response.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const times = {};
const add = (key, value) => (times[key] ??= []).push(value);
for (let round = 0; round < rounds; round++) {
  for (const lib of round % 2 ? ['b', 'a'] : ['a', 'b']) {
    for (const n of counts) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1024, height: 800 });
      // Animations off, as in the bench (npm run bench); REDUCED_MOTION=0 leaves them on.
      if (process.env.REDUCED_MOTION !== '0') await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      // The page's main thread's CPU time (thread ticks), beside the time to the last paint: steady on a busy machine,
      // where another process taking the core stretches the wall-clock time but not this.
      const cdp = await tab.createCDPSession();
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await tab.goto(`http://127.0.0.1:${server.address().port}/page?lib=${lib}&n=${n}`, { waitUntil: 'load' });
      await tab.waitForFunction('window.benchDone !== undefined', { timeout: 60000 });
      add(`${lib} ${n}`, await tab.evaluate(() => window.benchDone - window.t0));
      const { metrics } = await cdp.send('Performance.getMetrics');
      add(`${lib} ${n} cpu`, metrics.find((metric) => metric.name === 'ThreadTime').value * 1000);
      if (n === 20) add(`${lib} heap20 (KB)`, await tab.evaluate(() => (globalThis.gc?.(), performance.memory.usedJSHeapSize / 1024)));
      if (n === 1 && process.env.RESIZE) {
        add(
          `${lib} resize`,
          await tab.evaluate(
            () =>
              new Promise((done) => {
                const svg = () => document.querySelector('trust-bars').shadowRoot.querySelector('svg');
                const start = performance.now();
                document.querySelector('.chart').style.width = '360px';
                const check = () => (Number(svg().getAttribute('width')) <= 361 ? done(performance.now() - start) : requestAnimationFrame(check));
                requestAnimationFrame(check);
              }),
          ),
        );
      }
      await tab.close();
    }
  }
}
await browser.close();
server.close();
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
for (const key of Object.keys(times).sort()) {
  const xs = times[key];
  console.log(`${key.padEnd(16)} ${median(xs).toFixed(1).padStart(8)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`);
}
