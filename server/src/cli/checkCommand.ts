import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Severity, SeverityLevel } from '../core';
import { createWriter, OUTPUT_FORMATS, type OutputFormat } from './formatters';
import { EXIT, UsageError, type CliIo } from './io';
import type { CheckSettings } from './jobs';
import { listRules } from './rulesCommand';
import { runChecks, type RunRequest } from './runChecks';

export const CHECK_USAGE = `Usage: trial-record check <inputs>... [options]

Checks trial records against the registry schema and the consistency rules. Inputs:
  record files      *.trial.yaml, *.trial.yml, *.trial.json, NCT*.json
  folders           every record file under them
  globs             'records/**/*.trial.yaml' (quoted, so the shell leaves them alone)
  archives          .zip, such as the registry's full download (read entry by entry)
  lists             a JSON array of studies (the website's ctg-studies.json), an API page
                    { "studies": [...] }, or JSON Lines (one study per line)
  -                 standard input (one record, a JSON list or JSON Lines)

Options:
  --format text|json|jsonl|sarif   output format (default: text); jsonl writes one record per line
  --rule <id>=<level>        set a rule's severity: off, info, warning, error (repeatable)
  --rule <id>                show only this rule's findings; "design/*" for an area (repeatable)
  --max-findings <n>         print at most n findings (all records are still checked and counted)
  --jobs <n>                 threads that check records (default: one per core)
  --today YYYY-MM-DD         the date that date rules compare against (default: today)
  --quiet                    report errors only, and no progress bar

Exit code: 0 no errors, 1 error findings (or an input that could not be read), 2 usage
errors or nothing could be checked.
Severities can also be set in a .trialrecordrc.json file: { "rules": { "<id>": "warning" } },
found in the record's folder or any folder above it.`;

/** Options shared by `check` and `report`. */
export const RUN_OPTIONS = {
  rule: { type: 'string', multiple: true, default: [] as string[] },
  today: { type: 'string' },
  jobs: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

export interface RunOptionValues {
  readonly rule?: string[];
  readonly today?: string;
  readonly jobs?: string;
  readonly quiet?: boolean;
}

/** The run the shared options ask for over the named inputs: severities, rule filter, date, jobs, progress bar. */
export function readRunOptions(names: readonly string[], values: RunOptionValues): Omit<RunRequest, 'onResult'> {
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new UsageError('--today takes a date as YYYY-MM-DD.');
  const overrides: Record<string, SeverityLevel> = {};
  const onlyRules: string[] = [];
  for (const entry of values.rule ?? []) {
    if (!entry.includes('=')) {
      if (!/^[\w-]+(\/[\w*-]+)*\/?\*?$/.test(entry))
        throw new UsageError(`--rule takes a rule id, "area/*", or <id>=<off|info|warning|error>; got "${entry}".`);
      onlyRules.push(entry);
      continue;
    }
    const [id, level] = entry.split('=');
    if (!id || !level || !LEVELS.has(level))
      throw new UsageError(`--rule takes <id>=<off|info|warning|error>, got "${entry}".`);
    overrides[id] = level as SeverityLevel;
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
      throw new UsageError('--jobs takes a whole number of threads, 1 or more.');
  }
  const settings: CheckSettings = { today: values.today, errorsOnly: values.quiet === true, onlyRules };
  return { names, settings, overrides, jobs, progress: values.quiet !== true };
}

const LEVELS = new Set(['off', 'info', 'warning', 'error']);

export async function checkCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { ...RUN_OPTIONS, format: { type: 'string', default: 'text' }, 'max-findings': { type: 'string' } },
  });
  if (values.help) {
    io.stdout(CHECK_USAGE + '\n');
    return EXIT.ok;
  }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format))
    throw new UsageError(`Unknown format "${values.format}". Use text, json, jsonl or sarif.`);
  if (positionals.length === 0)
    throw new UsageError('Name at least one record file, folder, archive or list to check ("-" for standard input).');
  const maxFindings = values['max-findings'] === undefined ? Infinity : Number(values['max-findings']);
  if (!(maxFindings >= 0) || (maxFindings !== Infinity && !Number.isInteger(maxFindings)))
    throw new UsageError('--max-findings takes a whole number, 0 or more.');
  const run = readRunOptions(positionals, values);

  const writer = createWriter(format, io.stdout, { color: io.isTty, rules: listRules });
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let shown = 0;
  let hidden = 0;
  const totals = await runChecks(
    {
      ...run,
      onResult: async (result) => {
        for (const severity of Object.keys(counts) as Severity[]) counts[severity] += result.counts[severity];
        const room = Math.max(0, maxFindings - shown);
        const findings = result.findings.length > room ? result.findings.slice(0, room) : result.findings;
        shown += findings.length;
        hidden += result.findings.length - findings.length;
        writer.record(result, findings);
        await io.drain?.();
      },
    },
    io,
  );
  writer.finish({ records: totals.records, counts, hidden, problems: totals.problems });
  if (totals.records === 0 && totals.problems > 0) return EXIT.usage;
  return counts.error > 0 || totals.problems > 0 ? EXIT.findings : EXIT.ok;
}
