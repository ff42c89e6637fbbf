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
