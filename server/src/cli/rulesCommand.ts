import { parseArgs } from 'node:util';
import { DEFAULT_DOCS_BASE_URL, listRuleInfo, type RuleInfo } from '../core';
import { EXIT, UsageError, type CliIo } from './io';

export const RULES_USAGE = `Usage: trial-record rules [--format text|json]

Lists every finding id: syntax, schema and consistency rules, with default severity,
description, whether fix-all can fix it, and its documentation link.`;

export function listRules(): RuleInfo[] {
  return listRuleInfo(DEFAULT_DOCS_BASE_URL);
}

export function rulesCommand(argv: readonly string[], io: CliIo): number {
  const { values } = parseArgs({
    args: [...argv],
    options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout(RULES_USAGE + '\n');
    return EXIT.ok;
  }
  const rules = listRules();
  if (values.format === 'json') {
    io.stdout(JSON.stringify(rules, null, 2) + '\n');
  } else if (values.format === 'text') {
    const width = Math.max(...rules.map((rule) => rule.id.length));
    for (const rule of rules)
      io.stdout(
        `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.fixable ? 'fix' : '   '}  ${rule.description}\n`,
      );
  } else {
    throw new UsageError(`Unknown format "${values.format}". Use text or json.`);
  }
  return EXIT.ok;
}
