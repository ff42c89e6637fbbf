#!/usr/bin/env node
// Runs the same end-to-end suite (dist/e2e/index.js) in VS Code desktop through
// @vscode/test-electron. It downloads VS Code into .vscode-test/ on first use, so it needs
// update.code.visualstudio.com; where only npm and apt are reachable use run-e2e.mjs
// (code-server) instead. Set VSCODE_EXECUTABLE to use a VS Code that is already installed.
//
// usage: node scripts/e2e/run-electron.mjs [--workspace DIR] [--grep TEXT]
// env:   VSCODE_EXECUTABLE  path of a VS Code binary (skips the download)
//        VSCODE_VERSION     version to download (default 1.99.3, the one code-server 4.99.4 bundles)
// exit:  0 pass, 1 tests failed, 2 setup error (e.g. the download failed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestRunFailedError, runTests } from '@vscode/test-electron';
import { opt, root } from './options.mjs';

const workspace = path.resolve(root, opt('workspace', 'examples'));
const testsFile = path.join(root, 'dist/e2e/index.js');
if (!fs.existsSync(testsFile)) {
  console.error(`[e2e] missing ${testsFile}; run node scripts/e2e/build-tests.mjs`);
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-record-electron-'));
const resultFile = path.join(tmp, 'result.json');
const started = Date.now();
let rc;
try {
  const code = await runTests({
    version: process.env.VSCODE_VERSION || '1.99.3',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: root,
    extensionTestsPath: testsFile,
    extensionTestsEnv: { E2E_RESULT_FILE: resultFile, E2E_GREP: opt('grep', '') },
    launchArgs: [
      workspace,
      '--disable-extensions', // only the extension under development
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      path.join(tmp, 'user'),
      '--extensions-dir',
      path.join(tmp, 'extensions'),
    ],
  });
  rc = code === 0 ? 0 : 1;
} catch (error) {
  // runTests rejects with TestRunFailedError when VS Code exits non-zero (failed tests),
  // and with other errors when it could not download or start VS Code.
  const failedRun = error instanceof TestRunFailedError;
  console.error(
    `[e2e] ${failedRun ? 'tests failed' : 'could not run VS Code'}: ${error && error.message ? error.message : error}`,
  );
  rc = failedRun || fs.existsSync(resultFile) ? 1 : 2;
}
try {
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  for (const failure of result.failures || []) console.log(`  FAIL ${failure.title}: ${failure.error}`);
  console.log(`${result.passed} passed, ${result.failed} failed${result.pending ? `, ${result.pending} skipped` : ''}`);
} catch {
  console.log('[e2e] the suite wrote no result');
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`[e2e] done in ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${rc}`);
process.exit(rc);
