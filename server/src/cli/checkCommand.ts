import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTrialRecordService, fixedClock, formatOfPath, systemClock, type SeverityLevel } from '../core';
import { ConfigLocator } from './config';
import { collectRecordFiles } from './files';
import { formatJson, formatSarif, formatText, OUTPUT_FORMATS, type OutputFormat } from './formatters';
import { EXIT, UsageError, type CliIo } from './io';
import { toCliFinding, type FileReport } from './report';
import { listRules } from './rulesCommand';

export const CHECK_USAGE = `Usage: trial-record check <files or folders>... [options]

Checks trial records (*.trial.yaml, *.trial.yml, *.trial.json, NCT*.json) against the
registry schema and the consistency rules. A folder means every record under it.

Options:
  --format text|json|sarif   output format (default: text)
  --rule <id>=<level>        set a rule's severity: off, info, warning, error (repeatable)
  --today YYYY-MM-DD         the date that date rules compare against (default: today)
  --quiet                    report errors only

Exit code: 0 no errors, 1 error findings, 2 usage or file errors.
Severities can also be set in a .trialrecordrc.json file: { "rules": { "<id>": "warning" } },
found in the record's folder or any folder above it.`;

export function checkCommand(argv: readonly string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      rule: { type: 'string', multiple: true, default: [] },
      today: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(CHECK_USAGE + '\n');
    return EXIT.ok;
  }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}". Use text, json or sarif.`);
  if (positionals.length === 0) throw new UsageError('Name at least one record file or folder to check.');
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError('--today takes a date as YYYY-MM-DD.');
  const overrides = parseRuleOverrides(values.rule ?? []);

  const { files, missing } = collectRecordFiles(positionals);
  for (const path of missing) io.stderr(`trial-record: cannot read ${path}: no such file or folder\n`);
  const today = values.today;
  const service = createTrialRecordService({ clock: today ? fixedClock(today) : systemClock });
  const configs = new ConfigLocator();
  const reports: FileReport[] = [];
  let ioFailed = missing.length > 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      io.stderr(`trial-record: cannot read ${file}: ${(error as Error).message}\n`);
      ioFailed = true;
      continue;
    }
    const config = configs.forFile(file);
    for (const problem of config.problems) io.stderr(`trial-record: ${problem}\n`);
    const parsed = service.parse(text, formatOfPath(file));
    const findings = service
      .check(parsed, { severities: { ...config.severities, ...overrides } })
      .filter((finding) => !values.quiet || finding.severity === 'error');
    reports.push({ file, findings: findings.map((finding) => toCliFinding(finding, parsed.lineIndex)) });
  }

  if (format === 'json') io.stdout(formatJson(reports));
  else if (format === 'sarif') io.stdout(formatSarif(reports, listRules(), '0.1.0'));
  else io.stdout(formatText(reports, { color: io.isTty }));

  if (ioFailed) return EXIT.usage;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? EXIT.findings : EXIT.ok;
}

const LEVELS = new Set(['off', 'info', 'warning', 'error']);

function parseRuleOverrides(entries: readonly string[]): Record<string, SeverityLevel> {
  const overrides: Record<string, SeverityLevel> = {};
  for (const entry of entries) {
    const [id, level] = entry.split('=');
    if (!id || !level || !LEVELS.has(level)) throw new UsageError(`--rule takes <id>=<off|info|warning|error>, got "${entry}".`);
    overrides[id] = level as SeverityLevel;
  }
  return overrides;
}
