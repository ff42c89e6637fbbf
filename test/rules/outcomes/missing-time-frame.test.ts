import rule from '../../../server/src/core/rules/outcomes/missing-time-frame';
import { outcome, P, primaryOutcomes, record, secondaryOutcomes } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'time frames given',
      study: record(primaryOutcomes(outcome('Pain', '12 weeks')), secondaryOutcomes(outcome('QoL', '1 year'))),
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
      study: record(secondaryOutcomes(outcome('QoL'))),
      errors: [{ messageId: 'missing', pointer: `${P}/outcomesModule/secondaryOutcomes/0/measure` }],
      output: record(secondaryOutcomes(outcome('QoL', 'Time frame'))),
    },
    {
      name: 'an empty time frame',
      study: record(primaryOutcomes(outcome('Pain', ''))),
      errors: [{ messageId: 'missing', pointer: `${P}/outcomesModule/primaryOutcomes/0/timeFrame` }],
    },
  ],
});
