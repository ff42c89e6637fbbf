/**
 * VS Code commands for the registry's XML: export the active record to PRS upload XML (findings
 * in the Problems panel), import registry XML as a new record, and a status bar action on
 * records whose export would lose something. The work is done by the pure core.
 */
import * as vscode from 'vscode';
import { stringify } from 'yaml';
import {
  createTrialRecordService,
  spanOfPointer,
  systemClock,
  type ParsedDocument,
  type RegistryXmlFinding,
} from '../../server/src/core';

const RECORD_LANGUAGES = new Set(['trial-record', 'trial-record-json']);
/** Records larger than this (characters) get no status bar count; exporting them still works. */
const STATUS_SIZE_LIMIT = 400_000;
const EXPORT_DOCS =
  'https://github.com/trial-record-studio/trial-record-studio/blob/main/docs/registry-xml.md#export-trial-record-export-file---to-prs-xml--o-outxml';
const service = createTrialRecordService({ clock: systemClock });

function isRecord(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document !== undefined && RECORD_LANGUAGES.has(document.languageId);
}

function parse(document: vscode.TextDocument): ParsedDocument {
  return service.parse(document.getText(), document.languageId === 'trial-record-json' ? 'json' : 'yaml');
}

function orgName(document: vscode.TextDocument): string | undefined {
  return vscode.workspace.getConfiguration('trialRecord', document.uri).get<string>('registry.orgName') || undefined;
}

/** The range of a finding's pointer, or of its nearest ancestor present in the file. */
function rangeOf(document: vscode.TextDocument, parsed: ParsedDocument, pointer: string): vscode.Range {
  for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
    const span = spanOfPointer(parsed.root, at);
    if (span) return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    if (at === '') return new vscode.Range(0, 0, 0, 0);
  }
}

const SEVERITY: Record<RegistryXmlFinding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function diagnosticsOf(
  document: vscode.TextDocument,
  parsed: ParsedDocument,
  findings: readonly RegistryXmlFinding[],
): vscode.Diagnostic[] {
  return findings.map((finding) => {
    const diagnostic = new vscode.Diagnostic(
      rangeOf(document, parsed, finding.pointer),
      finding.message,
      SEVERITY[finding.severity],
    );
    diagnostic.source = 'registry XML export';
    diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(EXPORT_DOCS) };
    return diagnostic;
  });
}

/** Warnings and errors of the export: what would not reach the registry as written. */
function exportProblems(document: vscode.TextDocument): { count: number; parsed: ParsedDocument } {
  const parsed = parse(document);
  if (parsed.syntaxFindings.length > 0) return { count: 0, parsed };
  const { findings } = service.exportRegistryXml(parsed.value, { orgName: orgName(document) });
  return {
    count: findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning').length,
    parsed,
  };
}

async function exportActive(diagnostics: vscode.DiagnosticCollection, refresh: () => void): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!isRecord(document)) {
    void vscode.window.showWarningMessage(
      'Open a trial record (.trial.yaml, .trial.json or NCT….json) to export it to registry XML.',
    );
    return;
  }
  const parsed = parse(document);
  if (parsed.syntaxFindings.length > 0) {
    void vscode.window.showErrorMessage(`Fix the syntax error before exporting: ${parsed.syntaxFindings[0].message}`);
    return;
  }
  const result = service.exportRegistryXml(parsed.value, { orgName: orgName(document) });
  diagnostics.set(document.uri, diagnosticsOf(document, parsed, result.findings));
  refresh();
  const base = document.uri.path.replace(/\.(trial\.)?(ya?ml|json)$/i, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: document.uri.with({ path: `${base}.xml` }),
    filters: { 'Registry upload XML': ['xml'] },
    title: 'Export to Registry XML',
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.xml));
  const warnings = result.findings.filter(
    (finding) => finding.severity === 'warning' || finding.severity === 'error',
  ).length;
  const message =
    warnings > 0
      ? `Exported to ${vscode.workspace.asRelativePath(target)}. ${warnings} value(s) do not reach the registry as written: see the Problems panel.`
      : `Exported to ${vscode.workspace.asRelativePath(target)}.`;
  const needsOrg = result.findings.some((finding) => finding.ruleId === 'export/missing-setting');
  const actions = [...(warnings > 0 ? ['Show Problems'] : []), ...(needsOrg ? ['Set PRS Organisation'] : [])];
  const action =
    warnings > 0
      ? await vscode.window.showWarningMessage(message, ...actions)
      : await vscode.window.showInformationMessage(message);
  if (action === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (action === 'Set PRS Organisation')
    await vscode.commands.executeCommand('workbench.action.openSettings', 'trialRecord.registry.orgName');
}

async function importXml(output: vscode.OutputChannel): Promise<void> {
  const [source] =
    (await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { 'Registry XML': ['xml'] },
      title: 'Import Registry XML',
    })) ?? [];
  if (!source) return;
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
  const result = service.importRegistryXml(text);
  for (const finding of result.findings)
    output.appendLine(
      `${source.fsPath}: ${finding.severity} ${finding.ruleId} ${finding.element ?? finding.pointer}: ${finding.message}`,
    );
  if (!result.record) {
    void vscode.window.showErrorMessage(result.findings[0]?.message ?? 'The file is not a registry XML record.');
    return;
  }
  const nctId = (result.record as { protocolSection?: { identificationModule?: { nctId?: string } } }).protocolSection
    ?.identificationModule?.nctId;
  const name =
    nctId ??
    source.path
      .split('/')
      .pop()
      ?.replace(/\.xml$/i, '') ??
    'record';
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(source, '..', `${name}.trial.yaml`),
    filters: { 'Trial record (YAML)': ['yaml', 'yml'], 'Trial record (JSON)': ['json'] },
    title: 'Save the imported record',
  });
  if (!target) return;
  const content = target.path.endsWith('.json')
    ? JSON.stringify(result.record, null, 2) + '\n'
    : stringify(result.record, { lineWidth: 0 });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  await vscode.window.showTextDocument(target);
  const notMapped = result.findings.filter((finding) => finding.severity !== 'info').length;
  if (notMapped > 0) {
    const action = await vscode.window.showWarningMessage(
      `Imported; ${notMapped} part(s) of the XML could not be mapped.`,
      'Show Details',
    );
    if (action === 'Show Details') output.show(true);
  }
}

/** Registers the registry XML commands and the status bar action; one call from `activate`. */
export function registerRegistryXml(context: vscode.ExtensionContext, output: vscode.OutputChannel): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('trial-record-export');
  const item = vscode.window.createStatusBarItem('trialRecord.exportFindings', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Trial Record: registry export';
  item.command = 'trialRecord.exportRegistryXml';
  let pending: ReturnType<typeof setTimeout> | undefined;
  // The export runs on the extension host: debounced, and skipped on very large records (the
  // command still exports them), so that switching editors never waits for it.
  const refresh = () => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(update, 400);
  };
  const update = () => {
    pending = undefined;
    const document = vscode.window.activeTextEditor?.document;
    if (!isRecord(document) || document.getText().length > STATUS_SIZE_LIMIT) {
      item.hide();
      return;
    }
    const { count } = exportProblems(document);
    if (count === 0) {
      item.hide();
      return;
    }
    item.text = `$(export) ${count} export finding${count === 1 ? '' : 's'}`;
    item.tooltip = `${count} value(s) of this record do not reach the registry as written. Click to export to registry XML and list them in Problems.`;
    item.show();
  };
  context.subscriptions.push(
    diagnostics,
    item,
    vscode.commands.registerCommand('trialRecord.exportRegistryXml', () => exportActive(diagnostics, refresh)),
    vscode.commands.registerCommand('trialRecord.importRegistryXml', () => importXml(output)),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeTextDocument(({ document }) => {
      // Export findings describe the exported text; drop them once it changes (run the export again).
      if (diagnostics.has(document.uri)) diagnostics.delete(document.uri);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document === vscode.window.activeTextEditor?.document) refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => diagnostics.delete(document.uri)),
    { dispose: () => pending && clearTimeout(pending) },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('trialRecord.registry')) refresh();
    }),
  );
  refresh();
}
