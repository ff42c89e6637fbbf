import type { CheckOptions, Finding, ParsedDocument, TrialRecordService } from '../../core';

/** What the editing handlers need from the server: the current parse of a document, its findings, the service. */
export interface EditingContext {
  /** The document's current version; `findings` when that version has been checked with the current settings. */
  getDocument(
    uri: string,
  ): { version: number; parsed: ParsedDocument; findings: readonly Finding[] | undefined } | undefined;
  readonly service: TrialRecordService;
  getCheckOptions(uri: string): CheckOptions;
  /** The client applies snippet edits in code actions (LSP 3.18 `workspaceEdit.snippetEditSupport`). */
  supportsSnippetEdits?(): boolean;
}
