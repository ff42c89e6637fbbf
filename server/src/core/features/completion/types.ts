import type { Span } from '../../types';

export type CompletionItemKind = 'module' | 'property' | 'enum' | 'value' | 'reference' | 'unit' | 'snippet';

/** A completion proposal in core terms; `lsp/editing` turns it into an LSP CompletionItem. */
export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionItemKind;
  readonly detail?: string;
  /** Shown next to the label in the list itself: the registry's label of a field or code. */
  readonly labelDescription?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  /** `insertText` uses snippet syntax (`$1`, `${1:placeholder}`, `$0`). */
  readonly isSnippet?: boolean;
  /** The text the item replaces. */
  readonly span: Span;
  readonly sortText?: string;
  readonly filterText?: string;
  /** Ask the editor for completions again after inserting (a key whose value has choices). */
  readonly retrigger?: boolean;
}

export interface CompletionList {
  readonly items: readonly CompletionItem[];
}
