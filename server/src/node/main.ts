import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';

const TRANSPORTS = /^--(stdio|node-ipc|socket(=\d+)?|pipe(=.+)?|clientProcessId(=\d+)?)$/;
if (!process.argv.slice(2).some((argument) => TRANSPORTS.test(argument))) {
  process.stderr.write('Usage: trial-record-language-server --stdio | --node-ipc | --socket=<port>\n');
  process.exit(2);
}

// Chooses the transport from argv, like every LSP server.
const connection = createConnection(ProposedFeatures.all);

// Link findings to the rule docs shipped next to the bundle, so the links work offline.
const localDocs = join(__dirname, '..', 'docs', 'rules.md');
startServer(connection, { docsBaseUrl: existsSync(localDocs) ? pathToFileURL(localDocs).href : undefined });

process.on('uncaughtException', (error) => connection.console.error(`Unexpected error (the server keeps running): ${error.stack ?? error}`));
