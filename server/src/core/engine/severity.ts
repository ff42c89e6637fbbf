import { SYNTAX_FINDINGS, syntaxFindingSeverity } from '../parse/syntaxFindings';
import { RULES_BY_ID } from '../rules';
import { schemaFindingSeverity } from '../schema';
import type { Severity, SeverityLevel } from '../types';
import { SUPPRESSION_FINDINGS } from './suppressions';

/** Severity overrides by finding id, as the settings give them (`trialRecord.rules`, `.trialrecordrc.json`). */
export type SeverityOverrides = Readonly<Record<string, SeverityLevel | null | undefined>>;

/**
 * The default severity of any finding id: the rule's metadata, the schema or suppression table; syntax errors are
 * errors.
 */
export function defaultSeverityOf(id: string): Severity | undefined {
  if (Object.hasOwn(SYNTAX_FINDINGS, id)) return syntaxFindingSeverity(id);
  if (id in SUPPRESSION_FINDINGS) return SUPPRESSION_FINDINGS[id as keyof typeof SUPPRESSION_FINDINGS].severity;
  return RULES_BY_ID.get(id)?.severity ?? schemaFindingSeverity(id);
}

/**
 * The one place where a finding's default severity meets the settings: an override for the id
 * wins; `null` or missing means the default. Every finding the core returns went through here.
 */
export function resolveSeverity(id: string, overrides: SeverityOverrides | undefined): SeverityLevel {
  return overrides?.[id] ?? defaultSeverityOf(id) ?? 'error';
}

/**
 * The ids whose `resolveSeverity(id, overrides)` is `off`, found without looking up defaults: no default is `off`,
 * so only an override switches a finding off. The rule engine asks about every rule on every record, and looking
 * up an id an object does not hold (the usual case) is slow; the overrides hold few entries.
 */
export function switchedOffIds(overrides: SeverityOverrides | undefined): ReadonlySet<string> {
  if (!overrides) return NOTHING_OFF;
  const known = switchedOffByTable.get(overrides);
  if (known) return known;
  const off = new Set<string>();
  for (const [id, level] of Object.entries(overrides)) if (level === 'off') off.add(id);
  switchedOffByTable.set(overrides, off);
  return off;
}

const NOTHING_OFF: ReadonlySet<string> = new Set();
/**
 * Each overrides table's answer, kept: a bulk check passes one table (never changed: settings are replaced, not
 * edited) with every record of a file, and `--quiet` switches off a hundred rules in it, so building the set per
 * record cost 2 % of an errors-only run.
 */
const switchedOffByTable = new WeakMap<SeverityOverrides, ReadonlySet<string>>();
