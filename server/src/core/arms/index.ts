/**
 * Arms, interventions and the references between them — the one place that decides which
 * intervention an arm's "Drug: Aspirin" names and which arm an intervention's label means.
 * Rules, editing features (hover, navigation, rename, completion) and the preview all read
 * this index, so they cannot disagree about a link.
 */
import { asArray, asObject, asString, readPath, type Loose } from '../model/read';
import { nameKey, normalizeText, splitInterventionRef } from './names';

export { nameKey, normalizeText, splitInterventionRef } from './names';

/** Where arms and interventions live in a record. */
export const ARMS_MODULE = '/protocolSection/armsInterventionsModule';

/** A string as written in the record, with its pointer. */
export interface TextAt {
  readonly text: string;
  readonly pointer: string;
}

/** One arm group. */
export interface ArmInfo {
  readonly index: number;
  readonly pointer: string;
  readonly label: string | undefined;
  readonly type: string | undefined;
  readonly description: string | undefined;
  /** The `interventionNames` entries that are strings ("Drug: Aspirin"). */
  readonly interventionNames: readonly string[];
  /** The same entries with their pointers. */
  readonly interventionRefs: readonly TextAt[];
}

/** One intervention. */
export interface InterventionInfo {
  readonly index: number;
  readonly pointer: string;
  readonly type: string | undefined;
  readonly name: string | undefined;
  readonly description: string | undefined;
  /** The `armGroupLabels` entries that are strings. */
  readonly armGroupLabels: readonly string[];
  /** The same entries with their pointers. */
  readonly armLabelRefs: readonly TextAt[];
  readonly otherNames: readonly string[];
}

/** One intervention an arm receives, in the order the preview lists them. */
export interface ArmLink {
  /** Index into `interventions`, or undefined when an `interventionNames` entry names no intervention. */
  readonly intervention: number | undefined;
  /** The reference as written. */
  readonly reference: string;
  /** Pointer of the reference that makes the link (an `interventionNames` or an `armGroupLabels` entry). */
  readonly pointer: string;
}

/** Arms, interventions and who receives what. */
export interface ArmsView {
  readonly arms: readonly ArmInfo[];
  readonly interventions: readonly InterventionInfo[];
  /** Arm index → indexes of the interventions it receives, linked either way. */
  readonly links: ReadonlyMap<number, ReadonlySet<number>>;
  /** Arm index → its interventions, first by its own `interventionNames`, then by the interventions' labels. */
  readonly armLinks: ReadonlyMap<number, readonly ArmLink[]>;
}

function textsAt(value: unknown, pointer: string): TextAt[] {
  return asArray(value).flatMap((item, j) =>
    typeof item === 'string' ? [{ text: item, pointer: `${pointer}/${j}` }] : [],
  );
}

function armsModule(study: unknown): Loose {
  return asObject(readPath(study, 'protocolSection', 'armsInterventionsModule')) ?? {};
}

/**
 * What was read from each record, kept while the record lives: a check runs a dozen arms rules,
 * and each asks for the same arms, interventions and links. Records are never changed in place
 * (an edit is a new parse, a new value), so the record object is the key.
 */
interface ReadCache {
  arms?: readonly ArmInfo[];
  interventions?: readonly InterventionInfo[];
  view?: ArmsView;
}
const readCache = new WeakMap<object, ReadCache>();

function cacheOf(study: unknown): ReadCache {
  if (typeof study !== 'object' || study === null) return {};
  let cache = readCache.get(study);
  if (!cache) readCache.set(study, (cache = {}));
  return cache;
}

export function readArms(study: unknown): readonly ArmInfo[] {
  const cache = cacheOf(study);
  return (cache.arms ??= readArmsOnce(study));
}

function readArmsOnce(study: unknown): ArmInfo[] {
  return asArray(armsModule(study).armGroups).map((raw, index) => {
    const arm = asObject(raw) ?? {};
    const pointer = `${ARMS_MODULE}/armGroups/${index}`;
    const interventionRefs = textsAt(arm.interventionNames, `${pointer}/interventionNames`);
    return {
      index,
      pointer,
      label: asString(arm.label),
      type: asString(arm.type),
      description: asString(arm.description),
      interventionNames: interventionRefs.map((ref) => ref.text),
      interventionRefs,
    };
  });
}

export function readInterventions(study: unknown): readonly InterventionInfo[] {
  const cache = cacheOf(study);
  return (cache.interventions ??= readInterventionsOnce(study));
}

function readInterventionsOnce(study: unknown): InterventionInfo[] {
  return asArray(armsModule(study).interventions).map((raw, index) => {
    const intervention = asObject(raw) ?? {};
    const pointer = `${ARMS_MODULE}/interventions/${index}`;
    const armLabelRefs = textsAt(intervention.armGroupLabels, `${pointer}/armGroupLabels`);
    return {
      index,
      pointer,
      type: asString(intervention.type),
      name: asString(intervention.name),
      description: asString(intervention.description),
      armGroupLabels: armLabelRefs.map((ref) => ref.text),
      armLabelRefs,
      otherNames: textsAt(intervention.otherNames, '').map((ref) => ref.text),
    };
  });
}

/** Whether two arm labels (or two names) are the same, the way the registry compares them. */
export function sameLabel(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/**
 * The interventions an arm's `interventionNames` entry may refer to, the way the registry matches
 * them: same name, and same type when the entry has a type prefix. Several when names are duplicated.
 */
export function interventionRefCandidates(ref: string, interventions: readonly InterventionInfo[]): InterventionInfo[] {
  const { type, name } = splitInterventionRef(ref);
  const named = interventionsByName(interventions).get(normalizeText(name)) ?? [];
  const typed = named.filter((i) => type === undefined || i.type === type);
  return typed.length > 0 ? typed : named;
}

/**
 * Interventions by normalised name, in record order, built once per interventions list: every arm
 * reference is looked up, and a scan per lookup made records with thousands of them quadratic.
 */
const byNameCache = new WeakMap<readonly InterventionInfo[], Map<string, InterventionInfo[]>>();

function interventionsByName(interventions: readonly InterventionInfo[]): Map<string, InterventionInfo[]> {
  return groupedOnce(byNameCache, interventions, (intervention) => intervention.name);
}

/** `items` grouped by the normalised text `textOf` gives (none: left out), in list order, kept in `cache`. */
function groupedOnce<T>(
  cache: WeakMap<readonly T[], Map<string, T[]>>,
  items: readonly T[],
  textOf: (item: T) => string | undefined,
): Map<string, T[]> {
  let groups = cache.get(items);
  if (groups) return groups;
  groups = new Map();
  for (const item of items) {
    const text = textOf(item);
    if (text === undefined) continue;
    const key = normalizeText(text);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  cache.set(items, groups);
  return groups;
}

/** The intervention an arm's `interventionNames` entry refers to (the first, when names are duplicated). */
export function resolveInterventionRef(
  ref: string,
  interventions: readonly InterventionInfo[],
): InterventionInfo | undefined {
  return interventionRefCandidates(ref, interventions)[0];
}

/** The arms whose label matches `label`. */
export function armsLabelled(arms: readonly ArmInfo[], label: string): ArmInfo[] {
  return [...(armsByLabel(arms).get(normalizeText(label)) ?? [])];
}

/**
 * Arms by normalised label, in arm order, built once per list: matching each reference against every arm made
 * a record with thousands of arms and interventions take seconds.
 */
const armsByLabelCache = new WeakMap<readonly ArmInfo[], Map<string, ArmInfo[]>>();

function armsByLabel(arms: readonly ArmInfo[]): Map<string, ArmInfo[]> {
  return groupedOnce(armsByLabelCache, arms, (arm) => arm.label);
}

/**
 * The intervention an arm's reference links to: with duplicated names, the intervention whose own
 * arm labels list the arm; otherwise the first candidate.
 */
function linkedIntervention(arm: ArmInfo, ref: string, interventions: readonly InterventionInfo[]): InterventionInfo[] {
  const candidates = interventionRefCandidates(ref, interventions);
  const listing = candidates.filter(
    (i) => arm.label !== undefined && i.armGroupLabels.some((l) => sameLabel(l, arm.label ?? '')),
  );
  return listing.length > 0 ? listing : candidates.slice(0, 1);
}

/** Arm index → its interventions, by its own references first, then by the interventions' arm labels. */
function linkArms(arms: readonly ArmInfo[], interventions: readonly InterventionInfo[]): Map<number, ArmLink[]> {
  const result = new Map<number, ArmLink[]>();
  const listingsByLabel = interventionsByArmLabel(interventions);
  for (const arm of arms) {
    const links: ArmLink[] = [];
    const seen = new Set<number>();
    for (const ref of arm.interventionRefs) {
      const targets = linkedIntervention(arm, ref.text, interventions).filter((i) => !seen.has(i.index));
      if (targets.length === 0 && interventionRefCandidates(ref.text, interventions).length > 0) continue;
      if (targets.length === 0) links.push({ intervention: undefined, reference: ref.text, pointer: ref.pointer });
      for (const target of targets) {
        seen.add(target.index);
        links.push({ intervention: target.index, reference: ref.text, pointer: ref.pointer });
      }
    }
    const listing = arm.label === undefined ? undefined : listingsByLabel.get(normalizeText(arm.label));
    for (const { intervention, label } of listing ?? []) {
      if (seen.has(intervention.index)) continue;
      seen.add(intervention.index);
      links.push({ intervention: intervention.index, reference: intervention.name ?? '', pointer: label.pointer });
    }
    result.set(arm.index, links);
  }
  return result;
}

/**
 * For each normalised arm label, the interventions that list it, in intervention order, each with the first of its
 * Arm Group Labels that names it.
 */
function interventionsByArmLabel(
  interventions: readonly InterventionInfo[],
): Map<string, { readonly intervention: InterventionInfo; readonly label: TextAt }[]> {
  const byLabel = new Map<string, { readonly intervention: InterventionInfo; readonly label: TextAt }[]>();
  for (const intervention of interventions) {
    for (const label of intervention.armLabelRefs) {
      const key = normalizeText(label.text);
      const list = byLabel.get(key);
      if (list?.at(-1)?.intervention === intervention) continue;
      if (list) list.push({ intervention, label });
      else byLabel.set(key, [{ intervention, label }]);
    }
  }
  return byLabel;
}

export function readArmsView(study: unknown): ArmsView {
  const cache = cacheOf(study);
  return (cache.view ??= readArmsViewOnce(study));
}

function readArmsViewOnce(study: unknown): ArmsView {
  const arms = readArms(study);
  const interventions = readInterventions(study);
  const armLinks = linkArms(arms, interventions);
  const links = new Map<number, Set<number>>();
  for (const [arm, list] of armLinks)
    links.set(arm, new Set(list.flatMap((link) => (link.intervention === undefined ? [] : [link.intervention]))));
  return { arms, interventions, links, armLinks };
}

/** Display name of an arm for messages. */
export function armName(arm: ArmInfo): string {
  return arm.label ?? `#${arm.index + 1}`;
}

export function interventionName(intervention: InterventionInfo): string {
  return intervention.name ?? `#${intervention.index + 1}`;
}

export const ARM_TYPE_COMPARATORS = new Set(['ACTIVE_COMPARATOR', 'PLACEBO_COMPARATOR', 'SHAM_COMPARATOR']);

/**
 * Names an intervention goes by, reduced with `nameKey`: its name, the name without a parenthesis, the abbreviation in
 * it, other names.
 */
export function aliasesOf(intervention: InterventionInfo): Set<string> {
  const aliases = new Set<string>();
  const add = (text: string) => {
    const key = nameKey(text);
    if (key.length >= 2) aliases.add(key);
  };
  if (intervention.name) {
    add(intervention.name);
    add(intervention.name.replace(/\([^()]*\)/g, ' '));
    for (const m of intervention.name.matchAll(/\(([^()]+)\)/g)) add(m[1]);
  }
  intervention.otherNames.forEach(add);
  return aliases;
}

/**
 * Splits a combination name ("A+B", "A plus B", "A and B", "A with B", "A/B") into its parts; one part when it is not
 * one.
 */
export function combinationParts(name: string): string[] {
  // Whitespace is collapsed first so that no pattern below scans a long run more than once.
  return name
    .replace(/\s+/g, ' ')
    .replace(/\([^()]*\)/g, ' ')
    .split(/\s*\+\s*|\s+(?:plus|and|with|combined with|in combination with)\s+|\s*&\s*|\s*\/\s*|\s*,\s*/i)
    .map((part) =>
      part.replace(/^(drug|biological|device|procedure|other|behavioral|dietary supplement)\s*:\s*/i, '').trim(),
    )
    .filter((part) => part.length > 0);
}

/** Indexes of the interventions whose aliases equal one part of `name`. */
export function interventionsNamedIn(
  name: string,
  interventions: readonly InterventionInfo[],
  except?: number,
): Set<number> {
  const found = new Set(namedInOnce(name, interventions));
  if (except !== undefined) found.delete(except);
  return found;
}

/**
 * The answer for each name, per interventions list: two arms rules ask about every intervention's name, the
 * comparator rule once per arm receiving it, and splitting a name into reduced parts is most of the work.
 */
const namedInCache = new WeakMap<readonly InterventionInfo[], Map<string, ReadonlySet<number>>>();

function namedInOnce(name: string, interventions: readonly InterventionInfo[]): ReadonlySet<number> {
  let byName = namedInCache.get(interventions);
  if (!byName) namedInCache.set(interventions, (byName = new Map<string, ReadonlySet<number>>()));
  let found = byName.get(name);
  if (found) return found;
  const named = new Set<number>();
  const pieces = combinationParts(name);
  if (pieces.length >= 2) {
    const parts = pieces.map(nameKey);
    for (const intervention of interventions) {
      const aliases = aliasesOf(intervention);
      if (parts.some((part) => aliases.has(part))) named.add(intervention.index);
    }
  }
  byName.set(name, (found = named));
  return found;
}
