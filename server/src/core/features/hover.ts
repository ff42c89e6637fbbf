import { fieldInfoAt, registryLength, type FieldInfo } from '../model';
import { locateOffset, type AstNode, type ParsedDocument } from '../parse';
import type { Span } from '../types';
import { armsAndInterventions, interventionsNamed, armsLabelled } from './arms';
import { FORMAT_HINTS } from './completion/docs';
import { inertMarkdown } from './inertMarkdown';
import { crossReferenceAt } from './navigation';
import { groupHover } from './results';

export interface Hover {
  /** Markdown. */
  readonly contents: string;
  readonly span: Span;
}

/**
 * Field title and definition, requirement, limit with a live count, the enum value's label, and where an arm or
 * intervention is used.
 */
export function provideHover(doc: ParsedDocument, offset: number): Hover | undefined {
  const location = locateOffset(doc.root, offset);
  if (!location.pointer) return undefined;
  const info = fieldInfoAt(location.pointer);
  const node = location.node;
  const span = location.onKey || !node ? location.property?.keySpan : node.span;
  if (!span) return undefined;
  const sections: string[] = [];
  if (info) sections.push(fieldSection(info, location.onKey ? undefined : node));
  const usage = location.onKey ? undefined : (usageSection(doc, offset) ?? groupHover(doc, offset)?.contents);
  if (usage) sections.push(usage);
  return sections.length > 0 ? { contents: sections.join('\n\n---\n\n'), span } : undefined;
}

function fieldSection(info: FieldInfo, node: AstNode | undefined): string {
  const lines = [`**${info.title}**`, info.description];
  const facts = [info.requirement.text];
  if (info.format) facts.push(`format ${FORMAT_HINTS[info.format]}`);
  lines.push(`_${facts.join(' · ')}_`);
  if (info.limit !== undefined) lines.push(limitLine(info, node));
  const code = node?.kind === 'string' ? (node.value as string) : undefined;
  const enumValue = code !== undefined ? info.enumValues?.find((v) => v.value === code) : undefined;
  if (enumValue)
    lines.push(`\`${enumValue.value}\`: **${enumValue.label}**${enumValue.note ? ` (${enumValue.note})` : ''}`);
  return lines.join('\n\n');
}

/** "312 / 300 characters", counted the way the registry counts (markdown escapes not counted). */
function limitLine(info: FieldInfo, node: AstNode | undefined): string {
  const unverified = info.limitUnverified ? ' (limit unverified)' : '';
  if (node?.kind !== 'string') return `Limit: ${info.limit} characters${unverified}`;
  const length = registryLength(node.value as string);
  const over = length > info.limit! ? ` — **${length - info.limit!} over the limit**` : '';
  return `${length} / ${info.limit} characters${over}${unverified}`;
}

/** Where an arm label or intervention name is used. */
function usageSection(doc: ParsedDocument, offset: number): string | undefined {
  const reference = crossReferenceAt(doc, offset);
  if (!reference) return undefined;
  const index = armsAndInterventions(doc);
  if (reference.kind === 'arm') {
    const arms = armsLabelled(index, reference.name);
    const given = index.interventions.filter((i) =>
      i.armLabelValues.some((ref) => armsLabelled(index, ref.value).some((arm) => arms.includes(arm))),
    );
    const named = arms.flatMap((arm) => arm.interventionValues.map((ref) => ref.value));
    const names = [...new Set([...given.flatMap((i) => (i.name ? [i.name] : [])), ...named])];
    const listed = names.map((n) => `"${inertMarkdown(n)}"`).join(', ');
    return (
      `Arm **` +
      `${inertMarkdown(reference.name)}**: ${names.length ? `interventions ${listed}` : 'no interventions listed'}`
    );
  }
  const targets = index.interventions.filter((i) =>
    reference.declarations.some((d) => d.pointer === i.nameValue?.pointer),
  );
  const arms = index.arms.filter((arm) =>
    arm.interventionValues.some((ref) => interventionsNamed(index, ref.value).some((i) => targets.includes(i))),
  );
  const labels = [
    ...new Set([
      ...arms.flatMap((arm) => (arm.label ? [arm.label] : [])),
      ...targets.flatMap((i) => i.armLabelValues.map((r) => r.value)),
    ]),
  ];
  const listed = labels.map((l) => `"${inertMarkdown(l)}"`).join(', ');
  return (
    `Intervention **` +
    `${inertMarkdown(reference.name)}**: ${labels.length ? `used in arms ${listed}` : 'used in no arm'}`
  );
}
