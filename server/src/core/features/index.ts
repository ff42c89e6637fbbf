/**
 * Editing assistance over a parsed record: every feature takes core types (parsed document,
 * UTF-16 offsets, spans, pointers) and returns core types; `lsp/editing` converts them.
 */
export {
  provideCodeActions,
  FIX_ALL_KIND,
  type CodeAction,
  type CodeActionInput,
  type CodeActionKind,
  type FindingRef,
} from './codeActions';
export { planFixAll, safeFixOf, type Checker, type FixAllInput } from './fixAll';
export {
  provideCompletions,
  COMPLETION_TRIGGER_CHARACTERS,
  type CompletionItem,
  type CompletionItemKind,
  type CompletionList,
} from './completion';
export { provideHover, type Hover } from './hover';
export {
  provideDocumentSymbols,
  MAX_SYMBOLS,
  type DocumentSymbol,
  type SymbolKind,
  type SymbolsResult,
} from './symbols';
export { provideFoldingRanges, MAX_FOLDING_RANGES, type FoldingRange } from './folding';
export { provideSelectionRanges } from './selection';
export {
  crossReferenceAt,
  prepareRename,
  provideDefinition,
  provideReferences,
  provideRename,
  type CrossReference,
  type PrepareRenameResult,
} from './navigation';
export { provideDocumentLinks, type DocumentLink } from './links';
