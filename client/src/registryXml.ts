/**
 * VS Code commands for the registry's XML: export the active record to PRS upload XML (findings
 * in the Problems panel), import registry XML as a new record, and a status bar action on
 * records whose export would lose something. The language server does the work, on the version
 * of the record it has already parsed.
 */
import * as vscode from 'vscode';
import { ResponseError, type BaseLanguageClient } from 'vscode-languageclient';
import {
  ExportFindingCountRequest,
  ExportRegistryXmlRequest,
  ImportRegistryXmlRequest,
  type ExportFindingCountResult,
  type ExportRegistryXmlParams,
  type ExportRegistryXmlResult,
  type ImportRegistryXmlResult,
} from '../../server/src/lsp/protocol';

const RECORD_LANGUAGES = new Set(['trial-record', 'trial-record-json']);

function isRecord(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document !== undefined && RECORD_LANGUAGES.has(document.languageId);
}

function exportParams(document: vscode.TextDocument): ExportRegistryXmlParams {
  const orgName = vscode.workspace.getConfiguration('trialRecord', document.uri).get<string>('registry.orgName');
  return { uri: document.uri.toString(), ...(orgName ? { orgName } : {}) };
}

/** The server's answer, or what to tell the user when there is none (stopped, restarting, refused). */
async function answerOf<R>(pending: Promise<R>): Promise<{ result: R } | { error: string }> {
  try {
    return { result: await pending };
  } catch (error) {
    return {
      error:
        error instanceof ResponseError
          ? error.message
          : 'The Trial Record language server is not running; run "Trial Record: Restart Server" and try again.',
    };
  }
}

async function exportActive(
  client: BaseLanguageClient,
  diagnostics: vscode.DiagnosticCollection,
  refresh: () => void,
): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!isRecord(document)) {
    void vscode.window.showWarningMessage(
      'Open a trial record (.trial.yaml, .trial.json or NCT….json) to export it to registry XML.',
    );
    return;
  }
  const answer = await answerOf(
    client.sendRequest<ExportRegistryXmlResult>(ExportRegistryXmlRequest, exportParams(document)),
  );
  if ('error' in answer) {
    void vscode.window.showErrorMessage(answer.error);
    return;
  }
  const { result } = answer;
  if (result.syntaxError !== undefined) {
    void vscode.window.showErrorMessage(`Fix the syntax error before exporting: ${result.syntaxError}`);
    return;
  }
  const problems = await client.protocol2CodeConverter.asDiagnostics(
    result.diagnostics as Parameters<typeof client.protocol2CodeConverter.asDiagnostics>[0],
  );
  diagnostics.set(document.uri, problems);
  refresh();
  const base = document.uri.path.replace(/\.(trial\.)?(ya?ml|json)$/i, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: document.uri.with({ path: `${base}.xml` }),
    filters: { 'Registry upload XML': ['xml'] },
    title: 'Export to Registry XML',
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.xml));
  const warnings = problems.filter(
    (problem) =>
      problem.severity === vscode.DiagnosticSeverity.Warning || problem.severity === vscode.DiagnosticSeverity.Error,
  ).length;
  const message =
    warnings > 0
      ? `Exported to ${vscode.workspace.asRelativePath(target)}. ${warnings} ` +
        `value(s) do not reach the registry as written: see the Problems panel.`
      : `Exported to ${vscode.workspace.asRelativePath(target)}.`;
  const needsOrg = problems.some(
    (problem) => typeof problem.code === 'object' && problem.code.value === 'export/missing-setting',
  );
  const actions = [...(warnings > 0 ? ['Show Problems'] : []), ...(needsOrg ? ['Set PRS Organisation'] : [])];
  const action =
    warnings > 0
      ? await vscode.window.showWarningMessage(message, ...actions)
      : await vscode.window.showInformationMessage(message);
  if (action === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (action === 'Set PRS Organisation')
    await vscode.commands.executeCommand('workbench.action.openSettings', 'trialRecord.registry.orgName');
}

async function importXml(client: BaseLanguageClient, output: vscode.OutputChannel): Promise<void> {
  const [source] =
    (await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { 'Registry XML': ['xml'] },
      title: 'Import Registry XML',
    })) ?? [];
  if (!source) return;
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
  const answer = await answerOf(client.sendRequest<ImportRegistryXmlResult>(ImportRegistryXmlRequest, { text }));
  if ('error' in answer) {
    void vscode.window.showErrorMessage(answer.error);
    return;
  }
  const { result } = answer;
  for (const finding of result.findings)
    output.appendLine(
      `${source.fsPath}: ${finding.severity} ${finding.ruleId} ` +
        `${finding.element ?? finding.pointer}: ${finding.message}`,
    );
  if (!result.record) {
    void vscode.window.showErrorMessage(result.findings[0]?.message ?? 'The file is not a registry XML record.');
    return;
  }
  const name =
    result.record.nctId ??
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
  const content = target.path.endsWith('.json') ? result.record.json : result.record.yaml;
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
export function registerRegistryXml(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  output: vscode.OutputChannel,
): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('trial-record-export');
  const item = vscode.window.createStatusBarItem('trialRecord.exportFindings', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Trial Record: registry export';
  item.command = 'trialRecord.exportRegistryXml';
  let pending: ReturnType<typeof setTimeout> | undefined;
  // Counted by the server on the version it has parsed, for the active record only, when it
  // becomes active, is saved or exported, or the organisation setting changes; never per keystroke.
  const refresh = () => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => void update(), 400);
  };
  const update = async () => {
    pending = undefined;
    const document = vscode.window.activeTextEditor?.document;
    const answer = isRecord(document)
      ? await answerOf(
          client.sendRequest<ExportFindingCountResult | null>(ExportFindingCountRequest, exportParams(document)),
        )
      : undefined;
    // The user may have switched editors while the server counted.
    const current = vscode.window.activeTextEditor?.document === document;
    const count = answer && 'result' in answer && answer.result && current ? answer.result.count : 0;
    if (count === 0) {
      item.hide();
      return;
    }
    item.text = `$(export) ${count} export finding${count === 1 ? '' : 's'}`;
    item.tooltip =
      `${count} value(s) of this record do not reach the registry as ` +
      `written. Click to export to registry XML and list them in Problems.`;
    item.show();
  };
  context.subscriptions.push(
    diagnostics,
    item,
    vscode.commands.registerCommand('trialRecord.exportRegistryXml', () => exportActive(client, diagnostics, refresh)),
    vscode.commands.registerCommand('trialRecord.importRegistryXml', () => importXml(client, output)),
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
