import type { AstNode, CommentNode } from './ast';
import { locateOffset } from './pointer';

/**
 * Finds the YAML comments in `text`. A `#` starts a comment at a line start or after
 * white space, unless it lies inside a quoted or block scalar (which the tree knows).
 */
export function findYamlComments(text: string, root: AstNode | undefined): CommentNode[] {
  const comments: CommentNode[] = [];
  let index = text.indexOf('#');
  while (index !== -1) {
    const previous = index === 0 ? '\n' : text[index - 1];
    let lineEnd = text.indexOf('\n', index);
    if (lineEnd === -1) lineEnd = text.length;
    if (/\s/.test(previous) && !insideScalar(root, index)) {
      const end = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
      comments.push({ text: text.slice(index + 1, end), span: { start: index, end } });
      index = text.indexOf('#', lineEnd);
    } else {
      index = text.indexOf('#', index + 1);
    }
  }
  return comments;
}

function insideScalar(root: AstNode | undefined, offset: number): boolean {
  const { node } = locateOffset(root, offset);
  return !!node && node.kind !== 'object' && node.kind !== 'array' && node.span.start < offset && offset < node.span.end;
}
