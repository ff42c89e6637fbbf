/**
 * Long fuzz runs: `npm run fuzz -- --count 10000 --seed 7 [--jobs N] [--corpus DIR] [--out DIR]`.
 *
 * Each case is a mutated real record (test/fuzz/mutate.ts) run through the whole core
 * (test/fuzz/runCase.ts) by a pool of long-lived workers, one per core (test/fuzz/pool.ts).
 * A case fails (test/fuzz/budget.ts) when it throws or kills its worker, when parse + check or
 * any single request after it takes over 2 s of CPU time, when the worker's peak RSS during
 * the case passes 1 GB, or when a range lies outside the text. Cases slow on the wall clock
 * only are listed apart. `--case N` replays one case in this process and writes it to --out
 * (default /tmp/trial-record-fuzz) for minimising; a summary is written there too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzBases, FIXTURE_RECORDS } from '../test/fuzz/bases';
import { BUDGET, judgeCase, type CaseReport, type Failure } from '../test/fuzz/budget';
import { makeCase } from '../test/fuzz/mutate';
import { runPool } from '../test/fuzz/pool';
import { runCase } from '../test/fuzz/runCase';

const KILL_CPU_MS = 30_000;
const KILL_WALL_MS = 300_000;
const HEAP_MIB = 1024;

function replay(seed: number, index: number, corpus: readonly string[], out: string): void {
  const fuzzCase = makeCase(fuzzBases(corpus), seed, index);
  const file = join(out, `case-${seed}-${index}.${fuzzCase.format === 'json' ? 'trial.json' : 'trial.yaml'}`);
  mkdirSync(out, { recursive: true });
  writeFileSync(file, fuzzCase.text);
  const result = runCase(fuzzCase.text, fuzzCase.format, index);
  console.log(JSON.stringify({ file, mutations: fuzzCase.mutations, size: fuzzCase.text.length, ...result }, null, 2));
}

function quantiles(values: readonly number[]): (q: number) => number {
  const sorted = [...values].sort((a, b) => a - b);
  return (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
}

/** The heaviest case by one measure. */
function heaviest(reports: readonly CaseReport[], measure: (report: CaseReport) => number) {
  let best: CaseReport | undefined;
  for (const report of reports) if (!best || measure(report) > measure(best)) best = report;
  return best ? { case: best.index, value: Math.round(measure(best)) } : undefined;
}

async function longRun(seed: number, count: number, jobs: number, corpus: readonly string[], out: string) {
  mkdirSync(out, { recursive: true });
  const reports: CaseReport[] = [];
  const failures: Failure[] = [];
  const wallOnlySlow: string[] = [];
  const started = Date.now();
  const record = (failure: Failure) => {
    failures.push(failure);
    console.error(`FAIL case ${failure.index} ${failure.kind}: ${failure.detail}`);
  };
  const summaryFile = join(out, `summary-${seed}.json`);
  const save = (summary: object) =>
    writeFileSync(summaryFile, JSON.stringify({ summary, failures, wallOnlySlow }, null, 2));
  let pool = { restarts: 0, cpuMs: 0 };
  pool = await runPool(
    Array.from({ length: count }, (_, index) => index),
    {
      workers: jobs,
      seed,
      corpus,
      killCpuMs: KILL_CPU_MS,
      killWallMs: KILL_WALL_MS,
      heapMiB: HEAP_MIB,
      replaceAfter: (report) => report.peakRss > BUDGET.rssBytes,
      onReport(report, workersCpuMs) {
        pool = { ...pool, cpuMs: workersCpuMs };
        reports.push(report);
        const judged = judgeCase(report);
        judged.failures.forEach(record);
        if (judged.wallOnlySlow) wallOnlySlow.push(judged.wallOnlySlow);
        if (reports.length % 500 === 0) {
          console.error(
            `… ${reports.length} cases, ${failures.length} failures, ${Math.round((Date.now() - started) / 1000)} s`,
          );
          save({ ...summarise(), finished: false }); // a run cut short still leaves its figures
        }
      },
      onLost: (index, kind, detail) => record({ index, kind, detail }),
    },
  );
  const summary = summarise();
  for (const line of wallOnlySlow.slice(0, 50)) console.log(`slow on the wall clock only: ${line}`);
  for (const failure of failures.slice(0, 200))
    console.log(`FAIL case ${failure.index} ${failure.kind}: ${failure.detail}`);
  console.log(JSON.stringify(summary, null, 2));
  save({ ...summary, finished: true });
  process.exitCode = failures.length > 0 ? 1 : 0;

  function summarise() {
    const cpuAt = quantiles(reports.map((report) => report.checkCpuMs));
    const byKind = (kind: Failure['kind']) => new Set(failures.filter((f) => f.kind === kind).map((f) => f.index)).size;
    return {
      seed,
      cases: count,
      answered: reports.length,
      crashes: byKind('crash'),
      hangsOver2sCpu: byKind('hang'),
      over1GB: byKind('memory'),
      rangesOutsideFile: byKind('range'),
      wallOnlySlowOver2s: wallOnlySlow.length,
      checkCpuMsMedian: cpuAt(0.5),
      checkCpuMsP99: cpuAt(0.99),
      maxCheckCpuMs: heaviest(reports, (report) => report.checkCpuMs),
      maxRequestCpuMs: heaviest(reports, (report) => report.slowestStep.cpuMs),
      maxCheckWallMs: heaviest(reports, (report) => report.checkMs),
      maxPeakRssMiB: heaviest(reports, (report) => report.peakRss / 2 ** 20),
      workers: jobs,
      workerRestarts: pool.restarts,
      workerCpuSeconds: Math.round(pool.cpuMs / 1000),
      wallSeconds: Math.round((Date.now() - started) / 1000),
      loadAverageAtEnd: loadavg().map((load) => Math.round(load * 10) / 10),
      corpus: [FIXTURE_RECORDS, ...corpus],
    };
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      corpus: { type: 'string', multiple: true, default: [] },
      out: { type: 'string', default: '/tmp/trial-record-fuzz' },
      case: { type: 'string' },
      jobs: { type: 'string', default: String(availableParallelism()) },
    },
  });
  const seed = Number(values.seed);
  const corpus = values.corpus ?? [];
  if (values.case !== undefined) return replay(seed, Number(values.case), corpus, values.out);
  await longRun(seed, Number(values.count), Math.max(1, Number(values.jobs)), corpus, values.out);
}

if (require.main === module) void main();
