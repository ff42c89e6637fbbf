import { enumLabel, type Severity } from '../core';
import type { RecordResult } from './jobs';
import type { CliFinding } from './report';

/** One row of a breakdown table (by sponsor, status, study type, phase). */
export interface GroupRow {
  readonly name: string;
  records: number;
  withErrors: number;
  findings: number;
}

export interface RuleRow {
  readonly rule: string;
  readonly severity: Severity;
  findings: number;
  records: number;
}

export interface WorstRecord {
  readonly order: number;
  readonly label: string;
  readonly nctId?: string;
  readonly errors: number;
  readonly total: number;
  readonly findings: readonly CliFinding[];
}

/** Everything the overview page shows; built record by record, so its size does not grow with the input. */
export interface ReportData {
  records: number;
  recordsWithErrors: number;
  recordsWithFindings: number;
  problems: number;
  readonly counts: Record<Severity, number>;
  readonly rules: Map<string, RuleRow>;
  readonly groups: { readonly [K in GroupKey]: Map<string, GroupRow> };
  readonly worst: WorstRecord[];
}

export type GroupKey = 'sponsor' | 'status' | 'studyType' | 'phase';

/** How many of the most affected records the page lists, and how many findings of each. */
export const WORST_RECORDS = 25;
export const FINDINGS_PER_WORST_RECORD = 40;

export function emptyReport(): ReportData {
  return {
    records: 0,
    recordsWithErrors: 0,
    recordsWithFindings: 0,
    problems: 0,
    counts: { error: 0, warning: 0, info: 0 },
    rules: new Map(),
    groups: { sponsor: new Map(), status: new Map(), studyType: new Map(), phase: new Map() },
    worst: [],
  };
}

/** Adds one checked record to the report. */
export function addToReport(data: ReportData, result: RecordResult): void {
  const order = data.records++;
  const errors = result.counts.error;
  const total = result.findings.length;
  if (errors > 0) data.recordsWithErrors++;
  if (total > 0) data.recordsWithFindings++;
  for (const severity of Object.keys(data.counts) as Severity[]) data.counts[severity] += result.counts[severity];

  const rulesHere = new Set<string>();
  for (const finding of result.findings) {
    const row = data.rules.get(finding.rule) ?? {
      rule: finding.rule,
      severity: finding.severity,
      findings: 0,
      records: 0,
    };
    row.findings++;
    if (!rulesHere.has(finding.rule)) row.records++;
    rulesHere.add(finding.rule);
    data.rules.set(finding.rule, row);
  }

  const { facts } = result;
  const phases =
    facts.phases && facts.phases.length > 0
      ? facts.phases.map((phase) => enumLabel('Phase', phase)).join(' / ')
      : undefined;
  const values: Record<GroupKey, string> = {
    sponsor: facts.sponsor ?? '(no lead sponsor)',
    status: facts.status ? enumLabel('Status', facts.status) : '(no overall status)',
    studyType: facts.studyType ? enumLabel('StudyType', facts.studyType) : '(no study type)',
    phase: phases ?? '(no phase given)',
  };
  for (const key of Object.keys(values) as GroupKey[]) {
    const name = values[key];
    const row = data.groups[key].get(name) ?? { name, records: 0, withErrors: 0, findings: 0 };
    row.records++;
    if (errors > 0) row.withErrors++;
    row.findings += total;
    data.groups[key].set(name, row);
  }

  if (total > 0)
    keepWorst(data.worst, {
      order,
      label: result.label,
      nctId: result.nctId,
      errors,
      total,
      findings: result.findings.slice(0, FINDINGS_PER_WORST_RECORD),
    });
}

/** Most errors first, then most findings, then input order. */
export function compareWorst(a: WorstRecord, b: WorstRecord): number {
  return b.errors - a.errors || b.total - a.total || a.order - b.order;
}

function keepWorst(worst: WorstRecord[], candidate: WorstRecord): void {
  if (worst.length >= WORST_RECORDS && compareWorst(candidate, worst[worst.length - 1]) >= 0) return;
  let at = worst.length;
  while (at > 0 && compareWorst(candidate, worst[at - 1]) < 0) at--;
  worst.splice(at, 0, candidate);
  if (worst.length > WORST_RECORDS) worst.pop();
}

/** Rows sorted by records (most first); past `limit` rows, the rest are added up in one "others" row. */
export function topRows(rows: Iterable<GroupRow>, limit: number, othersLabel: string): GroupRow[] {
  const sorted = [...rows].sort(
    (a, b) => b.records - a.records || b.findings - a.findings || (a.name < b.name ? -1 : 1),
  );
  if (sorted.length <= limit) return sorted;
  const others: GroupRow = {
    name: `${othersLabel} (${sorted.length - limit})`,
    records: 0,
    withErrors: 0,
    findings: 0,
  };
  for (const row of sorted.slice(limit)) {
    others.records += row.records;
    others.withErrors += row.withErrors;
    others.findings += row.findings;
  }
  return [...sorted.slice(0, limit), others];
}
