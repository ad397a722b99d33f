// ESLint (flat config), run by `npm run lint` (scripts/lint.mjs) and so by `npm test`.
// Bug-finding rules only: layout is Prettier's job (.prettierrc.json), so no stylistic rule is switched on here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Code that runs in the browser and renders Lit templates. */
const BROWSER = ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', '.storybook/preview.ts', 'bench/entries/**/*.js', 'test/fixtures/**/*.js'];
/** Node scripts that hand functions to a browser (puppeteer's page.evaluate, WebDriver's execute). */
const DRIVES_A_BROWSER = ['bench/run.mjs', 'scripts/screenshots.mjs', 'scripts/engines/*.js', 'test/node/pack.test.mjs', 'test/node/print.test.mjs'];

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-demo/',
      'storybook-static/',
      '.scratch/',
      '.test-results/',
      'screenshots/',
      'custom-elements.json',
      'bench/node_modules/',
      'bench/dist/',
      'test/snapshots/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  {
    rules: {
      // `== null` is the idiom for "null or undefined"; every other loose comparison is a slip.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-self-compare': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      'array-callback-return': 'error',
      'no-var': 'error',
      'prefer-const': 'error',
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  // TypeScript: typescript-eslint's recommended rules, with type information.
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Named tsconfigs, not the project service: it would pick tsconfig.json, which covers src/ only.
        project: ['./tsconfig.test.json', './.storybook/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // @open-wc/semantic-dom-diff types chai's `equal` as returning a promise (for `.dom.equal`, unused here),
          // which would make every `expect(x).to.equal(y)` a "floating promise".
          allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: ['Equal'] }],
        },
      ],
      // `rows[i]!` states that the index exists; the code is written for noUncheckedIndexedAccess (src/ compiles with
      // it but for three lines), and until tsconfig switches it on every such `!` would be reported as unnecessary.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // TypeScript infers a callback's missing return (`(T | undefined)[]`) and knows when a switch is exhaustive.
      'array-callback-return': 'off',
    },
  },
  {
    // TypeScript outside any tsconfig (the demo's entry, Vite's config): syntax rules only.
    files: ['demo/**/*.ts', 'vite.config.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { project: false } },
  },

  // Lit templates.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
    rules: {
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-classfield-shadowing': 'error',
    },
  },

  // Globals for where each file runs.
  { files: BROWSER, languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['**/*.js', '**/*.mjs', 'vite.config.ts', '.storybook/main.ts'],
    ignores: ['bench/entries/**', 'test/fixtures/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: DRIVES_A_BROWSER, languageOptions: { globals: { ...globals.browser } } },
  // Classic scripts that the fixture pages load before any module, written in the style of one.
  { files: ['test/fixtures/**/*.js'], languageOptions: { sourceType: 'script' }, rules: { 'no-var': 'off' } },

  // Tests.
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests feed widgets raw markup on purpose (`data='<img …>'`) to prove it is shown as text.
      'lit/attribute-value-entities': 'off',
      // Tests read JSON and poke at globals through `any`, stub and restore native methods, and chai's types make
      // `expect(…).to.equal(…)` look like a promise. These rules are also the slowest type-aware ones; the tests keep
      // no-floating-promises and await-thenable, which catch an assertion that runs after its test has ended.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
