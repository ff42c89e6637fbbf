import {
  ARMS_MODULE,
  armsLabelled as armsWithLabel,
  interventionRefCandidates,
  readArmsView,
  splitInterventionRef,
  type ArmInfo,
  type InterventionInfo,
  type TextAt,
} from '../arms';
import { findNode, type AstNode, type ParsedDocument, type ScalarNode } from '../parse';

export { ARMS_MODULE };

/** A string value in the text, with its pointer and node (for spans). */
export interface TextValue {
  readonly pointer: string;
  readonly value: string;
  readonly node: ScalarNode;
}

export interface ArmEntry extends ArmInfo {
  readonly labelValue?: TextValue;
  /** `interventionNames` entries: "<Type label>: <name>". */
  readonly interventionValues: readonly TextValue[];
}

export interface InterventionEntry extends InterventionInfo {
  readonly nameValue?: TextValue;
  /** `armGroupLabels` entries: arm labels. */
  readonly armLabelValues: readonly TextValue[];
}

export interface ArmsIndex {
  readonly arms: readonly ArmEntry[];
  readonly interventions: readonly InterventionEntry[];
}

/**
 * The arms module's index (see `core/arms`), with the tree nodes the editing features need
 * for spans. Matching is the index's; this only finds where each string is written.
 */
export function armsAndInterventions(doc: ParsedDocument): ArmsIndex {
  const { arms, interventions } = readArmsView(doc.value);
  const valueAt = (pointer: string): TextValue | undefined => textValue(doc.root, pointer);
  const valuesOf = (refs: readonly TextAt[]) => refs.flatMap((ref) => valueAt(ref.pointer) ?? []);
  return {
    arms: arms.map((arm) => ({
      ...arm,
      labelValue: valueAt(`${arm.pointer}/label`),
      interventionValues: valuesOf(arm.interventionRefs),
    })),
    interventions: interventions.map((intervention) => ({
      ...intervention,
      nameValue: valueAt(`${intervention.pointer}/name`),
      armLabelValues: valuesOf(intervention.armLabelRefs),
    })),
  };
}

function textValue(root: AstNode | undefined, pointer: string): TextValue | undefined {
  const node = findNode(root, pointer)?.node;
  return node?.kind === 'string' ? { pointer, value: node.value as string, node } : undefined;
}

/** The arms whose label matches `label` the way the registry compares them. */
export function armsLabelled(index: ArmsIndex, label: string): ArmEntry[] {
  return armsWithLabel(index.arms, label) as ArmEntry[];
}

/** The interventions an `interventionNames` entry names: same name, and same type when prefixed. */
export function interventionsNamed(index: ArmsIndex, reference: string): InterventionEntry[] {
  return interventionRefCandidates(reference, index.interventions) as InterventionEntry[];
}

/** Splits an `interventionNames` entry into its "Drug: " prefix and the name, keeping the prefix text as written. */
export function splitReference(reference: string): { prefix: string; name: string } {
  const { type, name } = splitInterventionRef(reference);
  if (!type) return { prefix: '', name: reference };
  const at = reference.lastIndexOf(name);
  return at >= 0 ? { prefix: reference.slice(0, at), name: reference.slice(at) } : { prefix: '', name: reference };
}
