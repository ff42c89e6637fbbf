import { ALL_RULES } from '../rules';
import type { Rule, RuleContext, RuleReport } from '../rules/defineRule';
import type { ReportedFinding } from '../types';
import { watchReads, type RuleMemo } from './ruleMemo';
import { switchedOffIds, type SeverityOverrides } from './severity';

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
 * Rules report straight into the run's list (one context for the whole run, no list per rule): a registry
 * download runs every rule on hundreds of thousands of records, and most rules report nothing.
 */
export function runRules(study: unknown, options: RunRulesOptions): ReportedFinding[] {
  if (typeof study !== 'object' || study === null || Array.isArray(study)) return [];
  const findings: ReportedFinding[] = [];
  const { memo, isCancelled, today } = options;
  const switchedOff = switchedOffIds(options.severities);
  /** The rule running, where its findings start in `findings`, and how many it reported beyond the cap. */
  let running: Rule | undefined;
  let start = 0;
  let omitted = 0;
  const context: RuleContext<string> = {
    study: study as RuleContext<string>['study'],
    today,
    report: (report) => {
      if (!running) return;
      if (findings.length - start < MAX_FINDINGS_PER_RULE) findings.push(toFinding(running, report));
      else omitted++;
    },
  };
  for (const rule of options.rules ?? ALL_RULES) {
    if (isCancelled?.()) break;
    if (switchedOff.has(rule.id)) continue;
    const recalled = memo?.recall(rule.id, study, today);
    if (recalled) {
      for (const finding of recalled) findings.push(finding);
      continue;
    }
    running = rule;
    start = findings.length;
    omitted = 0;
    const watched = memo ? watchReads(study) : undefined;
    try {
      rule.check(watched ? { ...context, study: watched.view as RuleContext<string>['study'] } : context);
    } catch (error) {
      findings.length = start;
      memo?.forget(rule.id);
      options.logger?.error(
        `Rule ${rule.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      continue;
    } finally {
      running = undefined;
    }
    if (omitted > 0) findings.push(omittedFinding(rule, omitted, findings[findings.length - 1].pointer));
    if (!memo || !watched) continue;
    if (watched.isReusable()) memo.remember(rule.id, today, watched.reads, findings.slice(start));
    else memo.forget(rule.id);
  }
  return findings;
}
