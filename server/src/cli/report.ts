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

export function toCliFinding(finding: Finding, lineIndex: LineIndex): CliFinding {
  return {
    rule: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    path: finding.pointer,
    range: { start: lineIndex.positionAt(finding.span.start), end: lineIndex.positionAt(finding.span.end) },
  };
}
