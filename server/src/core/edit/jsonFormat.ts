import { format, type Edit, type FormattingOptions } from 'jsonc-parser';

/**
 * Brackets on the lines around an insertion past which they are left as written. jsonc-parser
 * re-formats the whole lines an insertion touches: a line of thousands of nested brackets
 * (a half-typed or hostile record) formats into millions of characters of indentation.
 */
const MAX_BRACKETS_REFORMATTED = 100;
/**
 * Touched lines longer than this are left as written too: a line of a million `:` or `,` (fuzz seed 2026, case 8543)
 * formats into a million edits, 1.5 s of CPU per insertion. The longest line of a pretty-printed record is its
 * longest text (at most 32,000 characters); a minified record is never re-formatted.
 */
const MAX_LINES_LENGTH_REFORMATTED = 100_000;

const isLineEnd = (text: string, offset: number) => text[offset] === '\n' || text[offset] === '\r';

/**
 * jsonc-parser's formatting of an insertion (`modify` with `formattingOptions`), without its
 * cost on hostile text: the touched lines are formatted only when they hold few brackets, and
 * the formatting edits are applied in one pass over those lines rather than each to a copy of
 * the whole text. Returns the insertion as one edit, like `modify`.
 */
export function formatInsertion(text: string, edit: Edit, options: FormattingOptions): Edit {
  // Only the lines the insertion touches are formatted: work on them, not on a copy of the whole
  // text (fix-all plans hundreds of insertions into one large record).
  let lineStart = edit.offset;
  while (lineStart > 0 && !isLineEnd(text, lineStart - 1)) lineStart--;
  let lineEnd = edit.offset + edit.length;
  while (lineEnd < text.length && !isLineEnd(text, lineEnd)) lineEnd++;
  if (lineEnd - lineStart > MAX_LINES_LENGTH_REFORMATTED) return edit;
  const lines = text.slice(lineStart, lineEnd);
  const formatted = formatInsertionInLines(lines, { ...edit, offset: edit.offset - lineStart }, options);
  return { ...formatted, offset: formatted.offset + lineStart };
}

function formatInsertionInLines(text: string, edit: Edit, options: FormattingOptions): Edit {
  const newText = text.slice(0, edit.offset) + edit.content + text.slice(edit.offset + edit.length);
  let begin = edit.offset;
  let end = edit.offset + edit.content.length;
  if (edit.length === 0 || edit.content.length === 0) {
    while (begin > 0 && !isLineEnd(newText, begin - 1)) begin--;
    while (end < newText.length && !isLineEnd(newText, end)) end++;
  }
  let brackets = 0;
  for (let i = begin; i < end && brackets <= MAX_BRACKETS_REFORMATTED; i++)
    if (newText[i] === '[' || newText[i] === '{') brackets++;
  if (brackets > MAX_BRACKETS_REFORMATTED) return edit;
  const range = { offset: begin, length: end - begin };
  const edits = format(newText, range, { ...options, keepLines: false }).sort((a, b) => a.offset - b.offset);
  const from = Math.min(begin, ...edits.slice(0, 1).map((first) => first.offset));
  const to = Math.max(end, ...edits.slice(-1).map((last) => last.offset + last.length));
  const parts: string[] = [];
  let at = from;
  for (const formatting of edits) {
    parts.push(newText.slice(at, formatting.offset), formatting.content);
    at = formatting.offset + formatting.length;
  }
  parts.push(newText.slice(at, to));
  // `from`..`to` of the new text stands for `from`..`to - growth` of the old one.
  return { offset: from, length: to - from - (newText.length - text.length), content: parts.join('') };
}
