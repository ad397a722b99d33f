/** Custom Elements Manifest: the public API (attributes, properties, events, parts, CSS properties) from JSDoc. */

/**
 * The words an attribute takes, as its description lists them: "`light`, `dark`, `auto` (follows the operating
 * system) or `nhs`". Each attribute is typed `string` (a widget reports an unknown word, it never throws), so the
 * words are in the prose only; they go into the manifest once, for the editor and JSX integrations to read.
 */
function documentedWords(description = '') {
  // A list of words in backticks, each maybe followed by a note in brackets, ending "or `word`".
  const word = '`[a-z][a-z-]*`(?:\\s*\\([^()]*\\))?';
  const list = new RegExp(`${word}(?:,\\s*${word})*,?\\s+or\\s+${word}`).exec(description);
  return list ? [...list[0].matchAll(/`([a-z][a-z-]*)`/g)].map((match) => match[1]) : [];
}

export default {
  globs: ['src/**/*.ts'],
  // The builder (src/builder) is an application that reads this manifest, not part of the library's API.
  exclude: ['src/**/*.test.ts', 'src/builder/**'],
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
    {
      // `expandedType`: the attribute's words as a union ("'light' | 'dark' | 'auto' | 'nhs'"), the field that
      // custom-element-vs-code-integration and custom-element-jsx-integration read with `typesSrc`.
      name: 'attribute-words',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const attribute of declaration.attributes ?? []) {
              const words = attribute.type?.text === 'boolean' ? [] : documentedWords(attribute.description);
              if (words.length) attribute.expandedType = { text: words.map((word) => `'${word}'`).join(' | ') };
            }
          }
        }
      },
    },
  ],
};
