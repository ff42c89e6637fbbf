import type { Span } from '../types';
import type { AstNode } from '../parse';

/** One replacement in the document text: offsets are UTF-16, into the text the edit was planned against. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** Applies non-overlapping edits to `text` (any order given; applied back to front). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    result += text.slice(cursor, edit.span.start) + edit.newText;
    cursor = Math.max(cursor, edit.span.end);
  }
  return result + text.slice(cursor);
}

/** The line break the file already uses, so inserted lines match (CRLF files stay CRLF). */
export function lineBreakOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** Offset of the start of the line containing `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the end of the line containing `offset`, before its line break. */
export function lineEnd(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  if (end === -1) return text.length;
  if (end > 0 && text[end - 1] === '\r') end--;
  return end;
}

/** Offset just after the line break that ends the line containing `offset` (or the text end). */
export function nextLineStart(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
}

/** The white space at the start of the line containing `offset`. */
export function indentationAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, lineEnd(text, start)))?.[0] ?? '';
}

/** Column (in UTF-16 units) of `offset` on its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** True when only white space precedes `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

/**
 * Where a node's own text ends: YAML block collections and block scalars include the
 * trailing line break (and JSON never has trailing space), so white space is trimmed.
 */
export function contentEnd(text: string, node: AstNode | Span): number {
  const span = 'span' in node ? node.span : node;
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * The indentation step the file uses: the smallest non-zero indentation of any line
 * (two spaces when nothing is indented, a tab when lines are tab-indented).
 */
export function indentUnitOf(text: string): string {
  let smallest = Infinity;
  const pattern = /\n([ \t]+)\S/g;
  let match: RegExpExecArray | null;
  let scanned = 0;
  while ((match = pattern.exec(text)) && scanned++ < 2000) {
    if (match[1].startsWith('\t')) return '\t';
    smallest = Math.min(smallest, match[1].length);
  }
  return smallest === Infinity ? '  ' : ' '.repeat(Math.min(smallest, 8));
}
