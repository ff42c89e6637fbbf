// String and template literals the wrapper can break without changing their value: where they may be broken
// (after a space, outside `${…}`), what may not be broken (l10n messages, property names, types …), and the text
// that replaces them.
import ts from 'typescript';
import { MAX_WIDTH, widthOf, type Line } from './lines';

export type LiteralNode =
  ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression | ts.TaggedTemplateExpression;

/** `String.raw` is the one tag whose pieces can be concatenated: String.raw`a b` === String.raw`a ` + String.raw`b`. */
export function isStringRaw(node: ts.Node): node is ts.TaggedTemplateExpression {
  return (
    ts.isTaggedTemplateExpression(node) &&
    node.typeArguments === undefined &&
    ts.isPropertyAccessExpression(node.tag) &&
    ts.isIdentifier(node.tag.expression) &&
    node.tag.expression.text === 'String' &&
    node.tag.name.text === 'raw'
  );
}

/** Every string literal, untagged template and String.raw template of the file, outermost first. */
export function literalsOf(file: ts.SourceFile): LiteralNode[] {
  const found: LiteralNode[] = [];
  const visit = (node: ts.Node): void => {
    const tagged = ts.isTaggedTemplateExpression(node.parent);
    if (
      ts.isStringLiteral(node) ||
      (!tagged && (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)))
    )
      found.push(node);
    else if (isStringRaw(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(file, visit);
  return found;
}

function templateOf(node: LiteralNode): ts.TemplateLiteral | undefined {
  if (ts.isTaggedTemplateExpression(node)) return node.template;
  return ts.isStringLiteral(node) ? undefined : node;
}

/** The characters between the delimiters: [start, end) offsets. */
export function contentOf(node: LiteralNode, file: ts.SourceFile): { start: number; end: number; open: string } {
  const template = templateOf(node);
  const start = (template ?? node).getStart(file) + 1;
  return { start, end: node.end - 1, open: file.text.slice(node.getStart(file), start) };
}

/** The literal text of the node, without `${…}`: [start, end) offsets. */
export function textRegionsOf(node: LiteralNode, file: ts.SourceFile): [number, number][] {
  const template = templateOf(node);
  if (!template || ts.isNoSubstitutionTemplateLiteral(template)) {
    const { start, end } = contentOf(node, file);
    return [[start, end]];
  }
  const regions: [number, number][] = [[template.head.getStart(file) + 1, template.head.end - 2]];
  for (const { literal } of template.templateSpans)
    regions.push([literal.getStart(file) + 1, ts.isTemplateTail(literal) ? literal.end - 1 : literal.end - 2]);
  return regions;
}

export interface BreakPoint {
  readonly offset: number;
  /**
   * 3: after a `\n` escape; 2: between tags (`><`), before `${`, after `, ` `; ` `} ` or a String.raw `|`; 1: a space.
   */
  readonly quality: number;
}

function escapesNewline(text: string, offset: number): boolean {
  if (text[offset - 1] !== 'n' || text[offset - 2] !== '\\') return false;
  let backslashes = 0;
  while (text[offset - 2 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1;
}

function qualityAt(text: string, offset: number, raw: boolean, regionEnd: number, template: boolean): number {
  const before = text[offset - 1];
  if (before === '\n' || text[offset] === '\n') return 0;
  if (!raw && escapesNewline(text, offset)) return 3;
  if (before === '>' && text[offset] === '<') return 2;
  if (template && offset === regionEnd) return 2;
  if (raw) return before === '|' ? 2 : 0;
  if (before !== ' ' || text[offset] === ' ') return 0;
  return /[,;}]/.test(text[offset - 2]) ? 2 : 1;
}

/**
 * Where a piece may end: at a word boundary of the literal text (never inside an escape or a `${…}`): after a space,
 * a `\n` escape, between two tags, before a `${`; in String.raw (regular-expression sources) after an alternation bar.
 */
export function breakPointsOf(node: LiteralNode, file: ts.SourceFile): BreakPoint[] {
  const text = file.text;
  const raw = isStringRaw(node);
  const template = !ts.isStringLiteral(node);
  const content = contentOf(node, file);
  const points: BreakPoint[] = [];
  for (const [start, end] of textRegionsOf(node, file))
    for (let offset = Math.max(start, content.start + 1); offset <= Math.min(end, content.end - 1); offset++) {
      const quality = qualityAt(text, offset, raw, end, template);
      if (quality > 0) points.push({ offset, quality });
    }
  return points;
}

/** The last point that fits, or a better one shortly before it. */
function bestFitting(fitting: readonly BreakPoint[], measure: (to: number) => number): BreakPoint | undefined {
  const last = fitting.at(-1);
  if (!last) return undefined;
  const near = fitting.filter((point) => measure(last.offset) - measure(point.offset) <= PREFERENCE_WINDOW);
  return near.reduce((best, point) => (point.quality >= best.quality ? point : best));
}

/** How much shorter than the fullest a piece may be to end at a better break point. */
const PREFERENCE_WINDOW = 20;

/** Why this literal must stay one piece, or undefined when it may be broken. */
export function reasonToKeepWhole(node: LiteralNode): string | undefined {
  const parent = node.parent;
  if (ts.isTaggedTemplateExpression(parent)) return 'a tagged template (the tag may read the raw text)';
  if (ts.isCallExpression(parent) && parent.arguments[0] === node && /(^|\.)l10n\.t$/.test(parent.expression.getText()))
    return 'an l10n.t message (scripts/generate-l10n-bundle.ts reads it as one literal)';
  if (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent) ||
    (ts.isCallExpression(parent) &&
      (parent.expression.kind === ts.SyntaxKind.ImportKeyword || parent.expression.getText() === 'require'))
  )
    return 'a module path';
  if (ts.isLiteralTypeNode(parent)) return 'a type';
  if ('name' in parent && parent.name === node) return 'a property name';
  if (ts.isComputedPropertyName(parent) || (ts.isElementAccessExpression(parent) && parent.argumentExpression === node))
    return 'a property key';
  if (ts.isCaseClause(parent)) return 'a case label';
  if (ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent) || ts.isTypeAssertionExpression(parent))
    return 'a literal with a type assertion';
  if (ts.isExpressionStatement(parent)) return 'a directive';
  if (ts.isEnumMember(parent)) return 'an enum value';
  if (ts.isJsxAttribute(parent)) return 'a JSX attribute';
  return undefined;
}

/** Parents in which `a + b` can stand where the literal stood, without parentheses. */
function needsParentheses(node: LiteralNode): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    return !(operator === ts.SyntaxKind.PlusToken || (operator === ts.SyntaxKind.EqualsToken && parent.right === node));
  }
  if (ts.isConditionalExpression(parent)) return parent.condition === node;
  return !(
    ts.isParenthesizedExpression(parent) ||
    ts.isCallExpression(parent) ||
    ts.isNewExpression(parent) ||
    ts.isArrayLiteralExpression(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isVariableDeclaration(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isParameter(parent) ||
    ts.isReturnStatement(parent) ||
    ts.isArrowFunction(parent) ||
    ts.isTemplateSpan(parent)
  );
}

function greedyCuts(
  points: readonly BreakPoint[],
  start: number,
  end: number,
  widths: { readonly first: number; readonly rest: number },
  measure: (from: number, to: number) => number,
  holdsText: (from: number, to: number) => boolean,
): number[] {
  const cuts: number[] = [];
  let from = start;
  let limit = widths.first;
  while (measure(from, end) > limit) {
    const later = points.filter(
      (point) => point.offset > from && holdsText(from, point.offset) && holdsText(point.offset, end),
    );
    const fitting = later.filter((point) => measure(from, point.offset) <= limit);
    const cut = bestFitting(fitting, (to) => measure(from, to)) ?? later[0];
    if (cut === undefined) break;
    cuts.push(cut.offset);
    from = cut.offset;
    limit = widths.rest;
  }
  return cuts;
}

interface CutContext {
  readonly start: number;
  readonly end: number;
  readonly points: readonly BreakPoint[];
  readonly measure: (from: number, to: number) => number;
  readonly holdsText: (from: number, to: number) => boolean;
}

function cutContextOf(node: LiteralNode, file: ts.SourceFile): CutContext {
  const { start, end } = contentOf(node, file);
  const regions = textRegionsOf(node, file);
  return {
    start,
    end,
    points: breakPointsOf(node, file),
    measure: (from, to) => widthOf(file.text.slice(from, to)),
    // A piece that is only `${…}` would be a needless template (and lint says so), one of only spaces a useless one.
    holdsText: (from, to) =>
      file.text.slice(from, to).trim() !== '' &&
      regions.some(([regionStart, regionEnd]) => Math.min(to, regionEnd) > Math.max(from, regionStart)),
  };
}

/**
 * Where to cut the literal so that each piece fits its width, in as few pieces as greedy filling needs, made as even
 * as they can be (no one-word tail). When the literal already fits, one cut near the middle, because the line is long
 * for what surrounds the literal. A word wider than the width gets a piece of its own.
 */
export function chooseCuts(
  node: LiteralNode,
  file: ts.SourceFile,
  widths: { readonly first: number; readonly rest: number },
): number[] {
  const { start, end, points, measure, holdsText } = cutContextOf(node, file);
  const total = measure(start, end);
  if (total <= widths.first) {
    const score = (point: BreakPoint): number =>
      Math.abs(measure(start, point.offset) - total / 2) - 10 * point.quality;
    const usable = points.filter((point) => holdsText(start, point.offset) && holdsText(point.offset, end));
    const nearest = usable.sort((a, b) => score(a) - score(b));
    return nearest.slice(0, 1).map((point) => point.offset);
  }
  const fullest = greedyCuts(points, start, end, widths, measure, holdsText);
  let best = fullest;
  for (let shorter = 1; shorter < widths.rest / 2; shorter++) {
    // A first piece that shares its line with code keeps its width (only the pieces on lines of their own even out).
    const first = widths.first < widths.rest ? widths.first : widths.first - shorter;
    const narrower = { first, rest: widths.rest - shorter };
    const cuts = greedyCuts(points, start, end, narrower, measure, holdsText);
    if (cuts.length !== fullest.length) break;
    best = cuts;
  }
  return best;
}

function isPlus(node: ts.Node): node is ts.BinaryExpression {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

/**
 * The next piece of a `'…' +⏎'…'` chain (same quotes, one line each, nothing but `+` between): the overflow of a
 * long piece joins it, as when a paragraph is re-flowed, instead of becoming a piece of a few words.
 */
export function nextPieceOf(node: LiteralNode, file: ts.SourceFile): ts.StringLiteral | undefined {
  const parent = node.parent;
  if (!ts.isStringLiteral(node) || !isPlus(parent)) return undefined;
  const outer = parent.parent;
  const next = parent.left === node ? parent.right : isPlus(outer) && outer.left === parent ? outer.right : undefined;
  if (!next || !ts.isStringLiteral(next) || isMultiLine(next, file)) return undefined;
  if (file.text[next.getStart(file)] !== file.text[node.getStart(file)]) return undefined;
  const between = file.text.slice(node.end, next.getStart(file));
  return between.includes('\n') && between.trim() === '+' ? next : undefined;
}

/** `'a b c' +⏎'d'` → `'a ' +⏎'b c d'`: what of the piece is past the width moves to the start of the next one. */
export function reflowIntoNext(node: ts.StringLiteral, next: ts.StringLiteral, file: ts.SourceFile, width: number) {
  const { start, end, points, measure, holdsText } = cutContextOf(node, file);
  if (measure(start, end) <= width) return undefined;
  const [cut] = greedyCuts(points, start, end, { first: width, rest: width }, measure, holdsText);
  if (cut === undefined) return undefined;
  const text = file.text;
  const quote = text[start - 1];
  const nextStart = next.getStart(file);
  const moved = text.slice(cut, end) + text.slice(nextStart + 1, next.end - 1);
  return {
    start: start - 1,
    end: next.end,
    text: text.slice(start - 1, cut) + quote + text.slice(node.end, nextStart) + quote + moved + quote,
  };
}

/** `'a b c'` cut after "a " → `'a ' +⏎'b c'` (same delimiters; String.raw pieces keep their tag). */
export function replacementFor(
  node: LiteralNode,
  file: ts.SourceFile,
  cuts: readonly number[],
  indent: string,
): string {
  const { start, end, open } = contentOf(node, file);
  const close = file.text[end];
  const bounds = [start, ...cuts, end];
  const pieces = bounds.slice(1).map((bound, i) => open.trimStart() + file.text.slice(bounds[i], bound) + close);
  const joined = pieces.join(` +\n${indent}`);
  return needsParentheses(node) ? `(${joined})` : joined;
}

/**
 * For a line inside a multi-line untagged template: where to insert a backslash-newline (a line continuation,
 * which adds nothing to the cooked string) so that each part fits. The continuation starts at column 0, because any
 * indentation would become part of the string.
 */
export function continuationPointsOf(node: LiteralNode, file: ts.SourceFile, line: Line): number[] {
  const points = breakPointsOf(node, file).filter((point) => point.offset > line.start && point.offset < line.end);
  const measure = (from: number, to: number): number => widthOf(file.text.slice(from, to));
  const inserts: number[] = [];
  let from = line.start;
  while (measure(from, line.end) > MAX_WIDTH) {
    const later = points.filter((point) => point.offset > from);
    const fitting = later.filter((point) => measure(from, point.offset) + 1 <= MAX_WIDTH);
    const cut = bestFitting(fitting, (to) => measure(from, to)) ?? later[0];
    if (cut === undefined) break;
    inserts.push(cut.offset);
    from = cut.offset;
  }
  return inserts;
}

export function isMultiLine(node: LiteralNode, file: ts.SourceFile): boolean {
  return file.text.slice(node.getStart(file), node.end).includes('\n');
}
