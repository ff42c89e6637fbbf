import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type DocumentSymbol,
  type SelectionRange,
  type SnippetTextEdit,
  type TextEdit,
} from 'vscode-languageserver';
import type * as core from '../../core';
import type { LineIndex, Span } from '../../core';
import { toRange } from '../convert';

const COMPLETION_KINDS: Record<core.CompletionItemKind, CompletionItemKind> = {
  module: CompletionItemKind.Module,
  property: CompletionItemKind.Property,
  enum: CompletionItemKind.EnumMember,
  value: CompletionItemKind.Value,
  reference: CompletionItemKind.Reference,
  unit: CompletionItemKind.Unit,
  snippet: CompletionItemKind.Snippet,
};

/** Core completion → LSP: a text edit over the item's span, markdown docs, indentation as computed by the core. */
export function toCompletionItem(lineIndex: LineIndex, item: core.CompletionItem): CompletionItem {
  return {
    label: item.label,
    kind: COMPLETION_KINDS[item.kind],
    detail: item.detail,
    labelDetails: item.labelDescription ? { description: item.labelDescription } : undefined,
    documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
    textEdit: { range: toRange(lineIndex, item.span), newText: item.insertText },
    insertTextFormat: item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // The core already indented continuation lines; the editor must not indent them again.
    insertTextMode: InsertTextMode.asIs,
    sortText: item.sortText,
    filterText: item.filterText,
    command: item.retrigger ? { title: 'Suggest', command: 'editor.action.triggerSuggest' } : undefined,
  };
}

const SYMBOL_KINDS: Record<core.SymbolKind, SymbolKind> = {
  module: SymbolKind.Module,
  object: SymbolKind.Object,
  array: SymbolKind.Array,
  string: SymbolKind.String,
  number: SymbolKind.Number,
  boolean: SymbolKind.Boolean,
  null: SymbolKind.Null,
};

export function toDocumentSymbol(lineIndex: LineIndex, symbol: core.DocumentSymbol): DocumentSymbol {
  return {
    name: symbol.name || ' ',
    detail: symbol.detail,
    kind: SYMBOL_KINDS[symbol.kind],
    range: toRange(lineIndex, symbol.span),
    selectionRange: toRange(lineIndex, symbol.selectionSpan),
    children: symbol.children.map((child) => toDocumentSymbol(lineIndex, child)),
  };
}

/** Core spans (innermost first) → the linked LSP selection range. */
export function toSelectionRange(lineIndex: LineIndex, spans: readonly Span[]): SelectionRange {
  let parent: SelectionRange | undefined;
  for (let i = spans.length - 1; i >= 0; i--) parent = { range: toRange(lineIndex, spans[i]), parent };
  return parent ?? { range: toRange(lineIndex, { start: 0, end: 0 }) };
}

/**
 * Edits whose `newText` is snippet syntax → LSP 3.18 snippet edits. Editors indent every line
 * after the first of a snippet by the indentation of the line it starts on (VS Code does), so
 * that indentation is taken off here: the core's text is already indented where it goes.
 */
export function toSnippetEdits(
  lineIndex: LineIndex,
  text: string,
  edits: readonly { span: Span; newText: string }[],
): SnippetTextEdit[] {
  return edits.map((edit) => {
    const lineStart = text.lastIndexOf('\n', edit.span.start - 1) + 1;
    const base = /^[ \t]*/.exec(text.slice(lineStart, edit.span.start))?.[0] ?? '';
    const value = base
      ? edit.newText.replace(/\n([ \t]*)/g, (line, indent: string) =>
          indent.startsWith(base) ? `\n${indent.slice(base.length)}` : line,
        )
      : edit.newText;
    return { range: toRange(lineIndex, edit.span), snippet: { kind: 'snippet', value } };
  });
}

export function toTextEdits(lineIndex: LineIndex, edits: readonly { span: Span; newText: string }[]): TextEdit[] {
  return edits.map((edit) => ({ range: toRange(lineIndex, edit.span), newText: edit.newText }));
}
