// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const impureModules = [
  ...nodeBuiltins,
  'vscode',
  'vscode-languageserver',
  'vscode-languageclient',
  'vscode-languageserver-textdocument',
];
const outwardImports = {
  group: [
    'vscode-languageserver/*',
    'vscode-languageclient/*',
    '**/lsp/**',
    '**/cli/**',
    '../lsp',
    '../cli',
    '../../lsp',
    '../../cli',
  ],
  message: 'The core is pure: no editor, server or CLI code.',
};
const doorImports = {
  regex: '^\\.\\.(/\\.\\.)*(/index)?$',
  message: 'Core internals never import the service door (core/index.ts); take what you need as an argument.',
};
/** The core's layers and what each may import besides itself and types.ts (ARCHITECTURE.md, "Code map"). */
const CORE_LAYERS = {
  parse: [],
  model: [],
  arms: ['model'],
  schema: ['model', 'parse'],
  results: ['model'],
  rules: ['model', 'arms', 'results'],
  engine: ['parse', 'rules', 'schema'],
  edit: ['parse'],
  features: ['arms', 'edit', 'model', 'parse', 'results'],
  render: ['arms', 'model', 'results'],
  registryXml: [],
};
const CORE_NAMES = [...Object.keys(CORE_LAYERS), 'check', 'catalog'];
const layerBlocks = Object.entries(CORE_LAYERS).map(([layer, allowed]) => {
  const forbidden = CORE_NAMES.filter((name) => name !== layer && !allowed.includes(name));
  const layering = {
    regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
    message:
      `core/${layer} may import only ${allowed.length ? allowed.join(', ') + ' and ' : ''}types ` +
      `(the layer table in ARCHITECTURE.md).`,
  };
  return {
    files: [`server/src/core/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { paths: impureModules, patterns: [outwardImports, doorImports, layering] }],
    },
  };
});
const deepCoreImports = {
  group: ['**/core/*', '**/core/**'],
  message: 'Import the core only through server/src/core/index.ts (e.g. `../core`).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-e2e/**', '.vscode-test/**', 'out/**', 'media/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // strict-type-checked, less three rules that fight this code base's purpose, and one loosened:
      // - the core reads untrusted records defensively: its types describe a *valid* record, so the
      //   checks no-unnecessary-condition calls unnecessary are the ones that keep bad input from crashing;
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // - `!` after a lookup that a test or the line above guarantees reads better than a dead branch;
      '@typescript-eslint/no-non-null-assertion': 'off',
      // - `(x) => void send(x)`-style arrow shorthands are idiomatic in handlers;
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // - numbers and booleans print predictably in messages; objects and undefined still may not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Lines under 120 characters (issue #10). Prettier cannot break strings, comments or templates:
      // `npm run wrap-lines` does, without changing their values; URLs and regexes may stay long.
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // Tests assert on parsed JSON output (CLI, LSP): an `any` there fails loudly at run time.
    // Fakes implement async interfaces without awaiting, builders delete keys by name, and the
    // e2e runner passes on whatever mocha rejects with.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Build scripts and this config are plain JavaScript outside every tsconfig: no type information.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
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
  // Each layer of the core imports only the layers below it.
  ...layerBlocks,
  {
    // The hosts use the core through its door only: `createTrialRecordService()` and the public types.
    files: [
      'server/src/lsp/**/*.ts',
      'server/src/cli/**/*.ts',
      'server/src/node/**/*.ts',
      'server/src/browser/**/*.ts',
      'client/src/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepCoreImports] }] },
  },
  {
    // The extension talks to the language server; it never runs the core itself (one parse per
    // version, in the server, and one copy of the core in the .vsix).
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepCoreImports,
            {
              regex: '/server/src/(?!lsp/protocol$)',
              message:
                'The client imports from the server only server/src/lsp/protocol.ts; ask the server with a request.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
  },
);
