import type { JsonValue } from '../types';
import type { AstNode, PropertyNode, ScalarNode } from '../parse';
import { findNode, splitPointer } from '../parse';
import {
  afterColon,
  entrySpan,
  failure,
  hasNoValue,
  insertionIndex,
  isFlowCollection,
  removeFlowEntry,
  type EditContext,
  type PlanResult,
} from './shared';
import { columnOf, contentEnd, indentationAt, lineEnd, lineStart, nextLineStart, startsLine } from './text';
import { flowValue, inlineScalar, isCollection, itemLines, literalBlock, pairLines, valueLinesAt } from './yamlRender';

/** Plans `replace`: scalars keep their quoting style; collections are written in block style below the key. */
export function replaceYaml(context: EditContext, path: string, value: JsonValue): PlanResult {
  const location = findNode(context.doc.root, path);
  if (!location || path === '') return failure(`Nothing to replace at ${path || 'the record root'}.`);
  const { node, property } = location;
  if (hasNoValue(property, node)) return setPropertyValue(context, property!, node, value);
  if (!node) return failure(`Nothing to replace at ${path}.`);
  if (isFlowCollection(context.text, node) && isCollection(value))
    return [{ span: node.span, newText: flowValue(value) }];
  if (node.kind !== 'object' && node.kind !== 'array') {
    const scalar = scalarReplacement(context, node, value);
    if (scalar !== undefined)
      return [{ span: { start: node.span.start, end: contentEnd(context.text, node) }, newText: scalar }];
  }
  if (property) return setPropertyValue(context, property, node, value);
  const column = columnOf(context.text, node.span.start);
  return [
    {
      span: { start: node.span.start, end: contentEnd(context.text, node) },
      newText: valueLinesAt(value, column, context.unit).join(context.eol),
    },
  ];
}

/** A one-line (or literal block) replacement for a scalar, or undefined when the value needs block layout. */
function scalarReplacement(context: EditContext, node: ScalarNode, value: JsonValue): string | undefined {
  if (isCollection(value) && (Array.isArray(value) ? value.length : Object.keys(value).length) > 0) return undefined;
  if (isCollection(value)) return flowValue(value);
  if (typeof value === 'string' && value.includes('\n')) {
    const indent = node.style === 'literal' || node.style === 'folded' ? blockContentIndent(context, node) : undefined;
    const block = indent !== undefined ? literalBlock(value, indent) : undefined;
    // Plain and quoted scalars stay on one line: a double-quoted string holds any text.
    return block ? [block.header, ...block.lines].join(context.eol) : inlineScalar(value, 'double');
  }
  const style = node.style === 'literal' || node.style === 'folded' ? 'plain' : node.style;
  return inlineScalar(value, style, insideFlow(context, node));
}

/** The indentation of a block scalar's first content line. */
function blockContentIndent(context: EditContext, node: ScalarNode): string {
  const firstContentLine = nextLineStart(context.text, node.span.start);
  return indentationAt(context.text, firstContentLine);
}

/** True when the scalar sits inside `[…]` or `{…}`, where `,` and brackets need quotes. */
function insideFlow(context: EditContext, node: AstNode): boolean {
  const before = context.text.slice(lineStart(context.text, node.span.start), node.span.start);
  return /[[{,]\s*$/.test(before) || /[[{][^\]}]*$/.test(before);
}

/** Writes `value` after `key:`, replacing whatever value was there (block style for collections). */
function setPropertyValue(
  context: EditContext,
  property: PropertyNode,
  node: AstNode | undefined,
  value: JsonValue,
): PlanResult {
  const colon = afterColon(context.text, property);
  if (colon === undefined) return failure(`No ":" after "${property.key}".`);
  const indent = indentationOf(context, property);
  const lines = pairLines(property.key, value, indent, context.unit);
  const head = lines[0].slice(lines[0].indexOf(':', indent.length) + 1);
  const newText = [head, ...lines.slice(1)].join(context.eol);
  const end = node ? Math.max(colon, contentEnd(context.text, node)) : colon;
  return [{ span: { start: colon, end }, newText }];
}

/** The indentation of a key's content column (a key right after `- ` counts from its own column). */
function indentationOf(context: EditContext, property: PropertyNode): string {
  return ' '.repeat(columnOf(context.text, property.keySpan.start));
}

/** Plans `add`: a new key after the last one of its mapping, or an item in a sequence (`/-` appends). */
export function addYaml(context: EditContext, path: string, value: JsonValue): PlanResult {
  const [parentPath, last] = splitPointer(path);
  const parent = findNode(context.doc.root, parentPath);
  if (!parent || path === '') return failure(`No value at ${parentPath || 'the record root'} to add to.`);
  if (hasNoValue(parent.property, parent.node)) {
    const created = last === '-' || last === '0' ? [value] : { [last]: value };
    return setPropertyValue(context, parent.property!, parent.node, created);
  }
  const node = parent.node;
  // An empty `{}` or `[]` written after a key becomes a block below it: people read and extend
  // block style, and a flow mapping of placeholders is what the rest of the record is not.
  if (node && parent.property && isEmptyFlowValue(context, node)) {
    const created = node.kind === 'array' ? [value] : { [last]: value };
    if (node.kind === 'object' || last === '-' || last === '0')
      return setPropertyValue(context, parent.property, node, created);
  }
  if (node?.kind === 'object') {
    if (node.properties.some((p) => p.key === last)) return replaceYaml(context, path, value);
    return addProperty(context, node, last, value);
  }
  if (node?.kind === 'array') return addItem(context, node, last, value);
  return failure(`${parentPath} is not an object or array.`);
}

function isEmptyFlowValue(context: EditContext, node: AstNode): boolean {
  const isEmpty =
    node.kind === 'object' ? node.properties.length === 0 : node.kind === 'array' && node.items.length === 0;
  return isEmpty && isFlowCollection(context.text, node) && !insideFlow(context, node);
}

function addProperty(
  context: EditContext,
  node: Extract<AstNode, { kind: 'object' }>,
  key: string,
  value: JsonValue,
): PlanResult {
  const { text, eol } = context;
  if (isFlowCollection(text, node)) {
    const entry = `${inlineScalar(key, 'plain', true)}: ${flowValue(value)}`;
    const lastProperty = node.properties.at(-1);
    if (!lastProperty) return [{ span: node.span, newText: `{ ${entry} }` }];
    const at = entrySpan(text, lastProperty).end;
    return [{ span: { start: at, end: at }, newText: `, ${entry}` }];
  }
  const first = node.properties[0];
  const lastProperty = node.properties[node.properties.length - 1];
  const indent = indentationOf(context, first);
  // After the line where the last property's value ends, so its trailing comment stays with it.
  const at = lineEnd(text, entrySpan(text, lastProperty).end);
  return [{ span: { start: at, end: at }, newText: eol + pairLines(key, value, indent, context.unit).join(eol) }];
}

function addItem(
  context: EditContext,
  node: Extract<AstNode, { kind: 'array' }>,
  token: string,
  value: JsonValue,
): PlanResult {
  const { text, eol } = context;
  const index = insertionIndex(token, node.items.length);
  if (typeof index !== 'number') return index;
  if (isFlowCollection(text, node)) {
    if (node.items.length === 0) return [{ span: node.span, newText: `[${flowValue(value)}]` }];
    if (index === node.items.length) {
      const at = contentEnd(text, node.items[index - 1]);
      return [{ span: { start: at, end: at }, newText: `, ${flowValue(value)}` }];
    }
    const at = node.items[index].span.start;
    return [{ span: { start: at, end: at }, newText: `${flowValue(value)}, ` }];
  }
  const dash = dashOf(text, node.items[Math.min(index, node.items.length - 1)]);
  if (dash === undefined || !startsLine(text, dash)) return failure('Cannot find the "-" of the list items.');
  const indent = ' '.repeat(columnOf(text, dash));
  const lines = itemLines(value, indent, context.unit);
  if (index === node.items.length) {
    const at = lineEnd(text, contentEnd(text, node.items[index - 1]));
    return [{ span: { start: at, end: at }, newText: eol + lines.join(eol) }];
  }
  const at = lineStart(text, dash);
  return [{ span: { start: at, end: at }, newText: lines.join(eol) + eol }];
}

/** Offset of the `-` that introduces a block sequence item. */
function dashOf(text: string, item: AstNode): number | undefined {
  let index = item.span.start - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t')) index--;
  return text[index] === '-' ? index : undefined;
}

/** Plans `remove`: the whole line(s) of a pair or item, children included. */
export function removeYaml(context: EditContext, path: string): PlanResult {
  const { text } = context;
  const [parentPath] = splitPointer(path);
  const location = findNode(context.doc.root, path);
  const parent = findNode(context.doc.root, parentPath);
  if (!location || !parent?.node || path === '') return failure(`Nothing to remove at ${path || 'the record root'}.`);
  const container = parent.node;
  if (container.kind === 'object') {
    const index = container.properties.lastIndexOf(location.property!);
    if (isFlowCollection(text, container))
      return removeFlowEntry(
        text,
        container,
        container.properties.map((p) => entrySpan(text, p)),
        index,
      );
    if (container.properties.length === 1) return emptyCollection(context, parent, '{}');
    const property = container.properties[index];
    if (startsLine(text, property.keySpan.start))
      return removeLines(text, property.keySpan.start, entrySpan(text, property).end);
    // The first key of a `- key: value` item: the next key moves up behind the dash.
    const next = container.properties[index + 1];
    if (!next) return failure(`Cannot remove ${path}: unusual layout.`);
    return [{ span: { start: property.keySpan.start, end: next.keySpan.start }, newText: '' }];
  }
  if (container.kind === 'array') {
    const index = container.items.indexOf(location.node!);
    if (isFlowCollection(text, container))
      return removeFlowEntry(
        text,
        container,
        container.items.map((item) => item.span),
        index,
      );
    if (container.items.length === 1) return emptyCollection(context, parent, '[]');
    const dash = dashOf(text, container.items[index]);
    if (dash === undefined || !startsLine(text, dash)) return failure(`Cannot remove ${path}: unusual layout.`);
    return removeLines(text, dash, contentEnd(text, container.items[index]));
  }
  return failure(`Nothing to remove at ${path}.`);
}

function removeLines(text: string, from: number, to: number): PlanResult {
  return [{ span: { start: lineStart(text, from), end: nextLineStart(text, lineEnd(text, to)) }, newText: '' }];
}

/** Removing the only entry leaves an empty collection (`{}` or `[]`), not a null. */
function emptyCollection(
  context: EditContext,
  location: { node: AstNode | undefined; property?: PropertyNode },
  empty: string,
): PlanResult {
  const node = location.node!;
  if (location.property) return setPropertyValue(context, location.property, node, empty === '{}' ? {} : []);
  return [{ span: { start: node.span.start, end: contentEnd(context.text, node) }, newText: empty }];
}

/** Plans `move` within one mapping: renames the key, leaving value, comments and layout alone. */
export function renameKeyYaml(context: EditContext, property: PropertyNode, newKey: string): PlanResult {
  const quote = context.text[property.keySpan.start];
  const style = quote === '"' ? 'double' : quote === "'" ? 'single' : 'plain';
  return [{ span: property.keySpan, newText: inlineScalar(newKey, style) }];
}
