import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  type Connection,
  type DocumentLink,
  type DocumentSymbol,
  type Location,
  type ServerCapabilities,
  SymbolKind,
} from 'vscode-languageserver';
import { COMPLETION_TRIGGER_CHARACTERS, FIX_ALL_KIND, MAX_SYMBOLS, type Span } from '../../core';
import { toOffset, toRange } from '../convert';
import { handleCodeAction } from './codeActions';
import type { EditingContext } from './context';
import { toCompletionItem, toDocumentSymbol, toSelectionRange, toTextEdits } from './convert';

export type { EditingContext } from './context';

/** The capabilities the editing handlers serve; server.ts spreads them into its InitializeResult. */
export const editingCapabilities: Partial<ServerCapabilities> = {
  completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
  hoverProvider: true,
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  selectionRangeProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  documentLinkProvider: { resolveProvider: false },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
};

/** Registers completion, hover, outline, folding, selection, navigation, rename, links and code actions. */
export function registerEditingFeatures(connection: Connection, context: EditingContext): void {
  const { service } = context;
  const at = (uri: string, position: { line: number; character: number }) => {
    const document = context.getDocument(uri);
    return document && { parsed: document.parsed, offset: toOffset(document.parsed.lineIndex, position) };
  };
  const locations = (uri: string, spans: readonly Span[], lineIndex: Parameters<typeof toRange>[0]): Location[] =>
    spans.map((span) => ({ uri, range: toRange(lineIndex, span) }));

  connection.onCompletion(({ textDocument, position }) => {
    const found = at(textDocument.uri, position);
    if (!found) return null;
    const { items } = service.completions(found.parsed, found.offset);
    return { isIncomplete: false, items: items.map((item) => toCompletionItem(found.parsed.lineIndex, item)) };
  });

  connection.onHover(({ textDocument, position }) => {
    const found = at(textDocument.uri, position);
    const hover = found && service.hover(found.parsed, found.offset);
    return hover
      ? { contents: { kind: 'markdown', value: hover.contents }, range: toRange(found.parsed.lineIndex, hover.span) }
      : null;
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const document = context.getDocument(textDocument.uri);
    if (!document) return null;
    const { symbols, isTruncated } = service.documentSymbols(document.parsed);
    const result: DocumentSymbol[] = symbols.map((symbol) => toDocumentSymbol(document.parsed.lineIndex, symbol));
    if (isTruncated) {
      // Say so in the outline itself, where the missing entries would have been.
      const range = toRange(document.parsed.lineIndex, { start: 0, end: 0 });
      result.push({
        name: `Outline stops at ${MAX_SYMBOLS} entries`,
        kind: SymbolKind.Null,
        range,
        selectionRange: range,
      });
    }
    return result;
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const document = context.getDocument(textDocument.uri);
    return document ? service.foldingRanges(document.parsed) : null;
  });

  connection.onSelectionRanges(({ textDocument, positions }) => {
    const document = context.getDocument(textDocument.uri);
    if (!document) return null;
    const { lineIndex } = document.parsed;
    return positions.map((position) =>
      toSelectionRange(lineIndex, service.selectionRanges(document.parsed, toOffset(lineIndex, position))),
    );
  });

  connection.onDefinition(({ textDocument, position }) => {
    const found = at(textDocument.uri, position);
    return found
      ? locations(textDocument.uri, service.definition(found.parsed, found.offset), found.parsed.lineIndex)
      : null;
  });

  connection.onReferences(({ textDocument, position, context: referenceContext }) => {
    const found = at(textDocument.uri, position);
    return found
      ? locations(
          textDocument.uri,
          service.references(found.parsed, found.offset, referenceContext.includeDeclaration),
          found.parsed.lineIndex,
        )
      : null;
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const found = at(textDocument.uri, position);
    if (!found) return null;
    const result = service.prepareRename(found.parsed, found.offset);
    // An error with a message tells the user what can be renamed; `null` would only say "cannot".
    if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return { range: toRange(found.parsed.lineIndex, result.span), placeholder: result.placeholder };
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const found = at(textDocument.uri, position);
    if (!found) return null;
    const result = service.rename(found.parsed, found.offset, newName);
    if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return { changes: { [textDocument.uri]: toTextEdits(found.parsed.lineIndex, result.edits) } };
  });

  connection.onDocumentLinks(({ textDocument }, token) => {
    const document = context.getDocument(textDocument.uri);
    if (!document) return null;
    const links = service.documentLinks(document.parsed, () => token.isCancellationRequested);
    return links.map((link): DocumentLink => ({
      range: toRange(document.parsed.lineIndex, link.span),
      target: link.target,
      tooltip: link.tooltip,
    }));
  });

  connection.onCodeAction((params, token) => handleCodeAction(context, params, token));
}
