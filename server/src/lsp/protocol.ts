/**
 * Custom requests and notifications between the extension client and the server.
 * The only server file the client may import: plain types and method names, no runtime deps.
 */

/** Request: render the preview of a document's current version. */
export const RenderPreviewRequest = 'trialRecord/renderPreview';

export interface RenderPreviewParams {
  readonly uri: string;
}

export interface RenderPreviewResult {
  readonly uri: string;
  readonly version: number;
  /** HTML body fragment (escaped, no scripts), with `data-pointer` attributes on items. */
  readonly html: string;
  /** Finding counts for the summary line. */
  readonly counts: FindingCounts;
}

/** Request: the source range of a JSON pointer (for click-to-source). */
export const PointerRangeRequest = 'trialRecord/pointerRange';

export interface PointerRangeParams {
  readonly uri: string;
  readonly pointer: string;
}

/** Request: the JSON pointer at a position (for scroll-sync from the editor). */
export const PointerAtRequest = 'trialRecord/pointerAt';

export interface PointerAtParams {
  readonly uri: string;
  readonly position: { readonly line: number; readonly character: number };
}

/** Notification from the server after each validation, for the status bar. */
export const FindingCountsNotification = 'trialRecord/findingCounts';

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export interface FindingCountsParams {
  readonly uri: string;
  readonly version: number;
  readonly counts: FindingCounts;
}

/**
 * Node flags the client starts the server with. V8 lets a heap grow far past what it keeps
 * alive; with the largest registry record open (1.5 MB, ~35 MiB live) the default settings
 * peaked at ~230 MiB resident, these at ~140 MiB (scripts/bench-lsp.ts uses them too).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-old-space-size=256', '--max-semi-space-size=2'];

/** Request: the New Record template (a snippet) for a study type. */
export const NewRecordTemplateRequest = 'trialRecord/newRecordTemplate';

export interface NewRecordTemplateParams {
  readonly studyType: 'INTERVENTIONAL' | 'OBSERVATIONAL' | 'EXPANDED_ACCESS';
}

export interface NewRecordTemplateResult {
  /** YAML in snippet syntax (`${1:hint}`, `${2|A,B|}`). */
  readonly snippet: string;
}

/** Request: check record files that are not open (the workspace check), with the settings of each. */
export const CheckFilesRequest = 'trialRecord/checkFiles';

export interface CheckFilesParams {
  readonly files: readonly { readonly uri: string; readonly text: string }[];
}

export interface CheckFilesResult {
  /** LSP diagnostics per file, as the server publishes them for open files. */
  readonly results: readonly { readonly uri: string; readonly diagnostics: readonly unknown[] }[];
}

/** Request: the open record as the registry's PRS upload XML (Trial Record: Export to Registry XML…). */
export const ExportRegistryXmlRequest = 'trialRecord/exportRegistryXml';

export interface ExportRegistryXmlParams {
  readonly uri: string;
  /** The PRS organisation name (`trialRecord.registry.orgName`); a record file does not hold it. */
  readonly orgName?: string;
}

export interface ExportRegistryXmlResult {
  readonly version: number;
  /** The upload XML; empty when the record has a syntax error. */
  readonly xml: string;
  /** LSP diagnostics on the record: export rule id as `code`, docs link, nearest range present. */
  readonly diagnostics: readonly unknown[];
  /** The first syntax error's message, when the record does not parse (nothing was exported). */
  readonly syntaxError?: string;
}

/**
 * Request: how many warnings and errors the export of the open record would have (the status bar
 * item), from the version the server already parsed. Null for a record not open, too large to
 * export on the fly, or with a syntax error.
 */
export const ExportFindingCountRequest = 'trialRecord/exportFindingCount';

export interface ExportFindingCountResult {
  readonly version: number;
  readonly count: number;
}

/** Request: a record from registry XML (Trial Record: Import Registry XML…). */
export const ImportRegistryXmlRequest = 'trialRecord/importRegistryXml';

export interface ImportRegistryXmlParams {
  readonly text: string;
}

/** What the import could not carry: `import/…` id, and the XML element or record pointer it is about. */
export interface ImportRegistryXmlFinding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly pointer: string;
  readonly element?: string;
}

export interface ImportRegistryXmlResult {
  /** The record as a YAML and as a JSON file, absent when the XML is not a registry record. */
  readonly record?: { readonly yaml: string; readonly json: string; readonly nctId?: string };
  readonly findings: readonly ImportRegistryXmlFinding[];
}
