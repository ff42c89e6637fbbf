import type { Severity } from '../core';
import type { RecordResult } from './jobs';
import type { CliFinding } from './report';

export type OutputFormat = 'text' | 'json' | 'jsonl' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'jsonl', 'sarif'];

/** What a run adds up to, for the closing summary. */
export interface RunSummary {
  readonly records: number;
  readonly counts: Readonly<Record<Severity, number>>;
  /** Findings left out by --max-findings. */
  readonly hidden: number;
  /** Inputs that could not be read. */
  readonly problems: number;
}

/** Writes results as they arrive, in input order, so a big run never holds its whole output. */
export interface OutputWriter {
  record(result: RecordResult, findings: readonly CliFinding[]): void;
  finish(summary: RunSummary): void;
}

export interface SarifRule {
  readonly id: string;
  readonly description: string;
  readonly severity: string;
  readonly docs: string;
}

export function createWriter(
  format: OutputFormat,
  write: (text: string) => void,
  options: { color: boolean; rules: () => readonly SarifRule[] },
): OutputWriter {
  if (format === 'json') return jsonWriter(write);
  if (format === 'jsonl') return jsonLinesWriter(write);
  if (format === 'sarif') return sarifWriter(write, options.rules);
  return textWriter(write, options.color);
}

/** A report as JSON prints it: `{ file, nctId?, findings: [{ rule, severity, message, path, range }] }`. */
function plainReport(result: RecordResult, findings: readonly CliFinding[]) {
  return { file: result.label, ...(result.nctId ? { nctId: result.nctId } : {}), findings };
}

/** One JSON array, written item by item; the same bytes as `JSON.stringify(all, null, 2)`. */
function jsonWriter(write: (text: string) => void): OutputWriter {
  let first = true;
  return {
    record(result, findings) {
      write(
        (first ? '[\n  ' : ',\n  ') + JSON.stringify(plainReport(result, findings), null, 2).split('\n').join('\n  '),
      );
      first = false;
    },
    finish() {
      write(first ? '[]\n' : '\n]\n');
    },
  };
}

/** One record per line, for big runs and line-oriented tools (jq, grep, split). */
function jsonLinesWriter(write: (text: string) => void): OutputWriter {
  return {
    record: (result, findings) => write(JSON.stringify(plainReport(result, findings)) + '\n'),
    finish: () => undefined,
  };
}

const SEVERITY_WORDS = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Human-readable findings, one per line (`place:line:column  severity  message  rule`), then a summary. */
function textWriter(write: (text: string) => void, color: boolean): OutputWriter {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const colors = { error: 31, warning: 33, info: 36 } as const;
  return {
    record(result, findings) {
      if (findings.length === 0) return;
      const named =
        result.nctId && !result.label.includes(result.nctId) ? `${result.label} (${result.nctId})` : result.label;
      const lines = [paint(4, named)];
      for (const finding of findings) {
        const where = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
        lines.push(
          `  ${where.padEnd(8)} ${paint(colors[finding.severity], SEVERITY_WORDS[finding.severity].padEnd(7))}  ` +
            `${finding.message}  ${paint(90, finding.rule)}`,
        );
      }
      write(lines.join('\n') + '\n\n');
    },
    finish(summary) {
      const { counts } = summary;
      const total = counts.error + counts.warning + counts.info;
      const records = plural(summary.records, 'record');
      const lines = [
        total === 0
          ? `No problems found in ${records}.`
          : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
            `${plural(counts.info, 'note')} in ${records}.`,
      ];
      if (summary.hidden > 0) lines.push(`${plural(summary.hidden, 'more finding')} not shown (--max-findings).`);
      if (summary.problems > 0)
        lines.push(`${plural(summary.problems, 'input')} could not be read (see the messages above).`);
      write(lines.join('\n') + '\n');
    },
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const SARIF_LEVELS = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

/**
 * SARIF 2.1.0, for code-scanning dashboards. Regions are 1-based, in UTF-16 code units. Results are written as they
 * come.
 */
function sarifWriter(write: (text: string) => void, rules: () => readonly SarifRule[]): OutputWriter {
  let first = true;
  const indent = (text: string, by: string) => text.split('\n').join('\n' + by);
  return {
    record(result, findings) {
      for (const finding of findings) {
        const entry = {
          ruleId: finding.rule,
          level: SARIF_LEVELS[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: result.label.split('\\').join('/') },
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
        };
        if (first) write(sarifHead(rules()));
        write((first ? '\n        ' : ',\n        ') + indent(JSON.stringify(entry, null, 2), '        '));
        first = false;
      }
    },
    finish() {
      if (first) write(sarifHead(rules()) + ']\n    }\n  ]\n}\n');
      else write('\n      ]\n    }\n  ]\n}\n');
    },
  };
}

function sarifHead(rules: readonly SarifRule[]): string {
  const driver = {
    name: 'trial-record',
    version: '0.1.0',
    informationUri: 'https://github.com/trial-record-studio/trial-record-studio',
    rules: rules.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.description },
      helpUri: rule.docs,
      defaultConfiguration: { level: SARIF_LEVELS[rule.severity as keyof typeof SARIF_LEVELS] ?? 'warning' },
    })),
  };
  return (
    '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n' +
    `      "tool": {\n        "driver": ${JSON.stringify(driver, null, 2).split('\n').join('\n        ')}\n      },\n` +
    '      "columnKind": "utf16CodeUnits",\n      "results": ['
  );
}
