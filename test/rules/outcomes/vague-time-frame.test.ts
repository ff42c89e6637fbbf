import rule from '../../../server/src/core/rules/outcomes/vague-time-frame';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a duration',
      study: record({
        outcomesModule: { primaryOutcomes: [{ measure: 'HbA1c', timeFrame: 'Baseline and 12 weeks' }] },
      }),
    },
    {
      name: 'through study completion with an average',
      study: record({
        outcomesModule: {
          primaryOutcomes: [{ measure: 'HbA1c', timeFrame: 'Through study completion, an average of 1 year' }],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'end of study',
      study: record({ outcomesModule: { primaryOutcomes: [{ measure: 'HbA1c', timeFrame: 'End of study' }] } }),
      errors: [{ messageId: 'vague', pointer: `${P}/outcomesModule/primaryOutcomes/0/timeFrame` }],
    },
    {
      name: 'baseline alone (issue 11)',
      study: record({ outcomesModule: { primaryOutcomes: [{ measure: 'HbA1c', timeFrame: 'baseline' }] } }),
      errors: [{ messageId: 'vague' }],
    },
  ],
});
