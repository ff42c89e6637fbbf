import type { JsonValue } from '../types';
import { COLON, QUOTE, isSpace, stringEnd } from './jsonChars';
import { LIMITS } from './limits';

/**
 * The value of a JSON text that needs no syntax finding, read by `JSON.parse` (native, three times faster than any
 * parser that keeps positions); undefined for a syntax error, a repeated key (which `JSON.parse` silently drops), a
 * byte-order mark, or nesting deeper than `LIMITS.maxDepth`: the syntax tree's path reports those.
 */
export function parseStrictJson(text: string): JsonValue | undefined {
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
  const keys = countKeys(value, 0);
  // Each key written in the text is a key of the value unless it repeats one. The quick count of colons after a
  // quote is never below the keys written, so when it matches, no key repeats; strings such as `\":` make it
  // higher, and only then are the strings walked one by one.
  return keys >= 0 && (keys === colonsAfterQuotes(text) || keys === countWrittenKeys(text)) ? value : undefined;
}

/** Keys of every object in `value`, or -1 when containers nest deeper than the limit. */
function countKeys(value: JsonValue, depth: number): number {
  if (value === null || typeof value !== 'object') return 0;
  if (depth >= LIMITS.maxDepth) return -1;
  // Only containers are visited: most values are strings and numbers, which hold no key (no call for each).
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item === null || typeof item !== 'object') continue;
      const inner = countKeys(item, depth + 1);
      if (inner < 0) return -1;
      count += inner;
    }
    return count;
  }
  for (const key in value) {
    count++;
    const member = value[key];
    if (member === null || typeof member !== 'object') continue;
    const inner = countKeys(member, depth + 1);
    if (inner < 0) return -1;
    count += inner;
  }
  return count;
}

/**
 * Colons right after a quote (JSON whitespace between allowed): every key's colon is one of them. Three times faster
 * than walking the strings, as it stops only at colons.
 */
function colonsAfterQuotes(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let before = colon - 1;
    while (isSpace(text.charCodeAt(before))) before--;
    if (text.charCodeAt(before) === QUOTE) count++;
  }
  return count;
}

/** Strings followed by a colon in valid JSON: outside strings there is no quote, so strings are found one by one. */
function countWrittenKeys(text: string): number {
  let count = 0;
  let open = text.indexOf('"');
  while (open !== -1) {
    let after = stringEnd(text, open);
    while (isSpace(text.charCodeAt(after))) after++;
    if (text.charCodeAt(after) === COLON) count++;
    open = text.indexOf('"', after);
  }
  return count;
}
