import rule from '../../../server/src/core/rules/enrollment/active-with-estimated-enrollment';
import { enrolled, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'active with actual enrollment',
      study: record(status({ overallStatus: 'ACTIVE_NOT_RECRUITING' }), enrolled(112, 'ACTUAL')),
    },
    {
      name: 'recruiting with estimated enrollment',
      study: record(status({ overallStatus: 'RECRUITING' }), enrolled(120, 'ESTIMATED')),
    },
  ],
  invalid: [
    {
      name: 'active, not recruiting with estimated enrollment',
      study: record(status({ overallStatus: 'ACTIVE_NOT_RECRUITING' }), enrolled(120, 'ESTIMATED')),
      errors: [{ messageId: 'estimated', pointer: `${P}/designModule/enrollmentInfo/type` }],
      output: record(status({ overallStatus: 'ACTIVE_NOT_RECRUITING' }), enrolled(120, 'ACTUAL')),
    },
    {
      name: 'Unknown status, last known Active, not recruiting',
      study: record(
        status({ overallStatus: 'UNKNOWN', lastKnownStatus: 'ACTIVE_NOT_RECRUITING' }),
        enrolled(50, 'ESTIMATED'),
      ),
      errors: [{ messageId: 'estimated' }],
    },
  ],
});
