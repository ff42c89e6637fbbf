import { countBySeverity, type FileReport } from './report';

export type OutputFormat = 'text' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** Findings as JSON: `[{ file, findings: [{ rule, severity, message, path, range }] }]`. */
export function formatJson(reports: readonly FileReport[]): string {
  const plain = reports.map((report) => ({
    file: report.file,
    findings: report.findings,
  }));
  return JSON.stringify(plain, null, 2) + '\n';
}

const SEVERITY_WORDS = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Human-readable findings, one per line (`file:line:column  severity  message  rule`), then a summary. */
export function formatText(reports: readonly FileReport[], options: { color?: boolean } = {}): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const colors = { error: 31, warning: 33, info: 36 } as const;
  const lines: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    lines.push(paint(4, report.file));
    for (const finding of report.findings) {
      const where = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      lines.push(`  ${where.padEnd(8)} ${paint(colors[finding.severity], SEVERITY_WORDS[finding.severity].padEnd(7))}  ${finding.message}  ${paint(90, finding.rule)}`);
    }
    lines.push('');
  }
  const counts = countBySeverity(reports);
  const total = counts.error + counts.warning + counts.info;
  const files = `${reports.length} ${reports.length === 1 ? 'file' : 'files'}`;
  lines.push(
    total === 0
      ? `No problems found in ${files}.`
      : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')} in ${files}.`,
  );
  return lines.join('\n') + '\n';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export interface SarifRule {
  readonly id: string;
  readonly description: string;
  readonly severity: string;
  readonly docs: string;
}

const SARIF_LEVELS = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

/** SARIF 2.1.0, for code-scanning dashboards. Regions are 1-based, in UTF-16 code units. */
export function formatSarif(reports: readonly FileReport[], rules: readonly SarifRule[], toolVersion: string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'trial-record',
            version: toolVersion,
            informationUri: 'https://github.com/trial-record-studio/trial-record-studio',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: rule.docs,
              defaultConfiguration: { level: SARIF_LEVELS[rule.severity as keyof typeof SARIF_LEVELS] ?? 'warning' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) =>
          report.findings.map((finding) => ({
            ruleId: finding.rule,
            level: SARIF_LEVELS[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: report.file.split('\\').join('/') },
                  region: {
                    startLine: finding.range.start.line + 1,
                    startColumn: finding.range.start.character + 1,
                    endLine: finding.range.end.line + 1,
                    endColumn: finding.range.end.character + 1,
                  },
                },
                logicalLocations: finding.path ? [{ fullyQualifiedName: finding.path, kind: 'member' }] : undefined,
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
