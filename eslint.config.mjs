// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-e2e/**', '.vscode-test/**', 'out/**', 'media/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: it knows records, not editors, processes or disks.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'vscode', 'vscode-languageserver', 'vscode-languageclient', 'vscode-languageserver-textdocument'],
          patterns: ['vscode-languageserver/*', 'vscode-languageclient/*', '**/lsp/**', '**/cli/**', '../lsp', '../cli', '../../lsp', '../../cli'],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
  },
);
