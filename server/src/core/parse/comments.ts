import type { AstNode, CommentNode } from './ast';
import { locateOffset } from './pointer';

/**
 * Finds the YAML comments in `text`. A `#` starts a comment at a line start or after
 * white space, unless it lies inside a quoted or block scalar (which the tree knows).
 * Linear: each line is scanned once, and a scalar that holds `#` characters is skipped
 * as a whole (a 1 MB line of `#` costs one pass, not one pass per `#`).
 */
export function findYamlComments(text: string, root: AstNode | undefined): CommentNode[] {
  const comments: CommentNode[] = [];
  let index = text.indexOf('#');
  while (index !== -1) {
    const previous = index === 0 ? '\n' : text[index - 1];
    if (!isSpaceOrBreak(previous)) {
      index = text.indexOf('#', index + 1);
      continue;
    }
    const scalarEnd = endOfScalarAround(root, index);
    if (scalarEnd !== undefined) {
      index = text.indexOf('#', Math.max(index + 1, scalarEnd));
      continue;
    }
    const end = lineEndFrom(text, index);
    comments.push({ text: text.slice(index + 1, end), span: { start: index, end } });
    index = text.indexOf('#', end);
  }
  return comments;
}

function isSpaceOrBreak(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\uFEFF';
}

/** The end of a line's content: before `\r\n`, `\n` or a lone `\r`. */
function lineEndFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return text.length;
}

/** The end of the scalar that strictly contains `offset`, if any. */
function endOfScalarAround(root: AstNode | undefined, offset: number): number | undefined {
  const { node } = locateOffset(root, offset);
  const inside =
    !!node && node.kind !== 'object' && node.kind !== 'array' && node.span.start < offset && offset < node.span.end;
  return inside ? node.span.end : undefined;
}
