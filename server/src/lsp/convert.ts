import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import type { Finding, LineIndex, Severity, Span } from '../core';

/** Core span (UTF-16 offsets) → LSP range. */
export function toRange(lineIndex: LineIndex, span: Span): Range {
  return { start: lineIndex.positionAt(span.start), end: lineIndex.positionAt(span.end) };
}

/** LSP position → core offset. */
export function toOffset(lineIndex: LineIndex, position: Position): number {
  return lineIndex.offsetAt(position);
}

/** LSP range → core span. */
export function toSpan(lineIndex: LineIndex, range: Range): Span {
  return { start: lineIndex.offsetAt(range.start), end: lineIndex.offsetAt(range.end) };
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a code action needs to offer a finding's fixes without re-checking: code actions read it back. */
export interface DiagnosticData {
  readonly ruleId: string;
  readonly pointer: string;
  readonly fixes?: Finding['fixes'];
}

/** Core finding → LSP diagnostic: rule id as `code`, docs link, fixes in `data`. */
export function toDiagnostic(lineIndex: LineIndex, finding: Finding): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, pointer: finding.pointer, fixes: finding.fixes };
  return {
    range: toRange(lineIndex, finding.span),
    severity: SEVERITIES[finding.severity],
    source: 'trial-record',
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    message: finding.message,
    tags: finding.unnecessary ? [DiagnosticTag.Unnecessary] : undefined,
    data,
  };
}
