import { ALL_RULES } from '../rules';
import type { Rule, RuleContext, RuleReport } from '../rules/defineRule';
import type { ReportedFinding } from '../types';
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
 * Runs the consistency rules on one study (any value: rules read defensively), skipping the
 * rules switched off. A rule that throws is logged and skipped. Severities are resolved by the caller.
 */
export function runRules(study: unknown, options: RunRulesOptions): ReportedFinding[] {
  if (typeof study !== 'object' || study === null || Array.isArray(study)) return [];
  const findings: ReportedFinding[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    if (options.isCancelled?.()) break;
    if (resolveSeverity(rule.id, options.severities) === 'off') continue;
    const reported: ReportedFinding[] = [];
    const context: RuleContext<string> = {
      study: study as RuleContext<string>['study'],
      today: options.today,
      report: (report) => reported.push(toFinding(rule, report)),
    };
    try {
      rule.check(context);
      for (const finding of reported) findings.push(finding); // not push(...): a rule may report 100,000
    } catch (error) {
      options.logger?.error(
        `Rule ${rule.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
  return findings;
}
