import rule from '../../../server/src/core/rules/outcomes/duplicate-outcome';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'same measure at different times', study: record({ outcomesModule: { primaryOutcomes: [{ measure: 'Pain', timeFrame: '12 weeks' }], secondaryOutcomes: [{ measure: 'Pain', timeFrame: '52 weeks' }] } }) },
  ],
  invalid: [
    {
      name: 'primary repeated as secondary',
      study: record({ outcomesModule: { primaryOutcomes: [{ measure: 'Pain score', timeFrame: '12 weeks' }], secondaryOutcomes: [{ measure: 'pain score', timeFrame: '12 Weeks' }] } }),
      errors: [{ messageId: 'duplicate', pointer: `${P}/outcomesModule/secondaryOutcomes/0/measure` }],
      output: record({ outcomesModule: { primaryOutcomes: [{ measure: 'Pain score', timeFrame: '12 weeks' }], secondaryOutcomes: [] } }),
    },
  ],
});
