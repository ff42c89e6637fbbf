/**
 * Bulk-checking throughput of the CLI, and the language server's keystroke latency next to
 * yaml-language-server's, in one run; writes the table to docs/benchmarks.md.
 *
 *   - the shared corpus (../shared/corpus/v2json) with 1 thread and with one per core;
 *   - a synthetic registry download: ≥ 20,000 corpus records with fresh NCT ids in a .zip,
 *     with 1 thread and with one per core (outputs compared byte for byte);
 *   - peak resident memory of each run (the whole process: main thread and workers);
 *   - the projected time for the registry's ~570,000 studies at the measured rate;
 *   - a quarter of the archive with one thread per core, which tells a run's start-up and warm-up (threads
 *     started, rules compiled in each) apart from what each further record costs.
 *
 * Usage: npm run bench (builds first), or npx tsx scripts/bench-cli.ts [--records N] [--no-lsp]
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticArchive } from './synthetic-archive';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const CORPUS = join(ROOT, '../shared/corpus/v2json');
const REGISTRY_SIZE = 570_000;
const TODAY = '2025-11-20';

interface Run {
  readonly label: string;
  readonly records: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  /** CPU time of the whole process (all threads), user + system. */
  readonly cpuSeconds: number;
  readonly digest: string;
}

/** Runs the CLI, reading its peak RSS (VmHWM: the high-water mark of the whole process, workers included). */
function runCli(label: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args, '--format', 'jsonl', '--today', TODAY], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const hash = createHash('sha256');
    let records = 0;
    let peakKb = 0;
    let cpuTicks = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) records++;
    });
    const poll = setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
        // Fields 14 and 15 of /proc/<pid>/stat: user and system time of all threads, in clock ticks (1/100 s).
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]));
      } catch {
        // The process has just ended.
      }
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0 && code !== 1) return reject(new Error(`${label}: exit code ${code}`));
      resolve({
        label,
        records,
        seconds: (performance.now() - started) / 1000,
        peakRssMb: peakKb / 1024,
        cpuSeconds: cpuTicks / 100,
        digest: hash.digest('hex'),
      });
    });
  });
}

/** Runs another bench script and returns its output as a section of the page (and prints it). */
function scriptSection(script: string, heading: string, intro: string): string[] {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, script)], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  console.log(run.stdout);
  return [heading, '', intro, '', '```', run.stdout.trim(), '```', ''];
}

function machine(): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const [one, five] = loadavg();
  return (
    `${availableParallelism()} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(1)} ` +
    `GiB RAM, Linux ${release()}, Node ${process.version}; ` +
    `load average at start ${one.toFixed(1)} (1 min) / ${five.toFixed(1)} (5 min)`
  );
}

/**
 * Runs the same command twice and keeps the faster run, with the other one's time: other work on a shared machine
 * slows single runs by up to a quarter, and the faster run is the nearer to what the code costs.
 */
async function runTwice(label: string, args: string[]): Promise<Run & { readonly otherSeconds: number }> {
  const first = await runCli(label, args);
  const second = await runCli(label, args);
  if (first.digest !== second.digest)
    throw new Error(`${label}: two runs of the same command printed different output`);
  const [faster, slower] = first.seconds <= second.seconds ? [first, second] : [second, first];
  return { ...faster, otherSeconds: slower.seconds };
}

function rate(run: Run): number {
  return run.records / run.seconds;
}

function projected(run: Run): string {
  const seconds = REGISTRY_SIZE / rate(run);
  return seconds < 120 ? `${seconds.toFixed(0)} s` : `${(seconds / 60).toFixed(1)} min`;
}

function row(
  input: string,
  threads: string,
  run: Run & { readonly otherSeconds: number },
  identical?: boolean,
): string {
  return (
    `| ${input} | ${threads} | ${run.records.toLocaleString('en-US')} | ` +
    `${run.seconds.toFixed(1)} s (${run.otherSeconds.toFixed(1)} s) | ` +
    `${Math.round(rate(run)).toLocaleString('en-US')} | ` +
    `${run.cpuSeconds.toFixed(1)} s | ` +
    `${Math.round(run.records / run.cpuSeconds).toLocaleString('en-US')} | ${run.peakRssMb.toFixed(0)} ` +
    `MB | ${projected(run)} | ${identical === undefined ? '—' : identical ? 'yes' : '**no**'} |`
  );
}

/**
 * What a run of the whole archive costs beyond a run of its first quarter is what its further records cost once the
 * threads have started and compiled their code: the rate a registry-size run keeps up for most of its length.
 */
function steadyState(quarter: Run, whole: Run, cores: number): string {
  const perRecord = (whole.seconds - quarter.seconds) / (whole.records - quarter.records);
  // A small --records run can finish no later than its quarter: then the two cannot be told apart.
  if (!(perRecord > 0))
    return (
      `Start-up and warm-up: the whole archive took no longer than its quarter (${quarter.seconds.toFixed(1)} s): ` +
      'too few records to tell the two apart.'
    );
  const startUp = whole.seconds - whole.records * perRecord;
  const minutes = (startUp + REGISTRY_SIZE * perRecord) / 60;
  return (
    `Start-up and warm-up: with ${cores} threads and every finding, ${quarter.records.toLocaleString('en-US')} ` +
    `records take ${quarter.seconds.toFixed(1)} s and ${whole.records.toLocaleString('en-US')} take ` +
    `${whole.seconds.toFixed(1)} s, so each record beyond the first ${quarter.records.toLocaleString('en-US')} ` +
    `costs ${(perRecord * 1e6).toFixed(0)} µs: ${Math.round(1 / perRecord).toLocaleString('en-US')} records/s once ` +
    `the threads run compiled code. The rest, ${startUp.toFixed(1)} s, is what a run pays once (starting the ` +
    `threads, compiling the rules in each). At that rate 570,000 records take ${minutes.toFixed(1)} min; the ` +
    "table divides by the whole run's rate instead, start-up included."
  );
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first');
  const args = process.argv.slice(2);
  const count = Number(args[args.indexOf('--records') + 1] ?? 20_000) || 20_000;
  const cores = availableParallelism();
  const lines: string[] = [];
  const startedAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const described = machine();
  console.log(`Machine: ${described}`);

  if (existsSync(CORPUS)) {
    const corpusCount = readdirSync(CORPUS).filter((name) => name.endsWith('.json')).length;
    const corpusMb = readdirSync(CORPUS).reduce((sum, name) => sum + statSync(join(CORPUS, name)).size, 0) / 1e6;
    const one = await runTwice('corpus, 1 thread', ['check', CORPUS, '--jobs', '1']);
    const all = await runTwice(`corpus, ${cores} threads`, ['check', CORPUS, '--jobs', String(cores)]);
    const dir = mkdtempSync(join(tmpdir(), 'trial-record-bench-'));
    const zip = join(dir, 'synthetic-registry.zip');
    const made = await writeSyntheticArchive(CORPUS, zip, count);
    const zipMb = statSync(zip).size / 1e6;
    const zipAll = await runTwice(`archive, ${cores} threads`, ['check', zip, '--jobs', String(cores)]);
    const zipOne = await runTwice('archive, 1 thread', ['check', zip, '--jobs', '1']);
    // Errors only, as a gate in a pipeline runs it: rules that can only warn are not run at all.
    const quietAll = await runTwice(`archive, ${cores} threads, --quiet`, [
      'check',
      zip,
      '--jobs',
      String(cores),
      '--quiet',
    ]);
    const quietOne = await runTwice('archive, 1 thread, --quiet', ['check', zip, '--jobs', '1', '--quiet']);
    // A quarter of the archive, to tell the cost of each further record from the start-up and warm-up of a run.
    const quarterZip = join(dir, 'synthetic-quarter.zip');
    await writeSyntheticArchive(CORPUS, quarterZip, Math.round(count / 4));
    const quarterAll = await runTwice(`quarter archive, ${cores} threads`, [
      'check',
      quarterZip,
      '--jobs',
      String(cores),
    ]);
    rmSync(dir, { recursive: true, force: true });
    for (const run of [one, all, zipAll, zipOne, quietAll, quietOne, quarterAll]) {
      console.log(
        `${run.label.padEnd(24)} ${run.records} records in ${run.seconds.toFixed(1)} s = ` +
          `${rate(run).toFixed(0)}/s, CPU ${run.cpuSeconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB`,
      );
    }
    lines.push(
      '## Checking many records (CLI)',
      '',
      `\`trial-record check <input> --format jsonl --jobs N\` (every finding; \`--quiet\`: errors only), output read ` +
        `through a pipe. Corpus: ${corpusCount} published records ` +
        `(${corpusMb.toFixed(0)} MB, one file each). Archive: ` +
        `${made.records.toLocaleString('en-US')} corpus records with fresh NCT ids ` +
        `(${(made.bytes / 1e6).toFixed(0)} MB of JSON, ${zipMb.toFixed(0)} ` +
        `MB zipped, one entry per study as in the registry's download). ` +
        `Peak RSS is the process's high-water mark (main thread and ` +
        `workers); CPU time is all threads' user + system time, ` +
        `which says what a run costs even when other work competes for the cores (then records/s ` +
        `understates what a quiet machine does). Each command runs twice: a row gives the faster run, with the ` +
        `other run's time in brackets (both printed the same bytes). "Same output" compares the bytes with the ` +
        `1-thread run. With N threads the main thread checks records beside N − 1 worker threads.`,
      '',
      '| input | threads | records | time | records/s | CPU time | ' +
        'records per CPU-s | peak RSS | 570,000 records | same output |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      row('shared corpus (folder)', '1', one),
      row('shared corpus (folder)', String(cores), all, all.digest === one.digest),
      row('synthetic archive (.zip)', '1', zipOne),
      row('synthetic archive (.zip)', String(cores), zipAll, zipAll.digest === zipOne.digest),
      row('synthetic archive (.zip), `--quiet`', '1', quietOne),
      row('synthetic archive (.zip), `--quiet`', String(cores), quietAll, quietAll.digest === quietOne.digest),
      '',
      steadyState(quarterAll, zipAll, cores),
      '',
    );
  } else {
    lines.push('## Checking many records (CLI)', '', '(../shared/corpus is absent: no throughput figures.)', '');
  }

  if (existsSync(CORPUS))
    lines.push(
      ...scriptSection(
        'scripts/bench-phases.ts',
        '## Where a bulk check spends its time',
        'From `scripts/bench-phases.ts` in the same run: one thread, each step alone over fresh records. The ' +
          'whole check also places its findings, resolves severities, builds the output form and collects the ' +
          'garbage of all the steps, which the steps alone add up to less than. The CLI checks the records ' +
          'waiting for a thread together, each step over the batch and the rules rule by rule, which keeps ' +
          "each step's code in the processor's caches: the batched rows are what a bulk check pays.",
      ),
    );
  if (!args.includes('--no-lsp'))
    lines.push(
      ...scriptSection(
        'scripts/bench-lsp.ts',
        '## Editing (language server)',
        'From `scripts/bench-lsp.ts` in the same run:',
      ),
    );

  const page = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench-cli.ts) on ${startedAt} UTC.`,
    '',
    `Machine: ${described}. A load average near or above the core count means other work shared the cores: ` +
      'figures from such a run are pessimistic and noisy; rerun on a quiet machine for the record.',
    '',
    ...lines,
  ].join('\n');
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), page);
  console.log('wrote docs/benchmarks.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
