/**
 * Trial Record Studio core: parse, check and understand ClinicalTrials.gov study records.
 * The only door into the core; hosts (language server, CLI, preview) use nothing else.
 */
import { checkDocument, type CheckOptions } from './check';
import { parseRecord } from './parse';
import type { ParsedDocument } from './parse';
import { reparseRecord } from './parse/incremental';
import type { Finding, RecordFormat } from './types';

export type { CheckOptions } from './check';
export type * from './types';
export type { AstNode, LineIndex, ParsedDocument } from './parse';
export { listRuleInfo, docsAnchorOf, type RuleInfo } from './catalog';
export { findNode, formatOfPath, locateOffset, parsePointer, spanOfPointer, toPointer } from './parse';
export { enumLabel } from './model/enums';
export { escapeHtml } from './render/html';

/** Where to send the core's complaints about itself (never about records). */
export interface Logger {
  error(message: string): void;
}

/** What a host gives the core when creating it. */
export interface TrialRecordServiceInit {
  readonly logger?: Logger;
  /** Today's date (`YYYY-MM-DD`); injectable so that date rules are reproducible in tests. */
  readonly today?: () => string;
  /** Base URL of the rule documentation; findings link to `<base>#<rule-anchor>`. */
  readonly docsBaseUrl?: string;
}

/** The public documentation of the rules. */
export const DEFAULT_DOCS_BASE_URL = 'https://github.com/trial-record-studio/trial-record-studio/blob/main/docs/rules.md';

export interface TrialRecordService {
  /** Parses a record from scratch. */
  parse(text: string, format: RecordFormat): ParsedDocument;
  /** Parses a new version of a record, re-using the unchanged parts of the previous parse. */
  reparse(previous: ParsedDocument, text: string): ParsedDocument;
  /** Schema and consistency findings for a parsed record, with severities and suppressions resolved. */
  check(document: ParsedDocument, options?: CheckOptions): Finding[];
}

/** Creates the core service. It holds no global state; each instance is independent. */
export function createTrialRecordService(init: TrialRecordServiceInit = {}): TrialRecordService {
  const environment = {
    logger: init.logger ?? { error: () => undefined },
    today: init.today ?? todayFromClock,
    docsBaseUrl: init.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL,
  };
  return {
    parse: parseRecord,
    reparse: reparseRecord,
    check: (document, options) => checkDocument(document, environment, options),
  };
}

function todayFromClock(): string {
  return new Date().toISOString().slice(0, 10);
}
