import type { ParsedDocument } from '../../parse';
import type { CompletionItem } from './types';

/** A rule id and what it checks (the catalog's, passed in by the service). */
export interface RuleSummary {
  readonly id: string;
  readonly description: string;
}

const DIRECTIVES = [
  { name: 'trial-record-disable-next-line', detail: 'Suppress findings on the next line' },
  { name: 'trial-record-disable', detail: 'Suppress findings in the whole file' },
];
/** `# trial-record-disable… id, id` up to the cursor; group 1 is the id being typed. */
const AFTER_DIRECTIVE = /#\s*trial-record-disable(?:-next-line)?\s+(?:[\w/-]+[\s,]+)*([\w/-]*)$/;
/** `# trial-r…` up to the cursor: the directive itself is being typed. */
const IN_DIRECTIVE = /#\s*(t[\w-]*)$/;

/**
 * Completion inside YAML comments: the suppression directives after `#`, and rule ids after a
 * directive (a mistyped id would suppress nothing). Undefined when the cursor is not in such a comment.
 */
export function suppressionCompletions(
  doc: ParsedDocument,
  offset: number,
  rules: readonly RuleSummary[],
): CompletionItem[] | undefined {
  if (doc.format !== 'yaml') return undefined;
  const comment = doc.comments.find((c) => c.span.start <= offset && offset <= c.span.end);
  if (!comment) return undefined;
  const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
  const before = doc.text.slice(Math.max(lineStart, comment.span.start), offset);
  if (/\s--(\s|$)/.test(before)) return []; // in the reason: free text
  const id = AFTER_DIRECTIVE.exec(before);
  if (id) {
    const span = { start: offset - id[1].length, end: offset };
    return rules.map((rule, order) => ({
      label: rule.id,
      kind: 'reference',
      detail: rule.description,
      documentation: `${rule.description}\n\nThen give the reason after \` -- \`.`,
      insertText: `${rule.id} -- \${1:reason}`,
      isSnippet: true,
      span,
      sortText: String(order).padStart(3, '0'),
    }));
  }
  const directive = IN_DIRECTIVE.exec(before);
  if (!directive) return [];
  const span = { start: offset - directive[1].length, end: offset };
  return DIRECTIVES.map((entry) => ({
    label: entry.name,
    kind: 'snippet',
    detail: entry.detail,
    insertText: `${entry.name} `,
    span,
    retrigger: true,
  }));
}
