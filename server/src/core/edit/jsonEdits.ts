import type { JsonValue, Span } from '../types';
import type { AstNode, PropertyNode } from '../parse';
import { findNode, splitPointer } from '../parse';
import { afterColon, entrySpan, failure, type EditContext, type PlanResult, removeFlowEntry } from './shared';
import { indentationAt, startsLine } from './text';

/** JSON text of a value whose first line continues at the current position and later lines start with `indent`. */
function jsonText(context: EditContext, value: JsonValue, indent: string, isPretty: boolean): string {
  if (!isPretty) return JSON.stringify(value);
  return JSON.stringify(value, null, context.unit).split('\n').join(context.eol + indent);
}

/** A container laid out over several lines gets new entries on their own lines too. */
function isMultiLine(context: EditContext, span: Span): boolean {
  return /\n/.test(context.text.slice(span.start, span.end));
}

export function replaceJson(context: EditContext, path: string, value: JsonValue): PlanResult {
  const location = findNode(context.doc.root, path);
  if (!location || path === '') return failure(`Nothing to replace at ${path || 'the record root'}.`);
  const { node, property } = location;
  const isPretty = context.doc.lineIndex.lineCount > 1;
  if (!node) {
    const colon = property ? afterColon(context.text, property) : undefined;
    if (colon === undefined) return failure(`Nothing to replace at ${path}.`);
    return [{ span: { start: colon, end: colon }, newText: ' ' + jsonText(context, value, indentationAt(context.text, colon), isPretty) }];
  }
  return [{ span: node.span, newText: jsonText(context, value, indentationAt(context.text, node.span.start), isPretty) }];
}

export function addJson(context: EditContext, path: string, value: JsonValue): PlanResult {
  const [parentPath, last] = splitPointer(path);
  const parent = findNode(context.doc.root, parentPath)?.node;
  if (!parent || path === '') return failure(`No value at ${parentPath || 'the record root'} to add to.`);
  if (parent.kind === 'object') {
    if (parent.properties.some((p) => p.key === last)) return replaceJson(context, path, value);
    const entries = parent.properties.map((p) => entrySpan(context.text, p));
    return insertEntry(context, parent, entries, entries.length, (indent, isPretty) => `${JSON.stringify(last)}: ${jsonText(context, value, indent, isPretty)}`);
  }
  if (parent.kind === 'array') {
    const index = last === '-' ? parent.items.length : /^(0|[1-9]\d*)$/.test(last) ? Number(last) : -1;
    if (index < 0 || index > parent.items.length) return failure(`Index ${last} is outside the list.`);
    return insertEntry(context, parent, parent.items.map((item) => item.span), index, (indent, isPretty) => jsonText(context, value, indent, isPretty));
  }
  return failure(`${parentPath} is not an object or array.`);
}

/** Inserts an entry at `index`, with the commas and the line layout its neighbours use. */
function insertEntry(context: EditContext, container: AstNode, entries: readonly Span[], index: number, render: (indent: string, isPretty: boolean) => string): PlanResult {
  const { text, eol } = context;
  const isPretty = isMultiLine(context, container.span) || (entries.length === 0 && context.doc.lineIndex.lineCount > 1);
  const containerIndent = indentationAt(text, container.span.start);
  if (entries.length === 0) {
    const indent = containerIndent + context.unit;
    const inner = isPretty ? `${eol}${indent}${render(indent, true)}${eol}${containerIndent}` : render('', false);
    return [{ span: { start: container.span.start + 1, end: container.span.end - 1 }, newText: inner }];
  }
  const neighbour = entries[Math.min(index, entries.length - 1)];
  const ownLine = isPretty && startsLine(text, neighbour.start);
  const indent = ownLine ? indentationAt(text, neighbour.start) : '';
  const entry = render(indent, isPretty);
  if (index === entries.length) {
    const at = neighbour.end;
    return [{ span: { start: at, end: at }, newText: ownLine ? `,${eol}${indent}${entry}` : `, ${entry}` }];
  }
  const at = neighbour.start;
  return [{ span: { start: at, end: at }, newText: ownLine ? `${entry},${eol}${indent}` : `${entry}, ` }];
}

export function removeJson(context: EditContext, path: string): PlanResult {
  const [parentPath] = splitPointer(path);
  const location = findNode(context.doc.root, path);
  const parent = findNode(context.doc.root, parentPath)?.node;
  if (!location || !parent || path === '') return failure(`Nothing to remove at ${path || 'the record root'}.`);
  if (parent.kind === 'object') {
    const index = parent.properties.lastIndexOf(location.property!);
    return removeFlowEntry(context.text, parent, parent.properties.map((p) => entrySpan(context.text, p)), index);
  }
  if (parent.kind === 'array') {
    return removeFlowEntry(context.text, parent, parent.items.map((item) => item.span), parent.items.indexOf(location.node!));
  }
  return failure(`Nothing to remove at ${path}.`);
}

export function renameKeyJson(_context: EditContext, property: PropertyNode, newKey: string): PlanResult {
  return [{ span: property.keySpan, newText: JSON.stringify(newKey) }];
}
