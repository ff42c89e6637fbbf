import { parseSuppressions } from '../engine';
import type { CommentNode } from '../parse/ast';
import { escapeHtml } from './html';

/**
 * The record's suppression comments with their reasons, for reviewers: a suppressed finding is
 * a decision someone made, and the preview shows it. Empty when there are none.
 */
export function suppressionsHtml(comments: readonly CommentNode[], lineOf: (offset: number) => number): string {
  const suppressions = parseSuppressions(comments).filter((suppression) => suppression.ruleIds.length > 0);
  if (suppressions.length === 0) return '';
  const items = suppressions.map((suppression) => {
    const ids = suppression.ruleIds.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ');
    const scope = suppression.kind === 'file' ? 'whole file' : `line ${lineOf(suppression.comment.span.start) + 2}`;
    const reason = suppression.reason ? escapeHtml(suppression.reason) : '<em>no reason given</em>';
    return `<li>${ids} (${scope}): ${reason}</li>`;
  });
  return `<section class="section suppressions" aria-labelledby="suppressed-findings"><h2 id="suppressed-findings">Suppressed findings</h2><ul>${items.join('')}</ul></section>`;
}
