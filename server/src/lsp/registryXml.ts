import { DiagnosticSeverity, ErrorCodes, ResponseError, type Connection, type Diagnostic } from 'vscode-languageserver';
import { stringify } from 'yaml';
import { spanOfPointer, type ParsedDocument, type RegistryXmlFinding, type TrialRecordService } from '../core';
import { toRange } from './convert';
import type { RecordSnapshot } from './documents';
import {
  ExportFindingCountRequest,
  ExportRegistryXmlRequest,
  ImportRegistryXmlRequest,
  type ExportFindingCountResult,
  type ExportRegistryXmlParams,
  type ExportRegistryXmlResult,
  type ImportRegistryXmlParams,
  type ImportRegistryXmlResult,
} from './protocol';

const EXPORT_DOCS =
  'https://github.com/trial-record-studio/trial-record-studio/blob/main/docs/registry-xml.md#export-trial-record-export-file---to-prs-xml--o-outxml';
/** Records larger than this (characters) get no status bar count (it would hold up the server); they still export. */
const COUNT_SIZE_LIMIT = 400_000;

const SEVERITIES: Record<RegistryXmlFinding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

interface RegistryXmlContext {
  readonly service: TrialRecordService;
  snapshotOf(uri: string): { snapshot: RecordSnapshot } | undefined;
}

/** The span of a finding's pointer, or of its nearest ancestor present in the file. */
function spanOf(parsed: ParsedDocument, pointer: string) {
  for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
    const span = spanOfPointer(parsed.root, at);
    if (span) return span;
    if (at === '') return { start: 0, end: 0 };
  }
}

function toExportDiagnostic(parsed: ParsedDocument, finding: RegistryXmlFinding): Diagnostic {
  return {
    range: toRange(parsed.lineIndex, spanOf(parsed, finding.pointer)),
    severity: SEVERITIES[finding.severity],
    source: 'registry XML export',
    code: finding.ruleId,
    codeDescription: { href: EXPORT_DOCS },
    message: finding.message,
  };
}

/** Warnings and errors: what would not reach the registry as written. */
function isProblem(finding: RegistryXmlFinding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

/**
 * The requests behind the registry XML commands and their status bar item. Export reads the
 * snapshot every other feature reads, so a record version is parsed once.
 */
export function registerRegistryXmlRequests(connection: Connection, context: RegistryXmlContext): void {
  const exportOf = (snapshot: RecordSnapshot, orgName: string | undefined) => {
    const { parsed } = snapshot;
    return parsed.syntaxFindings.length > 0
      ? { syntaxError: parsed.syntaxFindings[0].message }
      : { result: context.service.exportRegistryXml(parsed.value, { orgName }) };
  };

  connection.onRequest(ExportRegistryXmlRequest, (params: ExportRegistryXmlParams): ExportRegistryXmlResult => {
    const snapshot = context.snapshotOf(params.uri)?.snapshot;
    if (!snapshot)
      throw new ResponseError(ErrorCodes.InvalidParams, 'Open the record in the editor, then export it again.');
    const { version, parsed } = snapshot;
    const { result, syntaxError } = exportOf(snapshot, params.orgName);
    if (!result) return { version, xml: '', diagnostics: [], syntaxError: syntaxError ?? '' };
    const diagnostics = result.findings.map((finding) => toExportDiagnostic(parsed, finding));
    return { version, xml: result.xml, diagnostics };
  });

  connection.onRequest(
    ExportFindingCountRequest,
    (params: ExportRegistryXmlParams): ExportFindingCountResult | null => {
      const snapshot = context.snapshotOf(params.uri)?.snapshot;
      if (!snapshot || snapshot.parsed.text.length > COUNT_SIZE_LIMIT) return null;
      const { result } = exportOf(snapshot, params.orgName);
      return result ? { version: snapshot.version, count: result.findings.filter(isProblem).length } : null;
    },
  );

  connection.onRequest(ImportRegistryXmlRequest, (params: ImportRegistryXmlParams): ImportRegistryXmlResult => {
    const { record, findings } = context.service.importRegistryXml(params.text);
    if (!record) return { findings };
    const nctId = (record as { protocolSection?: { identificationModule?: { nctId?: unknown } } }).protocolSection
      ?.identificationModule?.nctId;
    return {
      record: {
        yaml: stringify(record, { lineWidth: 0 }),
        json: JSON.stringify(record, null, 2) + '\n',
        ...(typeof nctId === 'string' ? { nctId } : {}),
      },
      findings,
    };
  });
}
