import rule from '../../../server/src/core/rules/enrollment/closed-with-estimated-enrollment';
import { enrolled, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'completed with actual enrollment',
      study: record(status({ overallStatus: 'COMPLETED' }), enrolled(37, 'ACTUAL')),
    },
    {
      name: 'recruiting with estimated enrollment',
      study: record(status({ overallStatus: 'RECRUITING' }), enrolled(200, 'ESTIMATED')),
    },
  ],
  invalid: [
    {
      name: 'completed with estimated enrollment',
      study: record(status({ overallStatus: 'COMPLETED' }), enrolled(40, 'ESTIMATED')),
      errors: [{ messageId: 'estimated', pointer: `${P}/designModule/enrollmentInfo/type` }],
      output: record(status({ overallStatus: 'COMPLETED' }), enrolled(40, 'ACTUAL')),
    },
  ],
});
