import rule from '../../../server/src/core/rules/status/withdrawn-with-actual-start';
import { date, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'estimated start',
      study: record(status({ overallStatus: 'WITHDRAWN', startDateStruct: date('2024-02-01', 'ESTIMATED') })),
    },
    {
      name: 'completed with actual start',
      study: record(status({ overallStatus: 'COMPLETED', startDateStruct: date('2024-02-01') })),
    },
  ],
  invalid: [
    {
      name: 'withdrawn with actual start (NCT corpus: 2 of 8 withdrawn records)',
      study: record(status({ overallStatus: 'WITHDRAWN', startDateStruct: date('2018-10-25') })),
      errors: [{ messageId: 'started', pointer: `${P}/statusModule/startDateStruct/type` }],
      output: record(status({ overallStatus: 'WITHDRAWN', startDateStruct: date('2018-10-25', 'ESTIMATED') })),
    },
  ],
});
