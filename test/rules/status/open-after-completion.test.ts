import rule from '../../../server/src/core/rules/status/open-after-completion';
import { date, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'completed with actual completion',
      study: record(status({ overallStatus: 'COMPLETED', completionDateStruct: date('2023-06-30') })),
    },
    {
      name: 'recruiting with estimated completion',
      study: record(status({ overallStatus: 'RECRUITING', completionDateStruct: date('2027-06-30', 'ESTIMATED') })),
    },
  ],
  invalid: [
    {
      name: 'recruiting with actual completion',
      study: record(status({ overallStatus: 'RECRUITING', completionDateStruct: date('2023-06-30') })),
      errors: [{ messageId: 'completed', pointer: `${P}/statusModule/completionDateStruct/type` }],
    },
  ],
});
