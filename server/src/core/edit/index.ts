import type { FixOperation } from '../types';
import { findNode, parseRecord, splitPointer, valueOf, type ParsedDocument } from '../parse';
import { composeEdit } from './compose';
import { addJson, removeJson, renameKeyJson, replaceJson } from './jsonEdits';
import { createEditContext, failure, type EditContext, type PlanResult } from './shared';
import { applyTextEdits, type TextEdit } from './text';
import { addYaml, removeYaml, renameKeyYaml, replaceYaml } from './yamlEdits';

export { applyTextEdits } from './text';
export type { TextEdit } from './text';

/** Minimal text edits for a fix, against the document's current text; or why they cannot be made. */
export type TextEditPlan = { readonly edits: TextEdit[] } | { readonly error: string };

/**
 * Turns fix operations (JSON Patch on pointers) into minimal text edits that keep comments,
 * quoting, indentation and line breaks. Operations apply in order, as in JSON Patch: each
 * one is planned against the text the previous ones produced, and the edits are folded
 * back onto the original text.
 */
export function planTextEdits(doc: ParsedDocument, operations: readonly FixOperation[]): TextEditPlan {
  const steps = operations.flatMap((operation) => expandMove(doc, operation));
  if (steps.length === 1) return toPlan(planOperation(createEditContext(doc), steps[0]));
  let current = doc;
  let edits: TextEdit[] = [];
  for (const [index, step] of steps.entries()) {
    const planned = planOperation(createEditContext(current), step);
    if ('error' in planned) return planned;
    // Back to front, so each edit's offsets are still valid in the text it is folded into.
    for (const edit of [...planned].sort((a, b) => b.span.start - a.span.start)) edits = composeEdit(edits, edit);
    if (index < steps.length - 1) current = parseRecord(applyTextEdits(doc.text, edits), doc.format);
  }
  return { edits };
}

function toPlan(result: PlanResult): TextEditPlan {
  return 'error' in result ? result : { edits: result };
}

/** A move between different parents is a remove and an add (JSON Patch semantics). */
function expandMove(doc: ParsedDocument, operation: FixOperation): FixOperation[] {
  if (operation.op !== 'move' || isRename(operation.from, operation.path)) return [operation];
  const value = valueOf(findNode(doc.root, operation.from)?.node);
  if (value === undefined) return [operation];
  return [
    { op: 'remove', path: operation.from },
    { op: 'add', path: operation.path, value },
  ];
}

function isRename(from: string, path: string): boolean {
  return splitPointer(from)[0] === splitPointer(path)[0];
}

function planOperation(context: EditContext, operation: FixOperation): PlanResult {
  const isYaml = context.doc.format === 'yaml';
  switch (operation.op) {
    case 'replace':
      return isYaml
        ? replaceYaml(context, operation.path, operation.value)
        : replaceJson(context, operation.path, operation.value);
    case 'add':
      return isYaml
        ? addYaml(context, operation.path, operation.value)
        : addJson(context, operation.path, operation.value);
    case 'remove':
      return isYaml ? removeYaml(context, operation.path) : removeJson(context, operation.path);
    case 'move':
      return planRename(context, operation.from, operation.path);
  }
}

function planRename(context: EditContext, from: string, path: string): PlanResult {
  const location = findNode(context.doc.root, from);
  if (!location?.property) return failure(`No key at ${from} to rename.`);
  if (from === path) return [];
  if (findNode(context.doc.root, path)) return failure(`${path} already exists.`);
  const newKey = splitPointer(path)[1];
  return context.doc.format === 'yaml'
    ? renameKeyYaml(context, location.property, newKey)
    : renameKeyJson(context, location.property, newKey);
}
