import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckMemo, countFindings, type Finding, type TrialRecordService } from '../core';
import { toDiagnostic } from './convert';
import type { RecordSnapshot, RecordSnapshots } from './documents';
import { FindingCountsNotification, type FindingCountsParams } from './protocol';
import { toCheckOptions, type ServerSettings, type SettingsStore } from './settings';

/**
 * Checks documents after edits: one pending job per document, started on the next turn of the
 * event loop (no fixed delay: a check takes milliseconds, and a newer version abandons it), and
 * results published only for the current version. Findings are cached per version *and* settings.
 */
export class Validator {
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Findings of a snapshot (one document version) with the key of the settings they were checked with. */
  readonly #checked = new WeakMap<
    RecordSnapshot,
    { readonly settingsKey: string; readonly findings: readonly Finding[] }
  >();
  /** Per open document: what its last check can lend the next (unchanged modules are not checked again). */
  readonly #memos = new Map<string, CheckMemo>();

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
    this.#memos.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Re-checks every open record (after a settings change: cached findings of other settings are not reused). */
  revalidateAll(): void {
    for (const document of this.documents.all()) this.schedule(document);
  }

  /** The findings of the document's current version with its current settings, checking now if needed (preview). */
  async findingsOf(document: TextDocument): Promise<readonly Finding[]> {
    const settings = await this.settings.get(document.uri);
    return this.#findings(this.snapshots.get(document), settings);
  }

  /** The findings of a version checked with these settings, if that check has run; never checks. */
  cachedFindings(snapshot: RecordSnapshot, settings: ServerSettings): readonly Finding[] | undefined {
    const checked = this.#checked.get(snapshot);
    return checked?.settingsKey === settings.key ? checked.findings : undefined;
  }

  #findings(snapshot: RecordSnapshot, settings: ServerSettings, isCancelled?: () => boolean): readonly Finding[] {
    if (!settings.validateEnabled) return [];
    const cached = this.cachedFindings(snapshot, settings);
    if (cached) return cached;
    const findings = this.service.check(snapshot.parsed, toCheckOptions(settings, isCancelled, this.#memoOf(snapshot)));
    // A cancelled check is partial: use it for nothing.
    if (!isCancelled?.()) this.#checked.set(snapshot, { settingsKey: settings.key, findings });
    return findings;
  }

  #memoOf(snapshot: RecordSnapshot): CheckMemo {
    let memo = this.#memos.get(snapshot.uri);
    if (!memo) {
      memo = new CheckMemo();
      this.#memos.set(snapshot.uri, memo);
    }
    return memo;
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
    const findings = this.#findings(snapshot, settings, () => !isCurrent());
    if (!isCurrent()) return;
    await this.#publish(uri, version, findings, snapshot.parsed.lineIndex);
  }

  async #publish(
    uri: string,
    version: number,
    findings: readonly Finding[],
    lineIndex?: Parameters<typeof toDiagnostic>[0],
  ): Promise<void> {
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
