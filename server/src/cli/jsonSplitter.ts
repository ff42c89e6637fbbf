/**
 * Splits a stream of JSON text into records without parsing it: a top-level array yields its
 * items, a top-level object with a "studies" array (a page of the registry's API) yields the
 * studies, any other top-level object is one record, and several top-level values in a row
 * (JSON Lines) yield one record each. Records are handed out as their raw text, so each is
 * parsed once, in a worker, and a finding's place can be given in the file's own lines.
 *
 * Written by hand because streaming JSON libraries (stream-json, clarinet) rebuild every value
 * on the calling thread, which would make the reading thread the bottleneck of a parallel run.
 */

/** One record cut out of the stream. */
export interface SplitRecord {
  readonly text: string;
  /** Where it sits: `/37` (array item), `/studies/37` (API page), `` (the whole value). */
  readonly pointer: string;
  /** 0-based index of the top-level value (the line of a JSON Lines file when one value per line). */
  readonly valueIndex: number;
  /** 0-based line and UTF-16 column of the record's first character in the whole stream. */
  readonly line: number;
  readonly character: number;
  /** True when the record is a whole top-level value (a plain JSON file or one JSON Lines line). */
  readonly whole: boolean;
}

export interface SplitProblem {
  readonly problem: string;
  readonly pointer: string;
  readonly line: number;
}

export type SplitOutput = SplitRecord | SplitProblem;

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const NEWLINE = 10;
const COLON = 58;
const COMMA = 44;

/** Incremental splitter: feed chunks with `push`, then call `end`. */
export class JsonRecordSplitter {
  #buffer = '';
  /** Index in #buffer up to which text has been scanned. */
  #scan = 0;
  /** Index in #buffer where the current record starts, or -1 outside a record. */
  #recordStart = -1;
  #recordLine = 0;
  #recordCharacter = 0;
  #depth = 0;
  #inString = false;
  #escaped = false;
  /** How records sit: 'top' (a top-level value is a record), 'items' (array items at depth 1), 'studies' (depth 2). */
  #mode: 'top' | 'items' | 'studies' = 'top';
  #itemIndex = 0;
  #valueIndex = -1;
  /** At depth 1 of a top-level object: the last key read and whether a ':' followed it. */
  #lastKey = '';
  #keyStart = -1;
  #afterColon = false;
  #line = 0;
  #lineStart = 0;
  #failed = false;

  push(chunk: string): SplitOutput[] {
    const out: SplitOutput[] = [];
    if (this.#failed) return out;
    this.#buffer += chunk;
    this.#run(out);
    this.#compact();
    return out;
  }

  end(): SplitOutput[] {
    const out: SplitOutput[] = [];
    if (this.#failed) return out;
    if (this.#depth > 0 || this.#inString) {
      const inRecord = this.#recordStart !== -1;
      const pointer = inRecord && this.#mode !== 'top' ? this.#pointerOfItem() : '';
      const problem = !inRecord
        ? 'the file ends before the list of records is closed: it is truncated.'
        : `the file ends inside ${pointer ? `record ${pointer}` : 'the record'}: it is truncated or not valid JSON.`;
      out.push({ problem, pointer, line: this.#recordLine });
    }
    return out;
  }

  /** The depth at which list items (records) sit, or -1 when top-level values are the records. */
  #itemDepth(): number {
    return this.#mode === 'items' ? 1 : this.#mode === 'studies' ? 2 : -1;
  }

  #pointerOfItem(): string {
    return this.#mode === 'studies' ? `/studies/${this.#itemIndex}` : `/${this.#itemIndex}`;
  }

  #run(out: SplitOutput[]): void {
    const text = this.#buffer;
    let i = this.#scan;
    const length = text.length;
    let nextSlash = text.indexOf('\\', i);
    while (i < length) {
      if (this.#inString) {
        // Jump to the closing quote: most of a record's bytes are inside strings (which hold no raw line breaks).
        if (this.#escaped) {
          this.#escaped = false;
          i++;
          continue;
        }
        const quote = text.indexOf('"', i);
        if (nextSlash !== -1 && nextSlash < i) nextSlash = text.indexOf('\\', i);
        if (nextSlash !== -1 && (quote === -1 || nextSlash < quote)) {
          i = nextSlash + 1;
          this.#escaped = true;
          continue;
        }
        if (quote === -1) {
          i = length;
          break;
        }
        this.#inString = false;
        if (this.#keyStart !== -1) {
          this.#lastKey = text.slice(this.#keyStart, quote);
          this.#keyStart = -1;
          this.#afterColon = false;
        }
        i = quote + 1;
        continue;
      }
      const code = text.charCodeAt(i);
      if (code === QUOTE) {
        if (this.#depth === 0) return this.#fail(out, 'a text value stands where a record (an object) should.');
        if (this.#depth === this.#itemDepth())
          return this.#fail(out, `item ${this.#pointerOfItem()} of the list is not a record (an object).`);
        this.#inString = true;
        // Keys of a top-level object are read to find a "studies" page.
        if (this.#depth === 1 && this.#mode === 'top' && text.charCodeAt(this.#recordStart) === OPEN_BRACE)
          this.#keyStart = i + 1;
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (this.#depth === 0) this.#beginTopValue(i);
        else if (this.#depth === 1 && this.#mode === 'items') this.#beginItem(i);
        else if (
          this.#depth === 1 &&
          this.#mode === 'top' &&
          code === OPEN_BRACKET &&
          this.#afterColon &&
          this.#lastKey === 'studies'
        ) {
          this.#mode = 'studies';
          this.#recordStart = -1;
        } else if (this.#depth === 2 && this.#mode === 'studies') this.#beginItem(i);
        this.#depth++;
        if (this.#depth === 1 && code === OPEN_BRACKET && this.#mode === 'top') {
          this.#mode = 'items';
          this.#recordStart = -1;
        }
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        this.#depth--;
        if (this.#depth < 0) return this.#fail(out, `unexpected "${String.fromCharCode(code)}".`);
        if (this.#depth === 0) {
          if (this.#mode === 'top') this.#emit(out, text, i + 1, '', true);
          this.#mode = 'top';
          this.#itemIndex = 0;
          this.#recordStart = -1;
        } else if ((this.#depth === 1 && this.#mode === 'items') || (this.#depth === 2 && this.#mode === 'studies')) {
          this.#emit(out, text, i + 1, this.#pointerOfItem(), false);
          this.#itemIndex++;
        } else if (this.#depth === 1 && this.#mode === 'studies') {
          this.#mode = 'top';
        }
      } else if (code === NEWLINE) {
        this.#line++;
        this.#lineStart = i + 1;
      } else if (code === COLON) {
        if (this.#depth === 1) this.#afterColon = true;
      } else if (code === COMMA) {
        if (this.#depth === 1) this.#afterColon = false;
      } else if (this.#depth === 0 && code > 32 && code !== 0xfeff) {
        return this.#fail(
          out,
          `unexpected text "${text.slice(i, i + 20).split('\n')[0]}" where a record or a list of records should start.`,
        );
      } else if (this.#depth === this.#itemDepth() && code > 32 && this.#recordStart === -1) {
        return this.#fail(out, `item ${this.#pointerOfItem()} of the list is not a record (an object).`);
      }
      i++;
    }
    this.#scan = i;
  }

  #beginTopValue(at: number): void {
    this.#valueIndex++;
    this.#recordStart = at;
    this.#recordLine = this.#line;
    this.#recordCharacter = at - this.#lineStart;
    this.#lastKey = '';
    this.#afterColon = false;
  }

  #beginItem(at: number): void {
    this.#recordStart = at;
    this.#recordLine = this.#line;
    this.#recordCharacter = at - this.#lineStart;
  }

  #emit(out: SplitOutput[], text: string, end: number, pointer: string, whole: boolean): void {
    if (this.#recordStart === -1) return;
    out.push({
      text: text.slice(this.#recordStart, end),
      pointer,
      valueIndex: this.#valueIndex,
      line: this.#recordLine,
      character: this.#recordCharacter,
      whole,
    });
    this.#recordStart = -1;
  }

  #fail(out: SplitOutput[], problem: string): void {
    this.#failed = true;
    out.push({ problem, pointer: this.#mode === 'top' ? '' : this.#pointerOfItem(), line: this.#line });
  }

  /** Drops scanned text that no pending record needs, so memory stays at one record. */
  #compact(): void {
    const keepFrom = this.#recordStart === -1 ? this.#scan : this.#recordStart;
    if (keepFrom === 0) return;
    this.#buffer = this.#buffer.slice(keepFrom);
    this.#scan -= keepFrom;
    if (this.#recordStart !== -1) this.#recordStart -= keepFrom;
    if (this.#keyStart !== -1) this.#keyStart -= keepFrom;
    this.#lineStart -= keepFrom;
  }
}
