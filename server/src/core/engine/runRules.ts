import { ALL_RULES } from '../rules';
import type { Rule, RuleContext, RuleReport } from '../rules/defineRule';
import type { ReportedFinding, Severity, SeverityLevel, Span } from '../types';
import { resolveSeverity } from './severity';

/** Options of one rule run; the host injects the clock, the source lookup and the logger. */
export interface RunRulesOptions {
  /** Today's date as `YYYY-MM-DD`. */
  readonly today: string;
  /** Severity overrides by rule id, from settings or `.trialrecordrc.json`. */
  readonly severities?: Readonly<Record<string, SeverityLevel>>;
  /** The source text and span of a value, to place findings on part of it. */
  readonly sourceOf: (pointer: string) => { readonly text: string; readonly span: Span } | undefined;
  /** Polled between rules; a cancelled run returns what it has. */
  readonly isCancelled?: () => boolean;
  /** Told when a rule throws; the run goes on without that rule's findings. */
  readonly logger?: { error(message: string): void };
  /** The rules to run; all of them by default. */
  readonly rules?: readonly Rule[];
}

/** A rule finding with its severity resolved. */
export type RuleFinding = ReportedFinding & { readonly severity: Severity };

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

function toFinding(rule: Rule, report: RuleReport<string>, severity: Severity): RuleFinding {
  const template = (rule.messages as Readonly<Record<string, string>>)[report.messageId] ?? report.messageId;
  return {
    ruleId: rule.id,
    message: formatMessage(template, report.data),
    pointer: report.pointer,
    severity,
    ...(report.target ? { target: report.target } : {}),
    ...(report.span ? { span: report.span } : {}),
    ...(report.fixes?.length ? { fixes: report.fixes } : {}),
    ...(report.unnecessary ? { unnecessary: true } : {}),
    data: { messageId: report.messageId, ...report.data },
  };
}

/**
 * Runs the consistency rules on one study (any value: rules read defensively) and resolves
 * each finding's severity from the overrides. A rule that throws is logged and skipped.
 */
export function runRules(study: unknown, options: RunRulesOptions): RuleFinding[] {
  if (typeof study !== 'object' || study === null || Array.isArray(study)) return [];
  const findings: RuleFinding[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    if (options.isCancelled?.()) break;
    const severity = resolveSeverity(rule.id, rule.severity, options.severities);
    if (severity === 'off') continue;
    const reported: RuleFinding[] = [];
    const context: RuleContext<string> = {
      study: study as RuleContext<string>['study'],
      today: options.today,
      sourceOf: options.sourceOf,
      report: (report) => reported.push(toFinding(rule, report, severity)),
    };
    try {
      rule.check(context);
      findings.push(...reported);
    } catch (error) {
      options.logger?.error(`Rule ${rule.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return findings;
}
