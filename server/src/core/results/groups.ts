import type { Loose } from '../rules/defineRule';
import { asArray, asObject, asString } from '../rules/util/read';

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

function scopeOf(kind: ScopeKind, pointer: string, owner: Loose, label = KIND_LABEL[kind], key = kind === 'events' ? 'eventGroups' : 'groups'): GroupScope {
  const groups: ResultGroup[] = [];
  const byId = new Map<string, ResultGroup>();
  asArray(owner[key]).forEach((raw, index) => {
    const group = asObject(raw);
    const id = asString(group?.id);
    if (!group || !id) return;
    const entry = { id, title: asString(group.title), description: asString(group.description), pointer: `${pointer}/${key}/${index}` };
    groups.push(entry);
    if (!byId.has(id)) byId.set(id, entry);
  });
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
export const baselineScope = (study: unknown) => scopeOf('baseline', BASELINE, moduleOf(study, 'baselineCharacteristicsModule'));
export const eventsScope = (study: unknown) => scopeOf('events', EVENTS, moduleOf(study, 'adverseEventsModule'));

export function outcomeScope(measure: unknown, index: number): GroupScope {
  const object = asObject(measure) ?? {};
  const title = asString(object.title);
  return scopeOf('outcome', `${OUTCOMES}/${index}`, object, `Outcome Measure ${index + 1}${title ? ` (${title})` : ''}`);
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
  return /^\/resultsSection\/(participantFlowModule|baselineCharacteristicsModule|outcomeMeasuresModule\/outcomeMeasures\/\d+)\/groups\/\d+\/id$/.test(pointer) ||
    /^\/resultsSection\/adverseEventsModule\/eventGroups\/\d+\/id$/.test(pointer);
}

function pushId(out: GroupReference[], owner: unknown, pointer: string): void {
  const id = asString(asObject(owner)?.groupId);
  if (id !== undefined) out.push({ pointer: `${pointer}/groupId`, id });
}

function denomRefs(out: GroupReference[], owner: Loose, pointer: string): void {
  asArray(owner.denoms).forEach((denom, d) =>
    asArray(asObject(denom)?.counts).forEach((count, c) => pushId(out, count, `${pointer}/denoms/${d}/counts/${c}`)),
  );
}

function measureRefs(out: GroupReference[], measure: Loose, pointer: string): void {
  denomRefs(out, measure, pointer);
  asArray(measure.classes).forEach((raw, c) => {
    const row = asObject(raw) ?? {};
    denomRefs(out, row, `${pointer}/classes/${c}`);
    asArray(row.categories).forEach((category, k) =>
      asArray(asObject(category)?.measurements).forEach((m, i) => pushId(out, m, `${pointer}/classes/${c}/categories/${k}/measurements/${i}`)),
    );
  });
}

/** Every place in a scope that names a group by id (counts, measurements, analyses, event stats). */
export function groupReferences(study: unknown, scope: GroupScope): GroupReference[] {
  const out: GroupReference[] = [];
  if (scope.kind === 'flow') {
    asArray(moduleOf(study, 'participantFlowModule').periods).forEach((raw, p) => {
      const period = asObject(raw) ?? {};
      asArray(period.milestones).forEach((m, i) =>
        asArray(asObject(m)?.achievements).forEach((a, j) => pushId(out, a, `${FLOW}/periods/${p}/milestones/${i}/achievements/${j}`)),
      );
      asArray(period.dropWithdraws).forEach((w, i) =>
        asArray(asObject(w)?.reasons).forEach((r, j) => pushId(out, r, `${FLOW}/periods/${p}/dropWithdraws/${i}/reasons/${j}`)),
      );
    });
  } else if (scope.kind === 'baseline') {
    const module = moduleOf(study, 'baselineCharacteristicsModule');
    denomRefs(out, module, BASELINE);
    asArray(module.measures).forEach((m, i) => measureRefs(out, asObject(m) ?? {}, `${BASELINE}/measures/${i}`));
  } else if (scope.kind === 'outcome') {
    const index = Number(scope.pointer.slice(OUTCOMES.length + 1));
    const measure = asObject(outcomeMeasuresOf(study)[index]) ?? {};
    measureRefs(out, measure, scope.pointer);
    asArray(measure.analyses).forEach((raw, a) =>
      asArray(asObject(raw)?.groupIds).forEach((id, g) => {
        if (asString(id) !== undefined) out.push({ pointer: `${scope.pointer}/analyses/${a}/groupIds/${g}`, id: id as string });
      }),
    );
  } else {
    const module = moduleOf(study, 'adverseEventsModule');
    for (const list of ['seriousEvents', 'otherEvents']) {
      asArray(module[list]).forEach((event, e) =>
        asArray(asObject(event)?.stats).forEach((s, i) => pushId(out, s, `${EVENTS}/${list}/${e}/stats/${i}`)),
      );
    }
  }
  return out;
}

/** `FG001 "Placebo"`: how messages name a group. */
export function groupLabel(scope: GroupScope, id: string): string {
  const title = scope.byId.get(id)?.title;
  return title ? `${id} "${title.length > 60 ? `${title.slice(0, 59)}…` : title}"` : id;
}
