import { escapeHtml } from './html';

/** One suppression comment, as the preview lists it. */
export interface SuppressionSummary {
  readonly ruleIds: readonly string[];
  /** 1-based line the suppression covers, or `file` for the whole file. */
  readonly scope: number | 'file';
  readonly reason: string | undefined;
}

/**
 * The record's suppression comments with their reasons, for reviewers: a suppressed finding is
 * a decision someone made, and the preview shows it. Empty when there are none.
 */
export function suppressionsHtml(suppressions: readonly SuppressionSummary[]): string {
  const named = suppressions.filter((suppression) => suppression.ruleIds.length > 0);
  if (named.length === 0) return '';
  const items = named.map((suppression) => {
    const ids = suppression.ruleIds.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ');
    const scope = suppression.scope === 'file' ? 'whole file' : `line ${suppression.scope}`;
    const reason = suppression.reason ? escapeHtml(suppression.reason) : '<em>no reason given</em>';
    return `<li>${ids} (${scope}): ${reason}</li>`;
  });
  return (
    `<section class="section suppressions" aria-labelledby="suppressed-findings">` +
    `<h2 id="suppressed-findings">Suppressed findings</h2><ul>${items.join('')}</ul></section>`
  );
}
