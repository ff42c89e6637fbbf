import { indentUnitOf } from '../../edit/text';
import { splitPointer, type ParsedDocument } from '../../parse';
import { completionContextAt } from './cursor';
import { keyCompletions } from './keys';
import { itemSnippets, recordSnippets } from './snippets';
import { suppressionCompletions, type RuleSummary } from './suppressions';
import type { CompletionList } from './types';
import { valueCompletions } from './values';

export type { CompletionItem, CompletionItemKind, CompletionList } from './types';
export { completionContextAt, type CompletionContext } from './cursor';

/** Characters after which editors should ask for completions. */
export const COMPLETION_TRIGGER_CHARACTERS = [':', ' ', '-', '"'];

export interface CompletionOptions {
  /** Today (`YYYY-MM-DD`): new-record templates date the study from it. */
  readonly today?: string;
  /** Every finding id, for suppression comments; none offered when absent. */
  readonly rules?: readonly RuleSummary[];
}

/**
 * Completions at `offset`: keys, values, cross-references, snippets. Resolves the cursor to a pointer first, then asks
 * the model.
 */
export function provideCompletions(
  doc: ParsedDocument,
  offset: number,
  options: CompletionOptions = {},
): CompletionList {
  const inComment = suppressionCompletions(doc, offset, options.rules ?? []);
  if (inComment) return { items: inComment };
  const context = completionContextAt(doc, offset);
  if (!context) return { items: [] };
  const unit = doc.format === 'json' ? indentUnitOf(doc.text) : '  ';
  switch (context.kind) {
    case 'document':
      return {
        items: recordSnippets(doc.format, context.span, unit, options.today ?? new Date().toISOString().slice(0, 10)),
      };
    case 'item':
      return { items: itemSnippets(context, context.sequence, unit) };
    case 'key': {
      const keys = keyCompletions(context, doc.format, doc.format === 'yaml' ? yamlUnit(doc) : unit, studyTypeOf(doc));
      const isEmptyItem = context.isAfterDash && context.present.size === 0;
      const snippets = isEmptyItem ? itemSnippets(context, splitPointer(context.parent)[0], yamlUnit(doc)) : [];
      return { items: [...keys, ...snippets] };
    }
    case 'value':
      return { items: valueCompletions(doc, context) };
  }
}

function studyTypeOf(doc: ParsedDocument): string | undefined {
  const value = doc.value as { protocolSection?: { designModule?: { studyType?: unknown } } } | undefined;
  const studyType = value?.protocolSection?.designModule?.studyType;
  return typeof studyType === 'string' ? studyType : undefined;
}

function yamlUnit(doc: ParsedDocument): string {
  const unit = indentUnitOf(doc.text);
  return unit === '\t' ? '  ' : unit;
}
