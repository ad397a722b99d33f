#!/usr/bin/env node
/**
 * `npm run bench`: this library against Chart.js, Highcharts, Apache ECharts, Observable Plot and Frappe Charts,
 * each drawing the same chart of the four public-concern figures with a title and value labels, in headless
 * Chromium, in one run. Libraries alternate within each round to spread machine noise; figures are medians with
 * min–max over RUNS rounds (default 5). Writes bench/RESULTS.md. Not part of CI's pass/fail.
 *
 * Environment: RUNS (rounds, default 5), CHROME_PATH. To iterate on one figure: LIBS (ids, e.g. `ours,frappe`) and
 * MEASURE (any of `paint,heap,cls,resize`); a run narrowed by either prints its figures but leaves RESULTS.md alone.
 * Traffic goes to 127.0.0.1 only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const RUNS = Number(process.env.RUNS ?? 5);
const COUNTS = [1, 20, 100];

if (!existsSync(join(here, 'node_modules', 'chart.js'))) {
  console.log('bench: installing the peer libraries into bench/node_modules');
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}
const { build } = await import('esbuild');
const { default: puppeteer } = await import('puppeteer-core');
const { findChrome } = await import('../scripts/find-chrome.js');
const { rollup } = await import('rollup');
const { browserPlugins } = await import('../rollup.config.js');

/** name → { entry (one bar chart, tree-shaken), full (everything the library offers), label, version } */
const peerVersion = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
const ALL_LIBS = [
  {
    id: 'ours',
    label: 'public-trust-widgets',
    version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    entry: 'ours-bars',
    full: 'ours-all',
  },
  { id: 'chartjs', label: 'Chart.js', version: peerVersion('chart.js'), entry: 'chartjs', full: 'full-chartjs' },
  { id: 'highcharts', label: 'Highcharts', version: peerVersion('highcharts'), entry: 'highcharts', full: 'full-highcharts' },
  { id: 'echarts', label: 'Apache ECharts', version: peerVersion('echarts'), entry: 'echarts', full: 'full-echarts' },
  { id: 'plot', label: 'Observable Plot', version: peerVersion('@observablehq/plot'), entry: 'plot', full: 'full-plot' },
  { id: 'frappe', label: 'Frappe Charts', version: peerVersion('frappe-charts'), entry: 'frappe', full: 'full-frappe' },
];
const LIBS = process.env.LIBS ? ALL_LIBS.filter((lib) => process.env.LIBS.split(',').includes(lib.id)) : ALL_LIBS;
const MEASURE = new Set((process.env.MEASURE ?? 'paint,heap,cls,resize').split(','));
/** A narrowed run is for iterating: its figures are printed, RESULTS.md keeps the last full run. */
const narrowed = !!process.env.LIBS || !!process.env.MEASURE;
/** Our embed as docs/embed.md tells authors to write it: preload.css, markup with a child table, script late. */
const DOCUMENTED = { entry: 'ours-markup', label: 'public-trust-widgets, documented embed (preload.css + child table)' };
const { FIGURES, TITLE } = await import('./entries/figures.js');

// 1. Bundle every entry the way a site would ship it: minified, tree-shaken, production builds. Ours go through the
// plugins that build dist/cdn/ (rollup.config.js), so the bench measures what ships; the peers through esbuild.
const out = join(here, 'dist');
mkdirSync(out, { recursive: true });
const sizes = {};
const ourEntries = new Set([ALL_LIBS[0].entry, ALL_LIBS[0].full, DOCUMENTED.entry]);
for (const name of [...LIBS.flatMap((lib) => [lib.entry, lib.full]), DOCUMENTED.entry]) {
  if (ourEntries.has(name)) {
    const bundle = await rollup({ input: join(here, 'entries', `${name}.js`), plugins: browserPlugins(), onwarn: () => {} });
    // As rollup.config.js writes dist/cdn/: words a page rarely needs (Welsh) in lazily loaded chunks beside it.
    await bundle.write({ dir: out, entryFileNames: `${name}.js`, chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' });
    await bundle.close();
  } else {
    await build({
      entryPoints: [join(here, 'entries', `${name}.js`)],
      outfile: join(out, `${name}.js`),
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      conditions: ['production'],
      define: { 'process.env.NODE_ENV': '"production"' },
      nodePaths: [join(here, 'node_modules'), join(root, 'node_modules')],
      loader: { '.css': 'empty' },
      logLevel: 'error',
    });
  }
  const bytes = readFileSync(join(out, `${name}.js`));
  sizes[name] = {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// 2. Pages on 127.0.0.1: /page?lib=…&n=…&scriptDelay=ms&width=px ; /dist/<name>.js?delay=ms ; /preload.css
const markup = `<trust-bars heading="${TITLE}"><table><thead><tr><th>Concern</th><th>%</th></tr></thead><tbody>
${FIGURES.map((f) => `<tr><td>${f.label}</td><td>${f.value}%</td></tr>`).join('')}</tbody></table></trust-bars>`;
const page = ({ lib, n, delay, width }) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<style>body{margin:0;font-family:Arial,sans-serif} .chart{width:${width}px;margin:0 0 16px}</style>
${lib === DOCUMENTED.entry ? '<link rel="stylesheet" href="/preload.css">' : ''}
<script>window.t0 = performance.now();</script>
<script type="module" src="/dist/${lib}.js?delay=${delay}"></script></head><body>
${Array.from({ length: n }, () => `<div class="chart">${lib === DOCUMENTED.entry ? markup : ''}</div>`).join('\n')}
<p id="below">Text below the charts, which moves if a chart changes height after it appears.</p></body></html>`;
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const delay = Number(url.searchParams.get('delay') ?? 0);
  const send = (type, body) => setTimeout(() => response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body), delay);
  if (url.pathname === '/page') {
    const html = page({
      lib: url.searchParams.get('lib'),
      n: Number(url.searchParams.get('n')),
      delay: Number(url.searchParams.get('scriptDelay') ?? 0),
      width: Number(url.searchParams.get('width') ?? 720),
    });
    return void response.writeHead(200, { 'content-type': 'text/html' }).end(html);
  }
  if (url.pathname === '/preload.css')
    return void response.writeHead(200, { 'content-type': 'text/css' }).end(readFileSync(join(root, 'src', 'embed', 'preload.css')));
  if (url.pathname.startsWith('/dist/')) return send('text/javascript', readFileSync(join(out, url.pathname.slice(6))));
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

// 3. Measure in Chromium.
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const results = Object.fromEntries(LIBS.map((lib) => [lib.id, { paint: Object.fromEntries(COUNTS.map((n) => [n, []])), cls: [], resize: [], heap: [] }]));
const documentedCls = [];

async function open(query) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 800 });
  // Animations off for every library: the peers by their options (animate: false …), ours by the reader's setting,
  // the only switch it has. Its bars otherwise grow for 400 ms after the page, and the frames that animation keeps
  // running made the resize wait up to a frame more for its first animation frame than an idle page does.
  await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await tab.evaluateOnNewDocument(() => {
    window.benchShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.benchShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(`${base}/page?${new URLSearchParams(query)}`, { waitUntil: 'load' });
  await tab.waitForFunction('window.benchDone !== undefined', { timeout: 60000 });
  return tab;
}

for (let round = 0; round < RUNS; round++) {
  const order = LIBS.map((_, i) => LIBS[(i + round) % LIBS.length]);
  for (const lib of order) {
    const r = results[lib.id];
    for (const n of COUNTS) {
      if (!MEASURE.has('paint') && !(n === 20 && MEASURE.has('heap'))) continue;
      const tab = await open({ lib: lib.entry, n });
      r.paint[n].push(await tab.evaluate(() => window.benchDone - window.t0));
      if (n === 20) r.heap.push(await tab.evaluate(() => (globalThis.gc?.(), performance.memory.usedJSHeapSize)));
      await tab.close();
    }
    // Layout shift when the script arrives late (400 ms after the page); for us also as the docs say to embed.
    const lateShift = async (entry) => {
      const late = await open({ lib: entry, n: 1, scriptDelay: 400 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const shift = await late.evaluate(() => window.benchShift);
      await late.close();
      return shift;
    };
    if (MEASURE.has('cls')) r.cls.push(await lateShift(lib.entry));
    if (MEASURE.has('cls') && lib.id === 'ours') documentedCls.push(await lateShift(DOCUMENTED.entry));
    if (!MEASURE.has('resize')) continue;
    // Re-render after the container narrows from 720 to 360 px: time until the drawing has been laid out again at
    // 360 px or less. Its own width (the svg or canvas width attribute) counts, not its box: CSS max-width squeezes
    // a drawing at once without re-laying out its text.
    const tab = await open({ lib: lib.entry, n: 1 });
    r.resize.push(
      await tab.evaluate(
        () =>
          new Promise((resolve) => {
            const container = document.querySelector('.chart');
            const widest = () => {
              const marks = [
                ...container.querySelectorAll('svg, canvas'),
                ...[...container.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('svg')] : [])),
              ];
              const own = (mark) => {
                const attribute = Number.parseFloat(mark.getAttribute('width') ?? '');
                return mark instanceof HTMLCanvasElement
                  ? attribute / devicePixelRatio
                  : Number.isFinite(attribute)
                    ? attribute
                    : mark.getBoundingClientRect().width;
              };
              return Math.max(0, ...marks.map(own));
            };
            const start = performance.now();
            container.style.width = '360px';
            const check = () =>
              widest() <= 361 ? resolve(performance.now() - start) : performance.now() - start > 5000 ? resolve(NaN) : requestAnimationFrame(check);
            requestAnimationFrame(check);
          }),
      ),
    );
    await tab.close();
  }
  console.log(`bench: round ${round + 1} of ${RUNS} done`);
}
const chromium = await browser.version();
await browser.close();
server.close();

// 4. Our pre-render throughput in Node (needs the build: dist/).
let ssr = 'not measured (run `npm run build` first)';
if (!narrowed && existsSync(join(root, 'dist', 'index.js'))) {
  const child = spawnSync('node', [join(here, 'ssr-throughput.mjs')], { encoding: 'utf8' });
  ssr = child.status === 0 ? child.stdout.trim() : `failed: ${child.stderr.trim().split('\n')[0]}`;
}

// 5. Report.
const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const spread = (xs, digits = 0) => {
  const s = xs.filter(Number.isFinite);
  return s.length ? `${median(s).toFixed(digits)} (${Math.min(...s).toFixed(digits)}–${Math.max(...s).toFixed(digits)})` : 'n/a';
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;
if (narrowed) {
  for (const lib of LIBS) {
    const r = results[lib.id];
    const figures = [
      ...COUNTS.map((n) => `${n} chart${n > 1 ? 's' : ''} ${spread(r.paint[n])} ms`),
      `CLS ${spread(r.cls, 3)}`,
      `resize ${spread(r.resize)} ms`,
      `heap ${spread(
        r.heap.map((b) => b / 1048576),
        2,
      )} MB`,
    ];
    console.log(`${lib.id.padEnd(10)} ${figures.join(' | ')}`);
  }
  process.exit(0);
}
const peers = LIBS.filter((lib) => lib.id !== 'ours');
const ours = LIBS[0];
const best = (pick) => Math.min(...peers.map(pick).filter(Number.isFinite));
const ratio = (value, reference) => (Number.isFinite(value) && reference > 0 ? `${(value / reference).toFixed(2)}×` : 'n/a');

const rows = [];
rows.push(
  '| library | version | one chart: min / gzip / brotli (KB) | everything: min / gzip / brotli (KB) | 1 chart (ms) | 20 charts (ms) | 100 charts (ms) | CLS, script late | resize to 360 px (ms) | JS heap, 20 charts (MB) |',
);
rows.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const lib of LIBS) {
  const r = results[lib.id];
  const one = sizes[lib.entry];
  const all = sizes[lib.full];
  rows.push(
    `| ${lib.label} | ${lib.version} | ${kb(one.min)} / ${kb(one.gzip)} / ${kb(one.brotli)} | ${kb(all.min)} / ${kb(all.gzip)} / ${kb(all.brotli)} | ${spread(r.paint[1])} | ${spread(r.paint[20])} | ${spread(r.paint[100])} | ${spread(r.cls, 3)} | ${spread(r.resize)} | ${spread(
      r.heap.map((b) => b / 1048576),
      1,
    )} |`,
  );
}
const r = results.ours;
const ratios = [
  `- One chart, brotli: ${kb(sizes[ours.entry].brotli)} KB against the smallest peer's ${kb(best((lib) => sizes[lib.entry].brotli))} KB: **${ratio(
    sizes[ours.entry].brotli,
    best((lib) => sizes[lib.entry].brotli),
  )}**.`,
  `- Every widget available, brotli: ${kb(sizes[ours.full].brotli)} KB against the smallest peer's full build ${kb(best((lib) => sizes[lib.full].brotli))} KB: **${ratio(
    sizes[ours.full].brotli,
    best((lib) => sizes[lib.full].brotli),
  )}**.`,
  ...COUNTS.map(
    (n) =>
      `- ${n} chart${n > 1 ? 's' : ''} painted: ${median(r.paint[n]).toFixed(0)} ms against the fastest peer's ${best((lib) => median(results[lib.id].paint[n])).toFixed(0)} ms: **${ratio(
        median(r.paint[n]),
        best((lib) => median(results[lib.id].paint[n])),
      )}**.`,
  ),
  `- Layout shift with the script late: ${median(r.cls).toFixed(3)} against the best peer's ${best((lib) => median(results[lib.id].cls)).toFixed(3)}; ${spread(documentedCls, 3)} with our documented embed (${DOCUMENTED.label}).`,
  `- Re-render after a resize: ${median(r.resize).toFixed(0)} ms against the fastest peer's ${best((lib) => median(results[lib.id].resize)).toFixed(0)} ms: **${ratio(
    median(r.resize),
    best((lib) => median(results[lib.id].resize)),
  )}**.`,
  `- JS heap with 20 charts: ${(median(r.heap) / 1048576).toFixed(1)} MB against the smallest peer's ${(best((lib) => median(results[lib.id].heap)) / 1048576).toFixed(1)} MB: **${ratio(
    median(r.heap),
    best((lib) => median(results[lib.id].heap)),
  )}**.`,
  `- Pre-render in Node (ours only): ${ssr}.`,
];
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${chromium} headless`;
const report = `# Benchmark results

Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${machine}. ${RUNS} rounds; libraries
alternate within each round; figures are medians with min–max in brackets. Not part of CI's pass/fail.

Every library draws the same chart: the four public-concern figures (BT research, 2024) as horizontal bars with
a title and value labels (Frappe Charts has no horizontal bars, so it draws vertical ones), bundled with esbuild,
minified and tree-shaken to what that chart needs ("one chart"), and as the library's full build ("everything":
for this library, all six widgets). Times run from the first script on the page to the last chart painted (two
animation frames after the library returns), animations off. CLS: one chart whose script arrives 400 ms after
the page, with text below it. Resize: the container narrows from 720 px to 360 px; time until the drawing has
been laid out again at 360 px (its svg or canvas \`width\`, not its CSS box: CSS can squeeze a drawing at once
without re-laying out its text), measured in animation frames, so about 16 ms is one frame. Heap: \`usedJSHeapSize\` after garbage collection with 20 charts.

${rows.join('\n')}

## Ratios (this library ÷ the best peer; below 1× is better)

${ratios.join('\n')}

## How it was measured

- Peer versions are pinned in bench/package.json and installed into bench/node_modules (not the library's own
  dependencies). Chart.js has no value labels of its own: a 10-line plugin draws them (chartjs-plugin-datalabels
  would add more). ECharts draws on a canvas (its default renderer); Observable Plot and Frappe draw SVG like us.
- Highcharts' "everything" adds highcharts-more; its licence is commercial for most uses (not re-checked).
- Observable Plot and ECharts do not follow their container on their own here: a ResizeObserver redraws them.
- Frappe Charts first draws every value as 0 and its figures 700 ms later (a timeout, animations on or off): the
  bench calls its \`update()\` with the data right after creating it, so that its time is to the chart with its
  figures, as for every other library (bench/entries/draw-frappe.js).
- Every page is opened with \`prefers-reduced-motion: reduce\`: the peers' animations are off by their options,
  ours (bars that grow for 400 ms) only by that setting. Every library here that follows its container redraws in a
  ResizeObserver callback, in the frame after the resize and before it is painted; the check, in animation frames,
  sees it one frame later.
- CLS, documented embed: the same late script, but the page holds \`<trust-bars>\` with its heading and a child
  \`<table>\` and links \`preload.css\`, as docs/embed.md tells authors to; preload.css reserves a typical height,
  so what is left is the difference between that typical height and this chart's. Peers have no such embed to
  compare: their containers stay empty until their script runs.
- Where the one-chart time goes (\`node bench/profile.mjs 1\`, a CPU profile of ours outside this run): the page's
  first \`Intl.NumberFormat\` costs 20–40 ms in this Chromium (it loads the number data of every locale before it
  picks one). Ours writes British English numbers without Intl (src/core/format/plain-number.ts, checked against
  Intl in test/core/plain-number.test.ts); \`intlBuilt\` in the profile counts the formatters a page still builds.
  The first canvas text measurement costs about 7 ms (labels are wrapped by measured width; one canvas and one
  cache of widths serve every chart on the page). Chart.js and Plot format with Intl; Frappe Charts formats
  numbers itself, without the reader's locale.
`;
writeFileSync(join(here, 'RESULTS.md'), report);
console.log(report);
