import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readRunOptions, RUN_OPTIONS } from './checkCommand';
import { EXIT, UsageError, type CliIo } from './io';
import type { RecordResult } from './jobs';
import { addToReport, emptyReport } from './reportData';
import { renderReportPage } from './reportPage';
import { listRules } from './rulesCommand';
import { runChecks } from './runChecks';

export const REPORT_USAGE = `Usage: trial-record report <inputs>... [-o report.html] [options]

Checks the records (same inputs as "check": files, folders, globs, .zip archives, JSON lists,
JSON Lines, - for standard input) and writes an overview: records checked, records with
errors, findings per rule as a bar chart, tables by lead sponsor, status, study type and
phase, and the records with the most problems with their findings. The page is one
self-contained HTML file: no scripts, nothing loaded from the network.

Options:
  -o, --output <file>      where to write (default: standard output)
  --format html|csv        html (default), or csv: one row per finding, for spreadsheets
  --title <text>           the page title
  --rule, --today, --jobs   as for "check"
  --quiet                  no progress bar

Exit code: 0 written, 2 usage errors or nothing could be checked.`;

const CSV_COLUMNS = [
  'record',
  'nct_id',
  'rule',
  'severity',
  'message',
  'path',
  'line',
  'column',
  'lead_sponsor',
  'overall_status',
  'study_type',
  'phases',
];

export async function reportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...RUN_OPTIONS,
      output: { type: 'string', short: 'o' },
      format: { type: 'string', default: 'html' },
      title: { type: 'string' },
    },
  });
  if (values.help) {
    io.stdout(REPORT_USAGE + '\n');
    return EXIT.ok;
  }
  if (values.format !== 'html' && values.format !== 'csv')
    throw new UsageError(`Unknown format "${values.format}". Use html or csv.`);
  if (positionals.length === 0)
    throw new UsageError('Name at least one record file, folder, archive or list to report on.');
  const run = readRunOptions(positionals, values);

  let file: WriteStream | undefined;
  if (values.output !== undefined) {
    file = createWriteStream(resolve(io.cwd, values.output));
    await new Promise<void>((done, fail) => file?.once('open', () => done()).once('error', fail)).catch(
      (error: unknown) => {
        throw new UsageError(
          `cannot write ${values.output}: ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
  }
  const write = async (text: string) => {
    if (!file) return io.stdout(text);
    if (!file.write(text)) await new Promise<void>((done) => file?.once('drain', () => done()));
  };

  const data = emptyReport();
  const csv = values.format === 'csv';
  if (csv) await write(CSV_COLUMNS.join(',') + '\r\n');
  const totals = await runChecks(
    {
      ...run,
      // In a report, --quiet only silences the progress bar: the page is about all findings.
      settings: { ...run.settings, errorsOnly: false },
      onResult: async (result) => {
        addToReport(data, result);
        if (csv && result.findings.length > 0) await write(csvRows(result));
      },
    },
    io,
  );
  data.problems = totals.problems;
  if (!csv) {
    const page = renderReportPage(data, {
      title: values.title ?? 'Registry records: check report',
      inputs: positionals,
      rules: listRules(),
      nonce: randomBytes(16).toString('base64'),
      generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    });
    await write(page);
  }
  if (file) {
    await new Promise<void>((done, fail) => file?.end(() => done()).once('error', fail));
    const summary =
      `${data.records} records, ${data.recordsWithErrors} with errors, ` +
      `${data.counts.error} errors, ${data.counts.warning} warnings`;
    io.stdout(`${values.output}: ${summary}\n`);
  }
  return totals.records === 0 && totals.problems > 0 ? EXIT.usage : EXIT.ok;
}

function csvRows(result: RecordResult): string {
  const { facts } = result;
  return result.findings
    .map(
      (finding) =>
        [
          result.label,
          result.nctId ?? '',
          finding.rule,
          finding.severity,
          finding.message,
          finding.path,
          String(finding.range.start.line + 1),
          String(finding.range.start.character + 1),
          facts.sponsor ?? '',
          facts.status ?? '',
          facts.studyType ?? '',
          (facts.phases ?? []).join('|'),
        ]
          .map(csvCell)
          .join(',') + '\r\n',
    )
    .join('');
}

/** Quotes a cell when needed (RFC 4180); a leading = + - @ is defused so spreadsheets do not run it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
