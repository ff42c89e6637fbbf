import { contentEnd } from '../edit/text';
import { locateOffset, type ParsedDocument } from '../parse';
import type { Span } from '../types';

/**
 * Selection ranges at `offset`, innermost first: the value or key, the `key: value` pair,
 * the enclosing object or array, its pair, … up to the whole record.
 */
export function provideSelectionRanges(doc: ParsedDocument, offset: number): Span[] {
  const location = locateOffset(doc.root, offset);
  const spans: Span[] = [];
  const add = (span: Span) => {
    const trimmed = { start: span.start, end: Math.max(span.start, contentEnd(doc.text, span)) };
    const last = spans[spans.length - 1];
    if (last && trimmed.start === last.start && trimmed.end === last.end) return;
    if (last && (trimmed.start > last.start || trimmed.end < last.end)) return;
    spans.push(trimmed);
  };
  if (location.property && location.onKey) add(location.property.keySpan);
  if (location.node && !location.onKey) add(location.node.span);
  if (location.property) add(location.property.span);
  // The path runs root → innermost; walk it back out, adding each container and its pair.
  for (let i = location.path.length - 1; i >= 0; i--) {
    const { node } = location.path[i];
    add(node.span);
    const parent = location.path[i - 1]?.node;
    if (parent?.kind === 'object') {
      const pair = parent.properties.find((p) => p.value === node);
      if (pair) add(pair.span);
    }
  }
  add({ start: 0, end: doc.text.length });
  return spans;
}
