import { RULES_BY_ID } from '../rules';
import type { SeverityLevel } from '../types';

const LEVELS: readonly SeverityLevel[] = ['off', 'info', 'warning', 'error'];
/** Ids the rule registry does not list but other checks report. */
const OTHER_PREFIXES = ['schema/', 'syntax/', 'suppression/'];

/** The content of a `.trialrecordrc.json`: `{ "rules": { "<id>": "off" | "info" | "warning" | "error" } }`. */
export interface ParsedConfig {
  readonly rules: Readonly<Record<string, SeverityLevel>>;
  /** What is wrong with the file, one sentence each; valid entries are still used. */
  readonly problems: readonly string[];
}

/** Parses a config file's text. Never throws: problems are returned next to whatever could be used. */
export function parseConfig(text: string): ParsedConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { rules: {}, problems: [`Not valid JSON: ${error instanceof Error ? error.message : String(error)}.`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { rules: {}, problems: ['Expected an object with a "rules" key.'] };
  const problems: string[] = [];
  // "registry" holds the values the registry XML export needs (read by the CLI's export).
  for (const key of Object.keys(value)) if (key !== 'rules' && key !== 'registry') problems.push(`Unknown key "${key}"; only "rules" and "registry" are read.`);
  const rules = (value as { rules?: unknown }).rules;
  if (rules === undefined) return { rules: {}, problems };
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return { rules: {}, problems: [...problems, '"rules" must be an object of rule id → level.'] };
  const result: Record<string, SeverityLevel> = {};
  for (const [id, level] of Object.entries(rules)) {
    if (!RULES_BY_ID.has(id) && !OTHER_PREFIXES.some((prefix) => id.startsWith(prefix))) {
      problems.push(`Unknown rule "${id}".`);
      continue;
    }
    if (typeof level !== 'string' || !LEVELS.includes(level as SeverityLevel)) {
      problems.push(`Rule "${id}": level must be one of ${LEVELS.map((l) => `"${l}"`).join(', ')}, not ${JSON.stringify(level)}.`);
      continue;
    }
    result[id] = level as SeverityLevel;
  }
  return { rules: result, problems };
}

/** Later sources win: defaults < user settings < config file, as the host orders them. */
export function mergeSeverities(...sources: readonly (Readonly<Record<string, SeverityLevel>> | undefined)[]): Record<string, SeverityLevel> {
  return Object.assign({}, ...sources.filter((s) => s !== undefined)) as Record<string, SeverityLevel>;
}
