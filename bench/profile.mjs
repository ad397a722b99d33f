#!/usr/bin/env node
/**
 * `node bench/profile.mjs [n=1] [mode=paint|resize|heap]`: a CPU profile of this library's bench page (the chart
 * `npm run bench` draws), summarised as self and total time per function, to find where the time goes. Not part of
 * the bench's figures. Unminified (names kept) unless MINIFY=1. Writes the raw profile to bench/dist/profile-<mode>-<n>.cpuprofile (open it in DevTools).
 * `resize` also prints the main thread's frames from the width change to the check that sees the new width (a
 * Chrome trace): where the re-render lands, and what else the frame does. `heap` (use MINIFY=1, as the bench ships)
 * splits the V8 heap, which usedJSHeapSize counts, into compiled code and objects, and measures how much of it the
 * charts' Lit bookkeeping holds (parts, template instances, node wrappers): the heap again once every shadow root is
 * swapped for a plain copy of the same nodes.
 * Traffic goes to 127.0.0.1 only.
 */
/* global window, document, requestAnimationFrame -- page functions, run in Chromium */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const n = Number(process.argv[2] ?? 1);
const mode = process.argv[3] ?? 'paint';
const { default: puppeteer } = await import('puppeteer-core');
const { findChrome } = await import('../scripts/find-chrome.js');
const { rollup } = await import('rollup');
const { browserPlugins } = await import('../rollup.config.js');

const out = join(here, 'dist');
mkdirSync(out, { recursive: true });
// SRC=<a copy of src/>: profile a change made in that copy (to files another helper owns) before proposing it.
let input = join(here, 'entries', 'ours-bars.js');
if (process.env.SRC) {
  input = join(out, 'entry-src.js');
  writeFileSync(
    input,
    `import '${join(process.env.SRC, 'bars', 'define.ts')}';
import { drawOurs } from '${join(here, 'entries', 'draw-ours.js')}';
import { run } from '${join(here, 'entries', 'figures.js')}';
run(drawOurs);\n`,
  );
}
const bundle = await rollup({ input, plugins: browserPlugins().filter((plugin) => process.env.MINIFY || plugin.name !== 'terser'), onwarn: () => {} });
await bundle.write({ dir: out, entryFileNames: 'ours-bars.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' });
await bundle.close();

const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<style>body{margin:0;font-family:Arial,sans-serif} .chart{width:720px;margin:0 0 16px}</style>
<script>window.t0 = performance.now();</script>
<script type="module" src="/dist/ours-bars.js"></script></head><body>
${Array.from({ length: n }, () => '<div class="chart"></div>').join('\n')}
<p id="below">Text below the charts.</p></body></html>`;
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  if (url.pathname === '/page') return void response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (url.pathname.startsWith('/dist/'))
    return void response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(readFileSync(join(out, url.pathname.slice(6))));
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const tab = await browser.newPage();
await tab.setViewport({ width: 1024, height: 800 });
// Counts the Intl formatters the page builds: the first of a kind costs tens of milliseconds.
await tab.evaluateOnNewDocument(() => {
  window.intlBuilt = {};
  for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'Collator']) {
    const Native = Intl[name];
    Intl[name] = new Proxy(Native, {
      construct(target, args) {
        window.intlBuilt[name] = (window.intlBuilt[name] ?? 0) + 1;
        return Reflect.construct(target, args);
      },
    });
  }
});
const cdp = await tab.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
if (mode === 'paint') await cdp.send('Profiler.start');
await tab.goto(`http://127.0.0.1:${server.address().port}/page`, { waitUntil: 'load' });
await tab.waitForFunction('window.benchDone !== undefined', { timeout: 60000 });
const painted = await tab.evaluate(() => window.benchDone - window.t0);
console.log(`painted ${n} in ${painted.toFixed(1)} ms; Intl objects built: ${JSON.stringify(await tab.evaluate(() => window.intlBuilt))}`);
if (mode === 'resize') {
  await tab.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute'] });
  await cdp.send('Profiler.start');
  const took = await tab.evaluate(
    () =>
      new Promise((resolve) => {
        const svg = () => document.querySelector('trust-bars').shadowRoot.querySelector('svg');
        performance.mark('resize-start');
        const start = performance.now();
        document.querySelector('.chart').style.width = '360px';
        const check = () =>
          Number(svg().getAttribute('width')) <= 361 ? (performance.mark('resize-seen'), resolve(performance.now() - start)) : requestAnimationFrame(check);
        requestAnimationFrame(check);
      }),
  );
  console.log(`resize in ${took.toFixed(1)} ms`);
  summariseFrames(JSON.parse(Buffer.from(await tab.tracing.stop()).toString()).traceEvents);
}
if (mode === 'heap') {
  const used = await tab.evaluate(() => (globalThis.gc?.(), performance.memory.usedJSHeapSize));
  console.log(`heap ${(used / 1048576).toFixed(2)} MB`);
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  writeFileSync(join(out, `heap-${n}.heapsnapshot`), chunks.join(''));
  summariseHeap(JSON.parse(chunks.join('')));
  // The same nodes without Lit: each shadow root's content swapped for a deep copy (which has no parts, and no
  // wrappers but its roots). Collected in a later task: objects the page's current task touched survive its gc().
  const plain = await tab.evaluate(async () => {
    const settled = async () => {
      globalThis.gc();
      await new Promise((resolve) => setTimeout(resolve, 300));
      globalThis.gc();
      return performance.memory.usedJSHeapSize;
    };
    const before = await settled();
    for (const chart of document.querySelectorAll('trust-bars')) {
      const root = chart.shadowRoot;
      root.replaceChildren(...[...root.childNodes].map((node) => node.cloneNode(true)));
      for (const holder of [chart, root]) for (const key of Object.keys(holder)) if (holder[key]?._$AH !== undefined) holder[key] = undefined;
    }
    return { before, after: await settled() };
  });
  const mb = (bytes) => (bytes / 1048576).toFixed(2);
  console.log(`Lit bookkeeping of ${n} charts: ${mb(plain.before - plain.after)} MB (heap ${mb(plain.before)} -> ${mb(plain.after)} MB with plain copies)`);
}
if (mode !== 'heap') {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(join(out, `profile-${mode}-${n}.cpuprofile`), JSON.stringify(profile));
  summarise(profile);
}
await browser.close();
server.close();

function summarise(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const total = new Map();
  const deltas = profile.timeDeltas;
  const name = (node) =>
    `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
  profile.samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at));
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const top = (map, count) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`)
      .join('\n');
  console.log('--- self ---\n' + top(self, 40));
  console.log('--- total ---\n' + top(total, 60));
}

/** The main thread's frames between the marks: when the re-render ran, and what the frame did around it. */
function summariseFrames(events) {
  const start = events.find((event) => event.name === 'resize-start');
  const seen = events.find((event) => event.name === 'resize-seen');
  if (!start || !seen) return console.log('(no trace marks)');
  const shown = new Set([
    'FireAnimationFrame',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Commit',
    'RunMicrotasks',
    'ResizeObserver',
    'FunctionCall',
    'MajorGC',
    'MinorGC',
  ]);
  const main = events
    .filter((event) => event.tid === start.tid && event.ph === 'X' && shown.has(event.name) && event.ts >= start.ts && event.ts <= seen.ts)
    .map((event) => `${((event.ts - start.ts) / 1000).toFixed(1)} ms +${(event.dur / 1000).toFixed(1)} ${event.name}`);
  console.log(`--- main thread, width change to the check that saw it (${((seen.ts - start.ts) / 1000).toFixed(1)} ms) ---\n${main.join('\n')}`);
}

function summariseHeap(snapshot) {
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const sizes = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[0][snapshot.nodes[i + typeAt]];
    const named = type === 'object' || type === 'closure' || type === 'native' || type === 'code';
    const key = `${type}:${named ? snapshot.strings[snapshot.nodes[i + nameAt]].slice(0, 60) : ''}`;
    const entry = sizes.get(key) ?? { size: 0, count: 0 };
    entry.size += snapshot.nodes[i + sizeAt];
    entry.count++;
    sizes.set(key, entry);
  }
  // Blink's own objects (native, but for V8's system entries) and script sources (external strings) live outside the
  // V8 heap that usedJSHeapSize counts.
  const inV8 = [...sizes].filter(([key]) => (!key.startsWith('native:') || key.startsWith('native:system')) && key !== 'native:system / ExternalStringData');
  const total = (entries) => entries.reduce((sum, [, { size }]) => sum + size, 0) / 1048576;
  const code = inV8.filter(([key]) => key.startsWith('code:'));
  console.log(`V8 heap in the snapshot: ${total(inV8).toFixed(2)} MB, of which compiled code (bytecode, machine code, feedback) ${total(code).toFixed(2)} MB`);
  const top = inV8.sort((a, b) => b[1].size - a[1].size).slice(0, 40);
  console.log(top.map(([key, { size, count }]) => `${(size / 1024).toFixed(1).padStart(9)} KB ${String(count).padStart(7)}  ${key}`).join('\n'));
}
