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
