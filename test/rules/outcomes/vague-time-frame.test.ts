import rule from '../../../server/src/core/rules/outcomes/vague-time-frame';
import { outcome, P, primaryOutcomes, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'a duration', study: record(primaryOutcomes(outcome('HbA1c', 'Baseline and 12 weeks'))) },
    {
      name: 'through study completion with an average',
      study: record(primaryOutcomes(outcome('HbA1c', 'Through study completion, an average of 1 year'))),
    },
  ],
  invalid: [
    {
      name: 'end of study',
      study: record(primaryOutcomes(outcome('HbA1c', 'End of study'))),
      errors: [{ messageId: 'vague', pointer: `${P}/outcomesModule/primaryOutcomes/0/timeFrame` }],
    },
    {
      name: 'baseline alone (issue 11)',
      study: record(primaryOutcomes(outcome('HbA1c', 'baseline'))),
      errors: [{ messageId: 'vague' }],
    },
  ],
});
