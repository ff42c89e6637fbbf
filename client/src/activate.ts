import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { FindingCountsNotification, type FindingCountsParams } from '../../server/src/lsp/protocol';
import { registerNewRecord } from './newRecord';
import { registerPreview } from './preview';
import { registerRegistryXml } from './registryXml';
import { registerRuleDocs, ruleDocsMiddleware } from './ruleDocs';
import { FindingsStatusBar } from './statusBar';
import { registerWorkspaceCheck } from './workspaceCheck';

export const RECORD_LANGUAGES = ['trial-record', 'trial-record-json'] as const;

/** The client options both hosts (desktop Node, web worker) share. */
export function clientOptions(output: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: RECORD_LANGUAGES.map((language) => ({ language })),
    synchronize: { configurationSection: 'trialRecord' },
    outputChannel: output,
    traceOutputChannel: output,
    middleware: ruleDocsMiddleware,
  };
}

/** The client this extension host started (each entry is its own bundle, with its own copy). */
let running: BaseLanguageClient | undefined;

/**
 * Registers the commands, status bar, preview and editor helpers around a language client and
 * starts it. `host` says which extension host runs it (Node, or a browser's web worker). The Node entry (extension.ts)
 * and the web entry (browser.ts) differ only in how they create the client.
 */
export async function activateWith(
  context: vscode.ExtensionContext,
  host: 'node' | 'web',
  createClient: (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient,
): Promise<void> {
  const output = vscode.window.createOutputChannel('Trial Record', { log: true });
  const statusBar = new FindingsStatusBar();
  context.subscriptions.push(output, statusBar);
  // The id names the trace setting (`trialRecord.trace.server`); the name titles the client's messages.
  const client = createClient('trialRecord', 'Trial Record Language Server', clientOptions(output));
  context.subscriptions.push(
    client.onDidChangeState(({ newState }) =>
      statusBar.setState(newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped'),
    ),
    client.onNotification(FindingCountsNotification, (params: FindingCountsParams) => statusBar.update(params)),
    vscode.workspace.onDidCloseTextDocument((document) => statusBar.forget(document.uri.toString())),
    vscode.commands.registerCommand('trialRecord.restartServer', async () => {
      await client.stop();
      await client.start();
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Trial Record language server restarted'), 3000);
    }),
    vscode.commands.registerCommand('trialRecord.showOutput', () => output.show(true)),
    // Read by the end-to-end tests: the API cannot read status bar items.
    vscode.commands.registerCommand('trialRecord.getStatus', () => ({
      text: statusBar.text,
      tooltip: statusBar.tooltip,
      visible: statusBar.visible,
      host,
    })),
  );
  registerPreview(context, client);
  registerNewRecord(context, client);
  registerWorkspaceCheck(context, client);
  registerRuleDocs(context);
  registerRegistryXml(context, client, output);
  await client.start();
  running = client;
}

/** `deactivate` of both entries: stops the client that `activateWith` started. */
export async function deactivate(): Promise<void> {
  await running?.stop();
  running = undefined;
}
