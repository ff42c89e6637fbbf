import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { countFindings, findNode, locateOffset, type Finding, type TrialRecordService } from '../core';
import { toOffset, toRange } from './convert';
import type { RecordSnapshot } from './documents';
import {
  PointerAtRequest,
  PointerRangeRequest,
  RenderPreviewRequest,
  type PointerAtParams,
  type PointerRangeParams,
  type RenderPreviewParams,
  type RenderPreviewResult,
} from './protocol';

interface PreviewContext {
  readonly service: TrialRecordService;
  snapshotOf(uri: string): { document: TextDocument; snapshot: RecordSnapshot } | undefined;
  findingsOf(document: TextDocument): Promise<readonly Finding[]>;
}

/** The custom requests behind the preview: render, pointer → range, position → pointer. */
export function registerPreviewRequests(connection: Connection, context: PreviewContext): void {
  connection.onRequest(
    RenderPreviewRequest,
    async (params: RenderPreviewParams): Promise<RenderPreviewResult | null> => {
      const found = context.snapshotOf(params.uri);
      if (!found) return null;
      const findings = await context.findingsOf(found.document);
      const html = context.service.renderPreview(found.snapshot.parsed, findings);
      return { uri: params.uri, version: found.snapshot.version, html, counts: countFindings(findings) };
    },
  );

  connection.onRequest(PointerRangeRequest, (params: PointerRangeParams) => {
    const found = context.snapshotOf(params.uri);
    if (!found) return null;
    const location = findNode(found.snapshot.parsed.root, params.pointer);
    const span = location?.property?.keySpan ?? location?.node?.span;
    return span ? toRange(found.snapshot.parsed.lineIndex, span) : null;
  });

  connection.onRequest(PointerAtRequest, (params: PointerAtParams) => {
    const found = context.snapshotOf(params.uri);
    if (!found) return null;
    const { parsed } = found.snapshot;
    return locateOffset(parsed.root, toOffset(parsed.lineIndex, params.position)).pointer;
  });
}
