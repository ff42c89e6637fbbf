#!/usr/bin/env node
// Builds the installable extension: a production bundle (minified, no source maps, no CLI)
// staged with only the files the extension reads at run time, packed by @vscode/vsce.
// Runs offline: esbuild bundles every dependency, so vsce runs with --no-dependencies.
//
// usage: node scripts/package.mjs [--out FILE.vsix] [--keep-stage]
//   default --out: trial-record-studio-<version>.vsix in the repository root
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.resolve(option('out') ?? path.join(root, `${manifest.name}-${manifest.version}.vsix`));
const started = Date.now();

/**
 * What the extension reads at run time, besides the bundles: the manifest and its strings,
 * grammars and language configurations, the JSON schemas, the preview's styles, the rule docs (rendered by "Show Rule
 * Documentation"), the walkthrough, the example it opens, and the page shown in the gallery.
 */
export const SHIPPED_FILES = [
  'package.nls.json',
  'l10n/bundle.l10n.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'media/icon.png',
  'media/walkthrough/*.md',
  'syntaxes/*.json',
  'schemas/*.json',
  'dist/preview.css',
  'dist/syntaxes/*.json',
  'docs/rules.md',
  'examples/NCT01547091.trial.yaml',
];

function expand(pattern) {
  if (!pattern.includes('*')) return [pattern];
  const dir = path.dirname(pattern);
  const suffix = path.basename(pattern).slice(1);
  return fs
    .readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith(suffix))
    .map((name) => `${dir}/${name}`);
}

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-record-package-'));
try {
  // Generated assets (preview stylesheet, grammars) are built into dist/, then staged like the rest.
  execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'build-assets.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const file of SHIPPED_FILES.flatMap(expand)) {
    fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(stage, file));
  }
  // The manifest without what only development needs (scripts would make vsce run `vscode:prepublish`).
  const {
    scripts: _scripts,
    devDependencies: _dev,
    dependencies: _deps,
    bin: _bin,
    private: _private,
    ...shipped
  } = manifest;
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(shipped, null, 2) + '\n');
  // Everything in the stage is meant to ship; vsce's default ignore list would still add nothing.
  fs.writeFileSync(path.join(stage, '.vscodeignore'), '.vscodeignore\n');

  execFileSync(
    process.execPath,
    [path.join(root, 'esbuild.mjs'), '--production', '--outdir', path.join(stage, 'dist')],
    { cwd: root, stdio: 'inherit' },
  );

  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], {
    cwd: stage,
    stdio: 'inherit',
    // No update check, no telemetry: packaging runs offline.
    env: { ...process.env, VSCE_STORE: path.join(stage, '.vsce-store'), npm_config_offline: 'true' },
  });
  console.log(
    `[package] ${path.relative(root, out) || out}: ${(fs.statSync(out).size / 1024).toFixed(0)} ` +
      `KiB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  if (argv.includes('--keep-stage')) console.log(`[package] stage kept in ${stage}`);
  else fs.rmSync(stage, { recursive: true, force: true });
}
