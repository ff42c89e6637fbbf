import { defineRule, type Rule, type RuleContext } from '../../server/src/core/rules/defineRule';

/** A rule made up for an engine test: only its id, messages and check matter. */
export function testRule<const MessageIds extends string>(
  id: string,
  messages: Record<MessageIds, string>,
  check: (context: RuleContext<MessageIds>) => void,
): Rule<MessageIds> {
  return defineRule({
    id,
    description: `Test rule ${id}.`,
    severity: 'warning',
    catalogue: [],
    tier: 'house',
    messages,
    docs: { details: '', wrong: '', right: '' },
    check,
  });
}
