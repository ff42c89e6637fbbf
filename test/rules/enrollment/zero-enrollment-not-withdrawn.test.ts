import rule from '../../../server/src/core/rules/enrollment/zero-enrollment-not-withdrawn';
import { enrolledWhile, P } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'withdrawn with 0', study: enrolledWhile('WITHDRAWN', 0, 'ACTUAL') },
    { name: 'estimated 0 before recruiting', study: enrolledWhile('NOT_YET_RECRUITING', 0, 'ESTIMATED') },
  ],
  invalid: [
    {
      name: 'terminated with actual 0',
      study: enrolledWhile('TERMINATED', 0, 'ACTUAL'),
      errors: [{ messageId: 'zero', pointer: `${P}/designModule/enrollmentInfo/count` }],
      output: enrolledWhile('WITHDRAWN', 0, 'ACTUAL'),
    },
  ],
});
