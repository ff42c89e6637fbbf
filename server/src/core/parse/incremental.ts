import type { JsonValue } from '../types';
import type { AstNode, ParsedDocument, PropertyNode } from './ast';
import { findYamlComments } from './comments';
import { guardNesting } from './depth';
import { parseRecord } from './index';
import { parseJsonText } from './jsonParser';
import { editedLineIndex } from './lineIndex';
import { countYamlItems, LIMITS } from './limits';
import { valueOf } from './values';
import { parseYamlText } from './yamlParser';

/**
 * Below this size a full parse takes well under a millisecond. A typical record (10 KB of YAML) takes 3–5 ms to parse
 * whole and under 1 ms incrementally, which is most of a keystroke's cost: it is re-parsed incrementally too.
 */
const INCREMENTAL_MIN_LENGTH = 4 * 1024;

/**
 * Parses a new version of a document. When the edit lies inside one object or list, only
 * that container is parsed again; everything before it is re-used as is and everything
 * after it is shifted. Any doubt (syntax errors, anchors, an edit on a container's
 * boundary) falls back to a full parse, so the result always equals `parseRecord(text)`.
 */
export function reparseRecord(previous: ParsedDocument, text: string): ParsedDocument {
  if (text === previous.text) return previous;
  if (text.length < INCREMENTAL_MIN_LENGTH || previous.syntaxFindings.length > 0 || !previous.root)
    return parseRecord(text, previous.format);
  const change = findChange(previous.text, text);
  const itemCount = editedItemCount(previous, text, change);
  // Oversized texts need the notice and the limits only a full parse applies.
  if (!staysFullDepth(previous, text, change, itemCount)) return parseRecord(text, previous.format);
  try {
    return reparseContainer(previous, text, change, itemCount) ?? parseRecord(text, previous.format);
  } catch {
    return parseRecord(text, previous.format);
  }
}

/**
 * Whether the new text is checked in full (`checkDepthOf(text)` is `full`), knowing the previous one was: only its
 * size and the lines the edit touched can have crossed a limit, so a keystroke never scans the whole text for long
 * lines (11 ms on the largest YAML record).
 */
function staysFullDepth(
  previous: ParsedDocument,
  text: string,
  change: Change,
  itemCount: number | undefined,
): boolean {
  if (previous.checkDepth !== 'full') return false;
  if (text.length > LIMITS.maxLength[previous.format] || text.length > LIMITS.degradedLength[previous.format])
    return false;
  if (previous.format !== 'yaml') return true;
  if (itemCount === undefined || itemCount > LIMITS.maxYamlItems) return false;
  // Lines end at each \n or \r, as `checkDepthOf` counts them.
  const isBreak = (index: number) => text.charCodeAt(index) === 10 || text.charCodeAt(index) === 13;
  let lineStart = change.start;
  while (lineStart > 0 && !isBreak(lineStart - 1)) lineStart--;
  const newEnd = change.oldEnd + change.delta;
  for (let i = lineStart; i <= text.length; i++) {
    if (i < text.length && !isBreak(i)) continue;
    if (i - lineStart > LIMITS.degradedLineLength) return false;
    // Lines after the first break at or past the edit's end are those of the previous text.
    if (i >= newEnd) return true;
    lineStart = i + 1;
  }
  return true;
}

/** The new YAML text's `countYamlItems`, from the previous count and the edited range (undefined when unknown). */
function editedItemCount(previous: ParsedDocument, text: string, change: Change): number | undefined {
  if (previous.format !== 'yaml' || previous.itemCount === undefined) return undefined;
  // The character before the edit is counted again: whether a `\r` counts depends on the one after it.
  const from = Math.max(0, change.start - 1);
  return (
    previous.itemCount -
    countYamlItems(previous.text, from, change.oldEnd) +
    countYamlItems(text, from, change.oldEnd + change.delta)
  );
}

interface Change {
  /** First changed offset (same in both texts). */
  readonly start: number;
  /** End of the changed region in the old text. */
  readonly oldEnd: number;
  /** Length difference, new minus old. */
  readonly delta: number;
}

/** Compared a block at a time first: on a 1.5 MB record a character loop over both ends cost ~30 ms a keystroke. */
const BLOCK = 4096;

function findChange(oldText: string, newText: string): Change {
  const limit = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start + BLOCK <= limit && oldText.slice(start, start + BLOCK) === newText.slice(start, start + BLOCK))
    start += BLOCK;
  while (start < limit && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  const room = limit - start;
  let suffix = 0;
  while (
    suffix + BLOCK <= room &&
    oldText.slice(oldText.length - suffix - BLOCK, oldText.length - suffix) ===
      newText.slice(newText.length - suffix - BLOCK, newText.length - suffix)
  ) {
    suffix += BLOCK;
  }
  while (
    suffix < room &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  )
    suffix++;
  return { start, oldEnd: oldText.length - suffix, delta: newText.length - oldText.length };
}

/** A step from a container to its child: the property (objects) or the index (arrays). */
type Step = { readonly parent: AstNode; readonly index: number };

function reparseContainer(
  previous: ParsedDocument,
  text: string,
  change: Change,
  itemCount: number | undefined,
): ParsedDocument | undefined {
  const steps = pathToInnermostContainer(previous.root!, change);
  if (steps.length === 0) return undefined;
  const last = steps[steps.length - 1];
  const container = childAt(last.parent, last.index)!;
  const start = container.span.start;
  const end = container.span.end + change.delta;
  const replacement = parseSlice(previous.format, text, start, end);
  if (!replacement || replacement.kind !== container.kind) return undefined;

  const root = rebuild(previous.root!, steps, 0, replacement, change);
  const value = replaceValue(previous.value, steps, 0, valueOf(replacement) ?? null);
  return {
    format: previous.format,
    text,
    root,
    value,
    syntaxFindings: [],
    comments: previous.format === 'yaml' ? findYamlComments(text, root) : [],
    lineIndex: editedLineIndex(previous.lineIndex, text, {
      start: change.start,
      newEnd: change.oldEnd + change.delta,
      delta: change.delta,
    }),
    checkDepth: 'full',
    ...(itemCount === undefined ? {} : { itemCount }),
  };
}

/** The steps from the root down to the innermost container that strictly contains the change. */
function pathToInnermostContainer(root: AstNode, change: Change): Step[] {
  const steps: Step[] = [];
  let node = root;
  for (;;) {
    const children =
      node.kind === 'object'
        ? node.properties.map((property) => property.value)
        : node.kind === 'array'
          ? node.items
          : [];
    const index = children.findIndex(
      (child) => !!child && isContainer(child) && child.span.start < change.start && change.oldEnd < child.span.end,
    );
    if (index === -1) return steps;
    steps.push({ parent: node, index });
    node = children[index]!;
  }
}

function isContainer(node: AstNode): boolean {
  return node.kind === 'object' || node.kind === 'array';
}

function childAt(parent: AstNode, index: number): AstNode | undefined {
  return parent.kind === 'object'
    ? parent.properties[index].value
    : parent.kind === 'array'
      ? parent.items[index]
      : undefined;
}

/** Parses text[start, end) on its own, keeping document offsets. Undefined on any problem. */
function parseSlice(format: ParsedDocument['format'], text: string, start: number, end: number): AstNode | undefined {
  const slice = text.slice(start, end);
  // Deep nesting needs the guard of a full parse.
  if (guardNesting(slice, format).findings.length > 0) return undefined;
  if (format === 'json') {
    const { root, findings } = parseJsonText(slice, start);
    return findings.length === 0 && root && root.span.end === end ? root : undefined;
  }
  // Pad the first line to its column, so the slice's indentation means what it meant in the document.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const column = start - lineStart;
  if (/\S/.test(text.slice(lineStart, start)) && !/^\s*-\s+$/.test(text.slice(lineStart, start))) return undefined;
  const { root, findings, usesAliases } = parseYamlText(' '.repeat(column) + slice, start - column);
  if (findings.length > 0 || usesAliases || !root) return undefined;
  // The container must still cover the whole slice; otherwise the edit moved its boundary.
  return root.span.start === start && text.slice(root.span.end, end).trim() === '' ? root : undefined;
}

/** Copies the path from the root to the replaced container; shifts every node after the change. */
function rebuild(node: AstNode, steps: readonly Step[], depth: number, replacement: AstNode, change: Change): AstNode {
  const span = { start: node.span.start, end: node.span.end + change.delta };
  if (depth === steps.length) return replacement;
  const { index } = steps[depth];
  if (node.kind === 'object') {
    const properties = node.properties.map((property, i): PropertyNode => {
      if (i < index) return property;
      if (i > index) return shiftProperty(property, change.delta);
      const value = rebuild(property.value!, steps, depth + 1, replacement, change);
      return { ...property, value, span: { start: property.span.start, end: value.span.end } };
    });
    return { kind: 'object', span, properties };
  }
  if (node.kind === 'array') {
    const items = node.items.map((item, i) =>
      i < index
        ? item
        : i > index
          ? shiftNode(item, change.delta)
          : rebuild(item, steps, depth + 1, replacement, change),
    );
    return { kind: 'array', span, items };
  }
  return node;
}

function shiftProperty(property: PropertyNode, delta: number): PropertyNode {
  return {
    key: property.key,
    keySpan: shiftSpan(property.keySpan, delta),
    value: property.value && shiftNode(property.value, delta),
    span: shiftSpan(property.span, delta),
  };
}

/**
 * The unshifted node a lazily shifted container stands for, and by how much. A shift of a shifted container
 * starts again from that node, so keystrokes never stack up layers of shifts.
 */
const shiftedFrom = new WeakMap<AstNode, { readonly node: AstNode; readonly delta: number }>();

/**
 * The node moved by `delta`. A container's children are shifted only when first read: a keystroke near the top
 * of a large record moves everything below it, and most of that is never looked at before the next keystroke.
 */
function shiftNode(node: AstNode, delta: number): AstNode {
  const origin = shiftedFrom.get(node);
  const base = origin?.node ?? node;
  const total = delta + (origin?.delta ?? 0);
  if (total === 0) return base;
  const span = shiftSpan(base.span, total);
  if (base.kind === 'object')
    return lazilyShifted(base, { kind: 'object', span }, 'properties', total, () =>
      base.properties.map((property) => shiftProperty(property, total)),
    );
  if (base.kind === 'array')
    return lazilyShifted(base, { kind: 'array', span }, 'items', total, () =>
      base.items.map((item) => shiftNode(item, total)),
    );
  return { ...base, span };
}

/** `shifted` with its children under `key` made by `shiftChildren` when first read; `base` moved by `delta`. */
function lazilyShifted(
  base: AstNode,
  shifted: Pick<AstNode, 'kind' | 'span'>,
  key: 'properties' | 'items',
  delta: number,
  shiftChildren: () => readonly unknown[],
): AstNode {
  let children: readonly unknown[] | undefined;
  // An own, enumerable getter: spreads, JSON and deep comparisons see an ordinary node.
  Object.defineProperty(shifted, key, { enumerable: true, get: () => (children ??= shiftChildren()) });
  shiftedFrom.set(shifted as AstNode, { node: base, delta });
  return shifted as AstNode;
}

function shiftSpan(span: { start: number; end: number }, delta: number) {
  return { start: span.start + delta, end: span.end + delta };
}

/** Copies the value along the path and puts the new container's value at its end. */
function replaceValue(
  value: JsonValue | undefined,
  steps: readonly Step[],
  depth: number,
  replacement: JsonValue,
): JsonValue {
  if (depth === steps.length) return replacement;
  const { parent, index } = steps[depth];
  if (parent.kind === 'array' && Array.isArray(value)) {
    const copy = value.slice();
    copy[index] = replaceValue(value[index], steps, depth + 1, replacement);
    return copy;
  }
  if (parent.kind === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    const key = parent.properties[index].key;
    const copy: { [key: string]: JsonValue } = {};
    for (const name of Object.keys(value))
      Object.defineProperty(copy, name, { value: value[name], enumerable: true, writable: true, configurable: true });
    Object.defineProperty(copy, key, {
      value: replaceValue(value[key], steps, depth + 1, replacement),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return copy;
  }
  return value ?? null;
}
