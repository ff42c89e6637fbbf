import rule from '../../../server/src/core/rules/enrollment/closed-with-estimated-enrollment';
import { enrolledWhile, P } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'completed with actual enrollment', study: enrolledWhile('COMPLETED', 37, 'ACTUAL') },
    { name: 'recruiting with estimated enrollment', study: enrolledWhile('RECRUITING', 200, 'ESTIMATED') },
  ],
  invalid: [
    {
      name: 'completed with estimated enrollment',
      study: enrolledWhile('COMPLETED', 40, 'ESTIMATED'),
      errors: [{ messageId: 'estimated', pointer: `${P}/designModule/enrollmentInfo/type` }],
      output: enrolledWhile('COMPLETED', 40, 'ACTUAL'),
    },
  ],
});
