// ESLint for our own page scripts (maps/static) and their tests (tests/js): plain ES2019
// scripts for the browser, no build step; the tests run under `node --test`.
// Run from the repository root: `make lint` (resources/web/node_modules/.bin/eslint).
import js from '@eslint/js';
import globals from 'globals';

const pageGlobals = {
  ...globals.browser,
  L: 'readonly',
  QWebChannel: 'readonly',
  module: 'readonly',
};

export default [
  {
    files: ['maps/static/**/*.js'],
    languageOptions: {
      ecmaVersion: 2019,
      sourceType: 'script',
      globals: pageGlobals,
    },
    rules: {
      ...js.configs.recommended.rules,
      // Control characters are what cleanText() removes: the pattern names them on purpose.
      'no-control-regex': 'off',
      'no-unused-vars': ['error', {args: 'none', caughtErrors: 'none'}],
      'no-var': 'off',
      strict: ['error', 'function'],
      eqeqeq: ['error', 'always', {null: 'ignore'}],
      'no-implicit-globals': 'error',
    },
  },
  {
    files: ['tests/js/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'commonjs',
      globals: globals.node,
    },
    rules: js.configs.recommended.rules,
  },
];
