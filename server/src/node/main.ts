import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { fullCollection } from './collectGarbage';
import { FramingGuard } from './streamGuard';

const TRANSPORTS = /^--(stdio|node-ipc|socket(=\d+)?|pipe(=.+)?|clientProcessId(=\d+)?)$/;
if (!process.argv.slice(2).some((argument) => TRANSPORTS.test(argument))) {
  process.stderr.write('Usage: trial-record-language-server --stdio | --node-ipc | --socket=<port>\n');
  process.exit(2);
}

/** A broken input stream cannot be resynchronised: say why on stderr and exit, so the editor restarts the server. */
function exitOnStreamFault(error: unknown): never {
  process.stderr.write(
    `trial-record-language-server: protocol stream fault, exiting: ` +
      `${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}

// Chooses the transport from argv, like every LSP server; stdio gets its framing checked first.
const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);

function stdioConnection() {
  const guard = new FramingGuard();
  guard.on('error', exitOnStreamFault);
  const reader = new StreamMessageReader(process.stdin.pipe(guard));
  reader.onError(exitOnStreamFault);
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

// Link findings to the rule docs shipped next to the bundle, so the links work offline.
const localDocs = join(__dirname, '..', 'docs', 'rules.md');
startServer(connection, {
  docsBaseUrl: existsSync(localDocs) ? pathToFileURL(localDocs).href : undefined,
  collectGarbage: fullCollection(),
});

process.on('uncaughtException', (error) =>
  connection.console.error(`Unexpected error (the server keeps running): ${error.stack ?? error}`),
);
