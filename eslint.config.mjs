// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const impureModules = [...nodeBuiltins, 'vscode', 'vscode-languageserver', 'vscode-languageclient', 'vscode-languageserver-textdocument'];
const outwardImports = {
  group: ['vscode-languageserver/*', 'vscode-languageclient/*', '**/lsp/**', '**/cli/**', '../lsp', '../cli', '../../lsp', '../../cli'],
  message: 'The core is pure: no editor, server or CLI code.',
};
const doorImports = {
  regex: '^\\.\\.(/\\.\\.)*(/index)?$',
  message: 'Core internals never import the service door (core/index.ts); take what you need as an argument.',
};
const deepCoreImports = {
  group: ['**/core/*', '**/core/**'],
  message: 'Import the core only through server/src/core/index.ts (e.g. `../core`).',
};

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
    rules: { 'no-restricted-imports': ['error', { paths: impureModules, patterns: [outwardImports] }] },
  },
  {
    // Inside the core nothing imports the door (core/index.ts): features get what they need
    // (e.g. a `check` function) as arguments, so the import picture stays hosts → door → internals.
    files: ['server/src/core/*/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: impureModules, patterns: [outwardImports, doorImports] }] },
  },
  {
    // The hosts use the core through its door only: `createTrialRecordService()` and the public types.
    files: ['server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts', 'server/src/node/**/*.ts', 'server/src/browser/**/*.ts', 'client/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepCoreImports] }] },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
  },
);
