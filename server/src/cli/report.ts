import type { Finding, LineIndex, Severity } from '../core';

/** A finding as the CLI prints it: 0-based line/character positions. This shape is a published contract. */
export interface CliFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: string;
  readonly range: { readonly start: CliPosition; readonly end: CliPosition };
}

export interface CliPosition {
  readonly line: number;
  readonly character: number;
}

export interface FileReport {
  /** The path as the user gave it (or as found under a folder they gave). */
  readonly file: string;
  readonly findings: readonly CliFinding[];
}

export function toCliFinding(finding: Finding, lineIndex: LineIndex): CliFinding {
  return {
    rule: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    path: finding.pointer,
    range: { start: lineIndex.positionAt(finding.span.start), end: lineIndex.positionAt(finding.span.end) },
  };
}

export function countBySeverity(reports: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const report of reports) for (const finding of report.findings) counts[finding.severity]++;
  return counts;
}
