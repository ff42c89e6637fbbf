import {
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTrialRecordService, type TrialRecordServiceInit } from '../core';
import { registerCommandRequests } from './commands';
import { RecordSnapshots } from './documents';
import { editingCapabilities, registerEditingFeatures } from './editing';
import { registerPreviewRequests } from './preview';
import { SettingsStore, toCheckOptions } from './settings';
import { Validator } from './validation';

export interface ServerOptions {
  readonly docsBaseUrl?: string;
  readonly today?: TrialRecordServiceInit['today'];
}

/** Wires the core to an LSP connection. Entry points create the connection and call this. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const service = createTrialRecordService({
    logger: { error: (message) => connection.console.error(message) },
    docsBaseUrl: options.docsBaseUrl,
    today: options.today,
  });
  const documents = new TextDocuments(TextDocument);
  const snapshots = new RecordSnapshots(service);
  const settings = new SettingsStore(connection);
  const validator = new Validator(connection, documents, snapshots, settings, service);
  let supportsSnippetEdits = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    settings.setSupportsPull(params.capabilities.workspace?.configuration === true);
    supportsSnippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      ...editingCapabilities,
    };
    return { capabilities, serverInfo: { name: 'trial-record-language-server', version: '0.1.0' } };
  });

  connection.onDidChangeConfiguration((change) => {
    settings.onDidChange(change.settings);
    validator.revalidateAll();
  });

  documents.onDidOpen(({ document }) => validator.schedule(document));
  documents.onDidChangeContent(({ document }) => validator.schedule(document));
  documents.onDidClose(({ document }) => {
    validator.clear(document.uri);
    snapshots.delete(document.uri);
    settings.forget(document.uri);
  });

  const snapshotOf = (uri: string) => {
    const document = documents.get(uri);
    return document ? { document, snapshot: snapshots.get(document) } : undefined;
  };

  registerEditingFeatures(connection, {
    service,
    getDocument(uri) {
      const found = snapshotOf(uri);
      return found && { version: found.snapshot.version, parsed: found.snapshot.parsed, findings: found.snapshot.findings };
    },
    getCheckOptions: (uri) => toCheckOptions(settings.peek(uri)),
    supportsSnippetEdits: () => supportsSnippetEdits,
  });
  registerPreviewRequests(connection, { snapshotOf, findingsOf: (document) => validator.findingsOf(document) });
  registerCommandRequests(connection, service, settings);

  documents.listen(connection);
  connection.listen();
}
