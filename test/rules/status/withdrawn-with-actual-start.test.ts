import rule from '../../../server/src/core/rules/status/withdrawn-with-actual-start';
import { date, P, startedWhile } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'estimated start', study: startedWhile('WITHDRAWN', date('2024-02-01', 'ESTIMATED')) },
    { name: 'completed with actual start', study: startedWhile('COMPLETED', date('2024-02-01')) },
  ],
  invalid: [
    {
      name: 'withdrawn with actual start (NCT corpus: 2 of 8 withdrawn records)',
      study: startedWhile('WITHDRAWN', date('2018-10-25')),
      errors: [{ messageId: 'started', pointer: `${P}/statusModule/startDateStruct/type` }],
      output: startedWhile('WITHDRAWN', date('2018-10-25', 'ESTIMATED')),
    },
  ],
});
