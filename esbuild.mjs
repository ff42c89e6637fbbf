// Bundles the extension client, the language server, the CLI and the preview's webview script,
// for Node (desktop, remote) and for the web (client in the web extension host, server in a worker).
// Usage: node esbuild.mjs [--watch] [--production] [--outdir DIR]
//   --production  minified, no source maps, no CLI (what the .vsix ships; scripts/package.mjs)
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdirIndex = process.argv.indexOf('--outdir');
const outdir = outdirIndex >= 0 ? process.argv[outdirIndex + 1] : 'dist';

/** Prints errors in the format of VS Code's `$esbuild-watch` problem matcher. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'inline',
  sourcesContent: false,
  logLevel: watch ? 'silent' : 'warning',
  plugins: watch ? [problemMatcherPlugin] : [],
};

// Prefer ES module entries: jsonc-parser's UMD build requires its own files at run time, which a bundle cannot.
const nodeBundle = { ...common, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'] };

// The web bundles must not pull in Node built-ins; esbuild fails the build if they do.
// A worker has no Buffer; the few uses at load time (the XML validator's BOM table) get byte arrays.
const webBundle = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  inject: ['server/src/browser/bufferShim.ts'],
};

const bundles = [
  { ...nodeBundle, entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/client.js`, external: ['vscode'] },
  {
    ...nodeBundle,
    entryPoints: ['server/src/node/main.ts'],
    outfile: `${outdir}/server.js`,
    banner: { js: '#!/usr/bin/env node' },
  },
  ...(production
    ? []
    : [
        {
          ...nodeBundle,
          entryPoints: ['server/src/cli/main.ts'],
          outfile: `${outdir}/cli.js`,
          banner: { js: '#!/usr/bin/env node' },
          // Its map in a file of its own: every worker thread loads the bundle, and an inline map is half its size.
          sourcemap: 'linked',
        },
      ]),
  {
    ...webBundle,
    inject: [],
    format: 'iife',
    entryPoints: ['client/src/preview/webview/main.ts'],
    outfile: `${outdir}/preview.js`,
  },
  {
    ...webBundle,
    format: 'cjs',
    entryPoints: ['client/src/browser.ts'],
    outfile: `${outdir}/web/client.js`,
    external: ['vscode'],
  },
  { ...webBundle, format: 'iife', entryPoints: ['server/src/browser/main.ts'], outfile: `${outdir}/web/server.js` },
];

const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  try {
    await Promise.all(contexts.map((context) => context.rebuild()));
  } finally {
    await Promise.all(contexts.map((context) => context.dispose()));
  }
}
