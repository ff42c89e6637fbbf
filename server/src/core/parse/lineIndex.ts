import type { LineIndex } from './ast';

/**
 * A line index for `text`; lines end at `\n`, `\r\n` or a lone `\r`. The line starts are found
 * on first use: most checked records have no finding to place, so most indexes are never read.
 */
export function createLineIndex(text: string): LineIndex {
  let starts: number[] | undefined;
  const lineStartsOf = () => (starts ??= findLineStarts(text));
  return {
    get lineCount() {
      return lineStartsOf().length;
    },
    positionAt(offset) {
      const lineStarts = lineStartsOf();
      let clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, text.length));
      // Never between the \r and \n of a line break: that position has no place on screen.
      if (clamped > 0 && text.charCodeAt(clamped - 1) === 13 && text.charCodeAt(clamped) === 10) clamped--;
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid] <= clamped) low = mid;
        else high = mid - 1;
      }
      return { line: low, character: clamped - lineStarts[low] };
    },
    offsetAt(position) {
      const lineStarts = lineStartsOf();
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
        if (text.charCodeAt(lineEnd) === 10 && text.charCodeAt(lineEnd - 1) === 13 && lineEnd - 1 >= lineStart)
          lineEnd--;
      }
      return Math.max(lineStart, Math.min(lineStart + character, lineEnd));
    },
  };
}

function wholeNumber(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

function findLineStarts(text: string): number[] {
  const lineStarts = [0];
  // Most texts break lines with \n alone: indexOf finds those far faster than a loop over every character.
  if (!text.includes('\r')) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
    return lineStarts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    } else if (code === 10 /* \n */) {
      lineStarts.push(i + 1);
    }
  }
  return lineStarts;
}
