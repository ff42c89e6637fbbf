import { contentEnd } from '../edit/text';
import type { AstNode, ParsedDocument } from '../parse';

export interface FoldingRange {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'comment';
}

/** Cap for huge records, like the markdown service's `maxItemsComputed`. */
export const MAX_FOLDING_RANGES = 5000;

/** Folding for objects and arrays spanning lines, multi-line strings, and runs of comment lines. */
export function provideFoldingRanges(doc: ParsedDocument, maxRanges = MAX_FOLDING_RANGES): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lineOf = (offset: number) => doc.lineIndex.positionAt(offset).line;
  // JSON keeps the closing bracket visible; YAML has none.
  const closingLines = doc.format === 'json' ? 1 : 0;
  const visit = (node: AstNode | undefined, startOffset: number) => {
    if (!node || ranges.length >= maxRanges) return;
    const startLine = lineOf(startOffset);
    const endLine =
      lineOf(contentEnd(doc.text, node)) - (node.kind === 'object' || node.kind === 'array' ? closingLines : 0);
    if (endLine > startLine) ranges.push({ startLine, endLine });
    if (node.kind === 'object') for (const property of node.properties) visit(property.value, property.keySpan.start);
    if (node.kind === 'array') for (const item of node.items) visit(item, item.span.start);
  };
  if (doc.root?.kind === 'object')
    for (const property of doc.root.properties) visit(property.value, property.keySpan.start);
  else visit(doc.root, doc.root?.span.start ?? 0);
  ranges.push(...commentRuns(doc, lineOf));
  return ranges.slice(0, maxRanges);
}

function commentRuns(doc: ParsedDocument, lineOf: (offset: number) => number): FoldingRange[] {
  const runs: FoldingRange[] = [];
  let start = -1;
  let previous = -2;
  for (const comment of doc.comments) {
    const line = lineOf(comment.span.start);
    // Only whole-line comments form a block; a comment after a value belongs to that line.
    if (doc.text.slice(doc.text.lastIndexOf('\n', comment.span.start - 1) + 1, comment.span.start).trim() !== '')
      continue;
    if (line !== previous + 1) {
      if (previous > start && start >= 0) runs.push({ startLine: start, endLine: previous, kind: 'comment' });
      start = line;
    }
    previous = line;
  }
  if (previous > start && start >= 0) runs.push({ startLine: start, endLine: previous, kind: 'comment' });
  return runs;
}
