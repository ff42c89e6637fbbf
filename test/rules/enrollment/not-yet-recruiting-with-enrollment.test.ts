import rule from '../../../server/src/core/rules/enrollment/not-yet-recruiting-with-enrollment';
import { enrolled, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'estimated enrollment',
      study: record(status({ overallStatus: 'NOT_YET_RECRUITING' }), enrolled(40, 'ESTIMATED')),
    },
    { name: 'actual 0', study: record(status({ overallStatus: 'NOT_YET_RECRUITING' }), enrolled(0, 'ACTUAL')) },
  ],
  invalid: [
    {
      name: 'not yet recruiting with 40 actual',
      study: record(status({ overallStatus: 'NOT_YET_RECRUITING' }), enrolled(40, 'ACTUAL')),
      errors: [{ messageId: 'enrolled' }],
    },
  ],
});
