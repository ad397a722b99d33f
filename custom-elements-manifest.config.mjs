/** Custom Elements Manifest: the public API (attributes, properties, events, parts, CSS properties) from JSDoc. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
