import type { JsonValue } from '../types';
import type { AstNode } from './ast';

/** The plain value of a node; for duplicate keys the last one wins, as in `JSON.parse`. */
export function valueOf(node: AstNode | undefined): JsonValue | undefined {
  if (!node) return undefined;
  switch (node.kind) {
    case 'object': {
      const result: { [key: string]: JsonValue } = {};
      for (const property of node.properties) {
        // A key without a value (mid-typing) reads as null, like YAML's `key:`.
        const value = property.value ? valueOf(property.value) : null;
        // defineProperty, not assignment: a record key named __proto__ must stay data.
        Object.defineProperty(result, property.key, {
          value: value ?? null,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
    case 'array':
      return node.items.map((item) => valueOf(item) ?? null);
    default:
      return node.value;
  }
}
