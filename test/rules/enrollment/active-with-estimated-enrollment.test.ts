import rule from '../../../server/src/core/rules/enrollment/active-with-estimated-enrollment';
import { P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'active with actual enrollment',
      study: record(status({ overallStatus: 'ACTIVE_NOT_RECRUITING' }), {
        designModule: { enrollmentInfo: { count: 112, type: 'ACTUAL' } },
      }),
    },
    {
      name: 'recruiting with estimated enrollment',
      study: record(status({ overallStatus: 'RECRUITING' }), {
        designModule: { enrollmentInfo: { count: 120, type: 'ESTIMATED' } },
      }),
    },
  ],
  invalid: [
    {
      name: 'active, not recruiting with estimated enrollment',
      study: record(status({ overallStatus: 'ACTIVE_NOT_RECRUITING' }), {
        designModule: { enrollmentInfo: { count: 120, type: 'ESTIMATED' } },
      }),
      errors: [{ messageId: 'estimated', pointer: `${P}/designModule/enrollmentInfo/type` }],
      output: record(status({ overallStatus: 'ACTIVE_NOT_RECRUITING' }), {
        designModule: { enrollmentInfo: { count: 120, type: 'ACTUAL' } },
      }),
    },
    {
      name: 'Unknown status, last known Active, not recruiting',
      study: record(status({ overallStatus: 'UNKNOWN', lastKnownStatus: 'ACTIVE_NOT_RECRUITING' }), {
        designModule: { enrollmentInfo: { count: 50, type: 'ESTIMATED' } },
      }),
      errors: [{ messageId: 'estimated' }],
    },
  ],
});
