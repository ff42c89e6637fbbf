import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activate';

let client: BaseLanguageClient | undefined;

/**
 * Web entry (vscode.dev, code-server's web extension host): the same language server, bundled
 * for a web worker. The core is pure, so checks, completion, fixes and the preview are the same.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  // The web host's Worker (typed through the client's parameter: the project has no DOM lib).
  const Worker = (globalThis as unknown as { Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[2] }).Worker;
  const worker = new Worker(serverUrl.toString(true));
  client = await activateWith(context, (options) => new LanguageClient('trialRecord', 'Trial Record Language Server', worker, options));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
