// Comments of a long line: a trailing comment moves to its own line above the code (`eslint-disable-line` becomes
// `eslint-disable-next-line`); a comment line is re-wrapped at the same indent and prefix, the overflow joining the
// next line of the same paragraph when there is one.
import ts from 'typescript';
import { MAX_WIDTH, indentOf, widthOf, type Edit, type Line } from './lines';

export interface Comment {
  readonly start: number;
  readonly end: number;
  readonly kind: ts.CommentKind;
}

/** Every comment of the file, found around the tokens (so none is mistaken inside a string or a regex). */
export function commentsOf(file: ts.SourceFile): Comment[] {
  const byStart = new Map<number, Comment>();
  const note = (start: number, end: number, kind: ts.CommentKind): void => {
    byStart.set(start, { start, end, kind });
  };
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(file);
    if (children.length === 0) {
      ts.forEachLeadingCommentRange(file.text, node.pos, note);
      ts.forEachTrailingCommentRange(file.text, node.end, note);
    }
    children.forEach(visit);
  };
  visit(file);
  ts.forEachLeadingCommentRange(file.text, file.endOfFileToken.pos, note);
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** The words of every comment, sorted: re-wrapping and moving comments must keep them all. */
export function commentWords(file: ts.SourceFile): string {
  const words = commentsOf(file).flatMap((comment) =>
    file.text
      .slice(comment.start, comment.end)
      .replace(/^\/\/+|^\/\*+|\*+\/$/g, '')
      .replace(/\n[ \t]*\*+/g, '\n')
      .split(/\s+/)
      .filter((word) => word !== '' && word !== '--')
      .map((word) => (word === 'eslint-disable-line' ? 'eslint-disable-next-line' : word)),
  );
  return words.sort().join(' ');
}

/** Comment text that tools read: never re-wrapped, and never started by a wrapped line. */
const DIRECTIVE = /^(?:eslint|global\b|exported\b|@ts-|prettier-ignore|istanbul\b|c8\b|v8\b|#region|#endregion|\/ *<)/;
/** What a re-wrapped line must not start with: a directive, a JSDoc tag or a Markdown list/quote/heading marker. */
const UNSAFE_LINE_START =
  /^(?:eslint|global\b|exported\b|@|prettier-ignore|istanbul\b|c8\b|v8\b|#|[-*+>|](?:\s|$)|\d+[.)]\s)/;
const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+/;

/**
 * The index at which to break `text` (a space) so that `prefix` + the part before it fits: the last such space,
 * preferring spaces outside `code spans`; else the first space (the line stays long, but less). -1 when none.
 */
function breakIndex(prefix: string, text: string): number {
  const candidates: { index: number; inCode: boolean; fits: boolean }[] = [];
  let inCode = false;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '`') inCode = !inCode;
    if (text[index] !== ' ') continue;
    const head = text.slice(0, index).trimEnd();
    const rest = text.slice(index).trimStart();
    if (head.trim() === '' || rest === '' || UNSAFE_LINE_START.test(rest)) continue;
    candidates.push({ index, inCode, fits: widthOf(prefix + head) <= MAX_WIDTH });
  }
  const fitting = candidates.filter((candidate) => candidate.fits);
  const best = fitting.filter((candidate) => !candidate.inCode).at(-1) ?? fitting.at(-1) ?? candidates[0];
  return best ? best.index : -1;
}

interface ParagraphLine {
  /** Everything before the text: indent, `//` or ` * `, spaces. */
  readonly prefix: string;
  readonly text: string;
}

/**
 * Re-wraps `first` (line `lines[index]`) and, while the overflow needs a place, the continuation lines after it
 * (`continuationOf` says what text a line continues the paragraph with, under `continuationPrefix`).
 */
function reflow(
  lines: readonly Line[],
  index: number,
  first: ParagraphLine,
  continuationPrefix: string,
  continuationOf: (line: Line) => string | undefined,
): Edit | undefined {
  const out: string[] = [];
  let prefix = first.prefix;
  let text = first.text;
  let last = index;
  for (;;) {
    if (widthOf(prefix + text) <= MAX_WIDTH) break;
    const at = breakIndex(prefix, text);
    if (at === -1) break;
    out.push(prefix + text.slice(0, at).trimEnd());
    const rest = text.slice(at).trimStart();
    const next = lines[last + 1] as Line | undefined;
    const nextText = next && continuationOf(next);
    if (nextText !== undefined) {
      text = `${rest} ${nextText}`;
      last++;
    } else text = rest;
    prefix = continuationPrefix;
  }
  if (out.length === 0) return undefined;
  out.push(prefix + text);
  return { start: lines[index].start, end: lines[last].end, text: out.join('\n') };
}

function continuationPrefixFor(prefix: string, text: string): string {
  const item = LIST_ITEM.exec(text);
  return item ? prefix + ' '.repeat(item[0].length) : prefix;
}

/** A comment line: `// text`. */
export function lineCommentEdit(lines: readonly Line[], index: number): Edit | string {
  const match = /^([ \t]*\/\/+ *)(.*)$/.exec(lines[index].text)!;
  const [, prefix, text] = match;
  const described = /^(eslint-disable-next-line .+?) -- (.+)$/.exec(text);
  if (described) {
    // The description moves to a comment line of its own above the directive, which must stay right above its line.
    const [, directive, description] = described;
    const start = lines[index].start;
    return { start, end: lines[index].end, text: `${prefix}${description}\n${prefix}${directive}` };
  }
  if (DIRECTIVE.test(text) || prefix.trimStart().startsWith('///')) return 'a directive comment';
  const continuationPrefix = continuationPrefixFor(prefix, text);
  const continuationOf = (line: Line): string | undefined => {
    if (!line.text.startsWith(continuationPrefix)) return undefined;
    const rest = line.text.slice(continuationPrefix.length);
    return rest === '' || rest.startsWith(' ') || UNSAFE_LINE_START.test(rest) ? undefined : rest;
  };
  return (
    reflow(lines, index, { prefix, text }, continuationPrefix, continuationOf) ??
    'a comment without a space to break at'
  );
}

/** A line inside a multi-line block comment: ` * text`. */
export function blockCommentLineEdit(lines: readonly Line[], index: number, comment: Comment): Edit | string {
  const match = /^([ \t]*\*+ *)(.*)$/.exec(lines[index].text);
  if (!match || match[2].includes('*/')) return 'a block comment line without a ` * ` prefix';
  const [, prefix, text] = match;
  const inComment = lines.filter((line) => line.start > comment.start && line.end <= comment.end && line.index < index);
  if (inComment.filter((line) => /^[ \t]*\*+ *```/.test(line.text)).length % 2 === 1) return 'code in a comment';
  const continuationPrefix = continuationPrefixFor(prefix, text);
  const continuationOf = (line: Line): string | undefined => {
    if (line.end >= comment.end || !line.text.startsWith(continuationPrefix)) return undefined;
    const rest = line.text.slice(continuationPrefix.length);
    return rest === '' || rest.startsWith(' ') || rest.startsWith('```') || UNSAFE_LINE_START.test(rest)
      ? undefined
      : rest;
  };
  return (
    reflow(lines, index, { prefix, text }, continuationPrefix, continuationOf) ??
    'a comment without a space to break at'
  );
}

/** `/** text *\/` alone on its line → the same comment over several ` * ` lines. */
export function oneLineBlockCommentEdit(line: Line, comment: Comment, source: string): Edit | string {
  const raw = source.slice(comment.start, comment.end);
  const open = raw.startsWith('/**') ? '/**' : '/*';
  const text = raw.slice(open.length, -2).trim();
  if (DIRECTIVE.test(text) || text.startsWith('@__') || text.startsWith('#__')) return 'a directive comment';
  const indent = indentOf(line.text);
  const lines = [{ index: 0, start: 0, end: 0, text: `${indent} * ${text}` }];
  const wrapped = reflow(
    lines,
    0,
    { prefix: `${indent} * `, text },
    continuationPrefixFor(`${indent} * `, text),
    () => undefined,
  );
  const body = wrapped?.text ?? lines[0].text;
  return { start: line.start, end: line.end, text: `${indent}${open}\n${body}\n${indent} */` };
}

/**
 * `code; // note` → `// note` on its own line above `code;`, at its indent; `// eslint-disable-line rule` becomes
 * `// eslint-disable-next-line rule`. Directives above the line (which must stay right above it) are kept there.
 */
export function trailingCommentEdits(
  lines: readonly Line[],
  index: number,
  comment: Comment,
  source: string,
): Edit[] | string {
  const line = lines[index];
  let text = source.slice(comment.start, comment.end);
  const isDirectiveAbove = (above: Line | undefined): boolean =>
    above !== undefined && /^[ \t]*\/\/ *(?:eslint-disable-next-line|@ts-)/.test(above.text);
  if (/^\/\/ *eslint-disable-line\b/.test(text)) {
    if (isDirectiveAbove(lines[index - 1])) return 'an eslint-disable-line under another directive';
    text = text.replace('eslint-disable-line', 'eslint-disable-next-line');
  } else if (/^\/\/ *(?:@ts-|prettier-ignore)/.test(text)) return 'a directive comment';
  let target = index;
  while (isDirectiveAbove(lines[target - 1])) target--;
  const codeEnd = source.slice(line.start, comment.start).trimEnd().length + line.start;
  return [
    { start: lines[target].start, end: lines[target].start, text: `${indentOf(line.text)}${text}\n` },
    { start: codeEnd, end: comment.end, text: '' },
  ];
}
