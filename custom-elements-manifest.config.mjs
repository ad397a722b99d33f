/** Custom Elements Manifest: the public API (attributes, properties, events, parts, CSS properties) from JSDoc. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer guesses an event from every `dispatchEvent(new SomeEvent(argument))`, naming it after the
      // argument ("point"). Our events are declared with @fires; keep those and drop the guesses.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('trust-'));
          }
        }
      },
    },
  ],
};
