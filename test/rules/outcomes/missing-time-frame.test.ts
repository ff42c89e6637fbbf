import rule from '../../../server/src/core/rules/outcomes/missing-time-frame';
import { P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'time frames given',
      study: record({
        outcomesModule: {
          primaryOutcomes: [{ measure: 'Pain', timeFrame: '12 weeks' }],
          secondaryOutcomes: [{ measure: 'QoL', timeFrame: '1 year' }],
        },
      }),
    },
    {
      name: 'registered before FDAAA',
      study: record({
        statusModule: { studyFirstSubmitDate: '2005-01-01' },
        outcomesModule: { primaryOutcomes: [{ measure: 'Pain' }] },
      }),
    },
  ],
  invalid: [
    {
      name: 'a secondary outcome without time frame',
      study: record({ outcomesModule: { secondaryOutcomes: [{ measure: 'QoL' }] } }),
      errors: [{ messageId: 'missing', pointer: `${P}/outcomesModule/secondaryOutcomes/0/measure` }],
      output: record({ outcomesModule: { secondaryOutcomes: [{ measure: 'QoL', timeFrame: 'Time frame' }] } }),
    },
    {
      name: 'an empty time frame',
      study: record({ outcomesModule: { primaryOutcomes: [{ measure: 'Pain', timeFrame: '' }] } }),
      errors: [{ messageId: 'missing', pointer: `${P}/outcomesModule/primaryOutcomes/0/timeFrame` }],
    },
  ],
});
