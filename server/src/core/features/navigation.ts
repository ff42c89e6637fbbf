import { sameLabel } from '../arms';
import { planTextEdits, type TextEdit } from '../edit';
import { contentEnd } from '../edit/text';
import { locateOffset, type ParsedDocument, type ScalarNode } from '../parse';
import type { Span } from '../types';
import { groupDefinition, groupReferenceSpans } from './results';
import {
  armsAndInterventions,
  armsLabelled,
  interventionsNamed,
  splitReference,
  type ArmsIndex,
  type TextValue,
} from './arms';

const RENAME_REFUSAL =
  'Only arm labels and intervention names can be renamed (together with every place that refers to them).';

/** An arm label or intervention name, with every place it is written. */
export interface CrossReference {
  readonly kind: 'arm' | 'intervention';
  /** The name as declared (arm label, intervention name). */
  readonly name: string;
  /** Where the cursor is: the whole scalar, or just the name part of "Drug: Name". */
  readonly span: Span;
  readonly declarations: readonly TextValue[];
  readonly references: readonly TextValue[];
}

/** The arm label or intervention name at `offset`, from its declaration or any cross-reference. */
export function crossReferenceAt(doc: ParsedDocument, offset: number): CrossReference | undefined {
  const { pointer, node, onKey } = locateOffset(doc.root, offset);
  if (onKey || node?.kind !== 'string') return undefined;
  const index = armsAndInterventions(doc);
  const value = node.value as string;
  if (/\/armGroups\/\d+\/label$/.test(pointer) || /\/interventions\/\d+\/armGroupLabels\/\d+$/.test(pointer)) {
    return armReference(doc, index, value, node);
  }
  if (/\/interventions\/\d+\/name$/.test(pointer)) {
    const intervention = index.interventions.find((i) => i.nameValue?.node === node);
    return intervention && interventionReference(doc, index, [intervention], value, node);
  }
  if (/\/armGroups\/\d+\/interventionNames\/\d+$/.test(pointer)) {
    const targets = interventionsNamed(index, value);
    if (targets.length === 0) return undefined;
    const reference = interventionReference(doc, index, targets, targets[0].name!, node);
    return { ...reference, span: namePartSpan(doc, reference.span, splitReference(value).name) };
  }
  return undefined;
}

function armReference(doc: ParsedDocument, index: ArmsIndex, label: string, at: ScalarNode): CrossReference {
  const arms = armsLabelled(index, label);
  const declarations = arms.flatMap((arm) => (arm.labelValue ? [arm.labelValue] : []));
  const references = index.interventions.flatMap((i) =>
    i.armLabelValues.filter(
      (ref) => armsLabelled(index, ref.value).some((arm) => arms.includes(arm)) || sameLabel(ref.value, label),
    ),
  );
  return { kind: 'arm', name: declarations[0]?.value ?? label, span: valueSpan(doc, at), declarations, references };
}

function interventionReference(
  doc: ParsedDocument,
  index: ArmsIndex,
  targets: ArmsIndex['interventions'],
  name: string,
  at: ScalarNode,
): CrossReference {
  const declarations = targets.flatMap((i) => (i.nameValue ? [i.nameValue] : []));
  const references = index.arms.flatMap((arm) =>
    arm.interventionValues.filter((ref) => interventionsNamed(index, ref.value).some((i) => targets.includes(i))),
  );
  return { kind: 'intervention', name, span: valueSpan(doc, at), declarations, references };
}

/** Inside "Drug: Name", just "Name" (when written without escapes), so rename edits the name. */
function namePartSpan(doc: ParsedDocument, span: Span, name: string): Span {
  const at = doc.text.slice(span.start, span.end).lastIndexOf(name);
  return at < 0 ? span : { start: span.start + at, end: span.start + at + name.length };
}

/** A scalar's text without its quotes. */
function valueSpan(doc: ParsedDocument, node: ScalarNode): Span {
  const end = contentEnd(doc.text, node);
  const isQuoted = node.style === 'double' || node.style === 'single' || node.style === 'json';
  return isQuoted ? { start: node.span.start + 1, end: end - 1 } : { start: node.span.start, end };
}

/**
 * Go to definition: from a cross-reference to the arm or intervention it names, or from a results group id to its
 * group.
 */
export function provideDefinition(doc: ParsedDocument, offset: number): Span[] {
  const reference = crossReferenceAt(doc, offset);
  return reference ? reference.declarations.map((d) => valueSpan(doc, d.node)) : groupDefinition(doc, offset);
}

/** Every place an arm label, intervention name or results group id is written; the declaration first when asked for. */
export function provideReferences(doc: ParsedDocument, offset: number, includeDeclaration = true): Span[] {
  const reference = crossReferenceAt(doc, offset);
  if (!reference) return groupReferenceSpans(doc, offset, includeDeclaration) ?? [];
  const values = includeDeclaration ? [...reference.declarations, ...reference.references] : reference.references;
  return values.map((value) => valueSpan(doc, value.node));
}

export type PrepareRenameResult = { readonly span: Span; readonly placeholder: string } | { readonly error: string };

export function prepareRename(doc: ParsedDocument, offset: number): PrepareRenameResult {
  const reference = crossReferenceAt(doc, offset);
  if (!reference) return { error: RENAME_REFUSAL };
  return { span: reference.span, placeholder: doc.text.slice(reference.span.start, reference.span.end) };
}

/** Renames an arm label or intervention name everywhere, keeping "Drug: " prefixes and each value's quoting. */
export function provideRename(
  doc: ParsedDocument,
  offset: number,
  newName: string,
): { edits: TextEdit[] } | { error: string } {
  const reference = crossReferenceAt(doc, offset);
  if (!reference) return { error: RENAME_REFUSAL };
  if (newName.trim() === '' || /[\r\n]/.test(newName)) return { error: 'The new name must be one line of text.' };
  const values = [...reference.declarations, ...reference.references];
  const edits: TextEdit[] = [];
  for (const value of values) {
    const isPrefixed = reference.kind === 'intervention' && value.pointer.includes('/interventionNames/');
    const replacement = isPrefixed ? splitReference(value.value).prefix + newName : newName;
    // Each value is planned on its own: they are distinct scalars, so the edits never overlap.
    const plan = planTextEdits(doc, [{ op: 'replace', path: value.pointer, value: replacement }]);
    if ('error' in plan) return plan;
    edits.push(...plan.edits);
  }
  return { edits };
}
