import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { FindingCountsNotification, SERVER_NODE_FLAGS, type FindingCountsParams } from '../../server/src/lsp/protocol';
import { registerPreview } from './preview';
import { registerRegistryXml } from './registryXml';
import { FindingsStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** Starts the language server for trial records and registers the commands, status bar and preview. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Trial Record', { log: true });
  const statusBar = new FindingsStatusBar();
  context.subscriptions.push(output, statusBar);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'trial-record' }, { language: 'trial-record-json' }],
    synchronize: { configurationSection: 'trialRecord' },
    outputChannel: output,
    traceOutputChannel: output,
  };
  client = new LanguageClient('trialRecord', 'Trial Record Language Server', serverOptions, clientOptions);
  const languageClient = client;
  context.subscriptions.push(
    languageClient.onDidChangeState(({ newState }) => statusBar.setState(newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped')),
    languageClient.onNotification(FindingCountsNotification, (params: FindingCountsParams) => statusBar.update(params)),
    vscode.workspace.onDidCloseTextDocument((document) => statusBar.forget(document.uri.toString())),
    vscode.commands.registerCommand('trialRecord.restartServer', async () => {
      await languageClient.restart();
      void vscode.window.setStatusBarMessage('Trial Record language server restarted', 3000);
    }),
    vscode.commands.registerCommand('trialRecord.showOutput', () => output.show(true)),
    // Read by the end-to-end tests: the API cannot read status bar items.
    vscode.commands.registerCommand('trialRecord.getStatus', () => ({ text: statusBar.text, visible: statusBar.visible })),
  );
  registerPreview(context, languageClient);
  registerRegistryXml(context, output);
  await languageClient.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
