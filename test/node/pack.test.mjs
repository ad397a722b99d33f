/**
 * The npm package as users get it: `npm pack`, unpacked into a fresh project's node_modules, then used the three
 * ways users use it — imported in Node, bundled for the browser with rollup (the bundle registers the widget in
 * Chrome), and type-checked as JSX with React 19's types. Also: the tarball holds only what users need.
 * No network and no npm cache: the project gets only the package's declared `dependencies` (and @types/react),
 * linked from this repository's node_modules, so a runtime import of anything undeclared fails here as it would for
 * users. Runs after `npm run build` (scripts/test.mjs builds first).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { findChrome } from '../../scripts/find-chrome.js';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { WIDGET_TAGS, DASHBOARD_TAG } = await import('../../dist/widgets.js');
/** The widgets' folder names (`bars`), in the order of their tags, sorted. */
const WIDGETS = [...WIDGET_TAGS].sort().map((tag) => tag.slice('trust-'.length));
/** What the consumer project installs besides the package: the types its JSX check needs. */
const CONSUMER_PACKAGES = ['@types/react'];

const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

/** Links node_modules/<name> of the project to this repository's copy (scoped names get their scope folder). */
const linkFromRoot = (name) => {
  const link = join(project, 'node_modules', name);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(join(root, 'node_modules', name), link, 'junction');
};

let work;
let project;
/** Paths in the tarball, relative to the package root. */
let files;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'pack-test-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  files = packed.files.map((file) => file.path);
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  // What `npm install <tarball>` does, without the registry: the tarball's package/ folder becomes the package.
  const installed = join(project, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1'], project);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const name of [...Object.keys(manifest.dependencies ?? {}), ...CONSUMER_PACKAGES]) linkFromRoot(name);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});
test('the tarball holds only what users need', () => {
  for (const needed of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'docs/embed.md',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/bars/define.js',
    'dist/cdn/public-trust-widgets.js',
    'dist/cdn/trust-bars.js',
    'dist/cdn/trust-dashboard.js',
    'dist/cdn/trust-dashboard.css',
    'dist/cdn/preload.css',
    'dist/embed/index.html',
    'dist/embed/embed-page.js',
    'dist/embed/embed.css',
    'dist/embed/resize.js',
    'dist/vscode.html-custom-data.json',
    'dist/jsx.d.ts',
    'dist/jsx-react.d.ts',
    'dist/jsx-preact.d.ts',
  ]) {
    assert.ok(files.includes(needed), `${needed} is missing from the tarball`);
  }
  const allowed =
    /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json|docs\/.+\.md|dist\/.+\.(js|d\.ts|css|html|json)|dist\/fonts\/(NotoSans_(400Regular|700Bold)\.ttf|OFL\.txt))$/;
  assert.deepEqual(
    files.filter((file) => !allowed.test(file)),
    [],
    'unexpected files in the tarball',
  );
  assert.deepEqual(
    files.filter((file) => file.endsWith('.map')),
    [],
    'source maps point at src/, which is not shipped',
  );
});

test('every export of package.json points at a file in the tarball', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
      if (path.includes('*')) {
        const prefix = path.slice(2, path.indexOf('*'));
        assert.ok(
          files.some((file) => file.startsWith(prefix)),
          `${entry}: nothing under ${prefix}`,
        );
      } else {
        assert.ok(files.includes(path.slice(2)), `${entry}: ${path} is not in the tarball`);
      }
    }
  }
});

test('every entry point imports in Node from the installed package', () => {
  const script = `
    const names = ${JSON.stringify(WIDGETS)};
    const library = await import('public-trust-widgets');
    if (typeof library.TrustBars !== 'function' || library.VERSION !== ${JSON.stringify(pkg.version)}) throw new Error('main entry');
    for (const name of names) {
      const define = await import('public-trust-widgets/' + name);
      const cls = await import('public-trust-widgets/' + name + '/trust-' + name + '.js');
      const className = 'Trust' + name[0].toUpperCase() + name.slice(1);
      if (typeof define[className] !== 'function' || define[className] !== cls[className]) throw new Error(name);
    }
    const dashboard = await import('public-trust-widgets/dashboard');
    const dashboardClass = await import('public-trust-widgets/dashboard/trust-dashboard.js');
    if (typeof dashboard.TrustDashboard !== 'function' || dashboard.TrustDashboard !== dashboardClass.TrustDashboard) throw new Error('dashboard');
    const { default: manifest } = await import('public-trust-widgets/custom-elements.json', { with: { type: 'json' } });
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName)).sort();
    const { embedAddress, EMBED_TAGS } = await import('public-trust-widgets/embed/embed-address.js');
    const { isHeightMessage } = await import('public-trust-widgets/embed/protocol.js');
    if (!isHeightMessage({ type: 'public-trust-widgets:height', version: 1, id: null, height: 10 })) throw new Error('protocol');
    const files = ['cdn/trust-bars.js', 'cdn/public-trust-widgets.js', 'embed/index.html', 'embed/resize.js', 'preload.css', 'vscode.html-custom-data.json']
      .map((path) => import.meta.resolve('public-trust-widgets/' + path));
    console.log(JSON.stringify({ tags, embedTags: [...EMBED_TAGS].sort(), address: embedAddress('x.html', 'trust-stat', { value: '57' }), files }));
  `;
  const out = JSON.parse(run('node', ['--input-type=module', '-e', script], project).trim().split('\n').pop());
  assert.deepEqual(out.tags, [...WIDGETS.map((name) => `trust-${name}`), DASHBOARD_TAG].sort());
  assert.deepEqual(out.embedTags, out.tags, "the embed page allows exactly the library's widgets and the dashboard");
  assert.equal(out.address, 'x.html#v=1&tag=trust-stat&value=57');
  for (const file of out.files) assert.match(file, /\/node_modules\/public-trust-widgets\/dist\//);
});

test('a browser bundle of one entry (rollup, as a consumer builds it) registers the widget and draws it', async () => {
  writeFileSync(join(project, 'entry.js'), "import 'public-trust-widgets/bars';\n");
  const bundle = await rollup({
    input: join(project, 'entry.js'),
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'] })],
    onwarn: () => {},
  });
  // Split as a consumer's bundler does by default: the Download menu's code is a chunk of its own, loaded on first use.
  const { output: split } = await bundle.generate({ format: 'es' });
  const entryChunk = split.find((chunk) => chunk.isEntry);
  assert.ok(split.length >= 2 && /\bimport\(/.test(entryChunk.code), 'the Download menu is not a lazily loaded chunk in a consumer build');
  // One file, to load into the test page below.
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const code = output.map((chunk) => chunk.code ?? '').join('\n');
  // Resolved to files of its own: the Download menu's code is a lazily imported chunk, which may import the shared
  // code back by a relative path; nothing is left for the browser to resolve by package name.
  assert.ok(!/\bimport\s*[^(]*?from\s*['"](?!\.\.?\/)/.test(code), 'the bundle still imports something by package name');
  assert.ok(!/\bimport\(\s*['"](?!\.\.?\/)/.test(code), 'the bundle still imports something by package name, lazily');
  assert.ok(code.includes('trust-bars'), 'the registration was tree-shaken away (sideEffects)');
  assert.ok(!code.includes("'trust-waffle'") && !code.includes('"trust-waffle"'), 'one entry should not bring the other widgets');

  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><trust-bars data="Worried: 57; Concerned: 60"></trust-bars>');
    await page.addScriptTag({ type: 'module', content: code });
    const bars = await page.waitForFunction(
      () => customElements.get('trust-bars') && document.querySelector('trust-bars').shadowRoot?.querySelectorAll('rect[part="bar"]').length,
      { timeout: 10000 },
    );
    assert.equal(await bars.jsonValue(), 2);
    assert.equal(await page.evaluate(() => customElements.get('trust-stat')), undefined);
  } finally {
    await browser.close();
  }
});

test('JSX typings: React 19 checks the trust-* tags and their attributes', () => {
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
      },
      files: ['consumer.tsx'],
    }),
  );
  writeFileSync(
    join(project, 'consumer.tsx'),
    `import type {} from 'public-trust-widgets/jsx-react';
import type { TrustBarsAttributes } from 'public-trust-widgets/jsx';

const attributes: TrustBarsAttributes = { heading: 'Concern', sort: 'descending' };
export const ok = (
  <div>
    <trust-bars {...attributes} data="Worried: 57" show-uncertainty source-url="https://example.org/" className="chart" />
    <trust-stat value="57" label="of UK adults" theme="dark" dir="auto" />
    <trust-waffle value="24" of="108" />
  </div>
);
// @ts-expect-error: a typo in a valid JavaScript name is caught
export const typo = <trust-bars headng="x" />;
// @ts-expect-error: booleans are booleans
export const notBoolean = <trust-bars show-uncertainty={3} />;
// @ts-expect-error: only the library's tags
export const unknown = <trust-nope />;
`,
  );
  run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
});

test('JSX typings: any JSX library (Preact-style IntrinsicElements) checks the tags through TrustIntrinsicElements', () => {
  // A minimal JSX runtime whose IntrinsicElements are the library's, as docs/embed.md tells other libraries to do.
  const runtime = join(project, 'node_modules/tiny-jsx');
  mkdirSync(runtime, { recursive: true });
  writeFileSync(join(runtime, 'package.json'), JSON.stringify({ name: 'tiny-jsx', version: '1.0.0' }));
  writeFileSync(
    join(runtime, 'jsx-runtime.d.ts'),
    `import type { TrustIntrinsicElements } from 'public-trust-widgets/jsx';
export declare function jsx(type: unknown, props: unknown): unknown;
export declare function jsxs(type: unknown, props: unknown): unknown;
export declare namespace JSX {
  type Element = unknown;
  interface IntrinsicElements extends TrustIntrinsicElements {}
}
`,
  );
  writeFileSync(
    join(project, 'tsconfig.tiny.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        jsxImportSource: 'tiny-jsx',
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
      },
      files: ['tiny.tsx'],
    }),
  );
  writeFileSync(
    join(project, 'tiny.tsx'),
    `export const ok = <trust-bars heading="Concern" sort="descending" theme="nhs" show-uncertainty />;
export const anyWord = <trust-bars sort="by-size" />;
// @ts-expect-error: a typo in a valid JavaScript name is caught
export const typo = <trust-bars headng="x" />;
// @ts-expect-error: booleans are booleans
export const notBoolean = <trust-bars show-uncertainty={3} />;
// @ts-expect-error: only the library's tags
export const unknown = <trust-nope />;
`,
  );
  run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.tiny.json'], project);
});

test('VS Code custom data describes every widget and attribute', () => {
  const data = JSON.parse(readFileSync(join(project, 'node_modules/public-trust-widgets/dist/vscode.html-custom-data.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules/public-trust-widgets/custom-elements.json'), 'utf8'));
  assert.equal(data.version, 1.1);
  assert.deepEqual(
    data.tags.map((tag) => tag.name),
    [...WIDGETS.map((name) => `trust-${name}`), DASHBOARD_TAG].sort(),
  );
  const bars = data.tags.find((tag) => tag.name === 'trust-bars');
  const declared = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'trust-bars');
  assert.deepEqual(
    bars.attributes.map((a) => a.name),
    declared.attributes.map((a) => a.name),
  );
  assert.deepEqual(
    bars.attributes.find((a) => a.name === 'theme').values.map((v) => v.name),
    ['light', 'dark', 'auto', 'nhs'],
  );
  assert.equal(bars.attributes.find((a) => a.name === 'show-uncertainty').valueSet, 'v');
  assert.equal(bars.attributes.find((a) => a.name === 'locale').values, undefined);
});
