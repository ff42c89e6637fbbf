import { findNode, type AstNode, type ParsedDocument, type ScalarNode } from '../parse';
import { splitInterventionRef } from '../rules/util/arms';
import { normalizeText } from '../rules/util/text';

/** Where arms and interventions live in a record. */
export const ARMS_MODULE = '/protocolSection/armsInterventionsModule';

/** A string value in the text, with its pointer. */
export interface TextValue {
  readonly pointer: string;
  readonly value: string;
  readonly node: ScalarNode;
}

export interface ArmEntry {
  readonly index: number;
  readonly pointer: string;
  readonly node: AstNode;
  readonly label?: string;
  readonly labelValue?: TextValue;
  readonly type?: string;
  /** `interventionNames` entries: "<Type label>: <name>". */
  readonly interventionRefs: readonly TextValue[];
}

export interface InterventionEntry {
  readonly index: number;
  readonly pointer: string;
  readonly node: AstNode;
  readonly name?: string;
  readonly nameValue?: TextValue;
  readonly type?: string;
  /** `armGroupLabels` entries: arm labels. */
  readonly armLabelRefs: readonly TextValue[];
}

export interface ArmsIndex {
  readonly arms: readonly ArmEntry[];
  readonly interventions: readonly InterventionEntry[];
}

/** Arms, interventions and their cross-references, read from the tree (with spans), not from the value. */
export function armsAndInterventions(doc: ParsedDocument): ArmsIndex {
  const module = findNode(doc.root, ARMS_MODULE)?.node;
  return {
    arms: itemsOf(module, 'armGroups').map(({ node, index, pointer }) => ({
      index,
      pointer,
      node,
      label: textAt(node, pointer, 'label')?.value,
      labelValue: textAt(node, pointer, 'label'),
      type: textAt(node, pointer, 'type')?.value,
      interventionRefs: textsAt(node, pointer, 'interventionNames'),
    })),
    interventions: itemsOf(module, 'interventions').map(({ node, index, pointer }) => ({
      index,
      pointer,
      node,
      name: textAt(node, pointer, 'name')?.value,
      nameValue: textAt(node, pointer, 'name'),
      type: textAt(node, pointer, 'type')?.value,
      armLabelRefs: textsAt(node, pointer, 'armGroupLabels'),
    })),
  };
}

function itemsOf(module: AstNode | undefined, key: string): { node: AstNode; index: number; pointer: string }[] {
  const list = findNode(module, `/${key}`)?.node;
  if (list?.kind !== 'array') return [];
  return list.items.map((node, index) => ({ node, index, pointer: `${ARMS_MODULE}/${key}/${index}` }));
}

function textAt(node: AstNode, pointer: string, key: string): TextValue | undefined {
  const value = findNode(node, `/${key}`)?.node;
  return value?.kind === 'string' ? { pointer: `${pointer}/${key}`, value: value.value as string, node: value } : undefined;
}

function textsAt(node: AstNode, pointer: string, key: string): TextValue[] {
  const list = findNode(node, `/${key}`)?.node;
  if (list?.kind !== 'array') return [];
  return list.items.flatMap((item, index) => (item.kind === 'string' ? [{ pointer: `${pointer}/${key}/${index}`, value: item.value as string, node: item }] : []));
}

/** The arms whose label matches `label` the way the registry compares them. */
export function armsLabelled(index: ArmsIndex, label: string): ArmEntry[] {
  const key = normalizeText(label);
  return index.arms.filter((arm) => arm.label !== undefined && normalizeText(arm.label) === key);
}

/** The interventions an `interventionNames` entry names: same name, and same type when prefixed. */
export function interventionsNamed(index: ArmsIndex, reference: string): InterventionEntry[] {
  const { type, name } = splitInterventionRef(reference);
  const key = normalizeText(name);
  const named = index.interventions.filter((i) => i.name !== undefined && normalizeText(i.name) === key);
  const typed = named.filter((i) => type === undefined || i.type === type);
  return typed.length > 0 ? typed : named;
}

/** Splits an `interventionNames` entry into its "Drug: " prefix and the name, keeping the prefix text as written. */
export function splitReference(reference: string): { prefix: string; name: string } {
  const { type, name } = splitInterventionRef(reference);
  if (!type) return { prefix: '', name: reference };
  const at = reference.lastIndexOf(name);
  return at >= 0 ? { prefix: reference.slice(0, at), name: reference.slice(at) } : { prefix: '', name: reference };
}
