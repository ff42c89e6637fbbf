import { fieldInfoAt, metaOf, schemaAt, type FieldInfo } from '../../model';
import type { RecordFormat } from '../../types';
import type { CompletionContext } from './cursor';
import { fieldDocumentation, requirementRank } from './docs';
import type { CompletionItem } from './types';

type KeyContext = Extract<CompletionContext, { kind: 'key' }>;

/** True when the field belongs to other study types only (observationalModel in an interventional design). */
function isForOtherStudyTypes(pointer: string, studyType: string | undefined): boolean {
  if (!studyType) return false;
  const schema = schemaAt(pointer);
  const studyTypes = schema && metaOf(schema)?.requirement.studyTypes;
  return studyTypes !== undefined && !studyTypes.some((type) => type === studyType);
}

/**
 * Keys the model allows at the cursor and that are not written yet, documented from the field
 * metadata; fields of other study types are left out (hover still explains them).
 */
export function keyCompletions(
  context: KeyContext,
  format: RecordFormat,
  unit: string,
  studyType?: string,
): CompletionItem[] {
  const parent = fieldInfoAt(context.parent);
  if (!parent?.children) return [];
  const isModuleList = context.parent === '/protocolSection';
  return Object.values(parent.children).flatMap((child, order) => {
    const key = child.key;
    // Registry-set fields are not written by authors; offering them invites errors.
    if (key === undefined || context.present.has(key) || child.requirement.code === 'D') return [];
    if (isForOtherStudyTypes(`${context.parent}/${key}`, studyType)) return [];
    return [
      {
        label: key,
        kind: isModuleList ? 'module' : 'property',
        detail: child.title,
        labelDescription: child.title,
        documentation: fieldDocumentation(child),
        insertText: format === 'json' ? jsonKeyText(context, key, child) : yamlKeyText(context, key, child, unit),
        isSnippet: true,
        span: context.span,
        sortText: `${requirementRank(child)}${String(order).padStart(3, '0')}`,
        filterText: context.isQuoted ? `"${key}"` : key,
        retrigger: child.kind !== 'object',
      } satisfies CompletionItem,
    ];
  });
}

/** `key: ` for scalars; for objects and lists the next line, one step deeper (lists with their first `- `). */
function yamlKeyText(context: KeyContext, key: string, info: FieldInfo, unit: string): string {
  const deeper = context.indent + unit;
  if (info.kind === 'object') return `${key}:\n${deeper}$0`;
  if (info.kind === 'array') return `${key}:\n${deeper}- $0`;
  return `${key}: $0`;
}

function jsonKeyText(context: KeyContext, key: string, info: FieldInfo): string {
  const quoted = JSON.stringify(key).replace(/\$/g, '\\$');
  if (context.hasColon) return quoted;
  if (info.kind === 'object') return `${quoted}: {$0}`;
  if (info.kind === 'array') return `${quoted}: [$0]`;
  if (info.kind === 'string') return `${quoted}: "$0"`;
  return `${quoted}: $0`;
}
