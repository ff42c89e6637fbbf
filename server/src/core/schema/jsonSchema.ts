import { z } from 'zod';
import { ENUMS, describeRequirement, fieldRegistry, studySchema, type FieldMeta } from '../model';

type JsonSchemaNode = Record<string, unknown>;

function requirementLine(meta: FieldMeta): string {
  const parts = [describeRequirement(meta.requirement)];
  if (meta.limit !== undefined)
    parts.push(`${meta.limit.toLocaleString('en-US')} characters${meta.limitUnverified ? ' (unverified limit)' : ''}`);
  return parts.join(' · ');
}

/** Writes the model's metadata in the keywords editors read (VS Code: markdownDescription, enumDescriptions). */
function annotate(node: JsonSchemaNode, meta: FieldMeta): void {
  node.title = meta.title;
  node.description = `${meta.description} ${requirementLine(meta)}.`;
  node.markdownDescription = `**${meta.title}** — ${requirementLine(meta)}\n\n${meta.description}`;
  if (meta.requirement.code === 'D') node.doNotSuggest = true;
  if (meta.format === 'date') node.format = 'date';
  if (meta.enumName) {
    const values = ENUMS[meta.enumName].values;
    node.enumDescriptions = values.map((v) => (v.note ? `${v.label} — ${v.note}` : v.label));
    node.markdownEnumDescriptions = values.map((v) => `**${v.label}**${v.note ? ` — ${v.note}` : ''}`);
  }
}

/**
 * The JSON Schema of a study record, generated from the zod model with zod's own converter and
 * annotated from the field metadata. `schemas/trial-record.schema.json` is this, serialized.
 */
export function generateJsonSchema(): JsonSchemaNode {
  const schema = z.toJSONSchema(studySchema, {
    target: 'draft-07',
    // An empty registry: every annotation comes from `annotate`, so nothing else leaks in.
    metadata: z.registry<Record<string, unknown>>(),
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const meta = fieldRegistry.get(zodSchema as unknown as z.ZodType);
      if (meta) annotate(jsonSchema, meta);
    },
  }) as JsonSchemaNode;
  return {
    ...schema,
    $id: 'https://trial-record-studio.dev/schemas/trial-record.schema.json',
    title: 'ClinicalTrials.gov study record (API v2)',
  };
}

/** The committed file's exact text: two-space JSON and a final newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(generateJsonSchema(), null, 2)}\n`;
}
