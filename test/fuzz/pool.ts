/**
 * A pool of long-lived fuzz workers (test/fuzz/worker.ts), one per core by default. Each runs
 * cases one after another; the parent hands the next case to whichever worker is free. A worker
 * that dies (crash, heap out of memory) or that a watchdog stops (a case far over its CPU or wall
 * limit) is replaced, and its case is recorded as lost with the reason.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseReport, FailureKind } from './budget';
import type { FromWorker, ToWorker } from './worker';

export interface PoolOptions {
  readonly workers: number;
  readonly seed: number;
  readonly corpus: readonly string[];
  /** A case still running after this much CPU time is stopped (it has failed its budget long before). */
  readonly killCpuMs: number;
  /** …or after this much wall time (a worker that gets no CPU at all). */
  readonly killWallMs: number;
  /** V8 heap limit of a worker, in MiB: a case that needs more dies with "heap out of memory". */
  readonly heapMiB: number;
  /** Called when a worker must be replaced after `report` (its peak RSS stays high otherwise). */
  readonly replaceAfter: (report: CaseReport) => boolean;
  /** Each case's report, with the CPU time of all workers so far (ms). */
  readonly onReport: (report: CaseReport, workersCpuMs: number) => void;
  readonly onLost: (index: number, kind: FailureKind, detail: string) => void;
}

export interface PoolResult {
  /** Workers started beyond the first `workers` (each after a lost case or a replacement). */
  readonly restarts: number;
  /** CPU time of all workers together (startup included), in ms. */
  readonly cpuMs: number;
}

const WORKER = join(__dirname, 'worker.ts');
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time a process has used so far, in ms (Linux /proc), or undefined elsewhere. */
function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

interface Slot {
  child: ChildProcess;
  index?: number;
  startedAt: number;
  cpuAtStart?: number;
  stderr: string;
  cpuMsTotal: number;
  stopped?: { kind: FailureKind; detail: string };
}

export function runPool(indices: readonly number[], options: PoolOptions): Promise<PoolResult> {
  const queue = [...indices].reverse();
  let restarts = 0;
  let finishedCpuMs = 0;
  let live = 0;
  const slots = new Set<Slot>();

  return new Promise((resolve) => {
    const watchdog = setInterval(() => {
      for (const slot of slots) {
        if (slot.index === undefined) continue;
        const cpu = processCpuMs(slot.child.pid);
        const cpuMs = cpu !== undefined && slot.cpuAtStart !== undefined ? cpu - slot.cpuAtStart : 0;
        const wallMs = Date.now() - slot.startedAt;
        if (cpuMs > options.killCpuMs || wallMs > options.killWallMs) {
          slot.stopped = {
            kind: 'hang',
            detail: `stopped after ${Math.round(cpuMs)} ms CPU, ${Math.round(wallMs)} ms wall`,
          };
          slot.child.kill('SIGKILL');
        }
      }
    }, 1_000);

    const finish = () => {
      clearInterval(watchdog);
      resolve({ restarts, cpuMs: finishedCpuMs });
    };

    const dispatch = (slot: Slot) => {
      const index = queue.pop();
      if (index === undefined) {
        slot.child.kill();
        return;
      }
      slot.index = index;
      slot.startedAt = Date.now();
      slot.cpuAtStart = processCpuMs(slot.child.pid);
      slot.child.send({ kind: 'run', index } satisfies ToWorker);
    };

    const start = () => {
      live++;
      const child = fork(WORKER, [], {
        execArgv: ['--import', 'tsx', '--expose-gc', `--max-old-space-size=${options.heapMiB}`],
        env: { ...process.env, FUZZ_SEED: String(options.seed), FUZZ_CORPUS: options.corpus.join(':') },
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      const slot: Slot = { child, startedAt: Date.now(), stderr: '', cpuMsTotal: 0 };
      slots.add(slot);
      child.stderr!.on('data', (chunk: Buffer) => (slot.stderr = (slot.stderr + chunk.toString()).slice(-2_000)));
      child.on('message', (message: FromWorker) => {
        if (message.kind === 'ready') return dispatch(slot);
        slot.index = undefined;
        slot.cpuMsTotal = message.cpuMsTotal;
        let workersCpuMs = finishedCpuMs;
        for (const other of slots) workersCpuMs += other.cpuMsTotal;
        options.onReport(message.report, workersCpuMs);
        if (options.replaceAfter(message.report)) slot.child.kill();
        else dispatch(slot);
      });
      child.on('exit', (code, signal) => {
        slots.delete(slot);
        live--;
        finishedCpuMs += slot.cpuMsTotal;
        if (slot.index !== undefined) {
          const last = slot.stderr.trim().split('\n').slice(-3).join(' | ');
          const lost = slot.stopped ?? {
            kind: /heap out of memory/i.test(slot.stderr) ? 'memory' : 'crash',
            detail: `worker exit ${code ?? signal}: ${last}`,
          };
          options.onLost(slot.index, lost.kind, lost.detail);
        }
        if (queue.length > 0) {
          restarts++;
          start();
        } else if (live === 0) finish();
      });
    };

    if (queue.length === 0) return finish();
    for (let i = 0; i < Math.min(options.workers, queue.length); i++) start();
  });
}
