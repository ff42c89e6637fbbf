import { strict as assert } from 'node:assert';
import { BUDGET, judgeCase, type CaseReport } from './budget';

/** The long run's verdicts: CPU time decides a hang, wall time alone only lists the case. */

const quiet = { name: 'hover@0', ms: 5, cpuMs: 5 };
const passing: CaseReport = {
  index: 7,
  name: 'NCT0#7',
  mutations: ['byteFlips'],
  size: 100,
  checkMs: 40,
  checkCpuMs: 35,
  slowestStep: quiet,
  slowestWallStep: quiet,
  peakRss: 200 * 2 ** 20,
  findings: 3,
  problems: [],
};
const kinds = (report: CaseReport) => judgeCase(report).failures.map((failure) => failure.kind);

describe('fuzz budgets (long runs)', () => {
  it('passes a case within every budget', () => {
    assert.deepEqual(judgeCase(passing), { failures: [], wallOnlySlow: undefined });
  });

  it('counts a hang by CPU time, for the check and for any single request', () => {
    assert.deepEqual(kinds({ ...passing, checkCpuMs: BUDGET.cpuMs + 1, checkMs: BUDGET.cpuMs + 1 }), ['hang']);
    const slowRequest = { name: 'codeActions', ms: 2_500, cpuMs: 2_100 };
    assert.deepEqual(kinds({ ...passing, slowestStep: slowRequest, slowestWallStep: slowRequest }), ['hang']);
  });

  it('lists a case slow on the wall clock only apart, without failing it', () => {
    const judged = judgeCase({ ...passing, checkMs: 4_000, checkCpuMs: 900 });
    assert.deepEqual(judged.failures, []);
    assert.match(judged.wallOnlySlow!, /case 7: parse \+ check 4000 ms wall, 900 ms CPU/);
    const request = { name: 'preview', ms: 3_000, cpuMs: 400 };
    assert.match(judgeCase({ ...passing, slowestWallStep: request }).wallOnlySlow!, /preview 3000 ms wall/);
  });

  it('fails memory over 1 GB, exceptions and ranges outside the text', () => {
    assert.deepEqual(kinds({ ...passing, peakRss: BUDGET.rssBytes + 1 }), ['memory']);
    assert.deepEqual(kinds({ ...passing, problems: ['check threw: boom', 'finding: span 0-9 outside 0-5'] }), [
      'crash',
      'range',
    ]);
  });
});
