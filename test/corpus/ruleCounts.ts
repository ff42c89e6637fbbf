import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRules } from '../../server/src/core/engine';
import { ALL_RULES } from '../../server/src/core/rules';

const RULES = ALL_RULES.filter((rule) => !rule.id.startsWith('results/'));

/**
 * Findings per rule id over every `*.json` record of a folder, with today fixed; rules with no finding count 0.
 * Results rules (rules/results) are pinned by their own tests, not here.
 */
export function countFindingsByRule(folder: string, today: string): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(RULES.map((rule) => [rule.id, 0]));
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const study: unknown = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    for (const finding of runRules(study, {
      today,
      rules: RULES,
      logger: {
        error: (message) => {
          throw new Error(`${name}: ${message}`);
        },
      },
    })) {
      counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
    }
  }
  return counts;
}
