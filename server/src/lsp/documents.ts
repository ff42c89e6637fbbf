import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument, TrialRecordService } from '../core';
import { formatOfPath } from '../core';

/** One version of an open record: parsed once, shared by every feature. */
export interface RecordSnapshot {
  readonly uri: string;
  readonly version: number;
  readonly parsed: ParsedDocument;
}

/** Caches the parse of each open document's current version. */
export class RecordSnapshots {
  readonly #snapshots = new Map<string, RecordSnapshot>();

  constructor(private readonly service: TrialRecordService) {}

  /** The snapshot for the document's current version, parsing (incrementally when possible) if needed. */
  get(document: TextDocument): RecordSnapshot {
    const cached = this.#snapshots.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const parsed =
      cached && cached.parsed.format === formatOf(document)
        ? this.service.reparse(cached.parsed, text)
        : this.service.parse(text, formatOf(document));
    const snapshot: RecordSnapshot = { uri: document.uri, version: document.version, parsed };
    this.#snapshots.set(document.uri, snapshot);
    return snapshot;
  }

  /** The last snapshot, whatever its version. */
  peek(uri: string): RecordSnapshot | undefined {
    return this.#snapshots.get(uri);
  }

  delete(uri: string): void {
    this.#snapshots.delete(uri);
  }
}

function formatOf(document: TextDocument) {
  if (document.languageId === 'trial-record-json') return 'json';
  if (document.languageId === 'trial-record') return 'yaml';
  return formatOfPath(document.uri);
}
