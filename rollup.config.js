import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { fileURLToPath } from 'node:url';

/**
 * Minifies the CSS of Lit's css`…` literals in src/ (lightningcss, through Lit's own rollup plugin). The html`…` and
 * svg`…` templates are left as written: Lit hydrates a pre-rendered widget only when the client's template strings
 * hash to the digest the server wrote (`<!--lit-part digest-->`), and the server (public-trust-widgets/ssr) renders
 * the unminified templates of dist/. Minifying them too would save about 0.5% brotli and break that check.
 */
const minifyCssLiterals = () =>
  minifyHtmlLiterals({
    // An absolute pattern, so that the bench (or any other working directory) minifies the same files.
    include: [fileURLToPath(new URL('src/**/*.ts', import.meta.url))],
    failOnError: true,
    options: { shouldMinify: () => false },
  });

/** The plugins of every ES bundle; bench/run.mjs builds our bundles with them too, so it measures what ships. */
export const browserPlugins = () => [
  // The `production` condition drops Lit's development-mode warnings from the bundle.
  nodeResolve({ exportConditions: ['production'] }),
  minifyCssLiterals(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // Two compress passes, and property reads taken as free of effects (nothing in src/ or Lit reads a property for a
  // getter's side effect): 100-200 B less brotli per script (issue 12, measured); a third pass bought nothing.
  // Only simple functions inlined (`inline: 1`): copies of inlined bodies compressed worse than the calls they
  // replaced. Brotli of the built files: bars -86, likert -79, all-in-one -38, trend +20, waffle +36 (-164 B in all).
  terser({ ecma: 2022, module: true, compress: { passes: 2, pure_getters: true, inline: 1 }, format: { comments: false } }),
];

/**
 * One self-contained, minified ES module: every dependency inlined, nothing shared with another file, and no static
 * import. What a reader rarely needs (the Welsh words) is a lazily imported chunk in `chunks/` beside it, named by
 * its content, so the same words from two entry builds are one file; chunks hold no Lit and import no entry file, so
 * a page mixing files still runs one Lit (scripts/build.mjs checks both). Relative imports: they load from wherever
 * the file is served. Its source map is written next to it for debugging here but not referenced from the file, so a
 * CDN serving the npm package (which leaves maps out) never points browsers at a missing map.
 */
const bundle = (input, file) => {
  const slash = file.lastIndexOf('/');
  const dir = file.slice(0, slash);
  return {
    input,
    output: {
      dir,
      entryFileNames: file.slice(slash + 1),
      chunkFileNames: 'chunks/[name]-[hash].js',
      // A chunk built apart is imported from beside the script (`./chunks/…`), wherever the files are served.
      paths: (id) => (CHUNKS_APART.find((chunk) => id.endsWith(`/chunks/${chunk.name}`)) ? `./chunks/${id.slice(id.lastIndexOf('/') + 1)}` : id),
      format: 'es',
      sourcemap: 'hidden',
    },
    // d3-array builds its bisectors at the top level (`bisector(ascending)`); unused, they are still kept as calls
    // that might have effects. They have none.
    treeshake: { manualPureFunctions: ['bisector'] },
    plugins: [chunksApart(dir, input), ...(input === DASHBOARD_ENTRY ? [frameEnglishOnly()] : []), ...browserPlugins()],
  };
};

/** The dashboard-only file's entry: it registers <trust-dashboard> alone, and draws no chart. */
const DASHBOARD_ENTRY = 'src/dashboard/define.ts';

/**
 * Builds the dashboard-only file with the English of the frame (en-frame.ts) as its base English: the words only a
 * chart says (the rest of en.ts) are dead weight in a file that draws none (~0.8 KB brotli). Its charts come from
 * their own files, with their own words. test/node/dashboard-words.test.mjs checks that the dashboard's code reads
 * none of them.
 */
const frameEnglishOnly = () => {
  const english = fileURLToPath(new URL('src/core/i18n/en.ts', import.meta.url));
  return {
    name: 'frame-english-only',
    load: (id) => (id === english ? "export { frameEnglish as en } from './en-frame.js';" : null),
  };
};

/** The code that makes the Download menu's files, imported on first use: a chunk of its own, built on its own. */
const EXPORT_CHUNK = 'src/core/export/chart-export.ts';

/**
 * Each widget's code for notes, reference lines and shaded ranges (core/annotations/load.ts), imported only by a chart
 * that has them: chunks of their own, built on their own as the export chunk is, for the same reason (they share
 * small modules with the widgets: parsing numbers, wrapping text, rounding).
 */
const ANNOTATION_CHUNKS = ['src/trend/trend-annotation-kit.ts', 'src/bars/bars-annotation-kit.ts', 'src/change/change-annotation-kit.ts'];

/**
 * What a reader's keys, mouse and touch on a chart do (point-interaction.ts, with the keyboard help's list and the
 * tooltip's placement), imported when a pointer comes over a chart or on the reader's first focus or key on it: built apart for the same reason (it
 * shares the points' words and places with the point list every chart draws).
 */
const INTERACTION_CHUNK = 'src/core/controllers/point-interaction.ts';

/** Every chunk built apart, by the name its importers' `import()` ends with. */
const CHUNKS_APART = [EXPORT_CHUNK, ...ANNOTATION_CHUNKS, INTERACTION_CHUNK].map((source) => ({
  source,
  name: source.slice(source.lastIndexOf('/') + 1).replace(/\.ts$/, '.js'),
}));

/**
 * The Download menu's code (EXPORT_CHUNK, ~9 KB) shares small modules with the widgets (text measuring and
 * wrapping), so rollup would move those into a chunk that every script then imports statically. Instead each script
 * leaves its `import()` of it pointing at chunks/chart-export.js beside it, which is built as a bundle of its own
 * (every dependency inlined, no Lit): a second copy of two small modules, loaded only by a reader who downloads.
 * The annotation chunks (ANNOTATION_CHUNKS) and the interaction chunk (INTERACTION_CHUNK) are left apart the same way,
 * each at chunks/<its name>.js.
 */
const chunksApart = (dir, input) => ({
  name: 'chunks-apart',
  resolveId(source, importer) {
    if (!importer) return null;
    const apart = CHUNKS_APART.find((chunk) => chunk.source !== input && source.endsWith(`/${chunk.name}`));
    return apart ? { id: fileURLToPath(new URL(`${dir}/chunks/${apart.name}`, import.meta.url)), external: true } : null;
  },
});

/**
 * Every browser bundle; each entry is its own build, so that no file imports another (a shared chunk would mean a
 * second request, and a second copy of Lit when a page mixes files); only lazy chunks of words are split off:
 * - dist/cdn/public-trust-widgets.js: registers every widget, for journalists who paste one <script type="module">;
 * - dist/cdn/<tag>.js: registers that widget only (src/<folder>/define.ts);
 * - dist/cdn/trust-dashboard.js: registers the dashboard only. A page loads it with the file of each widget it holds
 *   (or loads public-trust-widgets.js, which has them all): bundling charts in would make a page that also loads
 *   them carry two copies, and the dashboard finds its widgets across files (@lit/context, a Symbol.for key);
 * - dist/embed/embed-page.js: the script of the iframe embed page (dist/embed/index.html), every widget inside;
 * - dist/embed/resize.js: the host page's iframe resizer, a classic script (IIFE) well under 1 KB.
 * The npm build is plain tsc output (see scripts/build.mjs); rollup only bundles.
 * esbuild rather than @rollup/plugin-typescript: it honours tsconfig's legacy decorators and is much faster.
 * A function, run after tsc (scripts/build.mjs): the widget list comes from src/widgets.ts, compiled to dist/.
 */
export default async () => {
  const { WIDGET_TAGS, DASHBOARD_TAG } = await import('./dist/widgets.js');
  return [
    // Every widget, plus Lit's hydration support so pre-rendered pages (public-trust-widgets render) hydrate.
    bundle('src/ssr/hydrate.ts', 'dist/cdn/public-trust-widgets.js'),
    ...[...WIDGET_TAGS, DASHBOARD_TAG].map((tag) => bundle(`src/${tag.slice('trust-'.length)}/define.ts`, `dist/cdn/${tag}.js`)),
    bundle('src/embed/embed-page.ts', 'dist/embed/embed-page.js'),
    ...CHUNKS_APART.flatMap(({ source, name }) => [bundle(source, `dist/cdn/chunks/${name}`), bundle(source, `dist/embed/chunks/${name}`)]),
    {
      input: 'src/embed/resize.ts',
      output: { file: 'dist/embed/resize.js', format: 'iife', sourcemap: false },
      plugins: [
        esbuild({ target: 'es2020', tsconfig: 'tsconfig.json' }),
        terser({ ecma: 2020, toplevel: true, compress: { passes: 3 }, format: { comments: false } }),
      ],
    },
  ];
};

/**
 * The chart builder, dist/builder/builder.js (issue 14): every widget, the builder and the manifest its form is made
 * from, in one classic script (an IIFE with the Welsh words inlined), because a page opened from a local file
 * (file://) cannot load modules or chunks. Built after custom-elements.json exists (scripts/build.mjs), which it
 * inlines cut to what the form reads (`cutManifest`, builderManifest from dist/builder/manifest-form.js).
 */
export const builderConfig = (cutManifest) => ({
  input: 'src/builder/main.ts',
  output: { file: 'dist/builder/builder.js', format: 'iife', inlineDynamicImports: true, sourcemap: false },
  plugins: [
    {
      name: 'builder-manifest',
      transform(code, id) {
        if (!id.endsWith('/custom-elements.json')) return null;
        return { code: `export default ${JSON.stringify(cutManifest(JSON.parse(code)))};`, map: null };
      },
    },
    ...browserPlugins(),
  ],
});
