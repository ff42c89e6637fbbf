import type { Span } from '../types';
import type { AstNode, PropertyNode } from './ast';

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  const text = String(token);
  // Keys rarely hold either character: most tokens are returned as they are, with no copy.
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

/** Joins reference tokens into a JSON pointer: `['a', 0]` → `/a/0`. */
export function toPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => '/' + escapePointerToken(token)).join('');
}

/** Splits a JSON pointer into its reference tokens: `/a/0` → `['a', '0']`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer of the parent value and the last token: `/a/b/0` → [`/a/b`, `0`]. */
export function splitPointer(pointer: string): [parent: string, last: string] {
  const cut = pointer.lastIndexOf('/');
  return [pointer.slice(0, cut), parsePointer(pointer.slice(cut))[0] ?? ''];
}

/** Where a pointer lands in the tree. */
export interface NodeLocation {
  readonly node: AstNode | undefined;
  /** The key/value pair, when the pointer names an object member. */
  readonly property?: PropertyNode;
}

/** Finds the node a pointer names; `undefined` when any step is missing. Last duplicate key wins, as in JSON.parse. */
export function findNode(root: AstNode | undefined, pointer: string): NodeLocation | undefined {
  let location: NodeLocation = { node: root };
  for (const token of parsePointer(pointer)) {
    const node = location.node;
    if (!node) return undefined;
    if (node.kind === 'object') {
      const property = findLastProperty(node.properties, token);
      if (!property) return undefined;
      location = { node: property.value, property };
    } else if (node.kind === 'array') {
      const index = /^(0|[1-9]\d*)$/.test(token) ? Number(token) : -1;
      if (index < 0 || index >= node.items.length) return undefined;
      location = { node: node.items[index] };
    } else {
      return undefined;
    }
  }
  return location;
}

function findLastProperty(properties: readonly PropertyNode[], key: string): PropertyNode | undefined {
  for (let i = properties.length - 1; i >= 0; i--) {
    if (properties[i].key === key) return properties[i];
  }
  return undefined;
}

/** The span a finding about `pointer` should cover: the value (or the key, or the key when there is no value). */
export function spanOfPointer(
  root: AstNode | undefined,
  pointer: string,
  target: 'key' | 'value' = 'value',
): Span | undefined {
  const location = findNode(root, pointer);
  if (!location) return undefined;
  if (location.property && (target === 'key' || !location.node)) return location.property.keySpan;
  return location.node?.span;
}

/** What lies at an offset: the innermost node, its pointer, and whether the offset is on a key. */
export interface OffsetLocation {
  readonly pointer: string;
  readonly node: AstNode | undefined;
  readonly property?: PropertyNode;
  readonly onKey: boolean;
  /** Pointers from the root down to `pointer`, with their nodes. */
  readonly path: readonly { readonly pointer: string; readonly node: AstNode }[];
}

/** Finds the innermost node containing `offset` (span end inclusive, so a cursor right after a value counts). */
export function locateOffset(root: AstNode | undefined, offset: number): OffsetLocation {
  const path: { pointer: string; node: AstNode }[] = [];
  if (!root || !contains(root.span, offset)) return { pointer: '', node: root, onKey: false, path };
  let pointer = '';
  let node: AstNode = root;
  path.push({ pointer, node });
  for (;;) {
    if (node.kind === 'object') {
      const property = findByOffset(
        node.properties,
        offset,
        (p) => p.span.start,
        (p) => p.span.end,
      );
      if (!property) break;
      pointer += '/' + escapePointerToken(property.key);
      if (contains(property.keySpan, offset) || !property.value || !contains(property.value.span, offset)) {
        return { pointer, node: property.value, property, onKey: contains(property.keySpan, offset), path };
      }
      node = property.value;
    } else if (node.kind === 'array') {
      const index = findIndexByOffset(node.items, offset);
      if (index < 0) break;
      pointer += `/${index}`;
      node = node.items[index];
    } else {
      break;
    }
    path.push({ pointer, node });
  }
  return { pointer, node, onKey: false, path };
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function findByOffset<T>(
  items: readonly T[],
  offset: number,
  start: (item: T) => number,
  end: (item: T) => number,
): T | undefined {
  const index = binarySearch(items, offset, start);
  return index >= 0 && offset <= end(items[index]) ? items[index] : undefined;
}

function findIndexByOffset(items: readonly AstNode[], offset: number): number {
  const index = binarySearch(items, offset, (item) => item.span.start);
  return index >= 0 && offset <= items[index].span.end ? index : -1;
}

/** Index of the last item starting at or before `offset`, or -1. Items are in source order. */
function binarySearch<T>(items: readonly T[], offset: number, start: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (start(items[mid]) <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
