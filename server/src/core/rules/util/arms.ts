import type { Loose } from '../defineRule';
import { InterventionType } from '../../model/enums';
import { asArray, asObject, asString, protocolModule } from './read';
import { nameKey, normalizeText } from './text';

/** One arm group as the rules see it. */
export interface ArmInfo {
  readonly index: number;
  readonly label: string | undefined;
  readonly type: string | undefined;
  readonly description: string | undefined;
  readonly interventionNames: readonly string[];
}

/** One intervention as the rules see it. */
export interface InterventionInfo {
  readonly index: number;
  readonly type: string | undefined;
  readonly name: string | undefined;
  readonly description: string | undefined;
  readonly armGroupLabels: readonly string[];
  readonly otherNames: readonly string[];
}

function strings(value: unknown): string[] {
  return asArray(value).filter((v): v is string => typeof v === 'string');
}

export function readArms(study: Loose): ArmInfo[] {
  return asArray(protocolModule(study, 'armsInterventionsModule').armGroups).map((raw, index) => {
    const arm = asObject(raw) ?? {};
    return {
      index,
      label: asString(arm.label),
      type: asString(arm.type),
      description: asString(arm.description),
      interventionNames: strings(arm.interventionNames),
    };
  });
}

export function readInterventions(study: Loose): InterventionInfo[] {
  return asArray(protocolModule(study, 'armsInterventionsModule').interventions).map((raw, index) => {
    const intervention = asObject(raw) ?? {};
    return {
      index,
      type: asString(intervention.type),
      name: asString(intervention.name),
      description: asString(intervention.description),
      armGroupLabels: strings(intervention.armGroupLabels),
      otherNames: strings(intervention.otherNames),
    };
  });
}

/** Registry prefixes of `interventionNames` entries: type labels plus their PRS forms. */
const PREFIXES = new Map<string, string>();
for (const v of InterventionType.values) {
  PREFIXES.set(v.label.toLowerCase(), v.value);
  if (v.note) PREFIXES.set(v.note.toLowerCase(), v.value);
  PREFIXES.set(v.value.toLowerCase(), v.value);
}

/** Splits `Drug: Aspirin` into the intervention type and the bare name; authored files may omit the prefix. */
export function splitInterventionRef(ref: string): { type: string | undefined; name: string } {
  const match = /^\s*([A-Za-z/ _-]+?)\s*:\s*(.+)$/s.exec(ref);
  const type = match ? PREFIXES.get(match[1].toLowerCase()) : undefined;
  return type && match ? { type, name: match[2].trim() } : { type: undefined, name: ref.trim() };
}

/**
 * The interventions an arm's `interventionNames` entry may refer to, the way the registry matches them:
 * same name, and same type when the entry has a type prefix. Several when names are duplicated.
 */
export function interventionRefCandidates(ref: string, interventions: readonly InterventionInfo[]): InterventionInfo[] {
  const { type, name } = splitInterventionRef(ref);
  const key = normalizeText(name);
  const named = interventions.filter((i) => i.name !== undefined && normalizeText(i.name) === key);
  const typed = named.filter((i) => type === undefined || i.type === type);
  return typed.length > 0 ? typed : named;
}

/** Finds the intervention an arm's `interventionNames` entry refers to (the first, when names are duplicated). */
export function resolveInterventionRef(ref: string, interventions: readonly InterventionInfo[]): InterventionInfo | undefined {
  return interventionRefCandidates(ref, interventions)[0];
}

export function sameLabel(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** Arm index → indexes of the interventions it receives, by either direction of the cross-reference. */
export function linkArmsToInterventions(arms: readonly ArmInfo[], interventions: readonly InterventionInfo[]): Map<number, Set<number>> {
  const links = new Map<number, Set<number>>(arms.map((a) => [a.index, new Set<number>()]));
  for (const arm of arms) {
    for (const ref of arm.interventionNames) {
      const candidates = interventionRefCandidates(ref, interventions);
      // With duplicated names, the intervention's own arm labels say which one is meant.
      const listing = candidates.filter((i) => i.armGroupLabels.some((l) => arm.label !== undefined && sameLabel(l, arm.label)));
      (listing.length > 0 ? listing : candidates.slice(0, 1)).forEach((i) => links.get(arm.index)?.add(i.index));
    }
  }
  for (const intervention of interventions) {
    for (const label of intervention.armGroupLabels) {
      for (const arm of arms) if (arm.label && sameLabel(arm.label, label)) links.get(arm.index)?.add(intervention.index);
    }
  }
  return links;
}

/** Names an intervention goes by, reduced with `nameKey`: its name, the name without a parenthesis, the abbreviation in it, other names. */
export function aliasesOf(intervention: InterventionInfo): Set<string> {
  const aliases = new Set<string>();
  const add = (text: string) => {
    const key = nameKey(text);
    if (key.length >= 2) aliases.add(key);
  };
  if (intervention.name) {
    add(intervention.name);
    add(intervention.name.replace(/\([^)]*\)/g, ' '));
    for (const m of intervention.name.matchAll(/\(([^)]+)\)/g)) add(m[1]);
  }
  intervention.otherNames.forEach(add);
  return aliases;
}

/** Splits a combination name ("A+B", "A plus B", "A and B", "A with B", "A/B") into its parts; one part when it is not one. */
export function combinationParts(name: string): string[] {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*\+\s*|\s+(?:plus|and|with|combined with|in combination with)\s+|\s*&\s*|\s*\/\s*|\s*,\s*/i)
    .map((part) => part.replace(/^(drug|biological|device|procedure|other|behavioral|dietary supplement)\s*:\s*/i, '').trim())
    .filter((part) => part.length > 0);
}

/** Indexes of the interventions whose aliases equal one part of `name`. */
export function interventionsNamedIn(name: string, interventions: readonly InterventionInfo[], except?: number): Set<number> {
  const found = new Set<number>();
  const parts = combinationParts(name).map(nameKey);
  if (parts.length < 2) return found;
  for (const intervention of interventions) {
    if (intervention.index === except) continue;
    const aliases = aliasesOf(intervention);
    if (parts.some((part) => aliases.has(part))) found.add(intervention.index);
  }
  return found;
}

export const ARM_TYPE_COMPARATORS = new Set(['ACTIVE_COMPARATOR', 'PLACEBO_COMPARATOR', 'SHAM_COMPARATOR']);

/** Arms, interventions and who receives what, read once per rule. */
export interface ArmsView {
  readonly arms: readonly ArmInfo[];
  readonly interventions: readonly InterventionInfo[];
  readonly links: ReadonlyMap<number, ReadonlySet<number>>;
}

export function readArmsView(study: Loose): ArmsView {
  const arms = readArms(study);
  const interventions = readInterventions(study);
  return { arms, interventions, links: linkArmsToInterventions(arms, interventions) };
}

/** Display name of an arm for messages. */
export function armName(arm: ArmInfo): string {
  return arm.label ?? `no. ${arm.index + 1} (counting from 1)`;
}

export function interventionName(intervention: InterventionInfo): string {
  return intervention.name ?? `no. ${intervention.index + 1} (counting from 1)`;
}
