import rule from '../../../server/src/core/rules/outcomes/time-frame-numeral';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'a time frame with a unit',
      study: record({ outcomesModule: { primaryOutcomes: [{ measure: 'HbA1c', timeFrame: '12 weeks' }] } }),
    },
  ],
  invalid: [
    {
      name: 'only a number, reported once for all outcomes',
      study: record({
        outcomesModule: {
          primaryOutcomes: [{ measure: 'HbA1c', timeFrame: '12' }],
          secondaryOutcomes: [{ measure: 'Weight', timeFrame: '12' }],
        },
      }),
      errors: [{ messageId: 'numeral', pointer: `${P}/outcomesModule/primaryOutcomes/0/timeFrame` }],
    },
  ],
});
