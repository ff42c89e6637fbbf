import rule from '../../../server/src/core/rules/outcomes/time-frame-numeral';
import { outcome, P, primaryOutcomes, record, secondaryOutcomes } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [{ name: 'a time frame with a unit', study: record(primaryOutcomes(outcome('HbA1c', '12 weeks'))) }],
  invalid: [
    {
      name: 'only a number, reported once for all outcomes',
      study: record(primaryOutcomes(outcome('HbA1c', '12')), secondaryOutcomes(outcome('Weight', '12'))),
      errors: [{ messageId: 'numeral', pointer: `${P}/outcomesModule/primaryOutcomes/0/timeFrame` }],
    },
  ],
});
