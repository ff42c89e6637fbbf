import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activate';

export { deactivate } from './activate';

/**
 * Web entry (vscode.dev, code-server's web extension host): the same language server, bundled
 * for a web worker. The core is pure, so checks, completion, fixes and the preview are the same.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverUri = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  // The web host's Worker. The client is typed with the project's Node libs, which have no DOM
  // `Worker` type; the client takes the object as it is.
  const Worker = (globalThis as unknown as { Worker: new (url: string) => object }).Worker;
  const worker = new Worker(await workerUrl(serverUri));
  await activateWith(context, 'web', (id, name, options) => new LanguageClient(id, name, worker, options));
}

/**
 * A URL a worker can load: the script's own URL on http(s) hosts (vscode.dev); elsewhere (an
 * extension installed on a remote, `vscode-remote:` URIs) the script read through the file
 * system and handed over as a blob.
 */
async function workerUrl(script: vscode.Uri): Promise<string> {
  if (script.scheme === 'http' || script.scheme === 'https') return script.toString(true);
  const code = await vscode.workspace.fs.readFile(script);
  const web = globalThis as unknown as {
    Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
    URL: { createObjectURL(blob: unknown): string };
  };
  return web.URL.createObjectURL(new web.Blob([code], { type: 'text/javascript' }));
}
