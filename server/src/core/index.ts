/**
 * Trial Record Studio core: parse, check, edit and render ClinicalTrials.gov study records.
 *
 * This file is the only door into the core. Hosts (the language server, the CLI, the client)
 * create one service with `createTrialRecordService()` and import nothing but this module and
 * its public types; an ESLint rule (`no-restricted-imports` in eslint.config.mjs) forbids
 * deep imports. Positions are UTF-16 offsets into the document text; places inside a record
 * are JSON pointers.
 */
import { checkDocument, checkDocuments, type CheckOptions } from './check';
import { applyTextEdits, type TextEdit } from './edit';
import {
  prepareRename,
  provideCodeActions,
  provideCompletions,
  provideDefinition,
  provideDocumentLinks,
  provideDocumentSymbols,
  provideFoldingRanges,
  provideHover,
  provideReferences,
  provideRename,
  provideSelectionRanges,
  planFixAll,
  type CodeAction,
  type CompletionList,
  type DocumentLink,
  type FindingRef,
  type FoldingRange,
  type Hover,
  type PrepareRenameResult,
  type SymbolsResult,
} from './features';
import { isTooBrokenToCheck, parseRecord, type ParsedDocument } from './parse';
import { reparseRecord } from './parse/incremental';
import {
  exportRegistryXml,
  importRegistryXml,
  type RegistryXmlExport,
  type RegistryXmlImport,
  type RegistryXmlSettings,
} from './registryXml';
import { renderPreviewBody, renderStandalonePage, standalonePageCss } from './render';
import { suppressionsHtml, type SuppressionSummary } from './render/suppressions';
import { listRuleInfo } from './catalog';
import { parseSuppressions } from './engine';
import { newRecordSnippet, type NewRecordStudyType } from './templates/newRecord';
import type { Finding, RecordFormat, Span } from './types';

export type * from './types';
export { CheckMemo, type CheckOptions } from './check';
export type { AstNode, LineIndex, ParsedDocument } from './parse';
export type { TextEdit } from './edit';
export type {
  CodeAction,
  CodeActionKind,
  CompletionItem,
  CompletionItemKind,
  CompletionList,
  DocumentLink,
  DocumentSymbol,
  FindingRef,
  FoldingRange,
  Hover,
  PrepareRenameResult,
  SymbolKind,
  SymbolsResult,
} from './features';
export { COMPLETION_TRIGGER_CHARACTERS, FIX_ALL_KIND, MAX_SYMBOLS } from './features';
export { listRuleInfo, docsAnchorOf, type RuleInfo } from './catalog';
export {
  REGISTRY_XML_FINDINGS,
  type RegistryXmlExport,
  type RegistryXmlFinding,
  type RegistryXmlImport,
  type RegistryXmlSettings,
} from './registryXml';
export { findNode, formatOfPath, locateOffset, parsePointer, spanOfPointer, toPointer } from './parse';
export { countFindings, summaryText, webviewCss, type SeverityCounts } from './render';
export { NEW_RECORD_STUDY_TYPES, type NewRecordStudyType } from './templates/newRecord';
export { parseConfig, readRuleSettings, ruleSettingsSchema, SEVERITY_LEVELS, type RuleSettings } from './engine';
export { enumLabel } from './model/enums';
export { escapeHtml } from './render/html';

/** Where to send the core's complaints about itself (never about records). */
export interface Logger {
  error(message: string): void;
}

/** Today's date, for the rules and the preview that compare dates with it. Injected so that tests are reproducible. */
export interface Clock {
  /** Today as `YYYY-MM-DD` (UTC, the registry's calendar). */
  today(): string;
}

/** The computer's clock; hosts pass it, tests pass `fixedClock(…)`. */
export const systemClock: Clock = { today: () => new Date().toISOString().slice(0, 10) };

/** A clock that always reads `date` (`YYYY-MM-DD`). */
export function fixedClock(date: string): Clock {
  return { today: () => date };
}

/** What a host gives the core when creating it. */
export interface TrialRecordServiceInit {
  readonly clock: Clock;
  readonly logger?: Logger;
  /** Base URL of the rule documentation; findings link to `<base>#<rule-anchor>`. */
  readonly docsBaseUrl?: string;
  /**
   * Each record is checked once and never again (the CLI): the service keeps no schema findings for a next version
   * of the record, which would only cost time and memory.
   */
  readonly oneCheckPerRecord?: boolean;
}

/** The public documentation of the rules. */
export const DEFAULT_DOCS_BASE_URL =
  'https://github.com/trial-record-studio/trial-record-studio/blob/main/docs/rules.md';

/** What a host passes when asking for code actions. */
export interface CodeActionRequest {
  readonly doc: ParsedDocument;
  /** The findings the editor asks about: its diagnostics in the range, with the fixes they carry. */
  readonly requested: readonly FindingRef[];
  /** Findings of `doc` when the host has them for this version and these settings; checked if needed otherwise. */
  readonly findings?: readonly Finding[];
  /** Which kinds the editor wants (`quickfix`, `source.fixAll.trial-record`); all when absent. */
  readonly only?: readonly string[];
  readonly checkOptions?: CheckOptions;
  readonly isCancelled?: () => boolean;
}

/** What fix-all needs besides the document. */
export interface FixAllOptions {
  /** Findings of the document, when current; otherwise fix-all checks itself. */
  readonly findings?: readonly Finding[];
  readonly checkOptions?: CheckOptions;
  readonly isCancelled?: () => boolean;
}

/** Options of the standalone page (`trial-record render`). */
export interface PageOptions {
  /** The document title; defaults to "<NCT id> — <brief title>". */
  readonly title?: string;
}

/** Everything a host needs. Every method is pure of I/O, never throws on bad input, and returns core types. */
export interface TrialRecordService {
  // Documents
  /** Parses a record from scratch. */
  parse(text: string, format: RecordFormat): ParsedDocument;
  /** Parses a new version of a record, re-using the unchanged parts of the previous parse. */
  reparse(previous: ParsedDocument, text: string): ParsedDocument;

  // Checking
  /** Syntax, schema and consistency findings, placed, suppressed and with severities resolved from `options`. */
  check(doc: ParsedDocument, options?: CheckOptions): Finding[];
  /**
   * `check` of each of several records checked once (a bulk check's batch), with the same findings; faster than one
   * by one, since each step runs over all of them before the next.
   */
  checkEach(docs: readonly ParsedDocument[], options?: Omit<CheckOptions, 'memo'>): Finding[][];

  // Editing
  completions(doc: ParsedDocument, offset: number): CompletionList;
  hover(doc: ParsedDocument, offset: number): Hover | undefined;
  /** The outline; `isTruncated` when it stops at `MAX_SYMBOLS`. */
  documentSymbols(doc: ParsedDocument): SymbolsResult;
  foldingRanges(doc: ParsedDocument): FoldingRange[];
  /** Spans around `offset`, innermost first. */
  selectionRanges(doc: ParsedDocument, offset: number): Span[];
  /** From an arm or intervention reference to what it names. */
  definition(doc: ParsedDocument, offset: number): Span[];
  references(doc: ParsedDocument, offset: number, includeDeclaration: boolean): Span[];
  prepareRename(doc: ParsedDocument, offset: number): PrepareRenameResult;
  rename(doc: ParsedDocument, offset: number, newName: string): { edits: TextEdit[] } | { error: string };
  documentLinks(doc: ParsedDocument, isCancelled?: () => boolean): DocumentLink[];
  /** Quick fixes (from the fixes the diagnostics carry), "fix all of a rule", "disable for this line", fix-all. */
  codeActions(request: CodeActionRequest): CodeAction[];
  /** Every safe fix, re-checked until stable; edits against `doc.text`, never ones that break the syntax. */
  fixAll(doc: ParsedDocument, options?: FixAllOptions): TextEdit[];
  /** Applies edits (non-overlapping, against `text`) and returns the new text. */
  applyEdits(text: string, edits: readonly TextEdit[]): string;

  // Rendering
  /** The preview's HTML body, with `data-pointer`s and the findings beside what they concern. */
  renderPreview(doc: ParsedDocument, findings: readonly Finding[]): string;
  /** A standalone, script-free HTML page of the record (the CLI's `render`). */
  renderPage(doc: ParsedDocument, findings: readonly Finding[], options?: PageOptions): string;

  // Export and import (registry XML)
  /** The record as the registry's PRS upload XML, with findings for every value that does not fit. */
  exportRegistryXml(record: unknown, settings?: RegistryXmlSettings): RegistryXmlExport;
  /** A v2 record from PRS upload/download XML or the classic public XML, with findings for what did not map. */
  importRegistryXml(text: string): RegistryXmlImport;

  // New records
  /**
   * A new YAML record for the study type as a snippet (`${1:hint}`, `${2|A,B|}`), dated from the clock; valid once
   * filled in.
   */
  newRecordTemplate(studyType: NewRecordStudyType): string;
}

let rules: readonly { id: string; description: string }[] | undefined;

/** Every finding id with its description, for completion in suppression comments (static, built once). */
function ruleSummaries(): readonly { id: string; description: string }[] {
  rules ??= listRuleInfo('').map(({ id, description }) => ({ id, description }));
  return rules;
}

/** The suppression comments of a record, for the preview's list (the line a comment covers is the next one). */
function suppressionsOf(doc: ParsedDocument): SuppressionSummary[] {
  return parseSuppressions(doc.comments).map((suppression) => ({
    ruleIds: suppression.ruleIds,
    scope: suppression.kind === 'file' ? 'file' : doc.lineIndex.positionAt(suppression.comment.span.start).line + 2,
    reason: suppression.reason,
  }));
}

/** A record checked once and never edited (see `oneCheckPerRecord`): its syntax tree is built only if needed. */
function parseOnce(text: string, format: RecordFormat): ParsedDocument {
  return parseRecord(text, format, { treeOnDemand: true });
}

/** Creates the core service. It holds no global state; each instance is independent. */
export function createTrialRecordService(init: TrialRecordServiceInit): TrialRecordService {
  const environment = {
    logger: init.logger ?? { error: () => undefined },
    today: () => init.clock.today(),
    docsBaseUrl: init.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL,
    schemaCache: init.oneCheckPerRecord ? undefined : new WeakMap(),
  };
  const check = (doc: ParsedDocument, options?: CheckOptions) => checkDocument(doc, environment, options);
  const checkWith = (options: CheckOptions | undefined) => (doc: ParsedDocument) => check(doc, options);
  return {
    parse: init.oneCheckPerRecord ? parseOnce : parseRecord,
    reparse: reparseRecord,
    check,
    checkEach: (docs, options) => checkDocuments(docs, environment, options),
    completions: (doc, offset) =>
      provideCompletions(doc, offset, { today: environment.today(), rules: ruleSummaries() }),
    hover: provideHover,
    documentSymbols: (doc) => provideDocumentSymbols(doc),
    foldingRanges: (doc) => provideFoldingRanges(doc),
    selectionRanges: provideSelectionRanges,
    definition: provideDefinition,
    references: provideReferences,
    prepareRename,
    rename: provideRename,
    documentLinks: provideDocumentLinks,
    codeActions: (request) => provideCodeActions({ ...request, check: checkWith(request.checkOptions) }),
    fixAll: (doc, options = {}) => planFixAll({ ...options, doc, check: checkWith(options.checkOptions) }),
    applyEdits: applyTextEdits,
    renderPreview: (doc, findings) =>
      renderPreviewBody(doc.value ?? {}, findings, {
        today: environment.today(),
        tooBroken: isTooBrokenToCheck(doc),
      }) + suppressionsHtml(suppressionsOf(doc)),
    renderPage: (doc, findings, options = {}) =>
      renderStandalonePage(doc.value, findings, {
        css: standalonePageCss(),
        title: options.title,
        today: environment.today(),
        tooBroken: isTooBrokenToCheck(doc),
      }),
    exportRegistryXml,
    importRegistryXml,
    newRecordTemplate: (studyType) => newRecordSnippet(studyType, environment.today()),
  };
}
