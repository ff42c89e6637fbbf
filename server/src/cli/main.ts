import { applyBulkCheckFlags } from './v8Flags';
import { isCheckWorker, runCheckWorker } from './pool';
import { runCli } from './run';
import { CoalescedOutput } from './coalescedOutput';

if (isCheckWorker()) {
  runCheckWorker();
} else {
  applyBulkCheckFlags();
  // `trial-record check big.zip | head`: a closed pipe ends the run quietly, as other command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const stdout = new CoalescedOutput((text) => process.stdout.write(text));
  void runCli(process.argv.slice(2), {
    stdout: (text) => stdout.add(text),
    // What went to stdout before a message goes out first, so a terminal shows both in the order they were written.
    stderr: (text) => {
      stdout.flush();
      process.stderr.write(text);
    },
    cwd: process.cwd(),
    isTty: process.stdout.isTTY,
    isStderrTty: process.stderr.isTTY,
    stdin: process.stdin,
    workerScript: __filename,
    drain: () =>
      // Only what has been written can be waited for; what is gathered is small.
      process.stdout.writableNeedDrain
        ? new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()))
        : Promise.resolve(),
  }).then((code) => {
    stdout.flush();
    process.exitCode = code;
  });
}
