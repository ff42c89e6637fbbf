// Bundles the end-to-end suite (test/e2e/*.ts) into dist/e2e/ for the extension host:
// index.js (exports run()) and one *.test.js per test file. `vscode` and `mocha` stay
// external: the extension host provides `vscode`, mocha comes from the repo's node_modules.
// usage: node scripts/e2e/build-tests.mjs
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const source = path.join(root, 'test/e2e');
const outdir = path.join(root, 'dist/e2e');
const started = Date.now();

const entryPoints = fs
  .readdirSync(source)
  .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
  .map((name) => path.join(source, name));

fs.rmSync(outdir, { recursive: true, force: true }); // no stale test files from renamed sources
await esbuild.build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  sourcesContent: false,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(
  `[e2e] bundled ${entryPoints.length} files into ${path.relative(root, outdir)}/ in ${Date.now() - started} ms`,
);
