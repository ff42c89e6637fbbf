import {
  CodeActionKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
} from 'vscode-languageserver';
import type { FindingRef } from '../../core';
import { toSpan, type DiagnosticData } from '../convert';
import type { EditingContext } from './context';
import { toSnippetEdits, toTextEdits } from './convert';

/** Our diagnostics, picked by `source`, `code` and `data` — never by message text; their fixes come from `data`. */
function findingRefOf(lineIndex: Parameters<typeof toSpan>[0], diagnostic: Diagnostic): FindingRef | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (diagnostic.source !== 'trial-record' || typeof diagnostic.code !== 'string' || typeof data?.pointer !== 'string')
    return undefined;
  const fixes = Array.isArray(data.fixes) ? data.fixes : undefined;
  return {
    ruleId: diagnostic.code,
    pointer: data.pointer,
    span: toSpan(lineIndex, diagnostic.range),
    ...(fixes ? { fixes } : {}),
  };
}

export function handleCodeAction(
  context: EditingContext,
  params: CodeActionParams,
  token: CancellationToken,
): CodeAction[] | null {
  const uri = params.textDocument.uri;
  const document = context.getDocument(uri);
  if (!document) return null;
  const { parsed } = document;
  const ours = params.context.diagnostics.flatMap((diagnostic) => {
    const ref = findingRefOf(parsed.lineIndex, diagnostic);
    return ref ? [{ diagnostic, ref }] : [];
  });
  const isCancelled = () => token.isCancellationRequested;
  // Quick fixes come from the diagnostics' data, re-planned on the current text; "fix all" needs
  // every finding: this version's when checked with the current settings, else a fresh check.
  const actions = context.service.codeActions({
    doc: parsed,
    findings: document.findings,
    requested: ours.map((entry) => entry.ref),
    only: params.context.only,
    checkOptions: { ...context.getCheckOptions(uri), isCancelled },
    isCancelled,
  });
  if (token.isCancellationRequested) return null;
  const snippets = context.supportsSnippetEdits?.() === true;
  return actions.map((action) => ({
    title: action.title,
    kind: action.kind === 'quickfix' ? CodeActionKind.QuickFix : action.kind,
    diagnostics: action.resolves.map((index) => ours[index].diagnostic),
    isPreferred: action.isPreferred,
    ...(action.disabledReason ? { disabled: { reason: action.disabledReason } } : {}),
    edit:
      action.snippetEdits && snippets
        ? {
            documentChanges: [
              {
                textDocument: { uri, version: document.version },
                edits: toSnippetEdits(parsed.lineIndex, parsed.text, action.snippetEdits),
              },
            ],
          }
        : { changes: { [uri]: toTextEdits(parsed.lineIndex, action.edits) } },
  }));
}
