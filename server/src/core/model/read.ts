/**
 * Tolerant readers for a record that has not been checked: rules, the results domain, the arms
 * index and the preview all run on schema-invalid input (half-typed YAML included) and must
 * never throw on it.
 */

/** A record object as read: any keys, unknown values. */
export type Loose = { readonly [key: string]: unknown };

const EMPTY: readonly unknown[] = [];

/** The value as a plain object (not an array), or undefined. */
export function asObject(value: unknown): Loose | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : undefined;
}

/** The value as an array; anything else reads as empty. */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : EMPTY;
}

/** A string that is not blank, as written (not trimmed); anything else reads as undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * A displayable scalar as text: a non-blank string, or a finite number; objects, arrays and booleans read as undefined.
 */
export function asText(value: unknown): string | undefined {
  const number = asNumber(value);
  return number === undefined ? asString(value) : String(number);
}

/** A finite number, or undefined. */
export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A boolean, also from the strings "true"/"false" that a half-typed record may hold. */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/**
 * Reads a nested property, `readPath(study, 'protocolSection', 'statusModule')`, or undefined when any step is missing.
 */
export function readPath(value: unknown, ...keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    const object = asObject(current);
    if (!object) return undefined;
    current = object[key];
  }
  return current;
}

/** The texts of a string array (numbers too), skipping other items but keeping their indices. */
export function textItems(value: unknown): readonly { readonly index: number; readonly text: string }[] {
  const result: { index: number; text: string }[] = [];
  asArray(value).forEach((item, index) => {
    const text = asText(item);
    if (text !== undefined) result.push({ index, text });
  });
  return result;
}
