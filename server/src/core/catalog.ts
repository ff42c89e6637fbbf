import { ALL_RULES } from './rules';
import { docsAnchorOf } from './rules/defineRule';
import { SUPPRESSION_FINDINGS } from './engine';
import { SCHEMA_FINDINGS } from './schema';
import { SYNTAX_FINDINGS } from './parse/syntaxFindings';
import type { Severity } from './types';

/** What users and tools need to know about one finding id. */
export interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
  /** Whether fix-all can fix its findings without review. */
  readonly fixable: boolean;
  readonly docs: string;
}

/** Schema findings that often carry a fix safe enough for fix-all (a case or spelling slip, stray spaces). */
const SCHEMA_IDS_WITH_SAFE_FIXES = new Set(['schema/enum', 'schema/unknown-key', 'schema/format']);

export { docsAnchorOf };

/** Every finding id the core can report: syntax, schema and consistency rules. */
export function listRuleInfo(docsBaseUrl: string): RuleInfo[] {
  const link = (id: string) => `${docsBaseUrl}#${docsAnchorOf(id)}`;
  const syntax = Object.entries(SYNTAX_FINDINGS).map(([id, meta]) => ({
    id,
    severity: meta.severity ?? ('error' as const),
    description: meta.description,
    fixable: false,
    docs: link(id),
  }));
  const schema = Object.entries(SCHEMA_FINDINGS).map(([id, meta]) => ({
    id,
    severity: meta.severity,
    description: meta.description,
    fixable: SCHEMA_IDS_WITH_SAFE_FIXES.has(id),
    docs: link(id),
  }));
  const rules = ALL_RULES.map((rule) => ({
    id: rule.id,
    severity: rule.severity,
    description: rule.description,
    fixable: rule.fix === 'safe',
    docs: link(rule.id),
  }));
  const suppression = Object.entries(SUPPRESSION_FINDINGS).map(([id, meta]) => ({
    id,
    severity: meta.severity,
    description: meta.description,
    fixable: false,
    docs: link(id),
  }));
  return [...syntax, ...schema, ...rules, ...suppression];
}
