import { applyBulkCheckFlags } from './v8Flags';
import { isCheckWorker, runCheckWorker } from './pool';
import { runCli } from './run';

if (isCheckWorker()) {
  runCheckWorker();
} else {
  applyBulkCheckFlags();
  // `trial-record check big.zip | head`: a closed pipe ends the run quietly, as other command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTty: process.stdout.isTTY,
    isStderrTty: process.stderr.isTTY,
    stdin: process.stdin,
    workerScript: __filename,
    drain: () =>
      process.stdout.writableNeedDrain
        ? new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()))
        : Promise.resolve(),
  }).then((code) => {
    process.exitCode = code;
  });
}
