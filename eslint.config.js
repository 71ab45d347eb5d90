// ESLint, flat config: typescript-eslint's strict type-checked rules on the TypeScript, the
// recommended JavaScript rules on the .mjs/.js scripts. Formatting is Prettier's (.prettierrc.json),
// not ESLint's. Every rule turned off or relaxed below says why.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'extension/', 'dist/', 'artifacts/', 'src/core/lexicon/generated/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.corpus.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Numbers in messages, keys and selectors (`${count} sections`, `[data-edit="${index}"]`)
      // are what the templates are for; objects and undefined are still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setPage(0)}` and `() => void load()` read as what they are; a void
      // call in a longer expression is still refused.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Off: the guards it calls unnecessary are needed at run time. Arrays are indexed without
      // noUncheckedIndexedAccess, so `ranked[0]` reads as never undefined; the DOM lib types
      // promise what linkedom (the CLI's DOM) and a page that changes under the reader do not
      // keep (`doc.location`, `defaultView`, a node's parent); messages and storage hold what
      // other code wrote. Removing those checks to satisfy the rule would change behaviour.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // A leading underscore says "unused on purpose"; `{ texts: _texts, ...rest }` drops a field.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    rules: {
      // A test states what it expects to be there (`find(...)!`); when it is not, the test fails
      // on the next line, which is the report a test should give.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // vitest types its asymmetric matchers (expect.stringContaining, expect.arrayContaining …)
      // as any; putting one in an expected object is what they are for.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    // Scripts evaluated inside a page by the browser tests and the long-task bench.
    // (bench/longtasks.mjs and scripts/screenshots.mjs also hand functions to page.evaluate.)
    files: ['test/browser/pages/**/*.js', 'bench/longtasks-page.js', 'bench/longtasks.mjs', 'scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.browser, chrome: 'readonly' } },
  },
);
