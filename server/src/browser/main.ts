import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';

// The language server in a web worker (the extension's `browser` entry starts it). The core
// is pure, so this is the same server as the Node one, minus the local docs link: findings
// link to the published rule documentation.
// The worker's global scope; the server is typed without DOM libs, so it goes in as `never`
// (assignable to the DedicatedWorkerGlobalScope it is at run time).
const scope = globalThis as never;
// A worker has no setImmediate; the validator yields to the event loop with it.
const scheduling = globalThis as { setImmediate?: (callback: () => void) => unknown };
scheduling.setImmediate ??= (callback) => setTimeout(callback, 0);

const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection);
