// One pass over a file: for each line over MAX_WIDTH, the edit that breaks what makes it long, or why it stays.
import ts from 'typescript';
import {
  blockCommentLineEdit,
  commentsOf,
  lineCommentEdit,
  oneLineBlockCommentEdit,
  trailingCommentEdits,
  type Comment,
} from './comments';
import { sourceFileOf } from './fingerprint';
import { MAX_WIDTH, indentOf, linesOf, offsetOfColumn, widthOf, type Edit, type Line } from './lines';
import {
  chooseCuts,
  contentOf,
  continuationPointsOf,
  isMultiLine,
  literalsOf,
  nextPieceOf,
  reasonToKeepWhole,
  reflowIntoNext,
  replacementFor,
  type LiteralNode,
} from './literals';

export interface LeftLine {
  /** 1-based, as editors show it. */
  readonly line: number;
  readonly width: number;
  readonly reason: string;
}

export interface Plan {
  readonly edits: Edit[];
  readonly left: LeftLine[];
}

export interface PlanOptions {
  /** Prettier lays the file out afterwards (so pieces are sized for where Prettier will put them). */
  readonly formatted: boolean;
}

/** A literal shorter than this is not worth breaking unless it reaches past the limit itself. */
const WORTH_BREAKING = 30;

interface FileView {
  readonly file: ts.SourceFile;
  readonly lines: readonly Line[];
  readonly comments: readonly Comment[];
  readonly literals: readonly LiteralNode[];
  readonly regexes: readonly ts.Node[];
  readonly options: PlanOptions;
}

function regexesOf(file: ts.SourceFile): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function overlaps(node: { start: number; end: number }, line: Line): boolean {
  return node.start < line.end && node.end > line.start;
}

function asEdits(edit: Edit | string): Edit[] | string {
  return typeof edit === 'string' ? edit : [edit];
}

/** The edit for the comment that ends the line, if one does. */
function commentEdit(view: FileView, line: Line): Edit[] | string | undefined {
  const text = view.file.text;
  const endsLine = (comment: Comment): boolean =>
    overlaps(comment, line) && text.slice(Math.min(comment.end, line.end), line.end).trim() === '';
  const comment = view.comments.find(endsLine);
  if (!comment) return undefined;
  const continued = comment.start < line.start;
  const codeBefore = !continued && text.slice(line.start, comment.start).trim() !== '';
  if (comment.kind === ts.SyntaxKind.SingleLineCommentTrivia) {
    if (!codeBefore) return asEdits(lineCommentEdit(view.lines, line.index));
    if (view.literals.some((literal) => literal.getStart(view.file) < line.start && literal.end > line.start))
      return 'a trailing comment on a line that starts inside a template';
    return trailingCommentEdits(view.lines, line.index, comment, text);
  }
  if (continued) return asEdits(blockCommentLineEdit(view.lines, line.index, comment));
  if (codeBefore) return undefined;
  if (comment.end > line.end) return 'the first line of a block comment';
  return asEdits(oneLineBlockCommentEdit(line, comment, text));
}

/** Literals of the line, the one reaching past the limit first, then the longest. */
function literalsOnLine(view: FileView, line: Line): LiteralNode[] {
  const limitOffset = line.start + offsetOfColumn(line.text, MAX_WIDTH);
  const onLine = view.literals.filter((node) => overlaps({ start: node.getStart(view.file), end: node.end }, line));
  const reachesPast = (node: LiteralNode): boolean => node.getStart(view.file) < limitOffset && node.end > limitOffset;
  const size = (node: LiteralNode): number => node.end - node.getStart(view.file);
  return onLine
    .filter((node) => reachesPast(node) || size(node) >= WORTH_BREAKING)
    .sort((a, b) => Number(reachesPast(b)) - Number(reachesPast(a)) || size(b) - size(a));
}

function literalEdit(view: FileView, line: Line): Edit[] | string | undefined {
  const { file } = view;
  let reason: string | undefined;
  for (const node of literalsOnLine(view, line)) {
    const keep = reasonToKeepWhole(node);
    if (keep) {
      reason ??= keep;
      continue;
    }
    if (isMultiLine(node, file)) {
      if (!ts.isNoSubstitutionTemplateLiteral(node) && !ts.isTemplateExpression(node)) {
        reason ??= 'a tagged template (a line continuation would stay in its raw text)';
        continue;
      }
      const points = continuationPointsOf(node, file, line);
      if (points.length > 0) return points.map((point) => ({ start: point, end: point, text: '\\\n' }));
      reason ??= 'template text without a space to break at';
      continue;
    }
    const start = node.getStart(file);
    const indent = indentOf(line.text);
    const column = widthOf(file.text.slice(line.start, start));
    const firstOnLine = file.text.slice(line.start, start).trim() === '';
    const overhead = widthOf(contentOf(node, file).open.trimStart()) + 3; // the closing delimiter and ` +`
    const nextLine = indent.length + 4;
    const widths = view.options.formatted
      ? firstOnLine
        ? { first: MAX_WIDTH - column - overhead, rest: MAX_WIDTH - column - 2 - overhead }
        : { first: MAX_WIDTH - nextLine - overhead, rest: MAX_WIDTH - nextLine - overhead }
      : { first: MAX_WIDTH - column - overhead, rest: MAX_WIDTH - nextLine - overhead };
    const next = firstOnLine && nextPieceOf(node, file);
    const reflowed = next && ts.isStringLiteral(node) && reflowIntoNext(node, next, file, widths.first);
    if (reflowed) return [reflowed];
    const cuts = chooseCuts(node, file, widths);
    if (cuts.length > 0)
      return [{ start, end: node.end, text: replacementFor(node, file, cuts, ' '.repeat(nextLine)) }];
    reason ??= 'a literal without a space to break at';
  }
  return reason;
}

function reasonLeft(view: FileView, line: Line): string {
  if (view.regexes.some((node) => overlaps({ start: node.getStart(view.file), end: node.end }, line)))
    return 'a regular expression literal';
  if (/[^:/?#]:\/\/[^?#]/.test(line.text)) return 'a URL';
  if (/^\s*(?:import|export)\b.*\bfrom\b/.test(line.text)) return 'an import or export';
  return 'code without a literal or comment to break';
}

export function planPass(text: string, fileName: string, options: PlanOptions): Plan {
  const lines = linesOf(text);
  const long = lines.filter((line) => widthOf(line.text) > MAX_WIDTH);
  if (long.length === 0) return { edits: [], left: [] };
  const file = sourceFileOf(text, fileName);
  const view: FileView = {
    file,
    lines,
    comments: commentsOf(file),
    literals: literalsOf(file),
    regexes: regexesOf(file),
    options,
  };
  const edits: Edit[] = [];
  const left: LeftLine[] = [];
  for (const line of long) {
    const fromComment = commentEdit(view, line);
    const found = Array.isArray(fromComment) ? fromComment : literalEdit(view, line);
    if (Array.isArray(found)) edits.push(...found);
    else {
      const reason = found ?? (typeof fromComment === 'string' ? fromComment : reasonLeft(view, line));
      left.push({ line: line.index + 1, width: widthOf(line.text), reason });
    }
  }
  return { edits, left };
}
