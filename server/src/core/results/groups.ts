import { asArray, asObject, asString, type Loose } from '../model/read';

/** Where the results modules live. */
export const RESULTS = '/resultsSection';
export const FLOW = `${RESULTS}/participantFlowModule`;
export const BASELINE = `${RESULTS}/baselineCharacteristicsModule`;
export const OUTCOMES = `${RESULTS}/outcomeMeasuresModule/outcomeMeasures`;
export const EVENTS = `${RESULTS}/adverseEventsModule`;
export const MORE_INFO = `${RESULTS}/moreInfoModule`;

export type ScopeKind = 'flow' | 'baseline' | 'outcome' | 'events';

/** A result group (FG000, BG000, OG000, EG000) as declared in its table. */
export interface ResultGroup {
  readonly id: string;
  readonly title: string | undefined;
  readonly description: string | undefined;
  /** Pointer of the group object. */
  readonly pointer: string;
}

/**
 * One table whose group ids belong together: the flow, the baseline, each outcome measure (ids
 * restart in every measure) and the adverse events.
 */
export interface GroupScope {
  readonly kind: ScopeKind;
  /** The module, or the outcome measure, the ids belong to. */
  readonly pointer: string;
  /** "Participant Flow", "Outcome Measure 2 (Change in HbA1c)". */
  readonly label: string;
  readonly groups: readonly ResultGroup[];
  readonly byId: ReadonlyMap<string, ResultGroup>;
}

/** A place that names a group by id. */
export interface GroupReference {
  readonly pointer: string;
  readonly id: string;
}

const KIND_LABEL: Readonly<Record<ScopeKind, string>> = {
  flow: 'Participant Flow',
  baseline: 'Baseline Characteristics',
  outcome: 'Outcome Measure',
  events: 'Adverse Events',
};

function scopeOf(
  kind: ScopeKind,
  pointer: string,
  owner: Loose,
  label = KIND_LABEL[kind],
  key = kind === 'events' ? 'eventGroups' : 'groups',
): GroupScope {
  const groups: ResultGroup[] = [];
  const byId = new Map<string, ResultGroup>();
  const raws = asArray(owner[key]);
  // A loop, not a callback: a function made anew per call loses its compiled code at each full garbage collection.
  for (let index = 0; index < raws.length; index++) {
    const group = asObject(raws[index]);
    const id = asString(group?.id);
    if (!group || !id) continue;
    const entry = {
      id,
      title: asString(group.title),
      description: asString(group.description),
      pointer: `${pointer}/${key}/${index}`,
    };
    groups.push(entry);
    if (!byId.has(id)) byId.set(id, entry);
  }
  return { kind, pointer, label, groups, byId };
}

export function resultsOf(study: unknown): Loose | undefined {
  return asObject(asObject(study)?.resultsSection);
}

export function moduleOf(study: unknown, name: string): Loose {
  return asObject(resultsOf(study)?.[name]) ?? {};
}

export function outcomeMeasuresOf(study: unknown): readonly unknown[] {
  return asArray(moduleOf(study, 'outcomeMeasuresModule').outcomeMeasures);
}

export const flowScope = (study: unknown) => scopeOf('flow', FLOW, moduleOf(study, 'participantFlowModule'));
export const baselineScope = (study: unknown) =>
  scopeOf('baseline', BASELINE, moduleOf(study, 'baselineCharacteristicsModule'));
export const eventsScope = (study: unknown) => scopeOf('events', EVENTS, moduleOf(study, 'adverseEventsModule'));

export function outcomeScope(measure: unknown, index: number): GroupScope {
  const object = asObject(measure) ?? {};
  const title = asString(object.title);
  return scopeOf(
    'outcome',
    `${OUTCOMES}/${index}`,
    object,
    `Outcome Measure ${index + 1}${title ? ` (${title})` : ''}`,
  );
}

/** Every group scope of the record's results, in page order. */
export function groupScopes(study: unknown): GroupScope[] {
  if (!resultsOf(study)) return [];
  return [flowScope(study), baselineScope(study), ...outcomeMeasuresOf(study).map(outcomeScope), eventsScope(study)];
}

/** The scope a pointer inside the results falls in (an outcome measure, not the whole module). */
export function scopeAt(study: unknown, pointer: string): GroupScope | undefined {
  const within = (base: string) => pointer === base || pointer.startsWith(`${base}/`);
  if (within(FLOW)) return flowScope(study);
  if (within(BASELINE)) return baselineScope(study);
  if (within(EVENTS)) return eventsScope(study);
  const match = /^\/resultsSection\/outcomeMeasuresModule\/outcomeMeasures\/(\d+)(\/|$)/.exec(pointer);
  if (!match) return undefined;
  const index = Number(match[1]);
  const measures = outcomeMeasuresOf(study);
  return index < measures.length ? outcomeScope(measures[index], index) : undefined;
}

/** True for the pointer of a value that names a group by id. */
export function isGroupReferencePointer(pointer: string): boolean {
  return /\/groupId$/.test(pointer) || /\/analyses\/\d+\/groupIds\/\d+$/.test(pointer);
}

/** True for the pointer of a group's own id. */
export function isGroupDeclarationPointer(pointer: string): boolean {
  return (
    /^\/resultsSection\/(participantFlowModule|baselineCharacteristicsModule|outcomeMeasuresModule\/outcomeMeasures\/\d+)\/groups\/\d+\/id$/.test(
      pointer,
    ) || /^\/resultsSection\/adverseEventsModule\/eventGroups\/\d+\/id$/.test(pointer)
  );
}

/** Collects group references; `keep` filters ids before any pointer is built (thousands of counts). */
class References {
  readonly found: GroupReference[] = [];
  constructor(private readonly keep: ((id: string) => boolean) | undefined) {}

  /** `owner.groupId`, at `${base}${index}/groupId`. */
  add(owner: unknown, base: string, index: number, key = 'groupId'): void {
    const id = asString(asObject(owner)?.[key]);
    if (id !== undefined && (!this.keep || this.keep(id))) this.found.push({ pointer: `${base}${index}/${key}`, id });
  }

  /** A plain id in a list (`analyses[].groupIds[]`). */
  addId(value: unknown, base: string, index: number): void {
    const id = asString(value);
    if (id !== undefined && (!this.keep || this.keep(id))) this.found.push({ pointer: `${base}${index}`, id });
  }

  denoms(owner: Loose, pointer: string): void {
    const denoms = asArray(owner.denoms);
    for (let d = 0; d < denoms.length; d++) {
      const counts = asArray(asObject(denoms[d])?.counts);
      for (let c = 0; c < counts.length; c++) this.add(counts[c], `${pointer}/denoms/${d}/counts/`, c);
    }
  }

  measure(measure: Loose, pointer: string): void {
    this.denoms(measure, pointer);
    const rows = asArray(measure.classes);
    for (let c = 0; c < rows.length; c++) {
      const row = asObject(rows[c]) ?? {};
      this.denoms(row, `${pointer}/classes/${c}`);
      const categories = asArray(row.categories);
      for (let k = 0; k < categories.length; k++) {
        const measurements = asArray(asObject(categories[k])?.measurements);
        for (let i = 0; i < measurements.length; i++)
          this.add(measurements[i], `${pointer}/classes/${c}/categories/${k}/measurements/`, i);
      }
    }
  }

  /** `owner[listKey][i][statsKey][j].groupId` for every i, j. */
  nested(owner: Loose, listKey: string, statsKey: string, pointer: string): void {
    const list = asArray(owner[listKey]);
    for (let i = 0; i < list.length; i++) {
      const stats = asArray(asObject(list[i])?.[statsKey]);
      if (stats.length === 0) continue;
      const base = `${pointer}/${listKey}/${i}/${statsKey}/`;
      for (let j = 0; j < stats.length; j++) this.add(stats[j], base, j);
    }
  }
}

/**
 * Every place in a scope that names a group by id (counts, measurements, analyses, event stats);
 * with `keep`, only those whose id it accepts.
 */
export function groupReferences(study: unknown, scope: GroupScope, keep?: (id: string) => boolean): GroupReference[] {
  const refs = new References(keep);
  if (scope.kind === 'flow') {
    const periods = asArray(moduleOf(study, 'participantFlowModule').periods);
    for (let p = 0; p < periods.length; p++) {
      const period = asObject(periods[p]) ?? {};
      refs.nested(period, 'milestones', 'achievements', `${FLOW}/periods/${p}`);
      refs.nested(period, 'dropWithdraws', 'reasons', `${FLOW}/periods/${p}`);
    }
  } else if (scope.kind === 'baseline') {
    const module = moduleOf(study, 'baselineCharacteristicsModule');
    refs.denoms(module, BASELINE);
    const measures = asArray(module.measures);
    for (let i = 0; i < measures.length; i++) refs.measure(asObject(measures[i]) ?? {}, `${BASELINE}/measures/${i}`);
  } else if (scope.kind === 'outcome') {
    const index = Number(scope.pointer.slice(OUTCOMES.length + 1));
    const measure = asObject(outcomeMeasuresOf(study)[index]) ?? {};
    refs.measure(measure, scope.pointer);
    const analyses = asArray(measure.analyses);
    for (let a = 0; a < analyses.length; a++) {
      const ids = asArray(asObject(analyses[a])?.groupIds);
      for (let g = 0; g < ids.length; g++) refs.addId(ids[g], `${scope.pointer}/analyses/${a}/groupIds/`, g);
    }
  } else {
    const module = moduleOf(study, 'adverseEventsModule');
    refs.nested(module, 'seriousEvents', 'stats', EVENTS);
    refs.nested(module, 'otherEvents', 'stats', EVENTS);
  }
  return refs.found;
}

/** `FG001 "Placebo"`: how messages name a group. */
export function groupLabel(scope: GroupScope, id: string): string {
  const title = scope.byId.get(id)?.title;
  return title ? `${id} "${title.length > 60 ? `${title.slice(0, 59)}…` : title}"` : id;
}

/** The baseline's Total group: titled "Total", last, after at least one other group. */
export function totalGroupOf(scope: GroupScope): string | undefined {
  const last = scope.groups[scope.groups.length - 1];
  return scope.groups.length >= 2 && last && /^\s*total\s*$/i.test(last.title ?? '') ? last.id : undefined;
}
