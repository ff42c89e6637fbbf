import { getLocation } from 'jsonc-parser';
import { findNode, toPointer, type ParsedDocument } from '../../parse';
import type { Span } from '../../types';
import { fieldInfoAt } from '../../model';
import { YamlLines } from './yamlCursor';

/** What the cursor is about to write, resolved to pointers. */
export type CompletionContext =
  /** An empty file: whole-record snippets. */
  | { readonly kind: 'document'; readonly span: Span }
  /** A key of the object at `parent`. */
  | {
      readonly kind: 'key';
      readonly parent: string;
      readonly span: Span;
      /** Indentation of the key's column, for multi-line insertions (YAML). */
      readonly indent: string;
      readonly present: ReadonlySet<string>;
      /** YAML: right after `- `, so a whole item may be written. */
      readonly isAfterDash: boolean;
      /** JSON: the span covers a quoted key; `hasColon` when `:` already follows. */
      readonly isQuoted: boolean;
      readonly hasColon: boolean;
    }
  /** The value at `pointer`. */
  | {
      readonly kind: 'value';
      readonly pointer: string;
      readonly span: Span;
      /** What is typed so far. */
      readonly prefix: string;
      /** YAML: the cursor is right after `key:`, so the value needs a leading space. */
      readonly needsSpace: boolean;
      readonly isQuoted: boolean;
    }
  /** YAML: at the dash column of the sequence at `sequence`, where a new `- item` goes. */
  | { readonly kind: 'item'; readonly sequence: string; readonly span: Span; readonly indent: string };

export function completionContextAt(doc: ParsedDocument, offset: number): CompletionContext | undefined {
  // A record too large to parse gets no completion (its text would be re-read on every keystroke).
  if (doc.checkDepth === 'none') return undefined;
  if (doc.text.trim() === '') return { kind: 'document', span: { start: 0, end: doc.text.length } };
  return doc.format === 'yaml' ? yamlContext(doc, offset) : jsonContext(doc, offset);
}

function yamlContext(doc: ParsedDocument, offset: number): CompletionContext | undefined {
  const { line, character } = doc.lineIndex.positionAt(offset);
  const lines = new YamlLines(doc.text);
  const before = lines.line(line).slice(0, character);
  const wordAfter = /^[\w$.-]*/.exec(lines.line(line).slice(character))![0];
  const [, spaces, dashes, rest] = /^( *)((?:- +)?)(.*)$/s.exec(before)!;
  const column = spaces.length + dashes.length;
  const valueMatch = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s#'":][^#:]*?)\s*:( *)(.*)$/s.exec(rest);
  if (valueMatch) {
    const container = dashes ? itemTokens(lines, line, spaces.length) : lines.mappingAt(line, column);
    if (!container) return undefined;
    const key = valueMatch[1].replace(/^["']|["']$/g, '');
    const prefix = valueMatch[3];
    const span = { start: offset - prefix.length, end: offset + wordAfter.length };
    return {
      kind: 'value',
      pointer: toPointer([...container, key]),
      span,
      prefix,
      needsSpace: valueMatch[2] === '' && prefix === '',
      isQuoted: false,
    };
  }
  if (!/^[\w$-]*$/.test(rest)) return undefined;
  const span = { start: offset - rest.length, end: offset + wordAfter.length };
  if (dashes) {
    const item = itemTokens(lines, line, spaces.length);
    if (!item) return undefined;
    const pointer = toPointer(item);
    if (fieldInfoAt(pointer)?.kind !== 'object')
      return { kind: 'value', pointer, span, prefix: rest, needsSpace: false, isQuoted: false };
    return keyContext(doc, pointer, span, ' '.repeat(column), line, true, lines.siblingKeys(line, column));
  }
  const tokens = lines.mappingAt(line, column);
  if (!tokens) return undefined;
  const pointer = toPointer(tokens);
  if (fieldInfoAt(pointer)?.kind === 'array') return { kind: 'item', sequence: pointer, span, indent: spaces };
  return keyContext(doc, pointer, span, spaces, line, false, lines.siblingKeys(line, column));
}

function itemTokens(lines: YamlLines, line: number, dashColumn: number): (string | number)[] | undefined {
  const sequence = lines.sequenceAt(line, dashColumn);
  return sequence && [...sequence.tokens, sequence.index];
}

function keyContext(
  doc: ParsedDocument,
  parent: string,
  span: Span,
  indent: string,
  line: number,
  isAfterDash: boolean,
  written: Set<string>,
): CompletionContext {
  const node = findNode(doc.root, parent)?.node;
  const present = new Set(written);
  if (node?.kind === 'object') {
    // The key being typed on the cursor's line is not "already present".
    for (const property of node.properties)
      if (doc.lineIndex.positionAt(property.keySpan.start).line !== line) present.add(property.key);
  }
  return { kind: 'key', parent, span, indent, present, isAfterDash, isQuoted: false, hasColon: false };
}

function jsonContext(doc: ParsedDocument, offset: number): CompletionContext | undefined {
  // getLocation re-reads the text recursively: past the nesting guard it would overflow the stack.
  if (doc.syntaxFindings.some((finding) => finding.ruleId === 'syntax/too-deep')) return undefined;
  const location = getLocation(doc.text, offset);
  const previous = location.previousNode;
  const isInPrevious = !!previous && previous.offset < offset && offset <= previous.offset + previous.length;
  const span = isInPrevious
    ? { start: previous.offset, end: previous.offset + previous.length }
    : { start: offset, end: offset };
  const isQuoted = (isInPrevious && previous.type === 'string') || (isInPrevious && previous.type === 'property');
  if (location.isAtPropertyKey) {
    const parent = toPointer(location.path.slice(0, -1));
    const node = findNode(doc.root, parent)?.node;
    const present = new Set<string>();
    if (node?.kind === 'object')
      for (const property of node.properties) if (property.keySpan.start !== span.start) present.add(property.key);
    const hasColon = /^\s*:/.test(doc.text.slice(span.end));
    return { kind: 'key', parent, span, indent: '', present, isAfterDash: false, isQuoted, hasColon };
  }
  const prefix = isInPrevious ? doc.text.slice(previous.offset, offset).replace(/^"/, '') : '';
  return { kind: 'value', pointer: toPointer(location.path), span, prefix, needsSpace: false, isQuoted };
}
