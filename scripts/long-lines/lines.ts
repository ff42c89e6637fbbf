// Lines, widths and text edits shared by the long-line wrapper (scripts/wrap-long-lines.ts).

/** The longest line allowed: Prettier's printWidth and ESLint's max-len. */
export const MAX_WIDTH = 120;

/** Width as ESLint's max-len counts it: code points (a tab would count more; this code base has none). */
export function widthOf(text: string): number {
  let width = 0;
  for (const _ of text) width++;
  return width;
}

/** The offset in `text` of the code point at `column` (0-based), or the length when the text is shorter. */
export function offsetOfColumn(text: string, column: number): number {
  let offset = 0;
  let width = 0;
  for (const character of text) {
    if (width === column) return offset;
    offset += character.length;
    width++;
  }
  return text.length;
}

export interface Line {
  /** 0-based. */
  readonly index: number;
  readonly start: number;
  /** Offset of the line break (or of the end of the text). */
  readonly end: number;
  readonly text: string;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    lines.push({ index: lines.length, start, end: stop, text: text.slice(start, stop) });
    if (end === -1) return lines;
    start = end + 1;
  }
}

export function indentOf(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies the edits that do not overlap an earlier one; the others wait for the next pass. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const kept: Edit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const previous = kept.at(-1);
    if (previous && edit.start < previous.end) continue;
    if (previous && edit.start === previous.end && edit.start === edit.end && previous.start === previous.end) continue;
    kept.push(edit);
  }
  let result = text;
  for (const edit of kept.reverse()) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
