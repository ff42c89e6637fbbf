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
      const clamped = Math.max(0, Math.min(offset, text.length));
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid] <= clamped) low = mid;
        else high = mid - 1;
      }
      return { line: low, character: clamped - lineStarts[low] };
    },
    offsetAt({ line, character }) {
      const lineStarts = lineStartsOf();
      if (line < 0) return 0;
      if (line >= lineStarts.length) return text.length;
      const lineStart = lineStarts[line];
      const nextLineStart = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
      return Math.max(lineStart, Math.min(lineStart + character, nextLineStart));
    },
  };
}

function findLineStarts(text: string): number[] {
  const lineStarts = [0];
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
