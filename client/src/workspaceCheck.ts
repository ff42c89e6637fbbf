import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CheckFilesRequest, type CheckFilesResult } from '../../server/src/lsp/protocol';

/** Record files, as the languages in package.json define them. */
export const RECORD_GLOB = '**/{*.trial.yaml,*.trial.yml,*.trial.json,NCT[0-9]*.json}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';
/** Files per request: small enough for progress and cancellation, large enough to keep the server busy. */
const BATCH = 8;

/**
 * "Check All Records in Workspace": checks every record file with the language server and puts
 * the findings in the Problems panel, without opening the files. Open records keep their live
 * findings (the server publishes those); a file's workspace findings go when it is opened.
 */
export function registerWorkspaceCheck(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const collection = vscode.languages.createDiagnosticCollection('trial-record-workspace');
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument((document) => collection.delete(document.uri)),
    vscode.commands.registerCommand('trialRecord.checkWorkspace', () => checkWorkspace(client, collection)),
  );
}

export interface WorkspaceCheckSummary {
  readonly files: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

async function checkWorkspace(
  client: BaseLanguageClient,
  collection: vscode.DiagnosticCollection,
): Promise<WorkspaceCheckSummary> {
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Checking trial records'),
      cancellable: true,
    },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles(RECORD_GLOB, EXCLUDE_GLOB, undefined, token);
      const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
      const closed = uris.filter((uri) => !open.has(uri.toString()));
      collection.clear();
      let files = 0;
      let findings = 0;
      for (let start = 0; start < closed.length && !token.isCancellationRequested; start += BATCH) {
        const batch = closed.slice(start, start + BATCH);
        const texts = await Promise.all(
          batch.map(async (uri) => ({
            uri: uri.toString(),
            text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)),
          })),
        );
        const result = await client.sendRequest<CheckFilesResult>(CheckFilesRequest, { files: texts }, token);
        for (const { uri, diagnostics } of result.results) {
          const converted = await client.protocol2CodeConverter.asDiagnostics(
            diagnostics as Parameters<typeof client.protocol2CodeConverter.asDiagnostics>[0],
          );
          // Opened while the check ran: the live findings win.
          if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri)) continue;
          collection.set(vscode.Uri.parse(uri), converted);
          findings += converted.length;
        }
        files += batch.length;
        progress.report({
          increment: (100 * batch.length) / Math.max(closed.length, 1),
          message: vscode.l10n.t('{0} of {1} files', files, closed.length),
        });
      }
      const cancelled = token.isCancellationRequested;
      const total = files + (uris.length - closed.length);
      void vscode.window.setStatusBarMessage(
        cancelled
          ? vscode.l10n.t('Trial Record: check stopped after {0} of {1} files', files, closed.length)
          : vscode.l10n.t('Trial Record: checked {0} record files', total),
        5000,
      );
      if (!cancelled) await vscode.commands.executeCommand('workbench.actions.view.problems');
      return { files: total, findings, cancelled };
    },
  );
}
