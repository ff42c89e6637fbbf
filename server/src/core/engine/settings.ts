import { z } from 'zod';
import type { SeverityLevel } from '../types';
import { defaultSeverityOf } from './severity';

/**
 * The one description of rule settings, shared by the editor setting `trialRecord.rules`, the
 * CLI's `.trialrecordrc.json` (`{ "rules": { … } }`) and the JSON schemas generated for both.
 */
export const SEVERITY_LEVELS = ['off', 'info', 'warning', 'error'] as const satisfies readonly SeverityLevel[];

export const severityLevelSchema = z.enum(SEVERITY_LEVELS);

/** `trialRecord.rules`: severity per finding id. */
export const ruleSettingsSchema = z
  .record(z.string(), severityLevelSchema)
  .describe('Severity per rule id, e.g. { "design/single-group-multiple-arms": "warning" }.');

/** `.trialrecordrc.json`. */
export const configFileSchema = z.strictObject({
  rules: ruleSettingsSchema.optional(),
  // Values the registry XML export needs that a record file does not hold.
  registry: z
    .strictObject({
      orgName: z
        .string()
        .describe('Your PRS organisation (account) name, written as <org_name> by `export --to prs-xml`.'),
    })
    .partial()
    .optional()
    .describe('Registry account values for the PRS upload XML export.'),
});

/** The JSON schema of `.trialrecordrc.json`, for editors (schemas/trialrecordrc.schema.json). */
export function configFileJsonSchemaText(): string {
  const schema = {
    title: 'Trial Record Studio configuration (.trialrecordrc.json)',
    ...z.toJSONSchema(configFileSchema),
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

/** Rule settings after validation: the entries that can be used, and one sentence per problem. */
export interface RuleSettings {
  readonly rules: Readonly<Record<string, SeverityLevel>>;
  /** What is wrong, each naming the key; the valid entries are still used. */
  readonly problems: readonly string[];
}

const LEVEL_LIST = SEVERITY_LEVELS.map((level) => `"${level}"`).join(', ');

/**
 * Validates a rule settings object entry by entry (`where` names it in messages, e.g.
 * `trialRecord.rules`). Never throws: a wrong entry is reported and skipped; null means defaults.
 */
export function readRuleSettings(value: unknown, where: string): RuleSettings {
  if (value === undefined || value === null) return { rules: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { rules: {}, problems: [`${where} must be an object of rule id → level (${LEVEL_LIST}).`] };
  }
  const rules: Record<string, SeverityLevel> = {};
  const problems: string[] = [];
  for (const [id, level] of Object.entries(value)) {
    const key = `${where}["${id}"]`;
    const parsed = severityLevelSchema.safeParse(level);
    if (defaultSeverityOf(id) === undefined)
      problems.push(`${key}: unknown rule id; \`trial-record rules\` lists them.`);
    else if (!parsed.success)
      problems.push(`${key}: ${JSON.stringify(level)} is not a level; use one of ${LEVEL_LIST}.`);
    else rules[id] = parsed.data;
  }
  return { rules, problems };
}

/** Reads a `.trialrecordrc.json` text. Never throws: problems are returned next to whatever could be used. */
export function parseConfig(text: string): RuleSettings {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { rules: {}, problems: [`Not valid JSON: ${error instanceof Error ? error.message : String(error)}.`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { rules: {}, problems: ['Expected an object with a "rules" key.'] };
  }
  const shape = Object.keys(configFileSchema.shape);
  const unknown = Object.keys(value).filter((key) => !shape.includes(key));
  const settings = readRuleSettings((value as { rules?: unknown }).rules, '"rules"');
  return {
    rules: settings.rules,
    problems: [
      ...unknown.map((key) => `Unknown key "${key}"; only "rules" and "registry" are read.`),
      ...settings.problems,
    ],
  };
}
