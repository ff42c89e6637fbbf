// What the program does, as text: the syntax tree without comments, layout, quotes, parentheses and trailing commas,
// with every chain of concatenated literals folded into its value. Wrapping must leave it unchanged.
import ts from 'typescript';
import { isStringRaw, textRegionsOf } from './literals';

type Segment = { readonly text: string } | { readonly expression: string };

function isPlus(node: ts.Node): node is ts.BinaryExpression {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

function merge(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    if (previous && 'text' in previous && 'text' in segment)
      merged[merged.length - 1] = { text: previous.text + segment.text };
    else merged.push(segment);
  }
  return merged;
}

/** The value of a literal, or of a `+` chain of literals, as text and `${…}` parts; undefined for anything else. */
function segmentsOf(node: ts.Node, file: ts.SourceFile): Segment[] | undefined {
  if (ts.isParenthesizedExpression(node)) return segmentsOf(node.expression, file);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return ts.isTaggedTemplateExpression(node.parent) ? undefined : [{ text: node.text }];
  if (ts.isTemplateExpression(node)) {
    if (ts.isTaggedTemplateExpression(node.parent)) return undefined;
    const parts: Segment[] = [{ text: node.head.text }];
    for (const span of node.templateSpans)
      parts.push({ expression: fingerprintOf(span.expression, file) }, { text: span.literal.text });
    return merge(parts);
  }
  if (isStringRaw(node)) {
    const raw = textRegionsOf(node, file).map(([start, end]) => ({
      text: file.text.slice(start, end).replace(/\r\n?/g, '\n'),
    }));
    const expressions = ts.isTemplateExpression(node.template)
      ? node.template.templateSpans.map((span) => span.expression)
      : [];
    return merge(
      raw.flatMap((part, i) =>
        i < expressions.length ? [part, { expression: fingerprintOf(expressions[i], file) }] : [part],
      ),
    );
  }
  if (isPlus(node)) {
    const left = segmentsOf(node.left, file);
    const right = left && segmentsOf(node.right, file);
    return right && merge([...left, ...right]);
  }
  return undefined;
}

function literalFingerprint(segments: readonly Segment[]): string {
  return `S${JSON.stringify(segments)}`;
}

/**
 * `x + 'a' + 'b'` is `(x + 'a') + 'b'`, which gives what `x + 'ab'` gives (once one side is a string, `+` converts
 * the other once and concatenates): adjacent literal operands of a left-nested chain fold together.
 */
function plusChainFingerprint(node: ts.BinaryExpression, file: ts.SourceFile): string {
  const operands: ts.Node[] = [];
  let current: ts.Node = node;
  for (;;) {
    while (ts.isParenthesizedExpression(current)) current = current.expression;
    if (!isPlus(current) || segmentsOf(current, file)) break;
    operands.unshift(current.right);
    current = current.left;
  }
  operands.unshift(current);
  const parts: (Segment[] | string)[] = [];
  for (const operand of operands) {
    const segments = segmentsOf(operand, file);
    const previous = parts.at(-1);
    if (segments && Array.isArray(previous)) parts[parts.length - 1] = merge([...previous, ...segments]);
    else parts.push(segments ?? fingerprintOf(operand, file));
  }
  const printed = parts.map((part) => (typeof part === 'string' ? part : literalFingerprint(part)));
  return printed.length === 1 ? printed[0] : `+(${printed.join(',')})`;
}

export function fingerprintOf(node: ts.Node, file: ts.SourceFile): string {
  if (ts.isParenthesizedExpression(node)) return fingerprintOf(node.expression, file);
  const segments = segmentsOf(node, file);
  if (segments) return literalFingerprint(segments);
  if (isPlus(node)) return plusChainFingerprint(node, file);
  const children = node
    .getChildren(file)
    .filter((child) => child.kind < ts.SyntaxKind.FirstJSDocNode || child.kind > ts.SyntaxKind.LastJSDocNode);
  if (children.length === 0) return `${ts.SyntaxKind[node.kind]}:${node.getText(file)}`;
  if (node.kind === ts.SyntaxKind.SyntaxList && children.at(-1)?.kind === ts.SyntaxKind.CommaToken) children.pop();
  return `${ts.SyntaxKind[node.kind]}(${children.map((child) => fingerprintOf(child, file)).join(' ')})`;
}

export function sourceFileOf(text: string, fileName: string): ts.SourceFile {
  const kind = /\.m?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
}

/** Syntax errors the parser found (a changed file must have no more than before). */
export function syntaxErrorCount(file: ts.SourceFile): number {
  return (file as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics.length;
}
