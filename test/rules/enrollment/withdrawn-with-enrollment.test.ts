import rule from '../../../server/src/core/rules/enrollment/withdrawn-with-enrollment';
import { enrolledWhile, P } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'withdrawn with zero', study: enrolledWhile('WITHDRAWN', 0, 'ACTUAL') },
    { name: 'completed with participants', study: enrolledWhile('COMPLETED', 20, 'ACTUAL') },
  ],
  invalid: [
    {
      name: 'withdrawn with participants',
      study: enrolledWhile('WITHDRAWN', 20, 'ESTIMATED'),
      errors: [{ messageId: 'enrolled', pointer: `${P}/designModule/enrollmentInfo/count` }],
      output: enrolledWhile('WITHDRAWN', 0, 'ACTUAL'),
    },
  ],
});
