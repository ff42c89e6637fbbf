import { defineRule } from '../defineRule';
import { readOutcomes } from '../util/outcomes';
import { isPreFdaaaRecord } from '../util/read';
import { position } from '../util/text';

export default defineRule({
  id: 'outcomes/missing-time-frame',
  description: 'Every outcome measure has a time frame.',
  severity: 'error',
  catalogue: ['outcome-time-frame-required'],
  tier: 'official',
  fix: 'unsafe',
  messages: {
    missing:
      '{kind} outcome "{measure}" has no time frame. Say when it is assessed (e.g. "12 weeks after randomization").',
  },
  docs: {
    details:
      'The registry requires a specific time frame for each outcome measure: when it is ' +
      'assessed. Records first submitted before FDAAA 801 (2007-09-27) are not checked.',
    wrong: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Pain score
`,
    right: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Pain score
        timeFrame: 12 weeks
`,
  },
  check(context) {
    if (isPreFdaaaRecord(context.study)) return;
    for (const outcome of readOutcomes(context.study)) {
      if (outcome.timeFrame) continue;
      const pointer = outcome.hasTimeFrameKey ? `${outcome.pointer}/timeFrame` : `${outcome.pointer}/measure`;
      context.report({
        messageId: 'missing',
        pointer,
        data: { kind: outcome.kind, measure: outcome.measure ?? position(outcome.index) },
        fixes: [
          {
            title: 'Add a time frame',
            safe: false,
            operations: [
              {
                op: outcome.hasTimeFrameKey ? 'replace' : 'add',
                path: `${outcome.pointer}/timeFrame`,
                value: 'Time frame',
              },
            ],
          },
        ],
      });
    }
  },
});
