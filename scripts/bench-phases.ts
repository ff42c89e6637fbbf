/**
 * Where a bulk check's time goes: CPU per record of each step the CLI runs on every record (parse, schema,
 * rules, the whole check with placing and filtering), and the rules that cost most, on the shared corpus.
 * Every pass checks fresh objects (parsed anew outside the timing), as a registry download does, so no
 * cache of a previous pass helps. CPU time is the whole process's (garbage collection on V8's helper
 * threads included); the figure is the lowest of several passes, the least disturbed by other work.
 *
 * Usage: npx tsx scripts/bench-phases.ts [passes]   (bench-cli.ts runs it and copies the table)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordChecker } from '../server/src/cli/checkRecord';
import { applyBulkCheckFlags } from '../server/src/cli/v8Flags';
import { createTrialRecordService, fixedClock } from '../server/src/core';
import { runRules, runRulesOnEach } from '../server/src/core/engine';
import { ALL_RULES } from '../server/src/core/rules';
import { validateStudy } from '../server/src/core/schema';

const CORPUS = join(__dirname, '../../shared/corpus/v2json');
const TODAY = '2026-12-01';

/** The lowest CPU time per record, in microseconds, of `passes` runs of `step` over fresh inputs. */
function cpuPerRecord<T>(passes: number, fresh: () => T[], step: (input: T) => unknown): number {
  return cpuPerBatchedRecord(
    passes,
    () => fresh().map((input) => [input]),
    ([input]) => step(input),
  );
}

/** The same for a step given a batch of records at a time. */
function cpuPerBatchedRecord<T>(passes: number, fresh: () => T[][], step: (batch: T[]) => unknown): number {
  let best = Infinity;
  for (let pass = 0; pass < passes; pass++) {
    const batches = fresh();
    const records = batches.reduce((sum, batch) => sum + batch.length, 0);
    const started = process.cpuUsage();
    for (const batch of batches) step(batch);
    const spent = process.cpuUsage(started);
    best = Math.min(best, (spent.user + spent.system) / records);
  }
  return best;
}

/** As a worker of the command line checks them: the records waiting for it, 16 at most. */
const BATCH = 16;

function inBatches<T>(items: T[]): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) batches.push(items.slice(start, start + BATCH));
  return batches;
}

function main(): void {
  // Compiled as the command line compiles.
  applyBulkCheckFlags();
  const passes = Number(process.argv[2] ?? 5);
  const texts = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readFileSync(join(CORPUS, name), 'utf8'));
  const service = createTrialRecordService({ clock: fixedClock(TODAY), oneCheckPerRecord: true });
  const checker = new RecordChecker({ today: TODAY, errorsOnly: false, onlyRules: [] });
  // One table for every record, as the CLI shares a file's (or an archive's) severities.
  const severities = {};
  const values = () => texts.map((text) => JSON.parse(text) as unknown);
  const job = (text: string) => ({ label: 'record', format: 'json' as const, line: 0, character: 0, severities, text });
  const same = () => texts;

  const steps: [string, number][] = [
    ['JSON.parse alone (the floor of reading a record)', cpuPerRecord(passes, same, (text) => JSON.parse(text))],
    [
      'parse: JSON.parse, repeated keys and depth checked, line index (syntax tree on demand)',
      cpuPerRecord(passes, same, (text) => service.parse(text, 'json')),
    ],
    ['schema: zod model and missing fields', cpuPerRecord(passes, values, (study) => validateStudy(study))],
    [
      `rules: all ${ALL_RULES.length} consistency rules, one record at a time`,
      cpuPerRecord(passes, values, (study) => runRules(study, { today: TODAY })),
    ],
    [
      `rules: the same, rule by rule over batches of ${BATCH} records (as the CLI runs them)`,
      cpuPerBatchedRecord(
        passes,
        () => inBatches(values()),
        (batch) => runRulesOnEach(batch, { today: TODAY }),
      ),
    ],
    [
      'whole check, one record at a time (the above, placing, severities, output form)',
      cpuPerRecord(passes, same, (text) => checker.check(job(text))),
    ],
    [
      `whole check in batches of ${BATCH} records, as the CLI runs it`,
      cpuPerBatchedRecord(
        passes,
        () => inBatches(texts),
        (batch) => checker.checkEach(batch.map(job)),
      ),
    ],
  ];

  const perRule = ALL_RULES.map((rule) => ({
    id: rule.id,
    micros: cpuPerRecord(Math.max(2, passes - 2), values, (study) => runRules(study, { today: TODAY, rules: [rule] })),
  })).sort((a, b) => b.micros - a.micros);

  const lines = [
    `CPU µs per record, ${texts.length} corpus records (lowest of ${passes} passes):`,
    '',
    ...steps.map(([label, micros]) => `${micros.toFixed(0).padStart(7)}  ${label}`),
    '',
    'The rules that cost most, each alone (µs per record; alone, a rule also pays for readers the rules share):',
    '',
    ...perRule.slice(0, 12).map(({ id, micros }) => `${micros.toFixed(1).padStart(7)}  ${id}`),
    `${perRule
      .slice(12)
      .reduce((sum, rule) => sum + rule.micros, 0)
      .toFixed(0)
      .padStart(7)}  the other ${perRule.length - 12} rules together`,
  ];
  console.log(lines.join('\n'));
}

main();
