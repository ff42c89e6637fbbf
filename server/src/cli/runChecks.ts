import { availableParallelism } from 'node:os';
import type { SeverityLevel } from '../core';
import { ConfigLocator } from './config';
import { collectInputs } from './files';
import type { CheckSettings, InputProblem, RecordResult } from './jobs';
import { type CliIo, UsageError } from './io';
import { checkInOrder, inProcessChecker, threadPoolChecker, type Checker } from './pool';
import { ProgressBar } from './progress';
import { readInputs } from './readInputs';

export interface RunRequest {
  readonly names: readonly string[];
  /**
   * Threads that check records, this one among them; undefined means one per core (this one alone for a handful of
   * files).
   */
  readonly jobs?: number;
  readonly settings: CheckSettings;
  /** `--rule <id>=<level>` overrides, above the config files. */
  readonly overrides: Readonly<Record<string, SeverityLevel>>;
  /** Show a progress bar on stderr when it is a terminal. */
  readonly progress: boolean;
  readonly onResult: (result: RecordResult) => void | Promise<void>;
}

export interface RunTotals {
  readonly records: number;
  readonly problems: number;
}

/** Below this many plain files, starting worker threads costs more than it saves. */
const SMALL_RUN = 16;
/**
 * Records read ahead per thread that checks: enough to keep every thread busy, few enough to bound memory (a waiting
 * record is its compressed bytes). A worker checks up to 16 at a time, so with 16 it went idle after each batch until
 * its results were taken and the next records sent: at 64 the next batch is already waiting (errors only, two workers,
 * 20,000 records: 10.2 → 8.5 s, two interleaved pairs; every finding, where the workers are busier, −6 %). At 128 a
 * worker can hold its share (`WORKER_QUEUE`) while this thread still has records of its own to check.
 */
const READ_AHEAD_PER_THREAD = 128;

/** Reads every input, checks every record (in parallel when worth it) and hands results over in input order. */
export async function runChecks(request: RunRequest, io: CliIo): Promise<RunTotals> {
  const collected = collectInputs(request.names, io.cwd);
  for (const notice of collected.notices) io.stderr(`trial-record: ${notice}\n`);
  const totalBytes = collected.inputs.some((input) => input.kind === 'stdin')
    ? 0
    : collected.inputs.reduce((sum, input) => sum + input.size, 0);
  const progress = request.progress && io.isStderrTty ? new ProgressBar(io.stderr, totalBytes) : undefined;
  let problems = 0;
  const report = (problem: InputProblem) => {
    problems++;
    progress?.done();
    io.stderr(`trial-record: ${problem.message}\n`);
  };
  for (const problem of collected.problems) report(problem);

  const configs = new ConfigLocator(io.cwd);
  const reportedConfigs = new Set<string>();
  const severitiesFor = (path: string) => {
    const config = configs.forFile(path);
    if (config.path && !reportedConfigs.has(config.path)) {
      reportedConfigs.add(config.path);
      for (const problem of config.problems) io.stderr(`trial-record: ${problem}\n`);
    }
    return Object.keys(request.overrides).length === 0
      ? config.severities
      : { ...config.severities, ...request.overrides };
  };

  const jobs = request.jobs ?? (isSmall(collected.inputs) ? 1 : availableParallelism());
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs takes a whole number of threads, 1 or more.');
  const checker: Checker =
    jobs > 1 && io.workerScript
      ? threadPoolChecker(request.settings, jobs, io.workerScript)
      : inProcessChecker(request.settings);

  let records = 0;
  try {
    const items = readInputs(collected.inputs, {
      cwd: io.cwd,
      stdin: io.stdin,
      severitiesFor,
      onBytes: (bytes) => progress?.addBytes(bytes),
    });
    for await (const outcome of checkInOrder(items, checker, Math.max(4, jobs * READ_AHEAD_PER_THREAD))) {
      if (outcome.kind === 'problem') {
        report(outcome.problem);
        continue;
      }
      records++;
      await request.onResult(outcome.result);
      progress?.recordDone();
    }
  } finally {
    progress?.done();
    await checker.close();
  }
  return { records, problems };
}

function isSmall(inputs: readonly { kind: string }[]): boolean {
  return inputs.length < SMALL_RUN && inputs.every((input) => input.kind === 'record');
}
