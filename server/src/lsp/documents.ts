import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, TextDocumentsConfiguration } from 'vscode-languageserver';
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
    const text = document.getText();
    // Keyed by text as well as version: a client that reuses a version number must not get the old text's results.
    if (cached && cached.version === document.version && cached.parsed.text === text) return cached;
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

/**
 * `TextDocument` with every change's range checked before it touches the text: a range
 * past the end (line 1e9), negative, fractional or reversed is clamped into the document,
 * a change that is neither a range nor a full text is ignored. The library trusts ranges,
 * and one past the end grows its line table without bound until the process dies.
 */
export const SafeTextDocument: TextDocumentsConfiguration<TextDocument> = {
  create: (uri, languageId, version, content) =>
    TextDocument.create(uri, languageId, safeVersion(version), typeof content === 'string' ? content : ''),
  update(document, changes, version) {
    for (const change of changes) {
      const safe = safeChange(document, change);
      if (safe) TextDocument.update(document, [safe], safeVersion(version));
    }
    return TextDocument.update(document, [], safeVersion(version));
  },
};

function safeVersion(version: number): number {
  return Number.isSafeInteger(version) ? version : 0;
}

function safeChange(
  document: TextDocument,
  change: TextDocumentContentChangeEvent,
): TextDocumentContentChangeEvent | undefined {
  if (typeof change?.text !== 'string') return undefined;
  if (!('range' in change) || change.range === undefined || change.range === null) return { text: change.text };
  const { start, end } = change.range ?? {};
  if (!start || !end) return undefined;
  const from = clampPosition(document, start);
  const to = clampPosition(document, end);
  const [first, last] = document.offsetAt(from) <= document.offsetAt(to) ? [from, to] : [to, from];
  return { range: { start: first, end: last }, text: change.text };
}

/** A position inside the document: lines past the end go to the end, characters past a line's end to its end. */
export function clampPosition(document: TextDocument, position: Position): Position {
  const line = toCount(position?.line);
  const character = toCount(position?.character);
  if (line >= document.lineCount) return document.positionAt(document.getText().length);
  // positionAt(offsetAt) clamps the character to the line (and out of a CRLF).
  return document.positionAt(document.offsetAt({ line, character }));
}

function toCount(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
