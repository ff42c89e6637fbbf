import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { activateWith } from './activate';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/protocol';

let client: BaseLanguageClient | undefined;

/** Desktop (and remote) entry: the language server runs as a Node process. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'] },
    },
  };
  client = await activateWith(
    context,
    'node',
    (options) => new LanguageClient('trialRecord', 'Trial Record Language Server', serverOptions, options),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
