import type { Finding, Severity } from '../types';
import type { RenderContext } from './context';
import { escapeHtml, externalLink, plural } from './html';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Note' };
const SEVERITY_NOUN: Readonly<Record<Severity, [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

export type SeverityCounts = Readonly<Record<Severity, number>>;

/** Findings per severity. */
export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    if (finding.severity in counts) counts[finding.severity]++;
  }
  return counts;
}

/** "2 errors, 3 warnings" or "No problems found". */
export function summaryText(counts: SeverityCounts): string {
  const parts = SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => plural(counts[s], ...SEVERITY_NOUN[s]));
  return parts.length === 0 ? 'No problems found' : parts.join(', ');
}

/** The summary banner at the top of the preview. */
export function summaryHtml(counts: SeverityCounts): string {
  const worst = SEVERITY_ORDER.find((s) => counts[s] > 0);
  const tone = worst ?? 'ok';
  return (
    `<p class="findings-summary tone-${tone}" role="status"><span class="summary-icon" ` +
    `aria-hidden="true"></span>${escapeHtml(summaryText(counts))}</p>`
  );
}

function findingHtml(finding: Finding): string {
  const severity = SEVERITY_LABEL[finding.severity] ?? 'Note';
  const rule = finding.docsUrl ? externalLink(finding.docsUrl, finding.ruleId) : escapeHtml(finding.ruleId);
  return (
    `<li class="finding sev-${escapeHtml(finding.severity)}" data-pointer="${escapeHtml(finding.pointer)}">` +
    `<span class="sev">${severity}</span> <span class="message">${escapeHtml(finding.message)}</span> ` +
    `<span class="rule">${rule}</span></li>`
  );
}

// eslint-disable-next-line no-control-regex -- NUL delimits findings slots (see RenderContext).
const SLOT = /\u0000(\d+)\u0000/g;

/** Replaces every slot with the findings placed there (most severe first), or nothing. */
export function fillSlots(html: string, context: RenderContext, findings: readonly Finding[]): string {
  const placed = context.placeFindings(findings);
  return html.replace(SLOT, (_match, index: string) => {
    const list = placed.get(Number(index));
    if (!list) return '';
    const sorted = [...list].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    return `<ul class="findings" aria-label="Problems">${sorted.map(findingHtml).join('')}</ul>`;
  });
}
