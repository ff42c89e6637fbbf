import { contentEnd } from '../../edit/text';
import { findNode, locateOffset, type ParsedDocument, type ScalarNode } from '../../parse';
import {
  groupReferences,
  isGroupDeclarationPointer,
  isGroupReferencePointer,
  scopeAt,
  type GroupScope,
  type ResultGroup,
} from '../../results';
import type { Span } from '../../types';

/** A result group id under the cursor: its table, the group it names (if defined), and where it is written. */
export interface GroupIdAt {
  readonly id: string;
  readonly scope: GroupScope;
  readonly group: ResultGroup | undefined;
  /** The id as written under the cursor (without quotes). */
  readonly span: Span;
  readonly isDeclaration: boolean;
}

/** A scalar's text without its quotes. */
function innerSpan(doc: ParsedDocument, node: ScalarNode): Span {
  const end = contentEnd(doc.text, node);
  const isQuoted = node.style === 'double' || node.style === 'single' || node.style === 'json';
  return isQuoted ? { start: node.span.start + 1, end: end - 1 } : { start: node.span.start, end };
}

/** The group id at `offset`: a group's own `id`, or any `groupId` / `groupIds` entry in the results. */
export function groupIdAt(doc: ParsedDocument, offset: number): GroupIdAt | undefined {
  const { pointer, node, onKey } = locateOffset(doc.root, offset);
  if (onKey || node?.kind !== 'string' || !pointer.startsWith('/resultsSection/')) return undefined;
  const isDeclaration = isGroupDeclarationPointer(pointer);
  if (!isDeclaration && !isGroupReferencePointer(pointer)) return undefined;
  const scope = scopeAt(doc.value, pointer);
  if (!scope) return undefined;
  const id = node.value as string;
  return { id, scope, group: scope.byId.get(id), span: innerSpan(doc, node), isDeclaration };
}

function spanAt(doc: ParsedDocument, pointer: string): Span | undefined {
  const node = findNode(doc.root, pointer)?.node;
  return node && node.kind === 'string' ? innerSpan(doc, node) : undefined;
}

/** Where the group of the id at `offset` is declared (its `id` value). */
export function groupDefinition(doc: ParsedDocument, offset: number): Span[] {
  const at = groupIdAt(doc, offset);
  const span = at?.group && spanAt(doc, `${at.group.pointer}/id`);
  return span ? [span] : [];
}

/** Every place that names the same group of the same table; the declaration first when asked for. */
export function groupReferenceSpans(
  doc: ParsedDocument,
  offset: number,
  includeDeclaration = true,
): Span[] | undefined {
  const at = groupIdAt(doc, offset);
  if (!at) return undefined;
  const spans: Span[] = [];
  if (includeDeclaration && at.group) {
    const declaration = spanAt(doc, `${at.group.pointer}/id`);
    if (declaration) spans.push(declaration);
  }
  for (const reference of groupReferences(doc.value, at.scope, (id) => id === at.id)) {
    const span = spanAt(doc, reference.pointer);
    if (span) spans.push(span);
  }
  return spans;
}

/** Hover text for a group id: the group's title and description, and its table. */
export function groupHover(doc: ParsedDocument, offset: number): { contents: string; span: Span } | undefined {
  const at = groupIdAt(doc, offset);
  if (!at) return undefined;
  if (!at.group) {
    const known = at.scope.groups.map((g) => `\`${g.id}\``).join(', ') || 'none';
    return { contents: `\`${at.id}\` is not a group of ${at.scope.label}. Its groups: ${known}.`, span: at.span };
  }
  const title = at.group.title ? `**${escapeMarkdown(at.group.title)}**` : '_Untitled group_';
  const lines = [`\`${at.id}\` — ${title}`, `_${at.scope.label}_`];
  if (at.group.description) lines.push(escapeMarkdown(at.group.description));
  return { contents: lines.join('\n\n'), span: at.span };
}

/** Record text shown as plain text inside markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (c) => `\\${c}`);
}
