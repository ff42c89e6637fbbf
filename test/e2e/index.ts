// Entry point loaded by the extension host (extensionTestsPath = dist/e2e/index.js, bundled by
// scripts/e2e/build-tests.mjs). VS Code calls run(); the settled promise becomes the extension
// host's exit code, which the runner receives (code-server: window.codeAutomationExit;
// @vscode/test-electron: the process exit code). When E2E_RESULT_FILE is set, a JSON summary
// is written there for the runner to print.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Failure {
  readonly title: string;
  readonly error: string;
}

function writeResult(result: {
  passed: number;
  failed: number;
  pending: number;
  failures: Failure[];
  skipped: { title: string; reason: string }[];
}): void {
  const file = process.env.E2E_RESULT_FILE;
  if (!file) return;
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(result, null, 2));
  fs.renameSync(`${file}.tmp`, file); // atomic for the runner
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.E2E_GREP;
  if (grep) mocha.grep(grep);
  // Files run in name order; each opens the example itself, so any one also runs alone.
  for (const file of fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise<void>((resolve, reject) => {
    const failures: Failure[] = [];
    const skipped: { title: string; reason: string }[] = [];
    const reasons = ((globalThis as { e2eSkipReasons?: Record<string, string> }).e2eSkipReasons ??= {});
    try {
      const runner = mocha.run((failed) => {
        const stats = runner.stats;
        writeResult({ passed: stats?.passes ?? 0, failed, pending: stats?.pending ?? 0, failures, skipped });
        if (failed > 0) reject(new Error(`${failed} tests failed.`));
        else resolve();
      });
      runner.on('fail', (test, error: Error) =>
        failures.push({ title: test.fullTitle(), error: (error as Error | undefined)?.message ?? String(error) }),
      );
      runner.on('pending', (test) =>
        skipped.push({ title: test.fullTitle(), reason: reasons[test.fullTitle()] ?? '' }),
      );
    } catch (error) {
      writeResult({
        passed: 0,
        failed: 1,
        pending: 0,
        failures: [{ title: 'loading the suite', error: (error as Error | undefined)?.stack ?? String(error) }],
        skipped,
      });
      reject(error);
    }
  });
}
