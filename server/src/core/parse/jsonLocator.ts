import type { Span } from '../types';
import { CLOSE_BRACE, CLOSE_BRACKET, COMMA, isSpace, OPEN_BRACE, OPEN_BRACKET, QUOTE, stringEnd } from './jsonChars';

/** Where a pointer lands: the value's span (absent for a key with no value yet), the key's when it names a member. */
export interface PointerSpans {
  readonly span: Span | undefined;
  readonly keySpan?: Span;
  readonly container: boolean;
}

interface Member {
  readonly key: string;
  readonly keySpan: Span;
  /** The value's span; its end is -1 until something needs it (see `ObjectReading.open`). */
  readonly span: { readonly start: number; end: number };
}

/** What has been read of one container: its members or items so far, and where reading goes on. */
interface ContainerReading<T> {
  readonly found: T[];
  /** The next member's or item's start; -1 once the container is read to its end. */
  next: number;
}

interface ObjectReading extends ContainerReading<Member> {
  /**
   * The member last found, whose value's end is not looked for until a later member or the value itself is asked
   * for: a lookup that goes into the value (most do: the protocol section, then a module) need not skip it first.
   */
  open: Member | undefined;
}

/**
 * Finds pointers in strictly valid JSON by reading the text, for a record checked once: most of a record is never
 * pointed at, so building its syntax tree (a node and a span per value, twice the objects of the value itself) cost
 * more than the few lookups its findings need. A container is read only as far as a lookup needs, and at most once:
 * the values before the one looked for are skipped, not read (the results section, after the protocol, is skipped
 * only when a finding lies in it or after it). The spans are those the syntax tree gives (a test compares them).
 */
export class JsonTextLocator {
  readonly #objects = new Map<number, ObjectReading>();
  readonly #arrays = new Map<number, ContainerReading<Span>>();

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
        const member = this.#member(span.start, token);
        if (!member) return undefined;
        ({ span, keySpan } = member);
      } else if (open === OPEN_BRACKET) {
        const index = /^(0|[1-9]\d*)$/.test(token) ? Number(token) : -1;
        const item = index < 0 ? undefined : this.#item(span.start, index);
        if (!item) return undefined;
        span = item;
        keySpan = undefined;
      } else {
        return undefined;
      }
    }
    const first = this.text.charCodeAt(span.start);
    return {
      span: { start: span.start, end: this.#endOf(span) },
      keySpan,
      container: first === OPEN_BRACE || first === OPEN_BRACKET,
    };
  }

  /** The member named `key` of the object starting at `start`, reading on from where the last lookup stopped. */
  #member(start: number, key: string): Member | undefined {
    let reading = this.#objects.get(start);
    if (!reading) {
      reading = { found: [], next: this.#skipSpace(start + 1), open: undefined };
      this.#objects.set(start, reading);
    }
    for (const member of reading.found) if (member.key === key) return member;
    const text = this.text;
    if (reading.open) {
      const end = this.#endOf(reading.open.span);
      const after = this.#afterComma(end);
      reading.next = text.charCodeAt(after) === QUOTE ? after : -1;
      reading.open = undefined;
    }
    let at = reading.next;
    while (at !== -1 && text.charCodeAt(at) === QUOTE) {
      const keyEnd = stringEnd(text, at);
      const raw = text.slice(at + 1, keyEnd - 1);
      const name = raw.includes('\\') ? (JSON.parse(text.slice(at, keyEnd)) as string) : raw;
      const valueStart = this.#skipSpace(this.#skipSpace(keyEnd) + 1);
      const member: Member = { key: name, keySpan: { start: at, end: keyEnd }, span: { start: valueStart, end: -1 } };
      reading.found.push(member);
      if (name === key) {
        reading.open = member;
        return member;
      }
      at = this.#afterComma(this.#endOf(member.span));
      reading.next = text.charCodeAt(at) === QUOTE ? at : -1;
    }
    reading.next = -1;
    return undefined;
  }

  /** The end of a member's value, looked for once. */
  #endOf(span: { readonly start: number; end: number }): number {
    if (span.end === -1) span.end = this.#skipValue(span.start);
    return span.end;
  }

  /** Item `index` of the array starting at `start`, reading on from where the last lookup stopped. */
  #item(start: number, index: number): Span | undefined {
    const reading = this.#reading(this.#arrays, start);
    const text = this.text;
    while (reading.found.length <= index && reading.next !== -1) {
      const at = reading.next;
      if (text.charCodeAt(at) === CLOSE_BRACKET || at >= text.length) {
        reading.next = -1;
        break;
      }
      const end = this.#skipValue(at);
      reading.found.push({ start: at, end });
      reading.next = this.#afterComma(end);
    }
    return reading.found[index];
  }

  #reading<T>(readings: Map<number, ContainerReading<T>>, start: number): ContainerReading<T> {
    let reading = readings.get(start);
    if (!reading) {
      reading = { found: [], next: this.#skipSpace(start + 1) };
      readings.set(start, reading);
    }
    return reading;
  }

  /** Past the space and the comma after a value: the next value's start, or the closing bracket. */
  #afterComma(valueEnd: number): number {
    const at = this.#skipSpace(valueEnd);
    return this.text.charCodeAt(at) === COMMA ? this.#skipSpace(at + 1) : at;
  }

  /** The end of the value starting at `at`. */
  #skipValue(at: number): number {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (first === QUOTE) return stringEnd(text, at);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      // The regular expression jumps to the next bracket or quote natively, past indentation and numbers.
      let depth = 0;
      STRUCTURAL.lastIndex = at;
      while (STRUCTURAL.test(text)) {
        const index = STRUCTURAL.lastIndex - 1;
        const code = text.charCodeAt(index);
        if (code === QUOTE) STRUCTURAL.lastIndex = stringEnd(text, index);
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
        else if (--depth === 0) return index + 1;
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

  #skipSpace(at: number): number {
    while (isSpace(this.text.charCodeAt(at))) at++;
    return at;
  }
}

/** Quotes and brackets: what skipping a container must see (`test` moves `lastIndex` without making a match). */
const STRUCTURAL = /["[\]{}]/g;
