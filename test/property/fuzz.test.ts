import { strict as assert } from 'node:assert';
import { FIXTURE_RECORDS, loadBases } from '../fuzz/bases';
import { makeCase } from '../fuzz/mutate';
import { runCase } from '../fuzz/runCase';

/**
 * The seeded CI fuzz run: mutated real records (test/fixtures/records) through parse, check,
 * every editor feature and the preview. Reproducible: a failure names its case, and
 * `npm run fuzz -- --case N --seed 20261201` writes it to a file. Long runs (10,000 cases,
 * with CPU-time and memory budgets per case, in a pool of worker processes) use `npm run fuzz`.
 * Megabyte-sized mutations are kept for the long runs: this run must stay under two minutes
 * on two cores, so cases over 200,000 characters are skipped here.
 */

const SEED = 20261201;
const CASES = Number(process.env.FUZZ_CASES ?? 1_500);
const MAX_CHARS = 200_000;

describe('property: fuzzed records never crash the core or leave the file', function () {
  this.timeout(300_000);

  it(`${CASES} seeded cases: no exception, every range inside the text`, () => {
    const bases = loadBases([FIXTURE_RECORDS]);
    const failures: string[] = [];
    let run = 0;
    let slowest = { ms: 0, index: -1 };
    const started = performance.now();
    for (let index = 0; index < CASES; index++) {
      const fuzzCase = makeCase(bases, SEED, index);
      if (fuzzCase.text.length > MAX_CHARS) continue;
      run++;
      const result = runCase(fuzzCase.text, fuzzCase.format, index);
      if (result.checkMs > slowest.ms) slowest = { ms: result.checkMs, index };
      for (const problem of result.problems)
        failures.push(`case ${index} [${fuzzCase.mutations.join('+')}]: ${problem}`);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `      ${run} cases run (${CASES - run} over ${MAX_CHARS} characters left to long runs) in ` +
        `${seconds.toFixed(1)} s; slowest check ${Math.round(slowest.ms)} ms (case ${slowest.index})`,
    );
    assert.deepEqual(failures.slice(0, 20), []);
  });
});
