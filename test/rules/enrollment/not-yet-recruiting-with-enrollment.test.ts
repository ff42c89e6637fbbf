import rule from '../../../server/src/core/rules/enrollment/not-yet-recruiting-with-enrollment';
import { record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'estimated enrollment',
      study: record(status({ overallStatus: 'NOT_YET_RECRUITING' }), {
        designModule: { enrollmentInfo: { count: 40, type: 'ESTIMATED' } },
      }),
    },
    {
      name: 'actual 0',
      study: record(status({ overallStatus: 'NOT_YET_RECRUITING' }), {
        designModule: { enrollmentInfo: { count: 0, type: 'ACTUAL' } },
      }),
    },
  ],
  invalid: [
    {
      name: 'not yet recruiting with 40 actual',
      study: record(status({ overallStatus: 'NOT_YET_RECRUITING' }), {
        designModule: { enrollmentInfo: { count: 40, type: 'ACTUAL' } },
      }),
      errors: [{ messageId: 'enrolled' }],
    },
  ],
});
