/**
 * Tolerant readers for an unchecked record: the renderer must draw whatever it is given
 * (half-typed YAML included) and never throw.
 */

export type RecordObject = Readonly<Record<string, unknown>>;

const EMPTY: readonly unknown[] = [];

/** The value as a plain object, or undefined. */
export function asObject(value: unknown): RecordObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RecordObject) : undefined;
}

/** The value as an array; anything else reads as empty. */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : EMPTY;
}

/** A displayable scalar as text (numbers too); objects, arrays, booleans and blanks read as undefined. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
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

/** Reads a nested property: `at(study, 'protocolSection', 'statusModule')`. */
export function at(value: unknown, ...keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    const object = asObject(current);
    if (!object) return undefined;
    current = object[key];
  }
  return current;
}

/** The texts of a string array, skipping non-text items but keeping their indices. */
export function textItems(value: unknown): readonly { readonly index: number; readonly text: string }[] {
  const result: { index: number; text: string }[] = [];
  asArray(value).forEach((item, index) => {
    const text = asText(item);
    if (text !== undefined) result.push({ index, text });
  });
  return result;
}
