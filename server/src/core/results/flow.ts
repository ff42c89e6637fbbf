import { asArray, asObject, asString } from '../model/read';
import { FLOW, moduleOf } from './groups';
import { countOf } from './numbers';

/** One group's count in a milestone or reason. */
export interface FlowCount {
  readonly value: number | undefined;
  /** Pointer of `numSubjects`. */
  readonly pointer: string;
}

export interface FlowRow {
  /** Milestone type or reason, as written. */
  readonly title: string;
  readonly pointer: string;
  readonly counts: ReadonlyMap<string, FlowCount>;
}

export interface FlowPeriod {
  readonly index: number;
  readonly pointer: string;
  readonly title: string | undefined;
  readonly milestones: readonly FlowRow[];
  readonly reasons: readonly FlowRow[];
}

function rows(owner: unknown, key: string, statsKey: string, pointer: string, titleKey: string): FlowRow[] {
  return asArray(asObject(owner)?.[key]).map((raw, index) => {
    const row = asObject(raw) ?? {};
    const rowPointer = `${pointer}/${key}/${index}`;
    const counts = new Map<string, FlowCount>();
    const stats = asArray(row[statsKey]);
    // A loop, not a callback: a function made anew per call loses its compiled code at each full garbage collection.
    for (let i = 0; i < stats.length; i++) {
      const object = asObject(stats[i]);
      const id = asString(object?.groupId);
      if (id && !counts.has(id))
        counts.set(id, { value: countOf(object?.numSubjects), pointer: `${rowPointer}/${statsKey}/${i}/numSubjects` });
    }
    return { title: asString(row[titleKey]) ?? '', pointer: rowPointer, counts };
  });
}

/** The flow's periods with their milestones and reasons, counts by group id. */
export function flowPeriods(study: unknown): FlowPeriod[] {
  return asArray(moduleOf(study, 'participantFlowModule').periods).map((raw, index) => {
    const pointer = `${FLOW}/periods/${index}`;
    return {
      index,
      pointer,
      title: asString(asObject(raw)?.title),
      milestones: rows(raw, 'milestones', 'achievements', pointer, 'type'),
      reasons: rows(raw, 'dropWithdraws', 'reasons', pointer, 'type'),
    };
  });
}

/** The milestone of a standard type (STARTED, COMPLETED, NOT COMPLETED), matched without regard to case. */
export function milestone(period: FlowPeriod, type: 'STARTED' | 'COMPLETED' | 'NOT COMPLETED'): FlowRow | undefined {
  return period.milestones.find((m) => m.title.trim().toUpperCase() === type);
}

/** The sum of a row's counts; undefined when a count is unreadable or the row is empty. */
export function rowTotal(row: FlowRow | undefined): number | undefined {
  if (!row || row.counts.size === 0) return undefined;
  let total = 0;
  for (const count of row.counts.values()) {
    if (count.value === undefined) return undefined;
    total += count.value;
  }
  return total;
}

/** The total who STARTED the first period: the number the flow says was assigned. */
export function firstPeriodStarted(study: unknown): { total: number; pointer: string } | undefined {
  const first = flowPeriods(study)[0];
  const started = first && milestone(first, 'STARTED');
  const total = rowTotal(started);
  return started && total !== undefined ? { total, pointer: started.pointer } : undefined;
}

/** A group title as compared across tables: case, spacing and punctuation ignored. */
export function groupTitleKey(title: string | undefined): string {
  return (title ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/**
 * True when some group starts in a later period (cohorts enrolled phase by phase): the first
 * period's STARTED is then not the number who took part, and cross-table totals do not apply.
 */
export function isStaggeredFlow(study: unknown): boolean {
  const [first, ...later] = flowPeriods(study);
  const startedFirst = first && milestone(first, 'STARTED');
  if (!startedFirst) return false;
  return later.some((period) => {
    const started = milestone(period, 'STARTED');
    return [...(started?.counts ?? [])].some(
      ([id, count]) => (count.value ?? 0) > 0 && !(startedFirst.counts.get(id)?.value ?? 0),
    );
  });
}

/**
 * How many started each flow group (its largest STARTED over the periods), by group title: groups
 * match across tables by title only.
 */
export function startedByGroupTitle(study: unknown): Map<string, number> {
  const titles = new Map<string, string | undefined>();
  for (const raw of asArray(moduleOf(study, 'participantFlowModule').groups)) {
    const group = asObject(raw);
    const id = asString(group?.id);
    if (id) titles.set(id, asString(group?.title));
  }
  const byId = new Map<string, number>();
  for (const period of flowPeriods(study)) {
    for (const [id, count] of milestone(period, 'STARTED')?.counts ?? []) {
      if (count.value !== undefined) byId.set(id, Math.max(byId.get(id) ?? 0, count.value));
    }
  }
  const byTitle = new Map<string, number>();
  const seen = new Set<string>();
  for (const [id, started] of byId) {
    const key = groupTitleKey(titles.get(id));
    if (key === '') continue;
    // Two flow groups with the same title cannot be told apart: leave them out.
    if (seen.has(key)) byTitle.delete(key);
    else byTitle.set(key, started);
    seen.add(key);
  }
  return byTitle;
}
