import rule from '../../../server/src/core/rules/enrollment/not-yet-recruiting-with-enrollment';
import { enrolledWhile } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'estimated enrollment', study: enrolledWhile('NOT_YET_RECRUITING', 40, 'ESTIMATED') },
    { name: 'actual 0', study: enrolledWhile('NOT_YET_RECRUITING', 0, 'ACTUAL') },
  ],
  invalid: [
    {
      name: 'not yet recruiting with 40 actual',
      study: enrolledWhile('NOT_YET_RECRUITING', 40, 'ACTUAL'),
      errors: [{ messageId: 'enrolled' }],
    },
  ],
});
