import type { CommentNode } from '../parse/ast';
import { editDistance } from '../schema/didYouMean';
import type { ReportedFinding, Severity, Span } from '../types';

/** Ids and default severities of the findings suppression comments themselves produce. */
export const SUPPRESSION_FINDINGS = {
  'suppression/missing-reason': {
    severity: 'warning',
    description: 'A suppression comment says why: `# trial-record-disable-next-line <rule-id> -- <reason>`.',
  },
  'suppression/unknown-rule': {
    severity: 'warning',
    description: 'A suppression comment names a rule id that does not exist (a typo suppresses nothing).',
  },
  'suppression/unused': {
    severity: 'info',
    description: 'A suppression comment suppresses a finding; remove it once the finding is gone.',
  },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export interface Suppression {
  readonly kind: 'next-line' | 'file';
  readonly ruleIds: readonly string[];
  readonly reason: string | undefined;
  readonly comment: CommentNode;
}

const DIRECTIVE = /^\s*trial-record-(disable-next-line|disable)\b(.*)$/;

/** Reads `trial-record-disable-next-line <ids> -- <reason>` and `trial-record-disable <ids> -- <reason>` comments. */
export function parseSuppressions(comments: readonly CommentNode[]): Suppression[] {
  const result: Suppression[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const [idsPart, ...reasonParts] = match[2].split(/\s--(?:\s|$)/);
    const reason = reasonParts.join(' -- ').trim();
    const ruleIds = idsPart.split(/[\s,]+/).filter((id) => id.length > 0);
    result.push({ kind: match[1] === 'disable' ? 'file' : 'next-line', ruleIds, reason: reason || undefined, comment });
  }
  return result;
}

export interface SuppressionOptions {
  /** Line of the value a pointer names, so a finding placed inside a multi-line value is matched by its key's line. */
  readonly lineOfPointer?: (pointer: string) => number | undefined;
  /** Every finding id; a suppression naming another id gets `suppression/unknown-rule`, not "nothing to suppress". */
  readonly knownIds?: ReadonlySet<string>;
}

type Located = Pick<ReportedFinding, 'ruleId' | 'pointer'> & { readonly span: Span };

/** A finding about a suppression comment; the caller resolves its severity like any other. */
export type SuppressionFinding = ReportedFinding & { readonly span: Span };

/**
 * Drops the findings that suppression comments cover and adds findings for suppressions
 * without a reason (`suppression/missing-reason`) or that cover nothing (`suppression/unused`).
 */
export function applySuppressions<F extends Located>(
  findings: readonly F[],
  comments: readonly CommentNode[],
  lineOf: (offset: number) => number,
  options: SuppressionOptions = {},
): (F | SuppressionFinding)[] {
  const suppressions = parseSuppressions(comments);
  if (suppressions.length === 0) return [...findings];
  const directiveLines = new Set(suppressions.map((s) => lineOf(s.comment.span.start)));
  const targetLine = (s: Suppression) => {
    let line = lineOf(s.comment.span.start) + 1;
    while (directiveLines.has(line)) line++;
    return line;
  };
  const used = new Set<string>();
  const covers = (finding: F, s: Suppression, id: string, target: number) => {
    if (finding.ruleId !== id) return false;
    if (s.kind === 'file') return true;
    const first = lineOf(finding.span.start);
    const last = lineOf(Math.max(finding.span.start, finding.span.end - 1));
    const anchor = options.lineOfPointer?.(finding.pointer);
    return (first <= target && target <= last) || anchor === target;
  };
  const targets = suppressions.map(targetLine);
  const kept = findings.filter((finding) => {
    let suppressed = false;
    suppressions.forEach((s, i) => {
      for (const id of s.ruleIds) {
        if (!covers(finding, s, id, targets[i])) continue;
        used.add(`${i}\u0000${id}`);
        suppressed = true;
      }
    });
    return !suppressed;
  });
  const extra: SuppressionFinding[] = [];
  const add = (id: keyof typeof SUPPRESSION_FINDINGS, message: string, span: Span, unnecessary: boolean) => {
    extra.push({ ruleId: id, message, pointer: '', span, ...(unnecessary ? { unnecessary } : {}) });
  };
  suppressions.forEach((s, i) => {
    if (!s.reason)
      add(
        'suppression/missing-reason',
        'Say why the finding is suppressed: add " -- <reason>" after the rule id.',
        s.comment.span,
        false,
      );
    if (s.ruleIds.length === 0)
      add(
        'suppression/unused',
        'This suppression names no rule id, so it suppresses nothing. Name the rule, or remove the comment.',
        s.comment.span,
        true,
      );
    for (const id of s.ruleIds) {
      if (options.knownIds && !options.knownIds.has(id)) {
        add('suppression/unknown-rule', unknownRuleMessage(id, options.knownIds), s.comment.span, false);
        continue;
      }
      if (!used.has(`${i}\u0000${id}`))
        add(
          'suppression/unused',
          `Nothing to suppress: no "${id}" finding ` +
            `${s.kind === 'file' ? 'in this file' : 'on the next line'}. Remove the suppression.`,
          s.comment.span,
          true,
        );
    }
  });
  return [...kept, ...extra];
}

/** "No rule has the id …", with the closest known id when one is a likely typo. */
function unknownRuleMessage(id: string, knownIds: ReadonlySet<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const known of knownIds) {
    const distance = editDistance(id, known);
    if (distance < bestDistance) [best, bestDistance] = [known, distance];
  }
  const guess =
    best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 4)) ? ` Did you mean "${best}"?` : '';
  return `Unknown rule id "${id}": no rule has this id, so this suppresses nothing.${guess}`;
}
