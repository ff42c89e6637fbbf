/**
 * Long fuzz runs: `npm run fuzz -- --count 10000 --seed 7 [--corpus DIR] [--out DIR]`.
 *
 * Each case is a mutated real record (test/fuzz/mutate.ts) run through the whole core
 * (test/fuzz/runCase.ts) in a child process with a 1 GB heap. The parent counts a case as
 * a crash when it throws or kills the child, a hang when it takes over 2 s (the child is
 * killed after 60 s), over memory when the child's peak RSS passes 1 GB, and a range
 * failure when any range lies outside the text. Failing inputs are written to --out
 * (default /tmp/trial-record-fuzz) for minimising; `--case N` replays one case.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCase, type BaseRecord } from '../test/fuzz/mutate';
import { runCase } from '../test/fuzz/runCase';

const TIME_BUDGET_MS = 2_000;
const MEMORY_BUDGET_BYTES = 1024 * 1024 * 1024;
const KILL_AFTER_MS = 60_000;

const FIXTURES = join(__dirname, '../test/fixtures/records');

export function loadBases(dirs: readonly string[], limit = Infinity): BaseRecord[] {
  const bases: BaseRecord[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      if (bases.length >= limit) return bases;
      bases.push({
        name,
        value: JSON.parse(readFileSync(join(dir, name), 'utf8')),
      });
    }
  }
  return bases;
}

interface CaseReport {
  readonly index: number;
  readonly name: string;
  readonly mutations: readonly string[];
  readonly size: number;
  readonly ms: number;
  readonly checkMs: number;
  readonly checkCpuMs: number;
  readonly slowestStep: {
    readonly name: string;
    readonly ms: number;
    readonly cpuMs: number;
  };
  readonly maxRss: number;
  readonly findings: number;
  readonly problems: readonly string[];
}

type ChildMessage = { kind: 'start'; index: number } | { kind: 'done'; report: CaseReport };

function childMain(): void {
  const corpus = process.env.FUZZ_CORPUS ? process.env.FUZZ_CORPUS.split(':') : [];
  const bases = loadBases([FIXTURES, ...corpus]);
  const seed = Number(process.env.FUZZ_SEED);
  process.on('message', (message: { from: number; to: number }) => {
    for (let index = message.from; index < message.to; index++) {
      const fuzzCase = makeCase(bases, seed, index);
      process.send!({ kind: 'start', index } satisfies ChildMessage);
      const result = runCase(fuzzCase.text, fuzzCase.format, index);
      const report: CaseReport = {
        index,
        name: fuzzCase.name,
        mutations: fuzzCase.mutations,
        size: fuzzCase.text.length,
        ms: result.ms,
        checkMs: result.checkMs,
        checkCpuMs: result.checkCpuMs,
        slowestStep: result.slowestStep,
        maxRss: process.resourceUsage().maxRSS * 1024,
        findings: result.findings,
        problems: result.problems,
      };
      process.send!({ kind: 'done', report } satisfies ChildMessage);
    }
    process.exit(0);
  });
}

interface Failure {
  readonly index: number;
  readonly kind: 'crash' | 'hang' | 'memory' | 'range';
  readonly detail: string;
}

async function parentMain(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      corpus: { type: 'string', multiple: true, default: [] },
      out: { type: 'string', default: '/tmp/trial-record-fuzz' },
      case: { type: 'string' },
      jobs: { type: 'string', default: '1' },
      profile: { type: 'boolean', default: false },
    },
  });
  const seed = Number(values.seed);
  const corpus = values.corpus ?? [];
  if (values.case !== undefined) {
    const bases = loadBases([FIXTURES, ...corpus]);
    const fuzzCase = makeCase(bases, seed, Number(values.case));
    const file = join(
      values.out,
      `case-${seed}-${values.case}.${fuzzCase.format === 'json' ? 'trial.json' : 'trial.yaml'}`,
    );
    mkdirSync(values.out, { recursive: true });
    writeFileSync(file, fuzzCase.text);
    const result = runCase(fuzzCase.text, fuzzCase.format, Number(values.case));
    if (values.profile) return;
    console.log(
      JSON.stringify(
        {
          file,
          mutations: fuzzCase.mutations,
          size: fuzzCase.text.length,
          ...result,
        },
        null,
        2,
      ),
    );
    return;
  }
  const count = Number(values.count);
  mkdirSync(values.out, { recursive: true });
  const failures: Failure[] = [];
  const times: number[] = [];
  let maxRss = 0;
  let slowest = { ms: 0, index: -1 };
  let slowestStep = { name: '', ms: 0, index: -1 };
  const cpuTimes: number[] = [];
  let slowestCpu = { ms: 0, index: -1 };
  let slowestStepCpu = { name: '', ms: 0, index: -1 };
  const started = Date.now();
  const jobs = Math.max(1, Number(values.jobs));
  const share = Math.ceil(count / jobs);
  await Promise.all(
    Array.from({ length: jobs }, (_, job) => runRange(job * share, Math.min(count, (job + 1) * share))),
  );

  /** Runs cases [first, end) in child processes of 200 cases each, replacing a child that dies. */
  async function runRange(first: number, end: number): Promise<void> {
    let next = first;
    while (next < end) {
      const from = next;
      const outcome = await new Promise<{ resumeAt: number }>((resolve) => {
        const child: ChildProcess = fork(__filename, ['--child'], {
          execArgv: ['--import', 'tsx', '--max-old-space-size=1024'],
          env: {
            ...process.env,
            FUZZ_SEED: String(seed),
            FUZZ_CORPUS: corpus.join(':'),
          },
          stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        });
        let current = from;
        let stderr = '';
        let timer: ReturnType<typeof setTimeout> | undefined;
        const arm = () => {
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => {
            failures.push({
              index: current,
              kind: 'hang',
              detail: `no answer after ${KILL_AFTER_MS} ms`,
            });
            child.kill('SIGKILL');
          }, KILL_AFTER_MS);
        };
        child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
        child.on('message', (message: ChildMessage) => {
          if (message.kind === 'start') {
            current = message.index;
            arm();
            return;
          }
          const { report } = message;
          times.push(report.checkMs);
          cpuTimes.push(report.checkCpuMs);
          maxRss = Math.max(maxRss, report.maxRss);
          if (report.checkMs > slowest.ms) slowest = { ms: report.checkMs, index: report.index };
          slowestStep =
            report.slowestStep.ms > slowestStep.ms ? { ...report.slowestStep, index: report.index } : slowestStep;
          const fail = (kind: Failure['kind'], detail: string) => {
            const failure = {
              index: report.index,
              kind,
              detail: `${detail} [${report.mutations.join('+')}, ${report.size} chars]`,
            };
            failures.push(failure);
            console.error(`FAIL case ${failure.index} ${failure.kind}: ${failure.detail}`);
          };
          const thrown = report.problems.filter((problem) => problem.includes(' threw: '));
          const ranges = report.problems.filter((problem) => !problem.includes(' threw: '));
          if (thrown.length > 0) fail('crash', thrown[0]);
          if (ranges.length > 0) fail('range', ranges[0]);
          // The budget is CPU time: on a shared machine wall time also counts other processes' turns (both are reported).
          if (report.checkCpuMs > TIME_BUDGET_MS)
            fail(
              'hang',
              `parse + check ${Math.round(report.checkCpuMs)} ms CPU (${Math.round(report.checkMs)} ms wall)`,
            );
          if (report.slowestStep.cpuMs > TIME_BUDGET_MS) {
            fail(
              'hang',
              `${report.slowestStep.name} ${Math.round(report.slowestStep.cpuMs)} ms CPU (${Math.round(report.slowestStep.ms)} ms wall)`,
            );
          }
          if (report.checkCpuMs > slowestCpu.ms) slowestCpu = { ms: report.checkCpuMs, index: report.index };
          if (report.slowestStep.cpuMs > slowestStepCpu.ms)
            slowestStepCpu = {
              name: report.slowestStep.name,
              ms: report.slowestStep.cpuMs,
              index: report.index,
            };
          if (report.maxRss > MEMORY_BUDGET_BYTES) {
            fail('memory', `peak RSS ${Math.round(report.maxRss / 2 ** 20)} MiB`);
            child.kill('SIGKILL'); // a fresh child resets the peak
          }
          current = report.index + 1;
          if (times.length % 500 === 0)
            console.error(
              `… ${times.length} cases, ${failures.length} failures, ${Math.round((Date.now() - started) / 1000)} s`,
            );
        });
        child.on('exit', (code, signal) => {
          if (timer) clearTimeout(timer);
          const finished = current >= Math.min(end, from + 200);
          if (!finished && code !== 0 && !failures.some((failure) => failure.index === current)) {
            failures.push({
              index: current,
              kind: /heap out of memory/i.test(stderr) ? 'memory' : 'crash',
              detail: `child exit ${code ?? signal}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
            });
          }
          resolve({
            resumeAt: finished ? Math.min(end, from + 200) : current + 1,
          });
        });
        child.send({ from, to: Math.min(end, from + 200) });
      });
      next = outcome.resumeAt;
    }
  }

  const quantile = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  };
  const at = quantile(times);
  const cpuAt = quantile(cpuTimes);
  const byKind = (kind: Failure['kind']) => failures.filter((failure) => failure.kind === kind).length;
  const summary = {
    seed,
    cases: count,
    answered: times.length,
    crashes: byKind('crash'),
    hangsOver2s: byKind('hang'),
    over1GB: byKind('memory'),
    rangesOutsideFile: byKind('range'),
    checkCpuMsMedian: cpuAt(0.5),
    checkCpuMsP99: cpuAt(0.99),
    checkCpuMsMax: Math.round(slowestCpu.ms),
    slowestCheckCaseCpu: slowestCpu.index,
    slowestRequestCpu: { ...slowestStepCpu, ms: Math.round(slowestStepCpu.ms) },
    checkWallMsMedian: at(0.5),
    checkWallMsP99: at(0.99),
    checkWallMsMax: Math.round(slowest.ms),
    slowestCheckCaseWall: slowest.index,
    slowestRequestWall: { ...slowestStep, ms: Math.round(slowestStep.ms) },
    loadAverageAtEnd: loadavg().map((load) => Math.round(load * 10) / 10),
    peakRssMiB: Math.round(maxRss / 2 ** 20),
    wallSeconds: Math.round((Date.now() - started) / 1000),
    corpus: [FIXTURES, ...corpus],
  };
  for (const failure of failures.slice(0, 200))
    console.log(`FAIL case ${failure.index} ${failure.kind}: ${failure.detail}`);
  console.log(JSON.stringify(summary, null, 2));
  writeFileSync(join(values.out, `summary-${seed}.json`), JSON.stringify({ summary, failures }, null, 2));
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (require.main === module) {
  if (process.argv.includes('--child')) childMain();
  else void parentMain();
}
