/**
 * Finds where a YAML cursor is from the text alone, by indentation: while a record is being
 * typed the parse tree is often broken just there (`  des` under a module is not YAML yet),
 * but the lines above the cursor still tell which mapping or sequence it is in.
 */

interface LineShape {
  readonly indent: number;
  /** Column where the content starts after any `- ` markers. */
  readonly contentColumn: number;
  readonly isDash: boolean;
  /** The key when the content is `key:` or `key: value`. */
  readonly key?: string;
  readonly isBlankOrComment: boolean;
}

const KEY_PATTERN = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\-?:][^#]*?|-[^\s#][^#]*?)\s*:(?:\s|$)/;

export function shapeOfLine(line: string): LineShape {
  const indent = /^ */.exec(line)![0].length;
  const dashes = /^(?:-(?: +|$))*/.exec(line.slice(indent))![0];
  const content = line.slice(indent + dashes.length);
  const isBlankOrComment = content.trim() === '' ? dashes === '' : content.trimStart().startsWith('#') && dashes === '';
  const keyMatch = KEY_PATTERN.exec(content);
  return {
    indent,
    contentColumn: indent + dashes.length,
    isDash: dashes !== '',
    key: keyMatch ? unquoteKey(keyMatch[1]) : undefined,
    isBlankOrComment,
  };
}

function unquoteKey(raw: string): string {
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw.trimEnd();
}

/** Pointer tokens, or undefined when the layout above the cursor cannot be read. */
export type Tokens = (string | number)[] | undefined;

export class YamlLines {
  readonly #lines: string[];
  readonly #shapes = new Map<number, LineShape>();

  constructor(text: string) {
    this.#lines = text.split(/\r?\n|\r/);
  }

  line(index: number): string {
    return this.#lines[index] ?? '';
  }

  shape(index: number): LineShape {
    let shape = this.#shapes.get(index);
    if (!shape) {
      shape = shapeOfLine(this.line(index));
      this.#shapes.set(index, shape);
    }
    return shape;
  }

  /** Tokens of the mapping whose keys sit at `column`, for a key written on line `lineIndex`. */
  mappingAt(lineIndex: number, column: number): Tokens {
    for (let index = lineIndex - 1; index >= 0; index--) {
      const shape = this.shape(index);
      if (shape.isBlankOrComment) continue;
      if (shape.isDash && shape.contentColumn === column && shape.indent < column) {
        const sequence = this.sequenceAt(index, shape.indent);
        return sequence && [...sequence.tokens, sequence.index];
      }
      if (shape.indent >= column) continue;
      if (shape.key === undefined || shape.contentColumn >= column) return undefined;
      const parent = this.containerOfKey(index);
      return parent && [...parent, shape.key];
    }
    return column === 0 ? [] : undefined;
  }

  /** The sequence whose dashes sit at `dashColumn`, and the index of the item on line `lineIndex`. */
  sequenceAt(lineIndex: number, dashColumn: number): { tokens: (string | number)[]; index: number } | undefined {
    let index = 0;
    for (let i = lineIndex - 1; i >= 0; i--) {
      const shape = this.shape(i);
      if (shape.isBlankOrComment || shape.indent > dashColumn) continue;
      if (shape.indent === dashColumn && shape.isDash) {
        index++;
        continue;
      }
      // The key that owns the sequence: less indented, or at the same column (`key:\n- item`).
      if (shape.key === undefined) return undefined;
      const parent = this.containerOfKey(i);
      return parent && { tokens: [...parent, shape.key], index };
    }
    return undefined;
  }

  /** Tokens of the mapping that holds the key on line `lineIndex` (`- key:` opens an item mapping). */
  containerOfKey(lineIndex: number): Tokens {
    const shape = this.shape(lineIndex);
    if (!shape.isDash) return this.mappingAt(lineIndex, shape.contentColumn);
    const sequence = this.sequenceAt(lineIndex, shape.indent);
    return sequence && [...sequence.tokens, sequence.index];
  }

  /**
   * Keys written at `column` in the same mapping as line `lineIndex`, read from the text:
   * the tree may not hold them while the cursor's line is half typed.
   */
  siblingKeys(lineIndex: number, column: number): Set<string> {
    const keys = new Set<string>();
    const collect = (step: 1 | -1) => {
      for (let index = lineIndex + step; index >= 0 && index < this.#lines.length; index += step) {
        const shape = this.shape(index);
        if (shape.isBlankOrComment || (shape.indent > column && !(shape.isDash && shape.contentColumn === column)))
          continue;
        if (shape.contentColumn !== column) return;
        // A dash at a lower column starts this item (going up) or the next one (going down).
        const startsItem = shape.isDash && shape.indent < column;
        if (shape.key !== undefined && (!startsItem || step === -1)) keys.add(shape.key);
        if (startsItem) return;
      }
    };
    collect(-1);
    collect(1);
    return keys;
  }
}
