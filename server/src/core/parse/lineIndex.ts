import type { LineIndex } from './ast';

/**
 * A line index for `text`; lines end at `\n`, `\r\n` or a lone `\r`. The line starts are found on first use, and
 * only as far as the positions asked for: most checked records have no finding to place, and the findings of the
 * others sit in the first sixth of their lines (by line, over the corpus), before a long results section.
 */
export function createLineIndex(text: string, findStarts?: () => ArrayLike<number>): LineIndex {
  return new TextLineIndex(text, findStarts);
}

/** A class, not an object of closures: one made per record would lose its compiled code at each full collection. */
class TextLineIndex implements LineIndex {
  /** Every line start, once all are found. */
  #starts: ArrayLike<number> | undefined;
  /** The line starts found so far, in order, while the text has not been read to its end. */
  #found: number[] | undefined;
  #crFree: boolean | undefined;

  constructor(
    private readonly text: string,
    private readonly findStarts?: () => ArrayLike<number>,
  ) {}

  /** Every line start, once all are found (none before). */
  get foundStarts(): ArrayLike<number> | undefined {
    return this.#starts;
  }

  get lineCount(): number {
    return this.#startsPast(Infinity).length;
  }

  positionAt(offset: number): { line: number; character: number } {
    const text = this.text;
    let clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, text.length));
    // Never between the \r and \n of a line break: that position has no place on screen.
    if (clamped > 0 && text.charCodeAt(clamped - 1) === 13 && text.charCodeAt(clamped) === 10) clamped--;
    const lineStarts = this.#startsPast(clamped);
    const line = lastAtOrBelow(lineStarts, clamped);
    return { line, character: clamped - lineStarts[line] };
  }

  offsetAt(position: { line: number; character: number }): number {
    const text = this.text;
    const lineStarts = this.#startsPast(Infinity);
    // Positions come from clients: anything that is not a count is read as 0.
    const line = wholeNumber(position?.line);
    const character = wholeNumber(position?.character);
    if (typeof position?.line === 'number' && position.line < 0) return 0;
    if (line >= lineStarts.length) return text.length;
    const lineStart = lineStarts[line];
    const nextLineStart = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    // Up to the line's end, never into its line break.
    let lineEnd = nextLineStart;
    if (line + 1 < lineStarts.length) {
      lineEnd--;
      if (text.charCodeAt(lineEnd) === 10 && text.charCodeAt(lineEnd - 1) === 13 && lineEnd - 1 >= lineStart) lineEnd--;
    }
    return Math.max(lineStart, Math.min(lineStart + character, lineEnd));
  }

  /** Line starts: every one up to `offset`, and the next one when there is one. */
  #startsPast(offset: number): ArrayLike<number> {
    if (this.#starts) return this.#starts;
    if (this.findStarts) return (this.#starts = this.findStarts());
    const found = (this.#found ??= [0]);
    if (found[found.length - 1] <= offset && this.#findPast(found, offset)) {
      this.#starts = found;
      this.#found = undefined;
    }
    return found;
  }

  /** Adds line starts to `found` until one is past `offset`; true when the text ends first (all are found). */
  #findPast(found: number[], offset: number): boolean {
    const text = this.text;
    const from = found[found.length - 1];
    // Most texts break lines with \n alone: indexOf finds those far faster than a loop over every character.
    if ((this.#crFree ??= !text.includes('\r'))) {
      for (let at = text.indexOf('\n', from); at !== -1; at = text.indexOf('\n', at + 1)) {
        found.push(at + 1);
        if (at + 1 > offset) return false;
      }
      return true;
    }
    let past = false;
    scanLineStarts(text, from, found, (start) => (past = start > offset));
    return !past;
  }
}

/**
 * The line index of `text`, made from `previous` (the index of the text before one edit): when `previous` has
 * found its line starts, those before and after the edit are re-used (shifted by `delta` after it) and only the
 * edited lines are scanned. The edit replaced the old text from `start` on; the texts agree again from `newEnd`.
 */
export function editedLineIndex(
  previous: LineIndex,
  text: string,
  edit: { readonly start: number; readonly newEnd: number; readonly delta: number },
): LineIndex {
  const old = previous instanceof TextLineIndex ? previous.foundStarts : undefined;
  return old ? createLineIndex(text, () => spliceLineStarts(old, text, edit)) : createLineIndex(text);
}

function spliceLineStarts(
  old: ArrayLike<number>,
  text: string,
  edit: { readonly start: number; readonly newEnd: number; readonly delta: number },
): Int32Array {
  // The last line that starts before the edit's first character: the break before it, and the character after
  // that break (a `\r` looks at it), are both before the edit.
  const first = lastAtOrBelow(old, edit.start - 1);
  const scanned: number[] = [];
  // Scanning from a line start depends on nothing before it: once a line starts at the same place in the part both
  // texts share, the rest are the old starts shifted.
  let rest = old.length;
  scanLineStarts(text, old[first], scanned, (start) => {
    if (start < edit.newEnd) return false;
    const at = lastAtOrBelow(old, start - edit.delta);
    if (old[at] !== start - edit.delta) return false;
    rest = at + 1;
    return true;
  });
  // A typed array: copying 50,000 line starts per keystroke costs a tenth of what a growing array does.
  const starts = new Int32Array(first + 1 + scanned.length + old.length - rest);
  for (let i = 0; i <= first; i++) starts[i] = old[i];
  starts.set(scanned, first + 1);
  const shifted = first + 1 + scanned.length - rest;
  for (let i = rest; i < old.length; i++) starts[shifted + i] = old[i] + edit.delta;
  return starts;
}

/** The index of the last value ≤ `limit` in ascending `values` that start with 0 (0 when none is). */
function lastAtOrBelow(values: ArrayLike<number>, limit: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (values[mid] <= limit) low = mid;
    else high = mid - 1;
  }
  return low;
}

function wholeNumber(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** Pushes the line starts after `from` (itself a line start) until the text ends or `isDone` says so. */
function scanLineStarts(text: string, from: number, lineStarts: number[], isDone: (start: number) => boolean): void {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
    } else if (code !== 10 /* \n */) {
      continue;
    }
    lineStarts.push(i + 1);
    if (isDone(i + 1)) return;
  }
}
