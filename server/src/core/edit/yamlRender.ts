import type { JsonValue } from '../types';
import type { ScalarStyle } from '../parse/ast';

/**
 * Writes values as YAML text the way a person would: plain scalars when the YAML 1.2 core
 * schema reads them back as the same string, quotes otherwise, block layout for objects
 * and arrays. Line breaks are added by the caller (the file's own style).
 */

/** Words and numbers the YAML 1.2 core schema would read as something other than a string. */
const NON_STRING_PLAIN =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** True when `text` can be written without quotes (in flow context `[…]`/`{…}` when `inFlow`). */
export function isPlainSafe(text: string, inFlow = false): boolean {
  if (text === '' || text !== text.trim() || NON_STRING_PLAIN.test(text)) return false;
  // Control characters and line breaks need escapes; a plain scalar cannot carry them.
  if (hasControlCharacter(text, false) || text.includes('\ufeff')) return false;
  if (/^[,[\]{}#&*!|>'"%@`]/.test(text) || /^[-?:](\s|$)/.test(text)) return false;
  if (/: |:$| #/.test(text)) return false;
  if (inFlow && /[,[\]{}]/.test(text)) return false;
  return true;
}

/** C0 controls and DEL; with `allowTabAndNewline`, tabs and line feeds are fine (block scalars hold them). */
function hasControlCharacter(text: string, allowTabAndNewline: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (allowTabAndNewline && (code === 9 || code === 10)) continue;
    if (code < 32 || code === 127) return true;
  }
  return false;
}

export function doubleQuoted(text: string): string {
  // JSON string escapes are all valid YAML double-quoted escapes.
  return JSON.stringify(text);
}

function singleQuoted(text: string): string | undefined {
  if (hasControlCharacter(text, false)) return undefined;
  return `'${text.replace(/'/g, "''")}'`;
}

/** A scalar on one line, in the preferred style when it can hold the value. */
export function inlineScalar(
  value: string | number | boolean | null,
  preferred: ScalarStyle = 'plain',
  inFlow = false,
): string {
  if (typeof value !== 'string') return value === null ? 'null' : String(value);
  if (preferred === 'single') return singleQuoted(value) ?? doubleQuoted(value);
  if (preferred === 'double') return doubleQuoted(value);
  return isPlainSafe(value, inFlow) ? value : doubleQuoted(value);
}

/** A value written in flow style on one line: `[a, b]`, `{ key: value }`. */
export function flowValue(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(flowValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, item]) => `${inlineScalar(key, 'plain', true)}: ${flowValue(item)}`,
    );
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return inlineScalar(value, 'plain', true);
}

function isCollection(value: JsonValue): value is JsonValue[] | { [key: string]: JsonValue } {
  return value !== null && typeof value === 'object';
}

function isEmptyCollection(value: JsonValue): boolean {
  return Array.isArray(value) ? value.length === 0 : isCollection(value) && Object.keys(value).length === 0;
}

/**
 * A multi-line string as a literal block scalar: header and content lines, or undefined when a block cannot hold it.
 */
function literalBlock(value: string, indent: string): { header: string; lines: string[] } | undefined {
  if (!value.includes('\n') || hasControlCharacter(value, true)) return undefined;
  // A first line starting with a space would need an indentation indicator; quotes are simpler.
  if (/^[ \t]/.test(value) || /\n\n$/.test(value) || /\r/.test(value)) return undefined;
  const chomping = value.endsWith('\n') ? '' : '-';
  const body = value.endsWith('\n') ? value.slice(0, -1) : value;
  return { header: `|${chomping}`, lines: body.split('\n').map((line) => (line === '' ? '' : indent + line)) };
}

/**
 * Lines for `key: value` at `indent`; `unit` is one indentation step. Scalars stay on the
 * key's line, collections go below it, one step deeper.
 */
export function pairLines(key: string, value: JsonValue, indent: string, unit: string): string[] {
  const head = `${indent}${inlineScalar(key)}:`;
  if (!isCollection(value) || isEmptyCollection(value)) {
    const block = typeof value === 'string' ? literalBlock(value, indent + unit) : undefined;
    if (block) return [`${head} ${block.header}`, ...block.lines];
    return [`${head} ${isCollection(value) ? flowValue(value) : inlineScalar(value)}`];
  }
  return [head, ...collectionLines(value, indent + unit, unit)];
}

/** Lines of a non-empty object or array, every line at `indent`. */
export function collectionLines(
  value: JsonValue[] | { [key: string]: JsonValue },
  indent: string,
  unit: string,
): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => itemLines(item, indent, unit));
  return Object.entries(value).flatMap(([key, item]) => pairLines(key, item, indent, unit));
}

/** Lines of one `- item` of a block sequence whose dashes sit at `indent`. */
export function itemLines(value: JsonValue, indent: string, unit: string): string[] {
  if (!isCollection(value) || isEmptyCollection(value)) {
    const block = typeof value === 'string' ? literalBlock(value, indent + '  ') : undefined;
    if (block) return [`${indent}- ${block.header}`, ...block.lines];
    return [`${indent}- ${isCollection(value) ? flowValue(value) : inlineScalar(value)}`];
  }
  // The item's content sits two columns right of the dash; its first line shares the dash's line.
  const lines = collectionLines(value, indent + '  ', unit);
  return [`${indent}- ${lines[0].slice(indent.length + 2)}`, ...lines.slice(1)];
}

/**
 * A value written where a node already starts at column `column` (an array item or a
 * document root): the first line continues the current line, later lines are indented to `column`.
 */
export function valueLinesAt(value: JsonValue, column: number, unit: string): string[] {
  if (!isCollection(value) || isEmptyCollection(value)) {
    const block = typeof value === 'string' ? literalBlock(value, ' '.repeat(column)) : undefined;
    if (block) return [block.header, ...block.lines];
    return [isCollection(value) ? flowValue(value) : inlineScalar(value)];
  }
  const indent = ' '.repeat(column);
  const lines = collectionLines(value, indent, unit);
  return [lines[0].slice(indent.length), ...lines.slice(1)];
}

export { isCollection, literalBlock };
