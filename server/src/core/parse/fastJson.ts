import type { JsonValue } from '../types';
import type { AstNode, PropertyNode } from './ast';
import { LIMITS } from './limits';

/**
 * One pass over strictly valid JSON that builds the syntax tree and the plain value together.
 * Checking a registry download parses hundreds of thousands of records, and the general path
 * (jsonc-parser's tree, converted, then JSON.parse for the value) walks each text three times.
 * Anything irregular (a syntax error, a duplicate key, a byte-order mark) returns undefined,
 * and the caller takes the general path, which explains errors; a test checks that both paths
 * agree on every record they both accept. Nesting deeper than `LIMITS.maxDepth` is irregular too
 * (the general path cuts it off with a finding), so a text this accepts needs no nesting guard.
 */
export function parseValidJson(text: string): { root: AstNode; value: JsonValue } | undefined {
  const parser = new Parser(text);
  try {
    parser.skipSpace();
    const root = parser.value();
    parser.skipSpace();
    return parser.at === text.length ? { root, value: parser.last } : undefined;
  } catch {
    // INVALID, or a stack overflow on absurd nesting: the general path decides.
    return undefined;
  }
}

/** Thrown (and caught above) at the first irregularity; cheaper than checking a result at every level. */
const INVALID = new Error('not strictly valid JSON');

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Parser {
  at = 0;
  /** Containers open around `at`. */
  depth = 0;
  /**
   * The plain value of the node `value()` returned last. Kept here rather than returned with the node: a pair
   * per value was a third of what the parse allocated.
   */
  last: JsonValue = null;

  constructor(private readonly text: string) {}

  skipSpace(): void {
    const text = this.text;
    let at = this.at;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === 32 || code === 10 || code === 13 || code === 9) at++;
      else break;
    }
    this.at = at;
  }

  value(): AstNode {
    const code = this.text.charCodeAt(this.at);
    if (code === 123) return this.object();
    if (code === 91) return this.array();
    if (code === 34) {
      const start = this.at;
      const value = this.string();
      this.last = value;
      return { kind: 'string', span: { start, end: this.at }, value, style: 'json' };
    }
    if (code === 116) return this.literal('true', 'boolean', true);
    if (code === 102) return this.literal('false', 'boolean', false);
    if (code === 110) return this.literal('null', 'null', null);
    return this.number();
  }

  /** Counts a container opened; deeper than the limit is left to the general path. */
  enter(): void {
    if (++this.depth > LIMITS.maxDepth) throw INVALID;
  }

  object(): AstNode {
    this.enter();
    const start = this.at++;
    const properties: PropertyNode[] = [];
    const value: Record<string, JsonValue> = {};
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 125) {
      this.at++;
      this.depth--;
      this.last = value;
      return { kind: 'object', span: { start, end: this.at }, properties };
    }
    for (;;) {
      if (this.text.charCodeAt(this.at) !== 34) throw INVALID;
      const keyStart = this.at;
      const key = this.string();
      const keySpan = { start: keyStart, end: this.at };
      this.skipSpace();
      if (this.text.charCodeAt(this.at++) !== 58) throw INVALID;
      this.skipSpace();
      const item = this.value();
      // A repeated key is a finding; the general path reports it.
      if (Object.prototype.hasOwnProperty.call(value, key)) throw INVALID;
      if (key === '__proto__')
        Object.defineProperty(value, key, { value: this.last, enumerable: true, writable: true, configurable: true });
      else value[key] = this.last;
      properties.push({ key, keySpan, value: item, span: { start: keyStart, end: item.span.end } });
      this.skipSpace();
      const next = this.text.charCodeAt(this.at++);
      if (next === 125) break;
      if (next !== 44) throw INVALID;
      this.skipSpace();
    }
    this.depth--;
    this.last = value;
    return { kind: 'object', span: { start, end: this.at }, properties };
  }

  array(): AstNode {
    this.enter();
    const start = this.at++;
    const items: AstNode[] = [];
    const value: JsonValue[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 93) {
      this.at++;
      this.depth--;
      this.last = value;
      return { kind: 'array', span: { start, end: this.at }, items };
    }
    for (;;) {
      items.push(this.value());
      value.push(this.last);
      this.skipSpace();
      const next = this.text.charCodeAt(this.at++);
      if (next === 93) break;
      if (next !== 44) throw INVALID;
      this.skipSpace();
    }
    this.depth--;
    this.last = value;
    return { kind: 'array', span: { start, end: this.at }, items };
  }

  /** A string at `this.at` (its opening quote); leaves `this.at` after the closing quote. */
  string(): string {
    const text = this.text;
    const start = this.at + 1;
    let at = start;
    let escaped = false;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === 34) break;
      if (code === 92) {
        escaped = true;
        at += 2;
        continue;
      }
      // Raw control characters (and the end of the text) are not allowed inside a JSON string.
      if (code < 32 || Number.isNaN(code)) throw INVALID;
      at++;
    }
    this.at = at + 1;
    if (!escaped) return text.slice(start, at);
    try {
      return JSON.parse(text.slice(start - 1, at + 1)) as string;
    } catch {
      throw INVALID;
    }
  }

  literal(word: string, kind: 'boolean' | 'null', value: boolean | null): AstNode {
    if (!this.text.startsWith(word, this.at)) throw INVALID;
    const start = this.at;
    this.at += word.length;
    this.last = value;
    return { kind, span: { start, end: this.at }, value, style: 'json' };
  }

  number(): AstNode {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) throw INVALID;
    const start = this.at;
    this.at += match[0].length;
    const value = Number(match[0]);
    this.last = value;
    return { kind: 'number', span: { start, end: this.at }, value, style: 'json' };
  }
}
