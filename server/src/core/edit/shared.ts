import type { Span } from '../types';
import type { AstNode, ParsedDocument, PropertyNode } from '../parse';
import { contentEnd, indentUnitOf, lineBreakOf, lineStart, startsLine } from './text';
import type { TextEdit } from './text';

/** What a single operation is planned against: the document and the file's own conventions. */
export interface EditContext {
  readonly doc: ParsedDocument;
  readonly text: string;
  readonly eol: string;
  readonly unit: string;
}

/** Edits for one operation, or why the operation cannot be written into this text. */
export type PlanResult = TextEdit[] | { readonly error: string };

/** One context per document: fix-all plans thousands of fixes against one text, and the indent unit scans it. */
const contexts = new WeakMap<ParsedDocument, EditContext>();

export function createEditContext(doc: ParsedDocument): EditContext {
  let context = contexts.get(doc);
  if (!context) {
    context = { doc, text: doc.text, eol: lineBreakOf(doc.text), unit: indentUnitOf(doc.text) };
    contexts.set(doc, context);
  }
  return context;
}

export function failure(error: string): { error: string } {
  return { error };
}

/** Where an `add` into a list of `length` items inserts: `-` appends, an index inserts before that item. */
export function insertionIndex(token: string, length: number): number | { error: string } {
  const index = token === '-' ? length : /^(0|[1-9]\d*)$/.test(token) ? Number(token) : -1;
  return index < 0 || index > length ? failure(`Index ${token} is outside the list.`) : index;
}

/** Offset just after the `:` that follows a key (YAML and JSON both allow space before it). */
export function afterColon(text: string, property: PropertyNode): number | undefined {
  let index = property.keySpan.end;
  while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index++;
  return text[index] === ':' ? index + 1 : undefined;
}

/** A property whose value is missing (`key:` while typing) or written as nothing. */
export function hasNoValue(property: PropertyNode | undefined, node: AstNode | undefined): boolean {
  return !!property && (!node || (node.kind === 'null' && node.span.start === node.span.end));
}

/** True for `[…]` and `{…}` collections (all of JSON, flow style in YAML). */
export function isFlowCollection(text: string, node: AstNode): boolean {
  const first = text[node.span.start];
  return (node.kind === 'object' && first === '{') || (node.kind === 'array' && first === '[');
}

/**
 * Removes entry `index` from a bracketed collection, with its separating comma. When the
 * entry has its own line(s), whole lines go, so the layout around it stays as it was.
 */
export function removeFlowEntry(
  text: string,
  collection: AstNode,
  entries: readonly Span[],
  index: number,
): TextEdit[] {
  const entry = entries[index];
  if (entries.length === 1)
    return [{ span: { start: collection.span.start + 1, end: contentEnd(text, collection) - 1 }, newText: '' }];
  if (index < entries.length - 1) {
    const next = entries[index + 1];
    const ownLines = startsLine(text, entry.start) && startsLine(text, next.start);
    const span = ownLines
      ? { start: lineStart(text, entry.start), end: lineStart(text, next.start) }
      : { start: entry.start, end: next.start };
    return [{ span, newText: '' }];
  }
  // The last entry: take the comma after the previous one with it.
  return [{ span: { start: contentEnd(text, entries[index - 1]), end: contentEnd(text, entry) }, newText: '' }];
}

/** The span of a property as an entry of its object (key to value end). */
export function entrySpan(text: string, property: PropertyNode): Span {
  return {
    start: property.keySpan.start,
    end: property.value ? contentEnd(text, property.value) : property.keySpan.end,
  };
}
