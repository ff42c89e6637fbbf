import type { JsonValue } from '../types';

/** JSON pointer (RFC 6901) of a zod issue path. */
export function toPointer(path: readonly PropertyKey[]): string {
  let pointer = '';
  for (const segment of path) pointer += '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
  return pointer;
}

/** The value at a path, or undefined when the path leaves the value. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** How a found value reads in a message: `"RANDOMISED"`, `12.5`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string')
    return value === '' ? 'an empty text' : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}

export function isJsonObject(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
