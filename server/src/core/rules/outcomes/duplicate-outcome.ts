import { defineRule } from '../defineRule';
import { type OutcomeInfo, readOutcomes } from '../util/outcomes';
import { normalizeText } from '../util/text';

export default defineRule({
  id: 'outcomes/duplicate-outcome',
  description: 'Each outcome measure is listed once.',
  severity: 'warning',
  catalogue: ['outcome-duplicate'],
  tier: 'house',
  fix: 'unsafe',
  messages: {
    duplicate: '{kind} outcome "{measure}" ({timeFrame}) repeats {otherKind} outcome {otherIndex}. Remove the duplicate.',
  },
  docs: {
    details: 'Two outcomes with the same title and time frame, in the same list or as primary and secondary, describe one measure twice.',
    wrong: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Pain score
        timeFrame: 12 weeks
    secondaryOutcomes:
      - measure: Pain score
        timeFrame: 12 weeks
`,
    right: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Pain score
        timeFrame: 12 weeks
    secondaryOutcomes:
      - measure: Pain score
        timeFrame: 52 weeks
`,
  },
  check(context) {
    const seen = new Map<string, OutcomeInfo>();
    for (const outcome of readOutcomes(context.study)) {
      if (!outcome.measure) continue;
      const key = `${normalizeText(outcome.measure)}\u0000${normalizeText(outcome.timeFrame ?? '')}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, outcome);
        continue;
      }
      context.report({
        messageId: 'duplicate',
        pointer: `${outcome.pointer}/measure`,
        unnecessary: true,
        data: {
          kind: outcome.kind,
          measure: outcome.measure,
          timeFrame: outcome.timeFrame ?? 'no time frame',
          otherKind: first.kind.toLowerCase(),
          otherIndex: first.index + 1,
        },
        fixes: [{ title: 'Remove the duplicate outcome', safe: false, operations: [{ op: 'remove', path: outcome.pointer }] }],
      });
    }
  },
});
