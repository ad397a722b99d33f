import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/**
 * Collapses white space and comments inside Lit's css`…` literals. Only literals without `${…}` are touched, so
 * nothing computed is ever rewritten; the result is the same CSS, about 5 KB smaller before compression.
 */
function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`$]*)`/g, (_, body) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          // Only the space after a colon: a space before one can be a descendant combinator ("svg :focus").
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/** The widgets, by folder under src/ and tag: one CDN file each (dist/cdn/<tag>.js). */
export const WIDGETS = [
  ['bars', 'trust-bars'],
  ['stat', 'trust-stat'],
  ['waffle', 'trust-waffle'],
  ['change', 'trust-change'],
  ['likert', 'trust-likert'],
  ['trend', 'trust-trend'],
];

const plugins = () => [
  // The `production` condition drops Lit's development-mode warnings from the bundle.
  nodeResolve({ exportConditions: ['production'] }),
  minifyCssLiterals(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // One compress pass: a second took twice the time for no smaller brotli (eight bundles are built each time).
  terser({ ecma: 2022, module: true, compress: { passes: 1 }, format: { comments: false } }),
];

/**
 * One self-contained, minified ES module: every dependency inlined, nothing shared with another file. Its source
 * map is written next to it for debugging here but not referenced from the file, so a CDN serving the npm package
 * (which leaves maps out) never points browsers at a missing map.
 */
const bundle = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: 'hidden' },
  plugins: plugins(),
});

/**
 * Every browser bundle; each entry is its own build, so that no file imports another (a shared chunk would mean a
 * second request, and a second copy of Lit when a page mixes files):
 * - dist/cdn/public-trust-widgets.js: registers every widget, for journalists who paste one <script type="module">;
 * - dist/cdn/<tag>.js: registers that widget only (src/<folder>/define.ts);
 * - dist/embed/embed-page.js: the script of the iframe embed page (dist/embed/index.html), every widget inside;
 * - dist/embed/resize.js: the host page's iframe resizer, a classic script (IIFE) well under 1 KB.
 * The npm build is plain tsc output (see scripts/build.mjs); rollup only bundles.
 * esbuild rather than @rollup/plugin-typescript: it honours tsconfig's legacy decorators and is much faster.
 */
export default [
  // Every widget, plus Lit's hydration support so pre-rendered pages (public-trust-widgets render) hydrate.
  bundle('src/ssr/hydrate.ts', 'dist/cdn/public-trust-widgets.js'),
  ...WIDGETS.map(([folder, tag]) => bundle(`src/${folder}/define.ts`, `dist/cdn/${tag}.js`)),
  bundle('src/embed/embed-page.ts', 'dist/embed/embed-page.js'),
  {
    input: 'src/embed/resize.ts',
    output: { file: 'dist/embed/resize.js', format: 'iife', sourcemap: false },
    plugins: [
      esbuild({ target: 'es2020', tsconfig: 'tsconfig.json' }),
      terser({ ecma: 2020, toplevel: true, compress: { passes: 3 }, format: { comments: false } }),
    ],
  },
];
