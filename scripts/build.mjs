#!/usr/bin/env node
/**
 * `npm run build`:
 * - dist/ (unbundled ESM + .d.ts from tsc, lit and d3 left as imports);
 * - dist/cdn/ (rollup): public-trust-widgets.js registering every widget, one <tag>.js per widget, preload.css;
 * - dist/embed/ (rollup): the iframe embed page (index.html, embed.css, embed-page.js), resize.js for host pages,
 *   and embed-address.js / protocol.js from tsc for code that writes embed addresses;
 * - custom-elements.json, then from it dist/vscode.html-custom-data.json and the JSX typings (dist/jsx*.d.ts).
 * Checks that no browser script imports another statically and that the lazy chunks of words (dist/cdn/chunks/)
 * hold no Lit and import no entry file, then prints the size of every browser file (minified, gzip, brotli) and
 * which chunks each script may load later.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { fileGraph, measureFile, measureFiles, moduleImports } from './sizes.mjs';

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

// Static images (issue 15): the CLI draws PNGs with these fonts only (dist/export/fonts.js reads dist/fonts/), so an
// image is the same on every machine; the OFL asks for its licence to travel with the font files.
await timed('image fonts → dist/fonts/', () => {
  const fonts = 'node_modules/@expo-google-fonts/noto-sans';
  mkdirSync('dist/fonts', { recursive: true });
  copyFileSync(`${fonts}/400Regular/NotoSans_400Regular.ttf`, 'dist/fonts/NotoSans_400Regular.ttf');
  copyFileSync(`${fonts}/700Bold/NotoSans_700Bold.ttf`, 'dist/fonts/NotoSans_700Bold.ttf');
  copyFileSync(`${fonts}/LICENSE_FONT`, 'dist/fonts/OFL.txt');
});

// After tsc: it imports dist/ to read each widget's styles (for pre-rendering with --styles=link).
await step('stylesheets → dist/cdn/*.css', 'node', ['scripts/build-css.mjs']);
await step('custom-elements.json', 'npx', ['--no-install', 'cem', 'analyze', '--quiet']);
await step('dist/vscode.html-custom-data.json', 'node', ['scripts/vscode-data.mjs']);
await step('dist/jsx.d.ts, jsx-react.d.ts, jsx-preact.d.ts', 'node', ['scripts/jsx-types.mjs']);

// The chart builder (issue 14): a static page that works from any web server or a local file. After the manifest,
// which its form is made from. tsc's unbundled copy of its entry (which imports the manifest as JSON) is replaced.
await timed('builder → dist/builder/', async () => {
  for (const name of readdirSync('dist/builder')) if (/^main\./.test(name)) rmSync(`dist/builder/${name}`);
  const { rollup } = await import('rollup');
  const { builderConfig } = await import(pathToFileURL('rollup.config.js').href);
  const { builderManifest } = await import(pathToFileURL('dist/builder/manifest-form.js').href);
  const config = builderConfig(builderManifest);
  const bundle = await rollup({ ...config, onwarn: () => {} });
  await bundle.write(config.output);
  await bundle.close();
  writeFileSync('dist/builder/index.html', readFileSync('src/builder/index.html', 'utf8').replaceAll('{{version}}', pkg.version));
  copyFileSync('src/builder/builder.css', 'dist/builder/builder.css');
});

/**
 * A page that mixes two CDN files must run one Lit: no script imports another (or a shared chunk) statically, and a
 * lazy chunk imports only other chunks (an entry imported back from a chunk's address could be a second copy of it,
 * behind a redirect or a query string) and holds no Lit.
 */
const scripts = [
  ...readdirSync('dist/cdn')
    .filter((name) => name.endsWith('.js'))
    .map((name) => `dist/cdn/${name}`),
  'dist/embed/embed-page.js',
].sort();
const chunkFiles = ['dist/cdn/chunks', 'dist/embed/chunks'].flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.js'))
        .map((name) => `${dir}/${name}`)
    : [],
);
const wrong = [];
for (const script of scripts) {
  const { own } = fileGraph(script);
  if (own.length > 1) wrong.push(`${script} imports ${own.slice(1).join(', ')} statically`);
}
for (const chunk of chunkFiles) {
  const code = readFileSync(chunk, 'utf8');
  const outside = moduleImports(code).static.filter((specifier) => !/^\.\/[^/]+$/.test(specifier));
  if (outside.length) wrong.push(`${chunk} imports ${outside.join(', ')}, outside its chunks folder`);
  if (/(litHtml|litElement|reactiveElement)Versions/.test(code)) wrong.push(`${chunk} holds Lit`);
}
if (wrong.length) {
  console.error(`build: lazy chunks went wrong:\n  ${wrong.join('\n  ')}`);
  process.exit(1);
}

/** Sizes in bytes of the files browsers download: as built (minified), gzip -9 and brotli -q 11. */
const rows = ['dist/cdn', 'dist/cdn/chunks', 'dist/embed', 'dist/embed/chunks'].flatMap((dir) =>
  (existsSync(dir) ? readdirSync(dir) : [])
    .filter((name) => /\.(js|css|html)$/.test(name) && !/^(embed-address|protocol)\./.test(name))
    .sort()
    .map((name) => ({ file: `${dir}/${name}`, ...measureFile(`${dir}/${name}`) })),
);
const column = (value) => String(value).padStart(7);
const width = Math.max(...rows.map((row) => row.file.length));
console.log(`build: sizes in bytes\n  ${'file'.padEnd(width)}  ${column('min')}  ${column('gzip')}  ${column('brotli')}`);
for (const row of rows) console.log(`  ${row.file.padEnd(width)}  ${column(row.min)}  ${column(row.gzip)}  ${column(row.brotli)}`);

// What each script costs every page (itself: it imports nothing statically), and what only some pages load later.
console.log('build: each script (brotli), then the chunks it loads only when needed (the Welsh words on a Welsh page)');
for (const script of scripts) {
  const { own, lazy } = fileGraph(script);
  const later = lazy.map((chunk) => `${chunk.slice(chunk.lastIndexOf('/') + 1)} ${measureFile(chunk).brotli}`);
  console.log(`  ${script.padEnd(width)}  ${column(measureFiles(own).brotli)}${later.length ? `  + ${later.join(', ')}` : ''}`);
}
