'use strict';

const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  // test/semgrep/ holds deliberately vulnerable Semgrep rule fixtures.
  { ignores: ['node_modules/', 'coverage/', 'test/semgrep/'] },
  js.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'commonjs',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Logs go through pino as JSON; a stray console.log breaks log parsing.
      'no-console': 'error',
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      strict: ['error', 'global'],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  {
    files: ['test/**/*.js'],
    languageOptions: { globals: { ...globals.jest } },
  },
];
