import type { StepTime } from './runCase';

/**
 * The per-case budgets of a long fuzz run (issue 16) and how a case's measurements are judged
 * against them. Time is CPU time of the worker: on a shared machine wall time also counts
 * other processes' turns, so a case slow only on the wall clock is reported apart, not failed.
 */

export const BUDGET = {
  /** Parse + check, and each single request after it, in CPU ms. */
  cpuMs: 2_000,
  /** Peak resident memory of the worker during the case. */
  rssBytes: 1024 * 1024 * 1024,
} as const;

/** What a worker measured for one case. */
export interface CaseReport {
  readonly index: number;
  readonly name: string;
  readonly mutations: readonly string[];
  readonly size: number;
  readonly checkMs: number;
  readonly checkCpuMs: number;
  /** The request after the check with the most CPU time, and the one with the most wall time. */
  readonly slowestStep: StepTime;
  readonly slowestWallStep: StepTime;
  /** Peak RSS of the worker while it ran this case (the peak is reset before each case). */
  readonly peakRss: number;
  readonly findings: number;
  /** Exceptions (`<step> threw: …`) and ranges outside the text, from runCase. */
  readonly problems: readonly string[];
}

export type FailureKind = 'crash' | 'hang' | 'memory' | 'range';

export interface Failure {
  readonly index: number;
  readonly kind: FailureKind;
  readonly detail: string;
}

export interface Judgement {
  readonly failures: Failure[];
  /** Over the time budget on the wall clock only (CPU within budget): load on the machine, not a hang. */
  readonly wallOnlySlow?: string;
}

const round = (ms: number) => Math.round(ms);

/** The failures of one case; a case with none passed. */
export function judgeCase(report: CaseReport): Judgement {
  const failures: Failure[] = [];
  const what = `[${report.mutations.join('+')}, ${report.size} chars]`;
  const fail = (kind: FailureKind, detail: string) =>
    failures.push({ index: report.index, kind, detail: `${detail} ${what}` });
  const thrown = report.problems.filter((problem) => problem.includes(' threw: '));
  const ranges = report.problems.filter((problem) => !problem.includes(' threw: '));
  if (thrown.length > 0) fail('crash', thrown[0]);
  if (ranges.length > 0) fail('range', ranges[0]);
  const step = report.slowestStep;
  if (report.checkCpuMs > BUDGET.cpuMs)
    fail('hang', `parse + check ${round(report.checkCpuMs)} ms CPU (${round(report.checkMs)} ms wall)`);
  if (step.cpuMs > BUDGET.cpuMs) fail('hang', `${step.name} ${round(step.cpuMs)} ms CPU (${round(step.ms)} ms wall)`);
  if (report.peakRss > BUDGET.rssBytes) fail('memory', `peak RSS ${Math.round(report.peakRss / 2 ** 20)} MiB`);
  const wallStep = report.slowestWallStep;
  const slowWall =
    report.checkMs > BUDGET.cpuMs && report.checkCpuMs <= BUDGET.cpuMs
      ? `parse + check ${round(report.checkMs)} ms wall, ${round(report.checkCpuMs)} ms CPU`
      : wallStep.ms > BUDGET.cpuMs && wallStep.cpuMs <= BUDGET.cpuMs
        ? `${wallStep.name} ${round(wallStep.ms)} ms wall, ${round(wallStep.cpuMs)} ms CPU`
        : undefined;
  return { failures, wallOnlySlow: slowWall && `case ${report.index}: ${slowWall} ${what}` };
}
