import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, TrialRecordService } from '../core';
import { countFindings } from '../core/render';
import { toDiagnostic } from './convert';
import type { RecordSnapshots } from './documents';
import { FindingCountsNotification, type FindingCountsParams } from './protocol';
import { toCheckOptions, type SettingsStore } from './settings';

/**
 * Checks documents after edits: one pending job per document, superseded jobs are
 * abandoned between steps, and results are published only for the current version.
 */
export class Validator {
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly snapshots: RecordSnapshots,
    private readonly settings: SettingsStore,
    private readonly service: TrialRecordService,
  ) {}

  /** Schedules a check of the document's current version. */
  schedule(document: TextDocument): void {
    this.cancel(document.uri);
    this.#timers.set(
      document.uri,
      setTimeout(() => {
        this.#timers.delete(document.uri);
        this.#validate(document.uri, document.version).catch((error: unknown) => this.#logFailure(document.uri, error));
        // No fixed delay: a check takes milliseconds, and edits queued meanwhile supersede it (see #validate).
      }, 0),
    );
  }

  cancel(uri: string): void {
    const timer = this.#timers.get(uri);
    if (timer) clearTimeout(timer);
    this.#timers.delete(uri);
  }

  /** Clears a closed document's diagnostics. */
  clear(uri: string): void {
    this.cancel(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  revalidateAll(): void {
    for (const document of this.documents.all()) this.schedule(document);
  }

  /** The findings of the document's current version, checking now if needed (for code actions, preview). */
  async findingsOf(document: TextDocument): Promise<readonly Finding[]> {
    const snapshot = this.snapshots.get(document);
    if (snapshot.findings) return snapshot.findings;
    const settings = await this.settings.get(document.uri);
    const current = this.snapshots.get(document);
    current.findings ??= settings.validateEnabled ? this.service.check(current.parsed, toCheckOptions(settings)) : [];
    return current.findings;
  }

  async #validate(uri: string, version: number): Promise<void> {
    const isCurrent = () => this.documents.get(uri)?.version === version;
    const settings = await this.settings.get(uri);
    const document = this.documents.get(uri);
    if (!document || !isCurrent()) return;
    if (!settings.validateEnabled) {
      await this.#publish(uri, version, []);
      return;
    }
    const snapshot = this.snapshots.get(document);
    // Let queued edits arrive before the expensive part; a newer version makes this job moot.
    await yieldToEventLoop();
    if (!isCurrent()) return;
    snapshot.findings ??= this.service.check(snapshot.parsed, toCheckOptions(settings, () => !isCurrent()));
    if (!isCurrent()) return;
    await this.#publish(uri, version, snapshot.findings, snapshot.parsed.lineIndex);
  }

  async #publish(uri: string, version: number, findings: readonly Finding[], lineIndex?: Parameters<typeof toDiagnostic>[0]): Promise<void> {
    const diagnostics = lineIndex ? findings.map((finding) => toDiagnostic(lineIndex, finding)) : [];
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    const params: FindingCountsParams = { uri, version, counts: countFindings(findings) };
    await this.connection.sendNotification(FindingCountsNotification, params);
  }

  #logFailure(uri: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.connection.console.error(`Checking ${uri} failed; the editor keeps working. ${detail}`);
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
