import { ALL_RULES } from '../rules';
import type { Rule, RuleContext, RuleReport } from '../rules/defineRule';
import type { ReportedFinding } from '../types';
import { watchReads, type RuleMemo } from './ruleMemo';
import { resolveSeverity, type SeverityOverrides } from './severity';

/** Options of one rule run; the service passes the clock's date and the logger. */
export interface RunRulesOptions {
  /** Today's date as `YYYY-MM-DD`. */
  readonly today: string;
  /** Severity overrides by rule id; rules set to `off` are not run. */
  readonly severities?: SeverityOverrides;
  /** Polled between rules; a cancelled run returns what it has. */
  readonly isCancelled?: () => boolean;
  /** Told when a rule throws; the run goes on without that rule's findings. */
  readonly logger?: { error(message: string): void };
  /** The rules to run; all of them by default. */
  readonly rules?: readonly Rule[];
  /** The last check of the same document: a rule whose reads are unchanged is not run again. */
  readonly memo?: RuleMemo;
}

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

function toFinding(rule: Rule, report: RuleReport<string>): ReportedFinding {
  const template = rule.messages[report.messageId] ?? report.messageId;
  return {
    ruleId: rule.id,
    message: formatMessage(template, report.data),
    pointer: report.pointer,
    ...(report.target ? { target: report.target } : {}),
    ...(report.excerpt ? { excerpt: report.excerpt } : {}),
    ...(report.fixes?.length ? { fixes: report.fixes } : {}),
    ...(report.unnecessary ? { unnecessary: true } : {}),
    data: { messageId: report.messageId, ...report.data },
  };
}

/**
 * Findings one rule may give on one record; the rest are counted in one more finding. A record
 * with 50,000 empty names must not become 50,000 diagnostics (or a report nobody can read).
 */
export const MAX_FINDINGS_PER_RULE = 500;

function omittedFinding(rule: Rule, count: number, pointer: string): ReportedFinding {
  return {
    ruleId: rule.id,
    message:
      `${count.toLocaleString('en-US')} more findings of ${rule.id} are not shown. ` +
      'Fix the ones listed; the rest often follow from the same cause.',
    pointer,
    data: { messageId: 'omitted', omitted: count },
  };
}

/**
 * Runs the consistency rules on one study (any value: rules read defensively), skipping the
 * rules switched off. A rule that throws is logged and skipped. Severities are resolved by the caller.
 */
export function runRules(study: unknown, options: RunRulesOptions): ReportedFinding[] {
  if (typeof study !== 'object' || study === null || Array.isArray(study)) return [];
  const findings: ReportedFinding[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    if (options.isCancelled?.()) break;
    if (resolveSeverity(rule.id, options.severities) === 'off') continue;
    const recalled = options.memo?.recall(rule.id, study, options.today);
    if (recalled) {
      findings.push(...recalled);
      continue;
    }
    const reported = runRule(rule, study, options);
    if (reported) findings.push(...reported);
  }
  return findings;
}

/** One rule's findings, or undefined when it threw; remembered in the memo when there is one. */
function runRule(rule: Rule, study: object, options: RunRulesOptions): ReportedFinding[] | undefined {
  const watched = options.memo ? watchReads(study) : undefined;
  const reported: ReportedFinding[] = [];
  let omitted = 0;
  const context: RuleContext<string> = {
    study: (watched?.view ?? study) as RuleContext<string>['study'],
    today: options.today,
    report: (report) => {
      if (reported.length < MAX_FINDINGS_PER_RULE) reported.push(toFinding(rule, report));
      else omitted++;
    },
  };
  try {
    rule.check(context);
    if (omitted > 0) reported.push(omittedFinding(rule, omitted, reported[reported.length - 1].pointer));
  } catch (error) {
    options.memo?.forget(rule.id);
    options.logger?.error(
      `Rule ${rule.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return undefined;
  }
  if (watched?.isReusable()) options.memo?.remember(rule.id, options.today, watched.reads, reported);
  else options.memo?.forget(rule.id);
  return reported;
}
