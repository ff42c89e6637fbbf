import type { Span } from '../types';
import { isEscaped, isSpace } from './strictJson';

/** Where a pointer lands: the value's span (absent for a key with no value yet), the key's when it names a member. */
export interface PointerSpans {
  readonly span: Span | undefined;
  readonly keySpan?: Span;
  readonly container: boolean;
}

interface Member {
  readonly key: string;
  readonly keySpan: Span;
  readonly span: Span;
}

/**
 * Finds pointers in strictly valid JSON by reading the text, for a record checked once: most of a record is never
 * pointed at, so building its syntax tree (a node and a span per value, twice the objects of the value itself) cost
 * more than the few lookups its findings need. Each container is read once, when a pointer first passes through it;
 * the values it holds are skipped, not read. The spans are those the syntax tree gives (a test compares them).
 */
export class JsonTextLocator {
  readonly #members = new Map<number, readonly Member[]>();
  readonly #items = new Map<number, readonly Span[]>();

  /** `text` must be strictly valid JSON (as `JSON.parse` accepts it, with no repeated key). */
  constructor(private readonly text: string) {}

  locate(tokens: readonly string[]): PointerSpans | undefined {
    const rootStart = this.#skipSpace(0);
    // The root's end is looked for only when the root itself is asked for: it takes reading the whole text.
    let span =
      tokens.length === 0 ? { start: rootStart, end: this.#skipValue(rootStart) } : { start: rootStart, end: -1 };
    let keySpan: Span | undefined;
    for (const token of tokens) {
      const open = this.text.charCodeAt(span.start);
      if (open === OPEN_BRACE) {
        const member = memberNamed(this.#membersOf(span.start), token);
        if (!member) return undefined;
        ({ span, keySpan } = member);
      } else if (open === OPEN_BRACKET) {
        const items = this.#itemsOf(span.start);
        const index = /^(0|[1-9]\d*)$/.test(token) ? Number(token) : -1;
        if (index < 0 || index >= items.length) return undefined;
        span = items[index];
        keySpan = undefined;
      } else {
        return undefined;
      }
    }
    const first = this.text.charCodeAt(span.start);
    return { span, keySpan, container: first === OPEN_BRACE || first === OPEN_BRACKET };
  }

  #membersOf(start: number): readonly Member[] {
    let members = this.#members.get(start);
    if (members) return members;
    const text = this.text;
    const found: Member[] = [];
    let at = this.#skipSpace(start + 1);
    while (text.charCodeAt(at) === QUOTE) {
      const keyEnd = this.#skipString(at);
      const raw = text.slice(at + 1, keyEnd - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(at, keyEnd)) as string) : raw;
      const valueStart = this.#skipSpace(this.#skipSpace(keyEnd) + 1);
      const valueEnd = this.#skipValue(valueStart);
      found.push({ key, keySpan: { start: at, end: keyEnd }, span: { start: valueStart, end: valueEnd } });
      at = this.#skipSpace(valueEnd);
      if (text.charCodeAt(at) === COMMA) at = this.#skipSpace(at + 1);
    }
    members = found;
    this.#members.set(start, members);
    return members;
  }

  #itemsOf(start: number): readonly Span[] {
    let items = this.#items.get(start);
    if (items) return items;
    const text = this.text;
    const found: Span[] = [];
    let at = this.#skipSpace(start + 1);
    while (text.charCodeAt(at) !== CLOSE_BRACKET && at < text.length) {
      const end = this.#skipValue(at);
      found.push({ start: at, end });
      at = this.#skipSpace(end);
      if (text.charCodeAt(at) === COMMA) at = this.#skipSpace(at + 1);
    }
    items = found;
    this.#items.set(start, items);
    return items;
  }

  /** The end of the value starting at `at`. */
  #skipValue(at: number): number {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (first === QUOTE) return this.#skipString(at);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      while (at < text.length) {
        const code = text.charCodeAt(at);
        if (code === QUOTE) {
          at = this.#skipString(at);
          continue;
        }
        if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
        else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) return at + 1;
        at++;
      }
      return text.length;
    }
    // A number or a literal runs to the next delimiter.
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code) || at >= text.length)
        return at;
      at++;
    }
  }

  /** The end (after the closing quote) of the string whose opening quote is at `at`. */
  #skipString(at: number): number {
    const text = this.text;
    let close = text.indexOf('"', at + 1);
    // A quote after an odd run of backslashes is escaped.
    while (close !== -1 && isEscaped(text, close)) close = text.indexOf('"', close + 1);
    return close === -1 ? text.length : close + 1;
  }

  #skipSpace(at: number): number {
    while (isSpace(this.text.charCodeAt(at))) at++;
    return at;
  }
}

function memberNamed(members: readonly Member[], key: string): Member | undefined {
  for (const member of members) if (member.key === key) return member;
  return undefined;
}

const QUOTE = 34;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
