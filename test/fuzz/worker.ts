/**
 * A long-lived fuzz worker (forked by test/fuzz/pool.ts): runs the cases it is sent one after
 * another and reports each one's times and peak RSS. The peak is reset before each case
 * (Linux `clear_refs`), so it belongs to that case, not to the worker's history.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fuzzBases } from './bases';
import type { CaseReport } from './budget';
import { makeCase } from './mutate';
import { runCase } from './runCase';

export type ToWorker = { readonly kind: 'run'; readonly index: number };
export type FromWorker =
  { readonly kind: 'ready' } | { readonly kind: 'done'; readonly report: CaseReport; readonly cpuMsTotal: number };

/** Garbage left by a megabyte case is collected before the next one, so its peak is its own. */
const COLLECT_ABOVE_BYTES = 384 * 1024 * 1024;

function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function peakRss(canReset: boolean): number {
  if (canReset) {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) * 1024;
  }
  return process.resourceUsage().maxRSS * 1024;
}

function workerMain(): void {
  const seed = Number(process.env.FUZZ_SEED);
  const bases = fuzzBases(process.env.FUZZ_CORPUS ? process.env.FUZZ_CORPUS.split(':') : []);
  const send = (message: FromWorker) => process.send!(message);
  process.on('message', (message: ToWorker) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc && process.memoryUsage().rss > COLLECT_ABOVE_BYTES) gc();
    const fuzzCase = makeCase(bases, seed, message.index);
    const canReset = resetPeakRss();
    const result = runCase(fuzzCase.text, fuzzCase.format, message.index);
    const report: CaseReport = {
      index: message.index,
      name: fuzzCase.name,
      mutations: fuzzCase.mutations,
      size: fuzzCase.text.length,
      checkMs: result.checkMs,
      checkCpuMs: result.checkCpuMs,
      slowestStep: result.slowestStep,
      slowestWallStep: result.slowestWallStep,
      peakRss: peakRss(canReset),
      findings: result.findings,
      problems: result.problems,
    };
    const cpu = process.cpuUsage();
    send({ kind: 'done', report, cpuMsTotal: (cpu.user + cpu.system) / 1000 });
  });
  send({ kind: 'ready' });
}

if (require.main === module) workerMain();
