import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/**
 * The CDN bundle: one self-contained, minified ES module that registers every widget, for journalists who paste a
 * single <script type="module">. The npm build is plain tsc output (see scripts/build.mjs); rollup only bundles.
 * esbuild rather than @rollup/plugin-typescript: it honours tsconfig's legacy decorators and is much faster.
 */
export default {
  input: { 'public-trust-widgets': 'src/index.ts' },
  output: { dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js' },
  plugins: [
    // The `production` condition drops Lit's development-mode warnings from the bundle.
    nodeResolve({ exportConditions: ['production'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
