import rule from '../../../server/src/core/rules/enrollment/active-with-estimated-enrollment';
import { enrolledWhile, P } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    { name: 'active with actual enrollment', study: enrolledWhile('ACTIVE_NOT_RECRUITING', 112, 'ACTUAL') },
    { name: 'recruiting with estimated enrollment', study: enrolledWhile('RECRUITING', 120, 'ESTIMATED') },
  ],
  invalid: [
    {
      name: 'active, not recruiting with estimated enrollment',
      study: enrolledWhile('ACTIVE_NOT_RECRUITING', 120, 'ESTIMATED'),
      errors: [{ messageId: 'estimated', pointer: `${P}/designModule/enrollmentInfo/type` }],
      output: enrolledWhile('ACTIVE_NOT_RECRUITING', 120, 'ACTUAL'),
    },
    {
      name: 'Unknown status, last known Active, not recruiting',
      study: enrolledWhile('UNKNOWN', 50, 'ESTIMATED', { lastKnownStatus: 'ACTIVE_NOT_RECRUITING' }),
      errors: [{ messageId: 'estimated' }],
    },
  ],
});
