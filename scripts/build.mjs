#!/usr/bin/env node
/**
 * `npm run build`:
 * - dist/ (unbundled ESM + .d.ts from tsc, lit and d3 left as imports);
 * - dist/cdn/ (rollup): public-trust-widgets.js registering every widget, one <tag>.js per widget, preload.css;
 * - dist/embed/ (rollup): the iframe embed page (index.html, embed.css, embed-page.js), resize.js for host pages,
 *   and embed-address.js / protocol.js from tsc for code that writes embed addresses;
 * - custom-elements.json, then from it dist/vscode.html-custom-data.json and the JSX typings (dist/jsx*.d.ts).
 * Prints the size of every browser file (minified, gzip, brotli).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const timed = async (label, work) => {
  const started = performance.now();
  await work();
  console.log(`build: ${label} (${Math.round(performance.now() - started)} ms)`);
};
const step = (label, command, args) =>
  timed(label, () => {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`build: ${label} failed`);
      process.exit(result.status ?? 1);
    }
  });

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
await step('tsc → dist/', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json']);

await timed('rollup → dist/cdn/, dist/embed/', async () => {
  // tsc's unbundled copies of the two embed scripts are replaced by rollup's self-contained bundles.
  for (const name of readdirSync('dist/embed')) if (/^(embed-page|resize)\./.test(name)) rmSync(`dist/embed/${name}`);
  const { rollup } = await import('rollup');
  const { default: rollupConfig } = await import(pathToFileURL('rollup.config.js').href);
  const configs = await rollupConfig();
  // One build after another, each reusing the modules the previous one already transformed.
  let cache;
  for (const config of configs) {
    // (resize.js has its own plugins and target: it starts afresh.)
    const bundle = await rollup({ ...config, cache: config.output.format === 'es' ? cache : undefined, onwarn: () => {} });
    if (config.output.format === 'es') cache = bundle.cache;
    await bundle.write(config.output);
    await bundle.close();
  }
});

await timed('copy embed page and preload.css', () => {
  mkdirSync('dist/embed', { recursive: true });
  writeFileSync('dist/embed/index.html', readFileSync('src/embed/index.html', 'utf8').replaceAll('{{version}}', pkg.version));
  copyFileSync('src/embed/embed.css', 'dist/embed/embed.css');
  copyFileSync('src/embed/preload.css', 'dist/cdn/preload.css');
});

// After tsc: it imports dist/ to read each widget's styles (for pre-rendering with --styles=link).
await step('stylesheets → dist/cdn/*.css', 'node', ['scripts/build-css.mjs']);
await step('custom-elements.json', 'npx', ['--no-install', 'cem', 'analyze', '--quiet']);
await step('dist/vscode.html-custom-data.json', 'node', ['scripts/vscode-data.mjs']);
await step('dist/jsx.d.ts, jsx-react.d.ts, jsx-preact.d.ts', 'node', ['scripts/jsx-types.mjs']);

/** Sizes in bytes of the files browsers download: as built (minified), gzip -9 and brotli -q 11. */
const rows = ['dist/cdn', 'dist/embed'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.(js|css|html)$/.test(name) && !/^(embed-address|protocol)\./.test(name))
    .sort()
    .map((name) => {
      const bytes = readFileSync(`${dir}/${name}`);
      const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      return { file: `${dir}/${name}`, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli.length };
    }),
);
const width = Math.max(...rows.map((row) => row.file.length));
console.log(`build: sizes in bytes\n  ${'file'.padEnd(width)}  ${'min'.padStart(7)}  ${'gzip'.padStart(7)}  ${'brotli'.padStart(7)}`);
for (const row of rows) {
  console.log(`  ${row.file.padEnd(width)}  ${String(row.min).padStart(7)}  ${String(row.gzip).padStart(7)}  ${String(row.brotli).padStart(7)}`);
}
