import {
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { createTrialRecordService, systemClock, type Clock } from '../core';
import { registerCommandRequests } from './commands';
import { RecordSnapshots, SafeTextDocument } from './documents';
import { editingCapabilities, registerEditingFeatures } from './editing';
import { registerPreviewRequests } from './preview';
import { registerRegistryXmlRequests } from './registryXml';
import { SettingsStore, toCheckOptions } from './settings';
import { IdleCollector } from './idleCollector';
import { Validator } from './validation';

export interface ServerOptions {
  readonly docsBaseUrl?: string;
  /** The system clock unless a test pins the date. */
  readonly clock?: Clock;
  /** A full garbage collection, run when the server goes idle after a burst of edits (Node only). */
  readonly collectGarbage?: () => void;
}

/** Wires the core to an LSP connection. Entry points create the connection and call this. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const service = createTrialRecordService({
    logger: { error: (message) => connection.console.error(message) },
    docsBaseUrl: options.docsBaseUrl,
    clock: options.clock ?? systemClock,
  });
  const documents = new TextDocuments(SafeTextDocument);
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
  const idle = options.collectGarbage ? new IdleCollector(options.collectGarbage) : undefined;
  documents.onDidChangeContent(({ document }) => {
    validator.schedule(document);
    idle?.noteEdit();
  });
  connection.onShutdown(() => idle?.dispose());
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
      if (!found) return undefined;
      const current = settings.peek(uri);
      return {
        version: found.snapshot.version,
        parsed: found.snapshot.parsed,
        findings: validator.cachedFindings(found.snapshot, current),
      };
    },
    getCheckOptions: (uri) => toCheckOptions(settings.peek(uri)),
    supportsSnippetEdits: () => supportsSnippetEdits,
  });
  registerPreviewRequests(connection, {
    service,
    snapshotOf,
    findingsOf: (document) => validator.findingsOf(document),
  });
  registerCommandRequests(connection, service, settings);
  registerRegistryXmlRequests(connection, { service, snapshotOf });

  documents.listen(connection);
  connection.listen();
}
