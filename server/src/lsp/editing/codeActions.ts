import { CodeActionKind, type CancellationToken, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { provideCodeActions, type FindingRef } from '../../core/features';
import { toSpan, type DiagnosticData } from '../convert';
import type { EditingContext } from './context';
import { toSnippetEdits, toTextEdits } from './convert';

/** Our diagnostics, picked by `source`, `code` and `data` — never by message text. */
function findingRefOf(lineIndex: Parameters<typeof toSpan>[0], diagnostic: Diagnostic): FindingRef | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (diagnostic.source !== 'trial-record' || typeof diagnostic.code !== 'string' || typeof data?.pointer !== 'string') return undefined;
  return { ruleId: diagnostic.code, pointer: data.pointer, span: toSpan(lineIndex, diagnostic.range), message: typeof diagnostic.message === 'string' ? diagnostic.message : undefined };
}

export function handleCodeAction(context: EditingContext, params: CodeActionParams, token: CancellationToken): CodeAction[] | null {
  const uri = params.textDocument.uri;
  const document = context.getDocument(uri);
  if (!document) return null;
  const { parsed } = document;
  const ours = params.context.diagnostics.flatMap((diagnostic) => {
    const ref = findingRefOf(parsed.lineIndex, diagnostic);
    return ref ? [{ diagnostic, ref }] : [];
  });
  const checkOptions = { ...context.getCheckOptions(uri), isCancelled: () => token.isCancellationRequested };
  // Fixes are recomputed from the current text: the current version's findings, or a fresh check.
  const findings = document.findings ?? context.service.check(parsed, checkOptions);
  const actions = provideCodeActions({
    service: context.service,
    doc: parsed,
    findings,
    requested: ours.map((entry) => entry.ref),
    only: params.context.only,
    checkOptions,
    isCancelled: () => token.isCancellationRequested,
  });
  if (token.isCancellationRequested) return null;
  const snippets = context.supportsSnippetEdits?.() === true;
  return actions.map((action) => ({
    title: action.title,
    kind: action.kind === 'quickfix' ? CodeActionKind.QuickFix : action.kind,
    diagnostics: action.resolves.map((index) => ours[index].diagnostic),
    isPreferred: action.isPreferred,
    edit:
      action.snippetEdits && snippets
        ? { documentChanges: [{ textDocument: { uri, version: document.version }, edits: toSnippetEdits(parsed.lineIndex, parsed.text, action.snippetEdits) }] }
        : { changes: { [uri]: toTextEdits(parsed.lineIndex, action.edits) } },
  }));
}
