import type { JsonValue, Span } from '../types';
import type { PropertyNode } from '../parse';
import { modify, type JSONPath } from 'jsonc-parser';
import { findNode, parsePointer, splitPointer, toPointer } from '../parse';
import {
  afterColon,
  entrySpan,
  failure,
  insertionIndex,
  type EditContext,
  type PlanResult,
  removeFlowEntry,
} from './shared';
import { formatInsertion } from './jsonFormat';
import { indentationAt } from './text';

/** JSON text of a value whose first line continues at the current position and later lines start with `indent`. */
function jsonText(context: EditContext, value: JsonValue, indent: string, isPretty: boolean): string {
  if (!isPretty) return JSON.stringify(value);
  return JSON.stringify(value, null, context.unit)
    .split('\n')
    .join(context.eol + indent);
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
    return [
      {
        span: { start: colon, end: colon },
        newText: ' ' + jsonText(context, value, indentationAt(context.text, colon), isPretty),
      },
    ];
  }
  return [
    { span: node.span, newText: jsonText(context, value, indentationAt(context.text, node.span.start), isPretty) },
  ];
}

/**
 * `add`, planned by jsonc-parser's `modify`: it finds the place, the commas and the
 * indentation the neighbours use, and formats only the inserted text (single-line records stay single-line).
 */
export function addJson(context: EditContext, path: string, value: JsonValue): PlanResult {
  const [parentPath, last] = splitPointer(path);
  const parent = findNode(context.doc.root, parentPath)?.node;
  if (!parent || path === '') return failure(`No value at ${parentPath || 'the record root'} to add to.`);
  const insertAt = (segment: string | number, isArrayInsertion: boolean) =>
    modifyJson(context, parent.span, parentPath, segment, value, isArrayInsertion);
  if (parent.kind === 'object') {
    if (parent.properties.some((p) => p.key === last)) return replaceJson(context, path, value);
    return insertAt(last, false);
  }
  if (parent.kind === 'array') {
    const index = insertionIndex(last, parent.items.length);
    return typeof index === 'number' ? insertAt(index, true) : index;
  }
  return failure(`${parentPath} is not an object or array.`);
}

/**
 * Inserts `value` at `segment` of the container at `parentSpan` with jsonc-parser's `modify`. It is
 * given the container's own text when it has one: `modify` parses all it is given, and fix-all plans
 * one insertion per fix, so a whole 1.5 MB record parsed per fix took half a minute.
 */
function modifyJson(
  context: EditContext,
  parentSpan: Span,
  parentPath: string,
  segment: string | number,
  value: JsonValue,
  isArrayInsertion: boolean,
): PlanResult {
  const opening = context.text[parentSpan.start];
  const alone = opening === '{' || opening === '[';
  const text = alone ? context.text.slice(parentSpan.start, parentSpan.end) : context.text;
  const path: JSONPath = alone ? [segment] : [...jsonPath(context, parentPath), segment];
  const shift = alone ? parentSpan.start : 0;
  const formattingOptions =
    isMultiLine(context, parentSpan) || context.doc.lineIndex.lineCount > 1
      ? {
          insertSpaces: !context.unit.startsWith('\t'),
          tabSize: context.unit.startsWith('\t') ? 1 : context.unit.length,
          eol: context.eol,
        }
      : undefined;
  let edits: ReturnType<typeof modify>;
  try {
    edits = modify(text, path, value, { isArrayInsertion }).map((edit) => ({ ...edit, offset: edit.offset + shift }));
    // Formatted here rather than by `modify`, whose formatting is quadratic on deeply nested lines.
    if (formattingOptions) edits = edits.map((edit) => formatInsertion(context.text, edit, formattingOptions));
  } catch {
    // jsonc-parser parses recursively: a hostile record nested thousands deep overflows it.
    return failure('The record is nested too deeply to edit safely.');
  }
  return edits.map((edit) => ({ span: { start: edit.offset, end: edit.offset + edit.length }, newText: edit.content }));
}

/** A JSON pointer to an existing value as jsonc-parser's path: indices into arrays as numbers. */
function jsonPath(context: EditContext, pointer: string): JSONPath {
  const tokens = parsePointer(pointer);
  return tokens.map((token, i) =>
    findNode(context.doc.root, toPointer(tokens.slice(0, i)))?.node?.kind === 'array' ? Number(token) : token,
  );
}

export function removeJson(context: EditContext, path: string): PlanResult {
  const [parentPath] = splitPointer(path);
  const location = findNode(context.doc.root, path);
  const parent = findNode(context.doc.root, parentPath)?.node;
  if (!location || !parent || path === '') return failure(`Nothing to remove at ${path || 'the record root'}.`);
  if (parent.kind === 'object') {
    const index = parent.properties.lastIndexOf(location.property!);
    return removeFlowEntry(
      context.text,
      parent,
      parent.properties.map((p) => entrySpan(context.text, p)),
      index,
    );
  }
  if (parent.kind === 'array') {
    return removeFlowEntry(
      context.text,
      parent,
      parent.items.map((item) => item.span),
      parent.items.indexOf(location.node!),
    );
  }
  return failure(`Nothing to remove at ${path}.`);
}

export function renameKeyJson(_context: EditContext, property: PropertyNode, newKey: string): PlanResult {
  return [{ span: property.keySpan, newText: JSON.stringify(newKey) }];
}
